import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// `check --baseline` and `--write-baseline` from the command line: the exit code, the refusal
/// to write into a station folder, a malformed baseline, merge and diff with marks, and the
/// golden reports of the county pair against `Fixtures/baseline/county-2024-06.json` (4.3
/// known, 4.4 new, 5.1.2 fixed, one rule id the pack does not have).
final class BaselineCommandTests: XCTestCase {
    static let check = GoldenReportTests.check + ["--baseline", "Fixtures/baseline/county-2024-06.json"]

    func golden(_ extra: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) -> CLIRun {
        let run = CLIRun.run(Self.check + extra)
        XCTAssertEqual(run.status, .failures, "4.4 is new: exit 1\n\(run.err)", file: file, line: line)
        Golden.assertMatches(run.out, name, file: file, line: line)
        return run
    }

    func testText() { _ = golden([], "baseline/check.txt") }
    func testTextEnglish() { _ = golden(["--lang", "en"], "baseline/check-en.txt") }
    func testJSON() throws {
        let digest = try PackLoading.load(ParsedArguments(), lang: .zh).digest
        let run = CLIRun.run(Self.check + ["--format", "json"])
        XCTAssertEqual(run.status, .failures, run.err)
        Golden.assertMatches(run.out.replacingOccurrences(of: digest, with: "sha256:PACK-DIGEST"), "baseline/check.json")
    }
    func testSARIF() {
        let run = CLIRun.run(Self.check + ["--format", "sarif"])
        let root = SARIFRoot.workingDirectory.uri
        Golden.assertMatches(run.out.replacingOccurrences(of: "\"uri\": \"\(root)\"", with: "\"uri\": \"file:///WORKING-FOLDER/\""), "baseline/check.sarif")
    }
    func testJUnit() { _ = golden(["--format", "junit"], "baseline/check.junit.xml") }
    func testMarkdown() { _ = golden(["--format", "markdown"], "baseline/check.md") }
    func testHTML() { _ = golden(["--format", "html"], "baseline/check.html") }
    func testCSV() { _ = golden(["--format", "csv"], "baseline/check.csv") }

    func testABaselineOfTodaysFailsPassesTheRunAndANewFailFailsIt() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("b.json").path
        let write = CLIRun.run(GoldenReportTests.check + ["--write-baseline", file, "--quiet"])
        XCTAssertEqual(write.status, .failures, "writing a baseline changes nothing of the run")
        let written = try Baseline.decode(FileReader.read(file))
        XCTAssertEqual(written.entries.map(\.rule), ["DB14-4.3", "DB14-4.4"])
        XCTAssertEqual(written.entries.map(\.station), ["Fixtures/report-stations/county-failing", "Fixtures/report-stations/county-failing"],
                       "both stations declare 140105000000: the path tells them apart")
        let again = CLIRun.run(GoldenReportTests.check + ["--baseline", file, "--quiet"])
        XCTAssertEqual(again.status, .success, again.out + again.err)
        XCTAssertTrue(again.out.contains("已知 2，新增 0，基线中已修复 0"), again.out)
        // A JSON report is a baseline as it is.
        let report = dir.appendingPathComponent("r.json").path
        _ = CLIRun.run(GoldenReportTests.check + ["--format", "json", "--output", report])
        XCTAssertEqual(CLIRun.run(GoldenReportTests.check + ["--baseline", report, "--quiet"]).status, .success)
        XCTAssertEqual(CLIRun.run(GoldenReportTests.check + ["--baseline", report, "--fail-on", "warning", "--quiet"]).status, .failures,
                       "input warnings still fail --fail-on warning: a baseline knows fails, not inputs")
    }

    func testNeverWritesABaselineIntoAStationFolder() {
        let station = Repo.copy("Fixtures/stations/county")
        defer { try? FileManager.default.removeItem(at: station.deletingLastPathComponent()) }
        let inside = station.appendingPathComponent("baseline.json").path
        let run = CLIRun.run(["check", station.path, "--as-of", "2024-12-31", "--write-baseline", inside])
        XCTAssertEqual(run.status, .usageOrInput)
        XCTAssertTrue(run.err.contains("不向站点文件夹写入任何文件"), run.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: inside))
    }

    func testAMalformedBaselineIsExit2AtItsPosition() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\n  \"format\": \"stationlint-baseline\",\n  \"entries\": [,]\n}\n".utf8).write(to: bad)
        let run = CLIRun.run(GoldenReportTests.check + ["--baseline", bad.path])
        XCTAssertEqual(run.status, .usageOrInput)
        XCTAssertTrue(run.err.contains("bad.json:3:15: error: 基线不是有效的 JSON"), run.err)
        XCTAssertEqual(run.out, "", "nothing is checked against a baseline that cannot be read")
        let missing = CLIRun.run(GoldenReportTests.check + ["--baseline", dir.appendingPathComponent("none.json").path, "--lang", "en"])
        XCTAssertEqual(missing.status, .usageOrInput)
        XCTAssertTrue(missing.err.contains("none.json:1:1: error:"), missing.err)
    }

    func testMergeCarriesTheMarksAndRefusesMixedBaselines() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        var parts: [String] = []
        for k in 1...2 {
            let out = dir.appendingPathComponent("part-\(k).json").path
            let run = CLIRun.run(Self.check + ["--shard", "\(k)/2", "--format", "json", "--output", out, "--fail-on", "never"])
            XCTAssertEqual(run.status, .success, run.err)
            parts.append(out)
        }
        let merged = CLIRun.run(["merge"] + parts + ["--format", "text", "--lang", "en"])
        XCTAssertEqual(merged.status, .failures, merged.err)
        XCTAssertTrue(merged.out.contains("[known]") && merged.out.contains("known 1, new 1, fixed since baseline 1"), merged.out)
        let plain = dir.appendingPathComponent("plain.json").path
        _ = CLIRun.run(GoldenReportTests.check + ["--shard", "2/2", "--format", "json", "--output", plain])
        let mixed = CLIRun.run(["merge", parts[0], plain])
        XCTAssertEqual(mixed.status, .usageOrInput)
        XCTAssertTrue(mixed.err.contains("与不同的基线对照") && mixed.err.contains("无基线"), mixed.err)
        // diff reads reports with marks as any other.
        let whole = dir.appendingPathComponent("whole.json").path
        _ = CLIRun.run(Self.check + ["--format", "json", "--output", whole])
        let diff = CLIRun.run(["diff", whole, whole])
        XCTAssertEqual(diff.status, .success, diff.err)
    }
}
