import XCTest
@testable import StationLintCore

/// A deferred text is made when it is read, never before, and each time; texts compare by what
/// they say. The typer's reasons and a ledger's problems say what they said when made at once.
final class DeferredTextTests: XCTestCase {
    func testATextIsMadeOnlyWhenRead() {
        let made = Locked(0)
        let text = DeferredText { made.withLock { $0 += 1 }; return "日期不存在" }
        XCTAssertEqual(made.withLock { $0 }, 0)
        XCTAssertEqual(text.text, "日期不存在")
        XCTAssertEqual("\(text)", "日期不存在")
        XCTAssertEqual(made.withLock { $0 }, 2)
        XCTAssertEqual(text, DeferredText("日期不存在"))
        XCTAssertNotEqual(text, DeferredText("日期"))
    }

    func testAnInvalidValueInALedgerIsSaidInFullWhenShown() throws {
        let pack = PackFixture.pack
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let reader = LedgerReading.reader(visits, file: "台账/走访慰问.csv")
        let csv = "身份证号,姓名,日期,事由,方式\n140426199301250001,许云新,2024-02-30,日常联系,走访\n140426199301250001,许云新,2025-01-01,日常联系,飞鸽\n"
        guard case .success(let ledger)? = try reader.read(csv: Array(csv.utf8), separator: nil, ignoredColumns: []) else { return XCTFail("not read") }
        let messages = ledger.problems.map(\.message)
        XCTAssertEqual(messages.count, 3)
        XCTAssertEqual(messages.prefix(2), ["日期“2024-02-30”无效：日期不存在：2024 年 2 月只有 29 天", "日期“2025-01-01”无效：日期晚于检查基准日 2024-12-31"])
        XCTAssertTrue(messages.last?.hasPrefix("方式“飞鸽”无效：不在可选值中（电话、走访") == true, messages.last ?? "")
        guard case .invalid(let raw, let problem)? = ledger.records.first?.value(try XCTUnwrap(visits.index(named: "日期"))) else { return XCTFail("not invalid") }
        XCTAssertEqual(raw, "2024-02-30")
        XCTAssertEqual(problem.text, "日期不存在：2024 年 2 月只有 29 天")
    }
}
