import Foundation
import XCTest
@testable import StationLintCore

/// Every committed workbook of `Fixtures/xlsx/`, read by stationlint and by openpyxl
/// (`Fixtures/xlsx/dump-cells.py`), compared cell by cell: every sheet, every non-empty cell,
/// the same kind and value (dates as days). Skipped, saying so, where openpyxl is missing.
final class WorkbookReferenceTests: XCTestCase {
    struct Dump: Decodable {
        struct Sheet: Decodable {
            let name: String
            let cells: [Cell]
        }
        struct Cell: Decodable {
            let ref: String
            let type: String
            let value: Value
        }
        enum Value: Decodable {
            case string(String), bool(Bool)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let b = try? c.decode(Bool.self) { self = .bool(b) } else { self = .string(try c.decode(String.self)) }
            }
        }
        let epoch1904: Bool
        let sheets: [Sheet]
    }

    func testEveryCommittedWorkbookReadsAsOpenpyxlReadsIt() throws {
        guard Python.has("openpyxl") else {
            throw XCTSkip("python3 with openpyxl is not installed, so the workbooks are not compared with openpyxl; install it with: pip install openpyxl")
        }
        let script = FixturePath.root.appendingPathComponent("xlsx/dump-cells.py").path
        let workbooks = try SpreadsheetZipTests.committedWorkbooks()
        XCTAssertGreaterThanOrEqual(workbooks.count, 6)
        for (file, bytes) in workbooks {
            let path = FixturePath.root.appendingPathComponent("xlsx/" + file).path
            guard let run = Python.run([script, path]), run.status == 0 else { XCTFail("\(file): dump-cells.py failed"); continue }
            let dump = try JSONDecoder().decode(Dump.self, from: run.out)
            let book = try Workbook(bytes: bytes)
            XCTAssertEqual(book.uses1904DateSystem, dump.epoch1904, file)
            XCTAssertEqual(book.sheets.map(\.name), dump.sheets.map(\.name), file)
            for (sheet, expected) in zip(book.sheets, dump.sheets) {
                compare(sheet, expected, file: file, uses1904: book.uses1904DateSystem)
            }
        }
    }

    func compare(_ sheet: Worksheet, _ expected: Dump.Sheet, file: String, uses1904: Bool) {
        var ours: [String: CellValue] = [:]
        for row in sheet.rows {
            for cell in row.cells {
                let ref = CellReference(row: row.row, column: cell.column)
                // openpyxl empties every cell of a merged range but its first: so do we, here.
                if sheet.mergedRanges.contains(where: { $0.first != ref && (($0.first.row...$0.last.row).contains(ref.row) && ($0.first.column...$0.last.column).contains(ref.column)) }) { continue }
                ours[ref.name] = cell.value
            }
        }
        let at = "\(file) \(sheet.name)!"
        XCTAssertEqual(Set(ours.keys), Set(expected.cells.map(\.ref)), "\(at) holds other cells than openpyxl reads")
        for cell in expected.cells {
            guard let value = ours[cell.ref] else { continue }
            let where_ = at + cell.ref
            switch (cell.type, cell.value, value) {
            case ("text", .string(let s), .text(let t)): XCTAssertEqual(t, s, where_)
            case ("error", .string(let s), .error(let t)): XCTAssertEqual(t, s, where_)
            case ("boolean", .bool(let b), .boolean(let t)): XCTAssertEqual(t, b, where_)
            case ("number", .string(let s), .number(let d, _, let isDate)):
                XCTAssertEqual(Double(s), d, where_)
                XCTAssertFalse(isDate, "\(where_) is a date to us, a number to openpyxl")
            case ("date", .string(let s), .number(let d, _, let isDate)):
                XCTAssertTrue(isDate, "\(where_) is a date to openpyxl, a number to us")
                XCTAssertEqual(SpreadsheetDate.day(serial: d, uses1904: uses1904)?.description, s, where_)
            case ("time", _, .number(_, _, let isDate)):
                XCTAssertTrue(isDate, "\(where_) is a time to openpyxl, a number to us")
            default:
                XCTFail("\(where_): openpyxl reads \(cell.type) \(cell.value), we read \(value)")
            }
        }
    }
}
