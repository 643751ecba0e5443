import Foundation
import XCTest
@testable import stationlint

/// The fictional second pack end to end (`Fixtures/packs/haibin/`, 海滨省): `check --rules` on
/// its region — a district centre and two neighbourhood stations, YAML and CSV ledgers, English
/// and Chinese keys — against the goldens `Fixtures/golden/haibin-*`, with no Swift change.
/// Regenerate after an intended change: `UPDATE_GOLDEN=1 swift test --filter SecondPackCLITests`.
final class SecondPackCLITests: XCTestCase {
    static let pack = "Fixtures/packs/haibin"
    static let check = ["check", "--rules", pack, pack + "/stations", "--as-of", "2025-06-30"]

    func golden(_ extra: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let run = CLIRun.run(Self.check + extra)
        XCTAssertEqual(run.status, .failures, "灯塔 fails requirements: exit 1\n\(run.err)", file: file, line: line)
        XCTAssertEqual(run.err, "", file: file, line: line)
        Golden.assertMatches(run.out, name, file: file, line: line)
    }

    func testText() { golden([], "haibin-check.txt") }
    func testTextEnglish() { golden(["--lang", "en"], "haibin-check-en.txt") }
    func testJSON() { golden(["--format", "json"], "haibin-check.json") }

    /// No word of DB14's domain in any format, in either language: the levels, station nouns,
    /// ledger names and roll-up tiers are the pack's.
    func testNoReportSaysAWordOfDB14() {
        let words = ["县级", "县", "乡镇", "村站", "村级", "建档立卡", "走访慰问", "台账台账", "DB14", "山西", "太原",
                     "county", "township", "village", "veterans ledger", "visits ledger", "cities", "counties", "townships"]
        for format in ["text", "json", "markdown", "html", "csv", "junit"] {
            for lang in ["zh", "en"] {
                let run = CLIRun.run(Self.check + ["--format", format, "--lang", lang])
                XCTAssertEqual(run.status, .failures, "\(format) \(lang): \(run.err)")
                for word in words where run.out.contains(word) {
                    XCTFail("the \(format) report in \(lang) says '\(word)'")
                }
            }
        }
    }

    func testTheJSONReportCarriesThePacksDomain() throws {
        let run = CLIRun.run(Self.check + ["--format", "json"])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let pack = try XCTUnwrap(root["rulePack"] as? [String: Any])
        XCTAssertEqual(pack["id"] as? String, "DB39-T-0001-2025-fictional")
        let rollup = try XCTUnwrap(root["rollup"] as? [String: Any])
        XCTAssertEqual(Set(rollup.keys).intersection(["districts", "streets", "cities", "counties", "townships"]), ["districts", "streets"])
        let stations = try XCTUnwrap(root["stations"] as? [[String: Any]])
        XCTAssertEqual(stations.compactMap { $0["level"] as? String }, ["district", "neighbourhood", "neighbourhood"])
    }

    /// A Chinese JSON report of this pack renders again in English with the same pack.
    func testAChineseReportMergesIntoEnglishWithThePack() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zh = dir.appendingPathComponent("haibin.json").path
        XCTAssertEqual(CLIRun.run(Self.check + ["--format", "json", "--output", zh]).status, .failures)
        let merged = CLIRun.run(["merge", zh, "--rules", Self.pack, "--lang", "en", "--format", "text"])
        XCTAssertEqual(merged.status, .failures, merged.err)
        XCTAssertEqual(merged.out, CLIRun.run(Self.check + ["--lang", "en"]).out)
        // Without the pack, the built-in one is not used to render it.
        XCTAssertEqual(CLIRun.run(["merge", zh, "--lang", "en", "--format", "text"]).status, .usageOrInput)
    }

    func testVerifyPackAcceptsIt() {
        let run = CLIRun.run(["verify-pack", Self.pack, "--lang", "en"])
        XCTAssertEqual(run.status, .success, run.out + run.err)
        XCTAssertTrue(run.out.hasPrefix("rule pack DB39-T-0001-2025-fictional (Fixtures/packs/haibin): 12 rules, "), run.out)
        XCTAssertTrue(run.out.hasSuffix("no problems\n"), run.out)
    }

    func testExplainNamesThePacksLevelsAndStations() {
        let run = CLIRun.run(["explain", "HB-A.3", "--rules", Self.pack])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertTrue(run.out.contains("条款 A.3（A 组织建设）；适用层级：区级"), run.out)
        XCTAssertTrue(run.out.contains("所辖社区服务站均通过 HB-C.2、HB-C.3"), run.out)
    }
}
