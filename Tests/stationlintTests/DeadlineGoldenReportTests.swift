import Foundation
import XCTest
@testable import stationlint

/// 整改时限 and 销号 end to end: `check --deadline`, and `stationlint diff` between two rounds of
/// the bundled region — round 1 as of 2024-12-31, round 2 a copy with 营盘街道's staff filled
/// (4.3 fixed), as of the same day and as of 2025-02-15 (past the 30-day deadlines). The second
/// round's copy is written under `Fixtures/region/` in the goldens. Named so that
/// `UPDATE_GOLDEN=1 swift test --filter GoldenReportTests` regenerates these goldens too.
final class DeadlineGoldenReportTests: XCTestCase {
    var dir: URL!
    var old: String { dir.appendingPathComponent("round1.json").path }

    override func setUpWithError() throws {
        dir = Repo.temporary()
        let r = CLIRun.run(["check", "Fixtures/region", "--as-of", "2024-12-31", "--format", "json", "--output", old])
        XCTAssertEqual(r.status, .failures, r.err)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// The region copied with 营盘街道's in-post staff raised to 9 of 3 posts, checked as of `asOf`.
    func round2(asOf: String) throws -> String {
        let copy = dir.appendingPathComponent("region")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(atPath: Repo.path("Fixtures/region"), toPath: copy.path)
            let yaml = copy.appendingPathComponent("xiaodian/yingpan/station.yaml")
            let text = try String(contentsOf: yaml, encoding: .utf8)
            XCTAssertTrue(text.contains("in_post: 2"))
            try text.replacingOccurrences(of: "in_post: 2", with: "in_post: 9").write(to: yaml, atomically: true, encoding: .utf8)
        }
        let out = dir.appendingPathComponent("round2-\(asOf).json").path
        _ = CLIRun.run(["check", copy.path, "--as-of", asOf, "--format", "json", "--output", out])
        return out
    }

    func diff(_ new: String, _ extra: [String] = []) -> CLIRun {
        let r = CLIRun.run(["diff", old, new] + extra)
        XCTAssertEqual(r.err, "")
        return r
    }

    func shown(_ r: CLIRun) -> String { r.out.replacingOccurrences(of: dir.appendingPathComponent("region").path, with: "Fixtures/region") }

    func testTheSameDayShowsOnlyTheStationsThatChanged() throws {
        let new = try round2(asOf: "2024-12-31")
        let r = diff(new)
        XCTAssertEqual(r.status, .success, "a fix and failures not yet due: exit 0\n\(r.out)")
        Golden.assertMatches(shown(r), "diff-same-day.txt")
        XCTAssertTrue(r.out.contains("已销号  4.3  有人员：编制内人员到位率不低于 90%（整改时限 2025-01-30）"), r.out)
        XCTAssertFalse(r.out.contains("坞城南路"), "an unchanged station is left out:\n\(r.out)")
        XCTAssertTrue(r.out.contains("列出 1 / 6 个站点"), r.out)
        let all = diff(new, ["--all"])
        XCTAssertTrue(all.out.contains("坞城南路") && all.out.contains("列出 6 / 6 个站点"), all.out)
        XCTAssertTrue(all.out.contains("未到期  5.1.2  服务公示：“六公示”（整改时限 2025-01-30）"), all.out)
    }

    func testALaterRoundSaysOverdueNewAndWhatOnlyTheDateMayExplain() throws {
        let new = try round2(asOf: "2025-02-15")
        let r = diff(new)
        XCTAssertEqual(r.status, .failures, "overdue and new failures: exit 1")
        XCTAssertTrue(r.out.hasPrefix("上轮基准日 2024-12-31，本轮基准日 2025-02-15\n"), r.out)
        XCTAssertTrue(r.out.contains("逾期未改  5.1.2  服务公示：“六公示”（整改时限 2025-01-30）"), r.out)
        XCTAssertTrue(r.out.contains("新增  5.4.3.5  优抚对象年度确认（整改时限 2025-03-17）【可能仅因基准日推后】"), r.out)
        Golden.assertMatches(shown(r), "diff.txt")
        Golden.assertMatches(shown(diff(new, ["--format", "markdown", "--lang", "en"])), "diff-en.md")
        Golden.assertMatches(shown(diff(new, ["--format", "html"])), "diff.html")
        let json = diff(new, ["--format", "json"])
        XCTAssertEqual(json.status, .failures)
        Golden.assertMatches(shown(json), "diff.json")
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(o["oldAsOf"] as? String, "2024-12-31")
        XCTAssertEqual(o["newAsOf"] as? String, "2025-02-15")
        let summary = try XCTUnwrap(o["summary"] as? [String: Any])
        XCTAssertEqual(summary["fixed"] as? Int, 1)
        XCTAssertEqual(summary["overdue"] as? Int, 3)
        // The file written with --output is what standard output would have been.
        let file = dir.appendingPathComponent("diff.md").path
        let written = CLIRun.run(["diff", old, new, "--format", "markdown", "--output", file])
        XCTAssertEqual(written.status, .failures)
        XCTAssertEqual(written.out, "")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), diff(new, ["--format", "markdown"]).out)
    }

    func testAnExpiredWaiverIsSaidToComeFromTheDate() throws {
        let station = Repo.copy("Fixtures/report-stations/county-failing")
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        _ = CLIRun.run(["check", station.path, "--as-of", "2024-12-31", "--format", "json", "--output", a])
        _ = CLIRun.run(["check", station.path, "--as-of", "2025-04-15", "--format", "json", "--output", b])
        let r = CLIRun.run(["diff", a, b, "--lang", "en"])
        XCTAssertEqual(r.status, .failures)
        XCTAssertTrue(r.out.contains("new  4.5  Facilities: premises, equipment, network, furniture, conveniences (deadline 2025-05-15) [waiver expired: only the later as-of date]"), r.out)
        XCTAssertTrue(r.out.contains("overdue  4.4  "), r.out)
    }

    func testBadInputExitsTwo() throws {
        let bad = dir.appendingPathComponent("bad.json").path
        try Data("{\"schemaVersion\": 1}".utf8).write(to: URL(fileURLWithPath: bad))
        XCTAssertEqual(CLIRun.run(["diff", old, bad]).status, .usageOrInput)
        XCTAssertEqual(CLIRun.run(["diff", old, old, "--format", "pdf"]).status, .usageOrInput)
        let broken = try String(contentsOfFile: old, encoding: .utf8).replacingOccurrences(of: "\"deadline\": \"2025-01-30\"", with: "\"deadline\": \"soon\"")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: bad))
        let r = CLIRun.run(["diff", old, bad, "--lang", "en"])
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertTrue(r.err.contains("has a deadline that is not YYYY-MM-DD"), r.err)
    }

    func testCheckDeadlineSetsOneDeadlineForEveryFailure() throws {
        let r = CLIRun.run(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--deadline", "2025-03-01", "--format", "json"])
        XCTAssertEqual(r.status, .failures, r.err)
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let results = try XCTUnwrap(((o["stations"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let failing = results.filter { $0["status"] as? String == "fail" }
        XCTAssertEqual(failing.count, 2)
        XCTAssertEqual(Set(failing.compactMap { $0["deadline"] as? String }), ["2025-03-01"])
        XCTAssertTrue(results.filter { $0["status"] as? String != "fail" && $0["status"] as? String != "error" }.allSatisfy { $0["deadline"] == nil })
        let md = CLIRun.run(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--deadline", "2025-03-01", "--format", "markdown"])
        XCTAssertTrue(md.out.contains("| 严重程度 | 整改时限 |"), md.out)
        XCTAssertTrue(md.out.contains("| 严重（应） | 2025-03-01 |"), md.out)
        let early = CLIRun.run(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--deadline", "2024-12-01"])
        XCTAssertEqual(early.status, .usageOrInput, "a deadline before the as-of date is refused")
        XCTAssertEqual(CLIRun.run(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--deadline", "soon"]).status, .usageOrInput)
    }
}

/// `check --due-within N` end to end on the bundled region as of 2024-12-31.
final class DueWithinGoldenReportTests: XCTestCase {
    let check = ["check", "Fixtures/region", "--as-of", "2024-12-31", "--due-within", "60"]

    func testWhatFallsDueWithTheFirstDayItFails() throws {
        let r = CLIRun.run(check + ["--quiet"])
        XCTAssertEqual(r.status, .failures, r.err)
        Golden.assertMatches(r.out, "check-due-within.txt")
        // The last contact of 2024-11-20 is within 90 days through 2025-02-18: it fails on 02-19.
        XCTAssertTrue(r.out.contains("» 5.3.1.2  2025-02-19       为就业困难退役军人提供指导帮助"), r.out)
        // Annual confirmations of 2024 fall due when the year ends.
        XCTAssertTrue(r.out.contains("» 5.4.3.5  2025-01-01  优抚对象年度确认"), r.out)
        // A county clause over its townships' results: only the window's end is known.
        XCTAssertTrue(r.out.contains("» 5.4.1.6  最迟 2025-03-01  指导乡镇站组织优抚对象年度确认"), r.out)
        Golden.assertMatches(CLIRun.run(check + ["--format", "markdown"]).out, "check-due-within.md")
        Golden.assertMatches(CLIRun.run(check + ["--format", "html"]).out, "check-due-within.html")
    }

    func testJSONHasADueSoonListPerStationOnlyWhenAsked() throws {
        let r = CLIRun.run(check + ["--format", "json"])
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(o["dueWithin"] as? Int, 60)
        let stations = try XCTUnwrap(o["stations"] as? [[String: Any]])
        XCTAssertTrue(stations.allSatisfy { $0["dueSoon"] is [Any] })
        let county = try XCTUnwrap(stations.first?["dueSoon"] as? [[String: Any]])
        XCTAssertEqual(county.first?["rule"] as? String, "DB14-5.3.1.2")
        XCTAssertEqual(county.first?["by"] as? String, "2025-02-19")
        XCTAssertEqual(county.first?["exact"] as? Bool, true)
        let plain = CLIRun.run(["check", "Fixtures/region", "--as-of", "2024-12-31", "--format", "json"])
        XCTAssertFalse(plain.out.contains("dueSoon"), "one evaluation only unless asked")
        // Nothing else changes: the results are those of a run without --due-within.
        let without = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(plain.out.utf8)) as? [String: Any])
        XCTAssertEqual((without["summary"] as? NSDictionary), (o["summary"] as? NSDictionary))
        // A waiver expiring within the window falls due on the day after it expires.
        let waived = CLIRun.run(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--due-within", "120", "--format", "json"])
        let w = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(waived.out.utf8)) as? [String: Any])
        let due = try XCTUnwrap((w["stations"] as? [[String: Any]])?.first?["dueSoon"] as? [[String: Any]])
        XCTAssertTrue(due.contains { $0["clause"] as? String == "4.5" && $0["by"] as? String == "2025-04-01" }, "\(due)")
        XCTAssertEqual(CLIRun.run(check + ["--due-within", "0"]).status, .usageOrInput)
    }
}
