import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// Every report format of `check`, run in-process on the bundled county centre and its failing
/// variant as of 2024-12-31, compared with the committed files in `Fixtures/golden/`.
/// Regenerate after an intended change: `UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`.
final class GoldenReportTests: XCTestCase {
    static let stations = ["Fixtures/stations/county", "Fixtures/report-stations/county-failing"]
    static let check = ["check"] + stations + ["--as-of", "2024-12-31"]

    func golden(_ extra: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let run = CLIRun.run(Self.check + extra)
        XCTAssertEqual(run.status, .failures, "the failing variant fails a requirement: exit 1\n\(run.err)", file: file, line: line)
        XCTAssertEqual(run.err, "", file: file, line: line)
        Golden.assertMatches(run.out, name, file: file, line: line)
    }

    func testText() { golden([], "check.txt") }
    func testTextQuiet() { golden(["--quiet"], "check-quiet.txt") }
    func testTextEnglish() { golden(["--lang", "en"], "check-en.txt") }
    /// The pack's digest changes with every edit of the pack, which is not this file's business:
    /// the golden file says `sha256:PACK-DIGEST` (PackCoverageTests pins the digest itself).
    func testJSON() throws {
        let run = CLIRun.run(Self.check + ["--format", "json"])
        XCTAssertEqual(run.status, .failures, run.err)
        let digest = try PackLoading.load(ParsedArguments(), lang: .zh).digest
        XCTAssertTrue(run.out.contains("\"digest\": \"\(digest)\""), "the report names the pack's digest, \(digest)")
        Golden.assertMatches(run.out.replacingOccurrences(of: digest, with: "sha256:PACK-DIGEST"), "check.json")
    }
    func testMarkdown() { golden(["--format", "markdown"], "check.md") }
    func testMarkdownEnglish() { golden(["--format", "markdown", "--lang", "en"], "check-en.md") }
    func testHTML() { golden(["--format", "html"], "check.html") }
    func testJUnit() { golden(["--format", "junit"], "check.junit.xml") }
    /// The root (`originalUriBaseIds`) is the working folder, which differs between checkouts:
    /// the golden file says `file:///WORKING-FOLDER/`.
    func testSARIF() {
        let run = CLIRun.run(Self.check + ["--format", "sarif"])
        XCTAssertEqual(run.status, .failures)
        let root = SARIFRoot.workingDirectory.uri
        XCTAssertTrue(run.out.contains("\"uri\": \"\(root)\""), "the root is the working folder, \(root)")
        Golden.assertMatches(run.out.replacingOccurrences(of: "\"uri\": \"\(root)\"", with: "\"uri\": \"file:///WORKING-FOLDER/\""), "check.sarif")
    }
    func testCSV() { golden(["--format", "csv"], "check.csv") }

    /// The region report of the bundled district (a county centre, two townships, villages).
    static let region = ["check", "Fixtures/region", "--as-of", "2024-12-31"]
    func regionGolden(_ extra: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let run = CLIRun.run(Self.region + extra)
        XCTAssertEqual(run.status, .failures, run.err, file: file, line: line)
        Golden.assertMatches(run.out, name, file: file, line: line)
    }
    func testRegionHTML() { regionGolden(["--format", "html"], "region.html") }
    func testRegionMarkdown() { regionGolden(["--format", "markdown"], "region.md") }
    func testRegionTextOnlyFailing() { regionGolden(["--only-failing"], "region-only-failing.txt") }

    func testSeveralFormatsInOneRunEachToItsFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let formats = ["json", "markdown", "html", "junit", "sarif", "csv"]
        var args = Self.check
        for f in formats { args += ["--format", f, "--output", dir.appendingPathComponent("r.\(f)").path] }
        let run = CLIRun.run(args + ["--format=text", "--output=-"])
        XCTAssertEqual(run.status, .failures)
        for f in formats {
            let written = String(decoding: try Data(contentsOf: dir.appendingPathComponent("r.\(f)")), as: UTF8.self)
            XCTAssertEqual(written, CLIRun.run(Self.check + ["--format", f]).out, "\(f) written to a file is what it prints")
        }
        XCTAssertEqual(run.out, CLIRun.run(Self.check).out, "the format without --output goes to standard output")
    }
}
