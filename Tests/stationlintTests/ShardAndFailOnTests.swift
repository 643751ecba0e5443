import Foundation
import XCTest
@testable import stationlint

/// `--shard auto` from the CI's variables, what a shard's report says of itself, the sets of
/// shards `merge` refuses, `--fail-on warning` over input warnings, and `--sarif-root`.
final class ShardAndFailOnTests: XCTestCase {
    let region = "Fixtures/region"
    let asOf = ["--as-of", "2024-12-31"]

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The report's `shard` field as `K/N empty=B`.
    func shard(_ report: String) throws -> String {
        let o = try XCTUnwrap(try json(report)["shard"] as? [String: Any])
        return "\(o["index"] as? Int ?? -1)/\(o["total"] as? Int ?? -1) empty=\(o["empty"] as? Bool ?? false)"
    }

    func shardReports(_ n: Int, in dir: URL, extra: [String] = []) -> [String] {
        (1...n).map { k in
            let path = dir.appendingPathComponent("part-\(k).json").path
            let r = CLIRun.run(["check", region] + asOf + ["--shard", "auto", "--format", "json", "--output", path, "--fail-on", "never"] + extra,
                               environment: ["CI_NODE_INDEX": "\(k)", "CI_NODE_TOTAL": "\(n)"])
            XCTAssertEqual(r.status, .success, r.err)
            return path
        }
    }

    func testShardAutoReadsGitLabAndKubernetesVariables() throws {
        let gitlab = CLIRun.run(["check", region] + asOf + ["--shard", "auto", "--format", "json", "--fail-on", "never"],
                                environment: ["CI_NODE_INDEX": "1", "CI_NODE_TOTAL": "2"])
        XCTAssertEqual(gitlab.status, .success, gitlab.err)
        XCTAssertEqual(try shard(gitlab.out), "1/2 empty=false")
        let k8s = CLIRun.run(["check", region] + asOf + ["--shard", "auto", "--shard-total", "2", "--format", "json", "--fail-on", "never"],
                             environment: ["JOB_COMPLETION_INDEX": "1"])
        XCTAssertEqual(try shard(k8s.out), "2/2 empty=true", "index 1 from 0 is shard 2")
        XCTAssertTrue(k8s.err.contains("分片 2/2 中没有站点"), "an empty shard says so: \(k8s.err)")
        XCTAssertEqual(k8s.status, .success, "and is no failure")
        let sarif = CLIRun.run(["check", region] + asOf + ["--shard", "2/2", "--format", "sarif", "--fail-on", "never"]).out
        XCTAssertTrue(sarif.contains("\"shard\": {\n          \"index\": 2,\n          \"total\": 2,\n          \"empty\": true"), "SARIF says which shard too: \(sarif.suffix(400))")
        let explicit = CLIRun.run(["check", region] + asOf + ["--shard", "1/2", "--format", "json", "--fail-on", "never"])
        XCTAssertEqual(explicit.out, gitlab.out, "auto and K/N give the same report")
        XCTAssertNil(try json(CLIRun.run(["check", region] + asOf + ["--format", "json"]).out)["shard"], "a run over everything has no shard field")
    }

    func testMissingOrMalformedVariablesAreUsageErrors() {
        let cases: [([String], [String: String], String)] = [
            ([], [:], "CI_NODE_INDEX"),
            ([], ["CI_NODE_INDEX": "1"], "CI_NODE_TOTAL"),
            ([], ["CI_NODE_INDEX": "0", "CI_NODE_TOTAL": "4"], "CI_NODE_INDEX"),
            ([], ["CI_NODE_INDEX": "5", "CI_NODE_TOTAL": "4"], "CI_NODE_INDEX"),
            ([], ["CI_NODE_INDEX": "+1", "CI_NODE_TOTAL": "4"], "CI_NODE_INDEX"),
            ([], ["CI_NODE_INDEX": "1", "CI_NODE_TOTAL": "four"], "CI_NODE_TOTAL"),
            (["--shard-total", "4"], [:], "JOB_COMPLETION_INDEX"),
            (["--shard-total", "4"], ["JOB_COMPLETION_INDEX": "4"], "JOB_COMPLETION_INDEX"),
            (["--shard-total", "4"], ["JOB_COMPLETION_INDEX": "-1"], "JOB_COMPLETION_INDEX"),
            (["--shard-total", "0"], ["JOB_COMPLETION_INDEX": "0"], "--shard-total"),
        ]
        for (extra, env, named) in cases {
            let r = CLIRun.run(["check", region] + asOf + ["--shard", "auto", "--lang", "en"] + extra, environment: env)
            XCTAssertEqual(r.status, .usageOrInput, "\(extra) \(env)")
            XCTAssertTrue(r.err.contains(named), "\(extra) \(env): \(r.err)")
        }
        XCTAssertEqual(CLIRun.run(["check", region, "--shard", "1/2", "--shard-total", "2"]).status, .usageOrInput, "--shard-total only with auto")
    }

    func testMergeRefusesIncompleteOrMixedSetsAndNamesWhatIsWrong() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let four = shardReports(4, in: dir)
        let whole = CLIRun.run(["check", region] + asOf + ["--format", "json"]).out
        XCTAssertEqual(CLIRun.run(["merge"] + four).out, whole, "all four, three of them empty, merge to the one run")
        XCTAssertEqual(CLIRun.run(["merge"] + four.reversed()).out, whole, "in any order")

        let missing = CLIRun.run(["merge", four[0], four[2], "--lang", "en"])
        XCTAssertEqual(missing.status, .usageOrInput)
        XCTAssertTrue(missing.err.contains("2 of 4 shards missing: 2, 4"), missing.err)
        XCTAssertTrue(CLIRun.run(["merge", four[0]]).err.contains("缺少 4 个分片中的 3 个：第 2, 3, 4 个"))

        let twice = CLIRun.run(["merge"] + four + [four[1], "--lang", "en"])
        XCTAssertEqual(twice.status, .usageOrInput)
        XCTAssertTrue(twice.err.contains("shard 2/4 is given twice"), twice.err)

        let other = dir.appendingPathComponent("of-two")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let two = shardReports(2, in: other)
        let totals = CLIRun.run(["merge"] + four + [two[1], "--lang", "en"])
        XCTAssertEqual(totals.status, .usageOrInput)
        XCTAssertTrue(totals.err.contains("one of 4 shards") && totals.err.contains("one of 2"), totals.err)

        let lateDir = dir.appendingPathComponent("late")
        try FileManager.default.createDirectory(at: lateDir, withIntermediateDirectories: true)
        let late = lateDir.appendingPathComponent("p.json").path
        _ = CLIRun.run(["check", region, "--as-of", "2025-01-31", "--shard", "4/4", "--format", "json", "--output", late, "--fail-on", "never"])
        let dates = CLIRun.run(["merge", four[0], four[1], four[2], late, "--lang", "en"])
        XCTAssertEqual(dates.status, .usageOrInput)
        XCTAssertTrue(dates.err.contains("as of 2025-01-31"), dates.err)

        let unsharded = dir.appendingPathComponent("whole.json").path
        try Data(whole.utf8).write(to: URL(fileURLWithPath: unsharded))
        let mixed = CLIRun.run(["merge", four[0], unsharded, "--lang", "en"])
        XCTAssertEqual(mixed.status, .usageOrInput)
        XCTAssertTrue(mixed.err.contains("is not a shard's"), mixed.err)

        var packText = try String(contentsOfFile: four[3], encoding: .utf8)
        packText = packText.replacingOccurrences(of: "\"id\": \"DB14-T-2024-draft\"", with: "\"id\": \"DB14-OTHER\"")
        try Data(packText.utf8).write(to: URL(fileURLWithPath: four[3]))
        let packs = CLIRun.run(["merge"] + four + ["--lang", "en"])
        XCTAssertEqual(packs.status, .usageOrInput)
        XCTAssertTrue(packs.err.contains("different rule packs") && packs.err.contains("DB14-OTHER (sha256:") && packs.err.contains("part-4.json"), packs.err)
    }

    /// A station whose only problem is in its data: an unknown key.
    func stationWithAWarning() throws -> URL {
        let copy = Repo.copy("Fixtures/stations/county")
        let file = copy.appendingPathComponent("station.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text += (text.hasSuffix("\n") ? "" : "\n") + "no_such_key: 1\n"
        try Data(text.utf8).write(to: file)
        return copy
    }

    func testFailOnWarningCountsInputWarnings() throws {
        let station = try stationWithAWarning()
        defer { try? FileManager.default.removeItem(at: station.deletingLastPathComponent()) }
        let base = ["check", station.path] + asOf
        XCTAssertEqual(CLIRun.run(base).status, .success, "an input warning does not fail --fail-on error")
        XCTAssertEqual(CLIRun.run(base + ["--fail-on", "warning"]).status, .failures, "but fails --fail-on warning")
        XCTAssertEqual(CLIRun.run(base + ["--fail-on", "never"]).status, .success)
        let sarif = CLIRun.run(base + ["--format", "sarif"]).out
        XCTAssertTrue(sarif.contains("\"ruleId\": \"input/warning\""), "the warning is a SARIF result")
        XCTAssertTrue(sarif.contains("\"uri\": \"file://" + Escape.uriPath(station.path) + "/station.yaml\""),
                      "a station outside the working folder has absolute file:// URIs")
        let junit = CLIRun.run(base + ["--format", "junit"]).out
        XCTAssertTrue(junit.contains("name=\"input/warning\">\n      <failure message=\"输入中有 1 个问题\" type=\"warning\">"), junit)
        // merge gives the same verdict from the JSON report.
        let report = station.deletingLastPathComponent().appendingPathComponent("r.json").path
        _ = CLIRun.run(base + ["--format", "json", "--output", report])
        XCTAssertEqual(CLIRun.run(["merge", report, "--fail-on", "warning"]).status, .failures)
        XCTAssertEqual(CLIRun.run(["merge", report]).status, .success)
    }

    func testSARIFRootOption() throws {
        let r = CLIRun.run(["check", "Fixtures/report-stations/county-failing"] + asOf + ["--format", "sarif", "--sarif-root", "Fixtures/report-stations"])
        XCTAssertTrue(r.out.contains("\"uri\": \"county-failing/station.yaml\",\n                  \"uriBaseId\": \"SRCROOT\""), r.out)
        XCTAssertTrue(r.out.contains("\"uri\": \"" + SARIFRootURI.of(Repo.path("Fixtures/report-stations")) + "\""), "originalUriBaseIds")
        let outside = CLIRun.run(["check", "Fixtures/report-stations/county-failing"] + asOf + ["--format", "sarif", "--sarif-root", "Fixtures/stations"])
        XCTAssertTrue(outside.out.contains("\"uri\": \"file://" + Escape.uriPath(Repo.path("Fixtures/report-stations/county-failing")) + "/station.yaml\""))
    }
}

import StationLintCore

enum SARIFRootURI {
    static func of(_ directory: String) -> String { SARIFRoot(directory: directory, workingDirectory: "/").uri }
}
