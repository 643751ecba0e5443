import XCTest
@testable import StationLintCore

/// Bad data in a ledger that no clause of the station's level validates is still said, at its
/// position, as a warning; clause verdicts do not change.
final class UnjudgedLedgersTests: XCTestCase {
    func station(level: String, veterans: String) -> StationReport {
        var files = PackFixture.pack.examples.files(for: RuleExample(expect: .pass, level: level, patch: .object([]), messageContains: nil,
                                                                      asOf: nil, location: Location(file: "t", line: 1, column: 1)))!.files
        files["ledgers/veterans.yaml"] = Array(veterans.utf8)
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day.parse("2024-12-31")!))
        return evaluator.evaluate(evaluator.load(MemoryStationFiles(files: files), path: "s")).rendered(PackFixture.pack, lang: .zh)
    }

    let badVeterans = """
        updated: 2024-12-01
        records:
          - id_number: "140105199001011230"
            name: 张三
            category: 退役士兵
            discharge_date: 2024-05-20
            return_date: 2024-02-30

        """

    func testAVillagesBadVeteransRecordIsWarnedAtItsPosition() {
        let report = station(level: "village", veterans: badVeterans)
        let lines = report.warnings.map { "\($0.location.formatted): \($0.message)" }
        XCTAssertTrue(lines.contains { $0.hasPrefix("ledgers/veterans.yaml:3:16:") && $0.contains("校验码错误") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("ledgers/veterans.yaml:7:18:") && $0.contains("日期不存在：2024 年 2 月只有 29 天") }, "\(lines)")
        XCTAssertTrue(report.warnings.allSatisfy { $0.severity == .warning })
        XCTAssertFalse(report.results.contains { $0.status == .error })
    }

    func testATownshipsBadVeteransRecordFailsItsClauseAndIsNotWarnedTwice() {
        let report = station(level: "township", veterans: badVeterans)
        XCTAssertFalse(report.warnings.contains { $0.message.contains("校验码错误") })
        let registry = report.results.first { $0.clause == "5.4.2.2" }
        XCTAssertEqual(registry?.status, .fail)
        XCTAssertTrue(registry?.message.contains("校验码错误") ?? false)
    }

    /// SPEC §5a: every warning is in the report (JSON carries them all), however many.
    func testEveryProblemOfAnUnjudgedLedgerIsAWarningHoweverMany() {
        var text = "updated: 2024-12-01\nrecords:\n"
        for i in 0..<45 {
            text += "  - {id_number: \"140105199001011230\", name: 人\(i), category: 退役士兵, return_date: 2024-02-30}\n"
        }
        let report = station(level: "village", veterans: text)
        let dates = report.warnings.filter { $0.message.contains("2024 年 2 月只有 29 天") }
        XCTAssertEqual(dates.count, 45, "\(report.warnings.count) warnings")
        XCTAssertFalse(report.warnings.contains { $0.message.contains("未列出") })
    }

    /// The warning is only for a ledger no clause of the level judges: a county's veterans
    /// ledger is judged by 5.4.1.2, so its problems are that clause's, not a warning.
    func testNoWarningForALedgerAClauseOfTheLevelJudges() {
        let report = station(level: "county", veterans: badVeterans)
        XCTAssertFalse(report.warnings.contains { $0.message.contains("本层级没有条款判定") }, "\(report.warnings.map(\.message))")
        for level in ["county", "township", "village"] {
            let judged = UnjudgedLedgers.required(by: PackFixture.pack, level: level)
            for kind in judged { XCTAssertNotNil(PackFixture.pack.schema.ledger(kind), kind) }
        }
    }
}
