import XCTest
@testable import StationLintCore

/// The terminal report's rendering of each status (the CLI tests cover colour and `--quiet`).
final class TextReporterTests: XCTestCase {
    func testEveryStatusHasItsMarkAndLongLocationListsAreCut() {
        let pack = PackFixture.pack
        var report = StationReport(path: "s", name: "站", level: "county", divisionCode: nil, results: [], errors: [], warnings: [])
        let statuses: [Status] = [.pass, .fail, .manual, .notApplicable, .waived, .error]
        for (i, status) in statuses.enumerated() {
            report.results.append(RuleResult(rule: pack.rules[i % pack.rules.count].id, clause: "4.\(i + 1)", status: status,
                                             severity: status == .fail ? .warning : nil, message: "消息\(i)", remedy: "建议\(i)",
                                             locations: (1...7).map { Location(file: "station.yaml", line: $0, column: 1) }, weight: 1))
        }
        let run = RunReport(toolVersion: "0.1.0", packID: pack.id, packTitle: pack.title, asOf: Day.parse("2024-12-31")!, lang: .zh,
                            stations: [report], errors: [])
        let out = TextReporter(color: false, quiet: false).render(ReportInput(run, pack: pack))
        for mark in ["✔ 4.1  通过", "✘ 4.2  不通过 [建议（宜）]", "? 4.3  需人工核验", "- 4.4  不适用", "~ 4.5  已豁免", "! 4.6  无法读取"] {
            XCTAssertTrue(out.contains(mark), mark + "\n" + out)
        }
        XCTAssertEqual(out.components(separatedBy: "……另有 2 处").count - 1, 2, "fail and error list 5 locations, then the rest as a count")
        XCTAssertTrue(out.contains("整改建议：建议1"))
        XCTAssertFalse(out.contains("整改建议：建议2"), "no remedy for manual results")
    }
}
