import XCTest
@testable import StationLintCore

/// Which sheets of a workbook are ledgers (SPEC §5a), now that each sheet is scanned and typed
/// in tab order without a model of the workbook: a workbook named for a kind holds it in the
/// sheet named for it, else in the first sheet with data, else in the first; any other workbook
/// holds a ledger per sheet named for a kind, in tab order; sheets with data that are not read
/// are named in one note, and a workbook with no sheet named for a kind is said with the fix.
final class WorkbookLedgerTests: XCTestCase {
    typealias Sheet = XLSXWriter.Sheet

    func load(_ file: String, _ sheets: [Sheet]) -> Station {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day(year: 2024, month: 12, day: 31)!, lang: .zh))
        return evaluator.load(MemoryStationFiles(files: [
            "station.yaml": Array(TableLedgerTests.declaration.utf8), "台账/" + file: XLSXWriter.workbook(sheets),
        ]), path: "s")
    }

    static let visits: [[XLSXWriter.Cell]] = [
        [.text("走访慰问台账")],
        [.text("身份证号"), .text("姓名"), .text("日期"), .text("事由"), .text("方式")],
        [.text("140105199001011238"), .text("张三"), .text("2024-09-10"), .text("退役返乡"), .text("走访")],
        [.text("140105199001011238"), .text("张三"), .number(45600), .text("退役返乡"), .text("电话")],
    ]
    static let readme: [[XLSXWriter.Cell]] = [[.text("填表说明")], [.text("每月更新")]]

    func sheet(_ name: String, _ rows: [[XLSXWriter.Cell]]) -> Sheet { Sheet(name: name, widths: [], rows: rows) }

    func notes(_ s: Station) -> [String] { s.warnings.filter { $0.severity == .note }.map(\.message) }

    func testAWorkbookNamedForAKindReadsTheSheetNamedForIt() throws {
        let s = load("走访慰问.xlsx", [sheet("说明", Self.readme), sheet("走访慰问", Self.visits), sheet("Sheet3", [])])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        XCTAssertEqual(ledger.sheet, "走访慰问")
        XCTAssertEqual(ledger.records.count, 2)
        let date = try XCTUnwrap(ledger.spec.index(named: "日期"))
        XCTAssertEqual(ledger.records.first?.value(date), .date(Day(year: 2024, month: 9, day: 10)!))
        // A number in a General cell is its digits, not a day.
        XCTAssertEqual(ledger.records.last?.value(date)?.display(.zh), "45600")
        XCTAssertEqual(ledger.records.last?.value(date)?.isInvalid, true)
        XCTAssertTrue(notes(s).contains { $0.contains("“说明”") }, "\(notes(s))")
    }

    func testElseTheFirstSheetWithData() throws {
        let s = load("走访慰问.xlsx", [sheet("Sheet1", []), sheet("记录", Self.visits), sheet("说明", Self.readme)])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        XCTAssertEqual(ledger.sheet, "记录")
        XCTAssertEqual(ledger.records.count, 2)
        XCTAssertEqual(notes(s).filter { $0.contains("工作表名不是台账名称") }, ["工作表 “说明” 不是台账（工作表名不是台账名称），未读取"])
    }

    func testElseTheFirstSheetEmpty() throws {
        let s = load("走访慰问.xlsx", [sheet("Sheet1", []), sheet("Sheet2", [])])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        XCTAssertEqual(ledger.sheet, "Sheet1")
        XCTAssertEqual(ledger.records.count, 0)
    }

    func testAWorkbookOfLedgersReadsEachSheetNamedForAKind() throws {
        let registry: [[XLSXWriter.Cell]] = [[.text("身份证号"), .text("姓名"), .text("类别")],
                                             [.text("140105199001011238"), .text("张三"), .text("退役士兵")]]
        let s = load("台账.xlsx", [sheet("走访慰问", Self.visits), sheet("说明", Self.readme), sheet("建档立卡", registry)])
        XCTAssertEqual(s.ledgers["visits"]?.ledger?.records.count, 2)
        XCTAssertEqual(s.ledgers["veterans"]?.ledger?.sheet, "建档立卡")
        XCTAssertEqual(s.ledgers["veterans"]?.ledger?.records.count, 1)
        XCTAssertEqual(notes(s).filter { $0.contains("工作表名不是台账名称") }, ["工作表 “说明” 不是台账（工作表名不是台账名称），未读取"])
    }

    func testAWorkbookWithNoSheetNamedForAKindIsSaid() {
        let s = load("台账.xlsx", [sheet("Sheet1", Self.visits)])
        XCTAssertEqual(s.errors.map(\.formatted), [
            "台账/台账.xlsx:1:1: error: 工作簿中没有以台账名称命名的工作表（如“\(PackFixture.pack.schema.ledgers[0].zh)”“\(PackFixture.pack.schema.ledgers[1].zh)”），未读取任何台账；请把工作表改名为台账名称，或把文件改名为台账名称（如“\(PackFixture.pack.schema.ledgers[0].zh).xlsx”）",
        ])
    }
}
