import Foundation
import XCTest
@testable import stationlint

final class CheckCommandTests: XCTestCase {
    let asOf = "--as-of=2024-12-31"

    func testACompleteStationPassesWithExitZero() {
        for level in ["county", "township", "village", "county-zh"] {
            let r = CLIRun.run(["check", Repo.path("Fixtures/stations/\(level)"), asOf])
            XCTAssertEqual(r.status, .success, "\(level): \(r.out)\(r.err)")
            XCTAssertTrue(r.out.contains("不通过 0"), "\(level): \(r.out)")
            XCTAssertTrue(r.out.contains("得分 100.0"), "\(level): \(r.out)")
        }
    }

    func testJSONFollowsTheContract() throws {
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/county"), asOf, "--format", "json"])
        XCTAssertEqual(r.status, .success, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(json["schemaVersion"] as? Int, 1)
        XCTAssertEqual((json["tool"] as? [String: Any])?["name"] as? String, "stationlint")
        XCTAssertEqual((json["rulePack"] as? [String: Any])?["id"] as? String, "DB14-T-2024-draft")
        XCTAssertEqual(json["asOf"] as? String, "2024-12-31")
        let stations = try XCTUnwrap(json["stations"] as? [[String: Any]])
        XCTAssertEqual(stations.count, 1)
        let s = stations[0]
        for key in ["path", "name", "level", "divisionCode", "score", "counts", "results"] { XCTAssertNotNil(s[key], key) }
        XCTAssertEqual(s["divisionCode"] as? String, "140105000000")
        let result = try XCTUnwrap((s["results"] as? [[String: Any]])?.first)
        for key in ["rule", "clause", "status", "severity", "message", "remedy", "locations"] { XCTAssertTrue(result.keys.contains(key), key) }
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["stations"] as? Int, 1)
        XCTAssertNotNil(summary["byStatus"] as? [String: Int])
    }

    func testAFailingStationExitsOneUnlessFailOnNever() throws {
        let station = Repo.copy("Fixtures/stations/county")
        let yaml = station.appendingPathComponent("station.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "in_post: 9", with: "in_post: 8")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let r = CLIRun.run(["check", station.path, asOf])
        XCTAssertEqual(r.status, .failures)
        XCTAssertTrue(r.out.contains("80.0%"), r.out)
        XCTAssertTrue(r.out.contains("整改建议"), r.out)
        XCTAssertEqual(CLIRun.run(["check", station.path, asOf, "--fail-on", "never"]).status, .success)
        let en = CLIRun.run(["check", station.path, asOf, "--lang", "en"])
        XCTAssertTrue(en.out.contains("below 90%"), en.out)
    }

    func testAnUnreadableInputExitsTwoWithItsPosition() throws {
        let station = Repo.copy("Fixtures/stations/county")
        try "updated: 2024-12-01\nrecords:\n  - name: [张三\n".write(to: station.appendingPathComponent("ledgers/visits.yaml"), atomically: true, encoding: .utf8)
        let r = CLIRun.run(["check", station.path, asOf])
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertTrue(r.out.contains("ledgers/visits.yaml:3:"), r.out)
    }

    func testAMissingPathIsReportedAndTheRestChecked() {
        let r = CLIRun.run(["check", "/nonexistent/station", Repo.path("Fixtures/stations/village"), asOf, "--format", "json"])
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertTrue(r.out.contains("/nonexistent/station"), r.out)
        XCTAssertTrue(r.out.contains("坞城南路社区退役军人服务站"), r.out)
    }

    func testAMalformedRulePackIsAnErrorAtItsPosition() throws {
        let pack = Repo.temporary().appendingPathComponent("pack")
        try FileManager.default.copyItem(atPath: Repo.path("Rules/DB14-T-2024"), toPath: pack.path)
        let rules = pack.appendingPathComponent("rules-4.yaml")
        var text = try String(contentsOf: rules, encoding: .utf8)
        text = text.replacingOccurrences(of: "  modality: requirement\n  checks:\n    - {at_least: staffing.authorized", with: "  modality: requirement\n  checks:\n    - {at_leest: staffing.authorized")
        try text.write(to: rules, atomically: true, encoding: .utf8)
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/county"), asOf, "--rules", pack.path])
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertTrue(r.err.contains("rules-4.yaml:"), r.err)
        XCTAssertTrue(r.err.contains("at_least"), "suggests the nearest primitive: \(r.err)")
    }

    func testParamsOverrideThePack() {
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/county"), asOf, "--param", "nonsense=3"])
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertTrue(r.err.contains("recent_activity_days"), r.err)
    }

    func testFormatsAndOutputsPairUp() throws {
        let dir = Repo.temporary()
        let json = dir.appendingPathComponent("r.json").path
        let text = dir.appendingPathComponent("r.txt").path
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/county"), asOf, "--format=json", "--output", json, "--format", "text", "--output=\(text)"])
        XCTAssertEqual(r.status, .success, r.err)
        XCTAssertTrue(try String(contentsOfFile: json, encoding: .utf8).hasPrefix("{"))
        XCTAssertTrue(try String(contentsOfFile: text, encoding: .utf8).contains("得分"))
        XCTAssertEqual(CLIRun.run(["check", Repo.path("Fixtures/stations/county"), "--format", "json", "--format", "text"]).status, .usageOrInput)
        let bad = CLIRun.run(["check", Repo.path("Fixtures/stations/county"), "--format", "jsn"])
        XCTAssertTrue(bad.err.contains("；您是否想用“json”？"), bad.err)
    }

    /// The pack travels inside the binary: a copy of it alone, elsewhere, still checks.
    func testTheBinaryAloneCarriesThePack() throws {
        let built = Repo.root.appendingPathComponent(".build/debug/stationlint")
        guard FileManager.default.fileExists(atPath: built.path) else {
            return XCTFail("build the binary first (swift build): \(built.path)")
        }
        let dir = Repo.temporary()
        let copy = dir.appendingPathComponent("stationlint")
        try FileManager.default.copyItem(at: built, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["check", Repo.path("Fixtures/stations/township"), asOf, "--format", "json"]
        process.currentDirectoryURL = dir
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"schemaVersion\": 1"))
    }
}
