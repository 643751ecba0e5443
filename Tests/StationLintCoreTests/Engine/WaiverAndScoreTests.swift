import XCTest
@testable import StationLintCore

/// Waivers turn fails into `waived` until they expire; the score counts requirements only.
final class WaiverAndScoreTests: XCTestCase {
    func evaluate(_ patch: String, waivers: String?, asOf: String = "2024-12-31") -> StationReport {
        var files = baseFiles.files
        if !patch.isEmpty { files["station.yaml"] = Array(patch.utf8) }
        if let waivers { files["waivers.yaml"] = Array(waivers.utf8) }
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day.parse(asOf)!))
        return evaluator.evaluate(evaluator.load(MemoryStationFiles(files: files), path: "s")).rendered(PackFixture.pack, lang: .zh)
    }

    var baseFiles: MemoryStationFiles {
        PackFixture.pack.examples.files(for: RuleExample(expect: .pass, level: "county", patch: .object([]), messageContains: nil,
                                                         asOf: nil, location: Location(file: "t", line: 1, column: 1)))!
    }

    var failingFunding: String {
        String(decoding: baseFiles.files["station.yaml"]!, as: UTF8.self).replacingOccurrences(of: "\"earmarked\":\"true\"", with: "\"earmarked\":\"false\"")
    }

    func testAnUnexpiredWaiverTurnsAFailIntoWaived() {
        let report = evaluate(failingFunding, waivers: "- rule: DB14-4.4\n  reason: 财政调整中\n  approved_by: 小店区退役军人事务局\n  expires: 2025-03-31\n")
        let r = report.results.first { $0.rule == "DB14-4.4" }
        XCTAssertEqual(r?.status, .waived)
        XCTAssertEqual(r?.waiver?.approvedBy, "小店区退役军人事务局")
        XCTAssertTrue(r?.message.contains("财政调整中") ?? false)
    }

    func testAnExpiredWaiverIsIgnoredAndSaidSo() {
        let report = evaluate(failingFunding, waivers: "- rule: \"4.4\"\n  reason: 财政调整中\n  approved_by: 局\n  expires: 2024-06-30\n")
        let r = report.results.first { $0.rule == "DB14-4.4" }
        XCTAssertEqual(r?.status, .fail)
        XCTAssertTrue(r?.notes.contains { $0.contains("过期") } ?? false)
        XCTAssertTrue(report.warnings.contains { $0.message.contains("过期") })
    }

    func testAWaiverNamingNoRuleIsAnError() {
        let report = evaluate("", waivers: "- rule: DB14-9.9\n  reason: x\n  approved_by: y\n  expires: 2025-01-01\n")
        XCTAssertTrue(report.errors.contains { $0.message.contains("DB14-9.9") })
    }

    func testScoreIsTheWeightedShareOfRequirementsThatPass() {
        let all = evaluate("", waivers: nil)
        XCTAssertEqual(all.score, 100)
        let one = evaluate(failingFunding, waivers: nil)
        let scored = one.results.filter(\.scored)
        let expected = (Double(scored.count - 1) / Double(scored.count) * 1000).rounded() / 10
        XCTAssertEqual(one.score, expected)
        XCTAssertTrue(one.fails(atOrAbove: .error))
    }
}
