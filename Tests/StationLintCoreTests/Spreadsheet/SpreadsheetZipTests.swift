import Foundation
import XCTest
@testable import StationLintCore

/// The ZIP layer and the workbook on damaged, crafted and mutated archives: each gives a
/// `WorkbookError` with a message in both languages, never a trap.
final class SpreadsheetZipTests: XCTestCase {
    func kind(_ bytes: [UInt8]) -> WorkbookError.Kind? {
        do {
            _ = try Workbook(bytes: bytes)
            return nil
        } catch {
            XCTAssertFalse(error.message(.zh).isEmpty)
            XCTAssertFalse(error.message(.en).isEmpty)
            return error.kind
        }
    }

    static func committedWorkbooks() throws -> [(name: String, bytes: [UInt8])] {
        let folder = FixturePath.root.appendingPathComponent("xlsx")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        return try names.map { ($0, try FixturePath.bytes("xlsx/" + $0)) }
    }

    func testNotAZipAndTheOldFormats() {
        XCTAssertEqual(kind(Array("姓名,公民身份号码\n".utf8)), .notZip)
        XCTAssertEqual(kind([]), .notZip)
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        XCTAssertEqual(kind(ole), .legacyOrEncrypted)
        let message = WorkbookError(.legacyOrEncrypted).message(.zh)
        XCTAssertTrue(message.contains("此文件是旧版 Excel（.xls）或 WPS（.et）格式，或设置了打开密码；请在 WPS/Excel 中取消密码并另存为 .xlsx 或 CSV"), message)
    }

    func testEveryTruncationIsAnError() throws {
        for (name, bytes) in try Self.committedWorkbooks() {
            XCTAssertNil(kind(bytes), name)
            for n in stride(from: 0, to: bytes.count - 1, by: 3) {
                XCTAssertNotNil(kind(Array(bytes[0..<n])), "\(name) cut at \(n)")
            }
        }
    }

    func testABadCRCIsRefused() {
        var z = ZipBuilder()
        z.stored("xl/workbook.xml", ZipBuilder.defaultWorkbook)
        z.items[0].crc ^= 1
        XCTAssertEqual(kind(z.bytes()), .crcMismatch)
    }

    func testAZipBombIsRefusedBeforeItsMemoryIsTaken() {
        // Declared small, inflates to 258 MB: stopped at the declared size.
        let stream = BitWriter.zeros(matches: 1_000_000)
        var z = ZipBuilder()
        z.items.append(.init(name: "xl/workbook.xml", data: stream, method: 8, crc: 0, size: 1000))
        XCTAssertEqual(kind(z.bytes()), .sizeMismatch(declared: 1000))
        // Declared as it is: the ratio and the entry limit refuse it before inflating.
        z.items[0].size = 300_000_000
        XCTAssertEqual(kind(z.bytes()), .entryTooLarge(bytes: 300_000_000))
        z.items[0].data = BitWriter.zeros(matches: 1000)
        z.items[0].size = 100_000_000
        XCTAssertEqual(kind(z.bytes()), .compressionRatio(ratio: 100_000_000 / z.items[0].data.count))
    }

    func testArchiveLevelRefusals() {
        var z = ZipBuilder()
        z.stored("xl/workbook.xml", ZipBuilder.defaultWorkbook)
        z.items[0].flags = 1
        XCTAssertEqual(kind(z.bytes()), .encryptedEntry)
        z.items[0].flags = 0
        z.items[0].method = 12
        XCTAssertEqual(kind(z.bytes()), .unsupportedCompression(method: 12))
        z.items[0].method = 0
        z.items[0].size += 1
        XCTAssertEqual(kind(z.bytes()), .sizeMismatch(declared: z.items[0].size))
        var many = ZipBuilder()
        for i in 0...InputLimits.Workbook.maxArchiveEntries { many.stored("f\(i)", "") }
        XCTAssertEqual(kind(many.bytes()), .tooManyEntries(count: InputLimits.Workbook.maxArchiveEntries + 1))
        var b = ZipBuilder.workbook(sheet: nil)
        b[b.count - 12] = 0xFF; b[b.count - 11] = 0xFF; b[b.count - 10] = 0xFF; b[b.count - 9] = 0xFF
        XCTAssertEqual(kind(b), .zip64)
        XCTAssertEqual(kind(ZipBuilder.workbook(sheet: nil, workbook: nil)), .missingPart(name: "xl/workbook.xml"))
        if case .missingPart? = kind(ZipBuilder.workbook(sheet: nil)) {} else { XCTFail("a sheet named by the relationships but absent") }
        if case .missingPart? = kind(ZipBuilder.workbook(sheet: ZipBuilder.sheet(""), rels: "<Relationships/>")) {} else { XCTFail("a sheet with no relationship") }
    }

    func testSheetLevelRefusals() {
        func sheet(_ rows: String, strings: String? = nil) -> WorkbookError.Kind? { kind(ZipBuilder.workbook(sheet: ZipBuilder.sheet(rows), sharedStrings: strings)) }
        XCTAssertEqual(sheet(#"<row r="1048577"><c><v>1</v></c></row>"#), .cellOutOfRange(reference: "1048577"))
        XCTAssertEqual(sheet(#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#), .cellOutOfRange(reference: "XFE1"))
        XCTAssertEqual(sheet(#"<row r="1048576"/><row><c><v>1</v></c></row>"#), .tooManyRows)
        XCTAssertEqual(sheet(#"<row><c t="s"><v>3</v></c></row>"#), .invalidCell(detail: "shared string 3 not in the table"))
        XCTAssertEqual(sheet(#"<row><c><v>12x</v></c></row>"#), .invalidCell(detail: "number 12x"))
        XCTAssertEqual(sheet(#"<row><c t="b"><v>2</v></c></row>"#), .invalidCell(detail: "boolean 2"))
        XCTAssertEqual(sheet(#"<row><c><v>1</v></row>"#), .malformedXML(detail: "</row> closes <c>"))
        XCTAssertEqual(sheet(#"<row/></sheetData><mergeCells><mergeCell ref="A1:"/></mergeCells><sheetData>"#), .cellOutOfRange(reference: "A1:"))
        var w = ZipBuilder()
        w.stored("xl/workbook.xml", "<workbook><sheets>" + String(repeating: #"<sheet name="s" r:id="r"/>"#, count: InputLimits.Workbook.maxSheets + 1) + "</sheets></workbook>")
        XCTAssertEqual(kind(w.bytes()), .tooManySheets)
    }

    func testErrorMessagesNamePartAndPosition() {
        let e = WorkbookError(.malformedXML(detail: "x"), part: "xl/worksheets/sheet1.xml", position: .text(line: 3, column: 9))
        XCTAssertTrue(e.message(.zh).contains("xl/worksheets/sheet1.xml:3:9"))
        XCTAssertTrue(e.message(.en).contains("xl/worksheets/sheet1.xml:3:9"))
        let c = WorkbookError(.invalidCell(detail: "number x"), part: "xl/worksheets/sheet1.xml", position: .cell(CellReference(row: 7, column: 3)))
        XCTAssertTrue(c.message(.zh).contains("sheet1.xml C7"), c.message(.zh))
    }

    /// Thousands of seeded random mutations of each committed workbook: an error or a workbook.
    func testMutatedWorkbooksNeverTrap() throws {
        var rng = SeededRandom(seed: 0x584C_5358)
        for (_, original) in try Self.committedWorkbooks() {
            for _ in 0..<2000 {
                var b = original
                switch rng.next() % 4 {
                case 0: for _ in 0..<(1 + rng.next() % 8) { b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next()) }
                case 1: b[Int(rng.next() % UInt64(b.count))] ^= UInt8(1 << (rng.next() % 8))
                case 2:
                    let at = Int(rng.next() % UInt64(b.count))
                    b.removeSubrange(at..<min(b.count, at + 1 + Int(rng.next() % 64)))
                default:
                    let at = Int(rng.next() % UInt64(b.count))
                    b.insert(contentsOf: [UInt8](repeating: UInt8(truncatingIfNeeded: rng.next()), count: 1 + Int(rng.next() % 16)), at: at)
                }
                _ = kind(b)
            }
        }
    }
}
