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

/// `check --tailoring` from the command line: goldens of the county pair tailored by
/// `Fixtures/tailoring/taiyuan-2025.yaml`, `--param` winning, errors at their positions, merge.
final class TailoringCommandTests: XCTestCase {
    static let check = GoldenReportTests.check + ["--tailoring", "Fixtures/tailoring/taiyuan-2025.yaml"]

    func golden(_ extra: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let run = CLIRun.run(Self.check + extra)
        XCTAssertEqual(run.status, .success, "4.3 lowered to 宜, 4.4 set aside: nothing fails at error\n\(run.err)", file: file, line: line)
        Golden.assertMatches(run.out, name, file: file, line: line)
    }

    func testText() { golden([], "tailoring/check.txt") }
    func testTextEnglish() { golden(["--lang", "en"], "tailoring/check-en.txt") }
    func testJSON() throws {
        let digest = try PackLoading.load(ParsedArguments(), lang: .zh).digest
        let run = CLIRun.run(Self.check + ["--format", "json"])
        Golden.assertMatches(run.out.replacingOccurrences(of: digest, with: "sha256:PACK-DIGEST"), "tailoring/check.json")
    }
    func testSARIF() {
        let run = CLIRun.run(Self.check + ["--format", "sarif"])
        let root = SARIFRoot.workingDirectory.uri
        Golden.assertMatches(run.out.replacingOccurrences(of: "\"uri\": \"\(root)\"", with: "\"uri\": \"file:///WORKING-FOLDER/\""), "tailoring/check.sarif")
    }
    func testJUnit() { golden(["--format", "junit"], "tailoring/check.junit.xml") }
    func testMarkdown() { golden(["--format", "markdown"], "tailoring/check.md") }
    func testCSV() { golden(["--format", "csv"], "tailoring/check.csv") }

    func testTheWorkbookHasASheetNamingTheTailoringAndItsChanges() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = dir.appendingPathComponent("report.json")
        try Data(CLIRun.run(Self.check + ["--format", "json"]).out.utf8).write(to: json)
        let report = try ReportFiles.read(json.path, lang: .zh)
        let sheets = XLSXReporter.sheets(ReportInput(report, pack: try PackLoading.load(ParsedArguments(), lang: .zh)))
        let sheet = try XCTUnwrap(sheets.last)
        XCTAssertEqual(sheet.name, "剪裁")
        let texts = sheet.rows.compactMap { row -> String? in if case .text(let t)? = row.first { t } else { nil } }
        XCTAssertEqual(texts, [
            "剪裁 Fixtures/tailoring/taiyuan-2025.yaml《太原市 2025 年度剪裁》（批准单位：太原市退役军人事务局；适用范围：1401）", "改动",
            "参数 recent_activity_days：365 → 400", "4.4（DB14-4.4）不适用：经费由市级统筹，县级不单设专账（批准单位：太原市财政局）",
            "4.3（DB14-4.3）严重程度：严重（应） → 建议（宜）",
        ])
        let untailored = CLIRun.run(GoldenReportTests.check + ["--format", "json"])
        try Data(untailored.out.utf8).write(to: json)
        let plain = XLSXReporter.sheets(ReportInput(try ReportFiles.read(json.path, lang: .zh), pack: try PackLoading.load(ParsedArguments(), lang: .zh)))
        XCTAssertFalse(plain.contains { $0.name == "剪裁" }, "no tailoring, no sheet")
    }

    func testARaisedSeverityFailsTheRunAndParamWins() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.yaml")
        try Data("title: 严格\napproved_by: 市局\nparameters:\n  recent_activity_days: 10\n".utf8).write(to: file)
        let strict = CLIRun.run(["check", "Fixtures/stations/county", "--as-of", "2024-12-31", "--tailoring", file.path, "--quiet"])
        XCTAssertEqual(strict.status, .failures, "10 days: the county's activities are older")
        let param = CLIRun.run(["check", "Fixtures/stations/county", "--as-of", "2024-12-31", "--tailoring", file.path, "--param", "recent_activity_days=365", "--quiet"])
        XCTAssertEqual(param.status, .success, "--param on the command line wins\n" + param.out)
        XCTAssertTrue(param.out.contains("未改变任何内容"), param.out)
    }

    func testAnUnknownRuleIsExit2WithItsPositionInEitherLanguage() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.yaml")
        try Data("名称: t\n批准单位: a\n不适用:\n  - 条款: 4.44\n    理由: r\n    批准单位: b\n".utf8).write(to: file)
        for (lang, said) in [("zh", "t.yaml:4:9: error: 规则包 DB14-T-2024-draft 中没有规则或条款“4.44”；您是否想写“4.4”？"),
                             ("en", "t.yaml:4:9: error: the rule pack DB14-T-2024-draft has no rule or clause '4.44'; did you mean '4.4'?")] {
            let run = CLIRun.run(GoldenReportTests.check + ["--tailoring", file.path, "--lang", lang])
            XCTAssertEqual(run.status, .usageOrInput)
            XCTAssertTrue(run.err.contains(said), run.err)
            XCTAssertTrue(run.err.contains("^"), "the source line with a caret")
        }
    }

    func testMergeRefusesShardsOfDifferentTailorings() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = dir.appendingPathComponent("1.json").path, two = dir.appendingPathComponent("2.json").path
        _ = CLIRun.run(Self.check + ["--shard", "1/2", "--format", "json", "--output", one])
        _ = CLIRun.run(GoldenReportTests.check + ["--shard", "2/2", "--format", "json", "--output", two])
        let run = CLIRun.run(["merge", one, two])
        XCTAssertEqual(run.status, .usageOrInput)
        XCTAssertTrue(run.err.contains("用了不同的剪裁") && run.err.contains("taiyuan-2025.yaml") && run.err.contains("无剪裁"), run.err)
        _ = CLIRun.run(Self.check + ["--shard", "2/2", "--format", "json", "--output", two])
        let merged = CLIRun.run(["merge", one, two, "--format", "text", "--lang", "en"])
        XCTAssertEqual(merged.status, .success, merged.err)
        XCTAssertTrue(merged.out.contains("tailoring Fixtures/tailoring/taiyuan-2025.yaml \"太原市 2025 年度剪裁\""), merged.out)
        XCTAssertTrue(merged.out.contains("set aside by the tailoring"), "said again in English from the findings")
    }
}
