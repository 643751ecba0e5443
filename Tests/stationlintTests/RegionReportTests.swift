import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import stationlint
import StationLintCore

/// The region report: what it leads with, the order of its stations, `--only-failing`, the tie
/// notes of the ranking, and its charts (well-formed SVG whose every number is also text).
final class RegionReportTests: XCTestCase {
    static let region = ["check", "Fixtures/region", "--as-of", "2024-12-31"]

    func testHTMLLeadsWithSummaryRankingThenClausesThenStationsToActOnFirst() throws {
        let html = CLIRun.run(Self.region + ["--format", "html"]).out
        func at(_ s: String) throws -> String.Index { try XCTUnwrap(html.range(of: s)?.lowerBound, "missing \(s)") }
        XCTAssertLessThan(try at("<h2>汇总</h2>"), try at("<h2>市级排名</h2>"))
        XCTAssertLessThan(try at("<h2>县级排名</h2>"), try at("<h2>乡镇汇总</h2>"))
        XCTAssertLessThan(try at("<h2>乡镇汇总</h2>"), try at("各条款通过率"))
        XCTAssertLessThan(try at("各条款通过率"), try at("id=\"station-1\""))
        XCTAssertLessThan(try at("<h2 class=\"passing-head\">"), try at("id=\"station-6\""))
        // Stations to act on first, by score ascending; then the passing ones.
        let scores = html.components(separatedBy: "<td class=\"score\">").dropFirst().map { Double($0.prefix { $0 != "<" })! }
        XCTAssertEqual(scores.count, 6)
        let failing = html.components(separatedBy: "class=\"station failing\"").count - 1
        XCTAssertEqual(failing, 3)
        XCTAssertEqual(Array(scores.prefix(failing)), scores.prefix(failing).sorted())
        XCTAssertTrue(scores.dropFirst(failing).allSatisfy { $0 == 100 }, "\(scores)")
        XCTAssertTrue(html.contains("4.3</td><td>有人员：编制内人员到位率不低于 90%</td>"), "clause rates carry the clause titles")
    }

    func testOnlyFailingLeavesPassingStationsOutAndSaysHowMany() {
        for format in ["text", "markdown", "html"] {
            let all = CLIRun.run(Self.region + ["--format", format]).out
            let run = CLIRun.run(Self.region + ["--format", format, "--only-failing"])
            XCTAssertEqual(run.status, .failures)
            XCTAssertTrue(run.out.contains("--only-failing 未列出 3 个无需整改的站点"), format)
            XCTAssertFalse(run.out.contains("坞城南路社区退役军人服务站"), "\(format): a passing station is left out") 
            XCTAssertTrue(all.contains("坞城南路社区退役军人服务站"), format)
            XCTAssertTrue(run.out.contains("共 6 个站点") || run.out.contains("共检查 6 个站点"), "\(format): all still count")
        }
    }

    /// Every `<svg>` of the report, as text.
    func svgs(_ html: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
    }

    func testChartsAreWellFormedLabelledSVGWithEveryNumberAsText() throws {
        let html = CLIRun.run(Self.region + ["--format", "html"]).out
        let charts = svgs(html)
        XCTAssertEqual(charts.count, 2, "score spread and heat map (one city and one county: no bars to compare)")
        for svg in charts {
            let parser = XMLParser(data: Data(svg.utf8))
            XCTAssertTrue(parser.parse(), "well-formed: \(parser.parserError.map(String.init(describing:)) ?? "")\n\(svg.prefix(300))")
            XCTAssertTrue(svg.contains("role=\"img\""))
            XCTAssertTrue(svg.contains("aria-label=\""))
            XCTAssertTrue(svg.contains("<title>"))
            XCTAssertFalse(svg.contains("<script"))
        }
        // The heat map prints each cell's rate; the spread prints the median; bars the score.
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-region-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        try Data(CLIRun.run(Self.region + ["--format", "json"]).out.utf8).write(to: json)
        let report = try ReportFiles.read(json.path, lang: .zh)
        let view = try XCTUnwrap(ReportInput(report, pack: try PackLoading.load(ParsedArguments(), lang: .zh)).summary.view)
        let heat = try XCTUnwrap(charts.first { $0.contains("分章节通过率") })
        for u in view.sectionRates { for sec in view.sections { if let r = u.rates[sec] {
            XCTAssertTrue(heat.contains(">\(RegionView.percent(r.passed, r.applicable))</text>"), "\(u.name) \(sec)")
        } } }
        let spread = try XCTUnwrap(charts.first { $0.contains("得分分布") })
        for s in view.spreads { XCTAssertTrue(spread.contains("中位数 \(formatOneDecimal(s.median))"), s.name) }
    }

    func testASingleStationGetsItsSectionsAsBars() throws {
        let html = CLIRun.run(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--format", "html"]).out
        let charts = svgs(html)
        XCTAssertEqual(charts.count, 1)
        XCTAssertTrue(XMLParser(data: Data(charts[0].utf8)).parse())
        XCTAssertTrue(charts[0].contains("5.1 "), "section titles label the bars")
        XCTAssertTrue(charts[0].range(of: #"\d+/\d+ · \d+%"#, options: .regularExpression) != nil, "passed/applied printed")
    }

    /// Printed for real: headless Chromium makes the PDF; page 1 holds the ranking.
    func testRegionPrintsWithTheRankingOnPageOne() throws {
        let tools = ["chromium", "pdfinfo", "pdftotext"].map { t in ["/usr/bin/\(t)", "/usr/local/bin/\(t)"].first { FileManager.default.isExecutableFile(atPath: $0) } }
        guard let chromium = tools[0], let pdfinfo = tools[1], let pdftotext = tools[2] else {
            throw XCTSkip("chromium or poppler-utils (pdfinfo, pdftotext) not installed: the printed region report is not checked")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("region.html"), pdf = dir.appendingPathComponent("region.pdf")
        try Data(CLIRun.run(Self.region + ["--format", "html"]).out.utf8).write(to: html)
        _ = try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(dir.path)/profile",
                               "--print-to-pdf=\(pdf.path)", html.absoluteString])
        let info = try run(pdfinfo, [pdf.path])
        let pages = Int(info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        XCTAssertGreaterThan(pages, 0)
        XCTAssertLessThanOrEqual(pages, 14, "6 stations: the summary pages plus a page per station to act on and the passing ones together")
        let first = try run(pdftotext, ["-f", "1", "-l", "1", pdf.path, "-"])
        XCTAssertTrue(first.contains("市级排名"), first)
        XCTAssertTrue(first.contains("汇总"), first)
    }

    func run(_ tool: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
