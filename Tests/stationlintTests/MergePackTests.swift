import Foundation
import XCTest
@testable import stationlint

/// `merge` renders reports with the pack they were made with, byte for byte (`rulePack.digest`):
/// a report of another pack or pack version is refused unless `--rules DIR` gives that pack, and
/// a mix of packs is refused, naming the files and the packs.
final class MergePackTests: XCTestCase {
    let asOf = ["--as-of", "2024-12-31", "--fail-on", "never"]

    /// A copy of the shipped pack with one comment more: the same rules, another version.
    func otherVersion(in dir: URL, id: String? = nil) throws -> String {
        let pack = dir.appendingPathComponent("pack-\(id ?? "edited")")
        try FileManager.default.copyItem(atPath: Repo.path("Rules/DB14-T-2024"), toPath: pack.path)
        let file = pack.appendingPathComponent("pack.yaml")
        var text = try String(contentsOf: file, encoding: .utf8) + "# 另一版本\n"
        if let id { text = text.replacingOccurrences(of: "id: DB14-T-2024-draft", with: "id: \(id)") }
        try Data(text.utf8).write(to: file)
        return pack.path
    }

    /// A JSON report of one fixture station.
    func report(_ station: String, _ name: String, in dir: URL, _ extra: [String] = []) -> String {
        let path = dir.appendingPathComponent(name).path
        let run = CLIRun.run(["check", station] + asOf + ["--format", "json", "--output", path] + extra)
        XCTAssertEqual(run.status, .success, run.err)
        return path
    }

    func testAReportOfAnotherPackVersionIsRefusedUnlessRulesGivesIt() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edited = try otherVersion(in: dir)
        let made = report("Fixtures/stations/county", "edited.json", in: dir, ["--rules", edited])

        let refused = CLIRun.run(["merge", made, "--lang", "en"])
        XCTAssertEqual(refused.status, .usageOrInput)
        XCTAssertTrue(refused.err.contains("edited.json: made with the rule pack DB14-T-2024-draft (sha256:"), refused.err)
        XCTAssertTrue(refused.err.contains("but the built-in pack is DB14-T-2024-draft (sha256:") && refused.err.contains("--rules"), refused.err)
        XCTAssertTrue(CLIRun.run(["merge", made]).err.contains("而本程序内置的是"), "Chinese by default")

        let accepted = CLIRun.run(["merge", made, "--rules", edited])
        XCTAssertEqual(accepted.status, .success, accepted.err)
        XCTAssertEqual(accepted.out, try String(contentsOfFile: made, encoding: .utf8), "the merge of one report is that report")

        let builtIn = report("Fixtures/stations/county", "built-in.json", in: dir)
        let wrongRules = CLIRun.run(["merge", builtIn, "--rules", edited, "--lang", "en"])
        XCTAssertEqual(wrongRules.status, .usageOrInput)
        XCTAssertTrue(wrongRules.err.contains("but --rules \(edited) is DB14-T-2024-draft (sha256:"), wrongRules.err)
        XCTAssertEqual(CLIRun.run(["merge", builtIn, "--rules", Repo.path("Rules/DB14-T-2024")]).status, .success,
                       "the built-in pack and its folder are the same pack")
    }

    func testAReportOfAnotherPackIsRefusedAndAcceptedWithThatPack() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = try otherVersion(in: dir, id: "DB99-OTHER")
        let made = report("Fixtures/stations/county", "other.json", in: dir, ["--rules", other])
        let refused = CLIRun.run(["merge", made, "--lang", "en"])
        XCTAssertEqual(refused.status, .usageOrInput)
        XCTAssertTrue(refused.err.contains("rule pack DB99-OTHER (sha256:") && refused.err.contains("built-in pack is DB14-T-2024-draft"), refused.err)
        XCTAssertFalse(refused.err.contains("--param"), "no hint about parameters for another pack: \(refused.err)")
        XCTAssertEqual(CLIRun.run(["merge", made, "--rules", other]).status, .success)
    }

    func testAMixOfPacksIsRefusedNamingTheFilesAndThePacks() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edited = try otherVersion(in: dir)
        let county = report("Fixtures/stations/county", "county.json", in: dir)
        let township = report("Fixtures/stations/township", "township.json", in: dir, ["--rules", edited])
        XCTAssertEqual(CLIRun.run(["merge", county, report("Fixtures/stations/township", "same.json", in: dir)]).status, .success,
                       "two stations of one pack merge")
        for rules in [[], ["--rules", edited]] {
            let mixed = CLIRun.run(["merge", county, township, "--lang", "en"] + rules)
            XCTAssertEqual(mixed.status, .usageOrInput)
            XCTAssertTrue(mixed.err.contains("different rule packs or pack versions"), mixed.err)
            XCTAssertTrue(mixed.err.contains("county.json") && mixed.err.contains("township.json"), mixed.err)
            XCTAssertEqual(mixed.err.components(separatedBy: "DB14-T-2024-draft (sha256:").count, 3, "both versions named: \(mixed.err)")
        }
    }

    /// `--param` that changes a value changes the pack the report was made with.
    func testAParameterOverrideIsPartOfThePack() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let made = report("Fixtures/stations/county", "param.json", in: dir, ["--param", "recent_activity_days=400"])
        let refused = CLIRun.run(["merge", made, "--lang", "en"])
        XCTAssertEqual(refused.status, .usageOrInput)
        XCTAssertTrue(refused.err.contains("a --param that changes a value counts as part of the pack"), refused.err)
        XCTAssertEqual(CLIRun.run(["merge", made, "--param", "recent_activity_days=400"]).status, .success)
        let same = report("Fixtures/stations/county", "same.json", in: dir, ["--param", "recent_activity_days=365"])
        XCTAssertEqual(CLIRun.run(["merge", same]).status, .success, "an override to the pack's own value is the same pack")
    }

    /// A report written before reports carried the digest is judged by its pack's id.
    func testAReportWithoutADigestMergesByItsPacksID() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = report("Fixtures/stations/county", "old.json", in: dir)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let digestLine = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.contains("\"digest\": ") })
        text = text.replacingOccurrences(of: ",\n" + digestLine, with: "")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let merged = CLIRun.run(["merge", path])
        XCTAssertEqual(merged.status, .success, merged.err)
        XCTAssertFalse(merged.out.contains("\"digest\""), "nothing is made up for it")
        let other = try otherVersion(in: dir, id: "DB99-OTHER")
        XCTAssertEqual(CLIRun.run(["merge", path, "--rules", other]).status, .usageOrInput, "another pack's id is still refused")
    }
}
