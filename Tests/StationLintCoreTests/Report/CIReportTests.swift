import Foundation
import XCTest
@testable import StationLintCore

/// What CI and spreadsheets need of the machine formats: input problems as SARIF results and a
/// JUnit failure, SARIF URIs against a root, and CSV text that no spreadsheet turns into a number.
final class CIReportTests: XCTestCase {
    let pack = PackFixture.pack

    /// A station with a result that names no file, a warning and a note, under a Chinese folder.
    func sample(path: String = "山西/小店区 站", declaration: String = "站点.yaml") -> RunReport {
        let results = [
            RuleResult(rule: "DB14-4.2", clause: "4.2", status: .fail, severity: .error, message: "缺少台账", remedy: "建立台账", locations: [], weight: 1),
            RuleResult(rule: "DB14-4.3", clause: "4.3", status: .fail, severity: .warning, message: "宜", remedy: "",
                       locations: [Location(file: declaration, line: 3, column: 1)], weight: 1),
        ]
        let station = StationReport(path: path, name: "小店", level: "county", divisionCode: "140105000000", results: results, errors: [],
                                    warnings: [Diagnostic(location: Location(file: "ledgers/visits.yaml", line: 4, column: 3), severity: .warning, message: "未知的键 foo"),
                                               Diagnostic(location: Location(file: "ledgers/visits.csv", line: 1, column: 1), severity: .note, message: "跳过标题行")])
        return RunReport(toolVersion: "0.1.0", packID: pack.id, packTitle: pack.title, asOf: ReportSample.asOf, lang: .zh, stations: [station], errors: [])
    }

    func results(_ sarif: String) throws -> [[String: Any]] {
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first)
        return try XCTUnwrap(run["results"] as? [[String: Any]])
    }

    func artifact(_ result: [String: Any]) -> [String: String] {
        let loc = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return (loc?["artifactLocation"] as? [String: String]) ?? [:]
    }

    func line(_ result: [String: Any]) -> Int? {
        let loc = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return (loc?["region"] as? [String: Any])?["startLine"] as? Int
    }

    func testInputWarningsAndNotesAreResultsWithTheirOwnRulesAndLevels() throws {
        let root = SARIFRoot(directory: "/srv/ci", workingDirectory: "/srv/ci")
        let sarif = SARIFReporter.render(ReportInput(sample(), pack: pack), root: root)
        try SARIFSchema.validate(sarif, "warnings and notes")
        let r = try results(sarif)
        XCTAssertEqual(r.map { $0["ruleId"] as? String }, ["DB14-4.2", "DB14-4.3", "input/warning", "input/note"])
        XCTAssertEqual(r.map { $0["level"] as? String }, ["error", "warning", "warning", "note"])
        XCTAssertEqual(artifact(r[2]), ["uri": "%E5%B1%B1%E8%A5%BF/%E5%B0%8F%E5%BA%97%E5%8C%BA%20%E7%AB%99/ledgers/visits.yaml", "uriBaseId": "SRCROOT"])
        XCTAssertEqual(line(r[2]), 4)
    }

    func testAResultWithoutAFileIsAnchoredAtTheDeclarationLineOne() throws {
        let r = try results(SARIFReporter.render(ReportInput(sample(), pack: pack), root: SARIFRoot(directory: "/srv/ci", workingDirectory: "/srv/ci")))
        XCTAssertEqual(artifact(r[0])["uri"], "%E5%B1%B1%E8%A5%BF/%E5%B0%8F%E5%BA%97%E5%8C%BA%20%E7%AB%99/%E7%AB%99%E7%82%B9.yaml", "站点.yaml, the file the station uses")
        XCTAssertEqual(line(r[0]), 1)
        let english = try results(SARIFReporter.render(ReportInput(sample(path: "s", declaration: "other.yaml"), pack: pack), root: SARIFRoot(directory: "/srv/ci", workingDirectory: "/srv/ci")))
        XCTAssertEqual(artifact(english[0])["uri"], "s/station.yaml", "station.yaml when nothing names the declaration")
    }

    func testURIsAreRelativeToTheRootOrAbsoluteFileURIsOutsideIt() throws {
        let root = SARIFRoot(directory: "Fixtures/../山西", workingDirectory: "/home/ci/工作")
        XCTAssertEqual(root.directory, "/home/ci/工作/山西")
        XCTAssertEqual(root.uri, "file:///home/ci/%E5%B7%A5%E4%BD%9C/%E5%B1%B1%E8%A5%BF/")
        XCTAssertEqual(root.artifactLocation("山西/a b/station.yaml").map(\.0), ["uri", "uriBaseId"])
        XCTAssertEqual(root.artifactLocation("./山西/./x/../y.yaml").first?.1, .string("y.yaml"))
        XCTAssertEqual(root.artifactLocation("/data/太原/station.yaml").map(\.1), [.string("file:///data/%E5%A4%AA%E5%8E%9F/station.yaml")])
        XCTAssertEqual(root.artifactLocation("山西其他/x.yaml").map(\.1), [.string("file:///home/ci/%E5%B7%A5%E4%BD%9C/%E5%B1%B1%E8%A5%BF%E5%85%B6%E4%BB%96/x.yaml")],
                       "a sibling whose name starts like the root is outside it")
        XCTAssertEqual(SARIFRoot(directory: "/", workingDirectory: "/").uri, "file:///")
        let outside = SARIFReporter.render(ReportInput(sample(path: "/data/站"), pack: pack), root: root)
        try SARIFSchema.validate(outside, "absolute URIs")
        XCTAssertEqual(try results(outside).map { artifact($0)["uriBaseId"] }, [nil, nil, nil, nil])
        XCTAssertTrue(try results(outside).allSatisfy { artifact($0)["uri"]?.hasPrefix("file:///data/%E7%AB%99/") ?? false })
    }

    func testUnreadableInputIsAnErrorResultAndNotesNeverFailTheRun() throws {
        var run = sample()
        run.stations[0].results = []
        XCTAssertTrue(ReportInput(run, pack: pack).summary.fails(atOrAbove: .warning), "an input warning fails --fail-on warning")
        XCTAssertFalse(ReportInput(run, pack: pack).summary.fails(atOrAbove: .error), "but not --fail-on error")
        run.stations[0].warnings.removeAll { $0.severity == .warning }
        XCTAssertFalse(ReportInput(run, pack: pack).summary.fails(atOrAbove: .warning), "a note is not a problem")
        run.stations[0].errors = [Diagnostic(location: Location(file: "站点.yaml", line: 2, column: 5), message: "无法解析")]
        let r = try results(SARIFReporter.render(ReportInput(run, pack: pack), root: SARIFRoot(directory: "/srv", workingDirectory: "/srv")))
        XCTAssertEqual(r.map { $0["ruleId"] as? String }, ["input/error", "input/note"])
        XCTAssertEqual(r.first?["level"] as? String, "error")
    }

    func testJUnitListsTheInputWarningsAsOneFailureAndNotesAsOutput() throws {
        let doc = try XMLOutline.parse(JUnitReporter.render(ReportInput(sample(), pack: PackFixture.pack)))
        let input = try XCTUnwrap(doc.elements("failure").first { $0["type"] == "warning" && $0["message"] == "输入中有 1 个问题" })
        XCTAssertEqual(input.text, "山西/小店区 站/ledgers/visits.yaml:4:3: warning: 未知的键 foo")
        XCTAssertEqual(doc.elements("testcase").filter { $0["name"] == "input/note" }.count, 1)
        XCTAssertEqual(doc.elements("system-out").first?.text, "山西/小店区 站/ledgers/visits.csv:1:1: note: 跳过标题行")
        XCTAssertEqual(doc.elements("testsuite")[0]["failures"], "3", "two rules and the input")
    }

    /// Microsoft's sarif-tools (PyPI `sarif-tools`) reads the file and counts the levels as we do.
    func testSarifToolsReadsTheReport() throws {
        guard let sarifTool = ["/usr/local/bin/sarif", "/usr/bin/sarif", NSHomeDirectory() + "/.local/bin/sarif", NSHomeDirectory() + "/.pyenv/shims/sarif"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("sarif-tools is not installed (pip install sarif-tools): SARIF checked against the OASIS schema only")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(SARIFReporter.render(ReportInput(sample(), pack: pack), root: SARIFRoot(directory: "/srv/ci", workingDirectory: "/srv/ci")).utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sarifTool)
        process.arguments = ["summary", file.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("error: 1"), text)
        XCTAssertTrue(text.contains("warning: 2"), "the 宜 failure and the input warning: \(text)")
        XCTAssertTrue(text.contains("note: 1"), text)
        XCTAssertTrue(text.contains("input/warning"), text)
    }

    func testCSVTextThatLooksLikeANumberGetsTheApostrophe() {
        for (cell, written) in [("140105000000", "'140105000000"), ("0101", "'0101"), ("2024-12-31", "'2024-12-31"), ("1.5E3", "'1.5E3"),
                                ("12345678901234567890", "'12345678901234567890"), (".5", "'.5"), ("1,5", "\"'1,5\""),
                                ("小店区", "小店区"), ("140105 小店", "140105 小店"), ("a1", "a1"), ("", ""), ("=1+1", "'=1+1"), ("-1", "'-1")] {
            XCTAssertEqual(Escape.csvText(cell), written, cell)
        }
        XCTAssertEqual(Escape.csv("140105000000"), "140105000000", "counts and scores stay numbers")
        let csv = CSVReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack))
        XCTAssertTrue(csv.contains(",'140105000000,1,2,2,1,1,1,25.0\r\n"), csv)
    }

    /// LibreOffice opens the CSV as a spreadsheet would: the division code is text, whole; the
    /// counts and score are numbers. (Excel cannot run here; the bytes are pinned by the golden.)
    func testLibreOfficeKeepsTheDivisionCodeAsText() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") else { throw XCTSkip("LibreOffice (soffice) is not installed") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("stations.csv")
        var run = ReportSample.everyStatus()
        run.stations[1].divisionCode = "010105000001"
        try Data(CSVReporter.render(ReportInput(run, pack: pack)).utf8).write(to: csv)
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        convert.arguments = ["-env:UserInstallation=file://" + dir.appendingPathComponent("profile").path, "--headless",
                             "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.path, csv.path]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
        let xlsx = dir.appendingPathComponent("stations.xlsx").path
        guard FileManager.default.fileExists(atPath: xlsx) else { throw XCTSkip("soffice did not convert (status \(convert.terminationStatus))") }
        let read = Process()
        read.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        read.arguments = ["python3", "-c", """
            import sys
            try:
                import openpyxl
            except ImportError:
                print("SKIP"); sys.exit(0)
            ws = openpyxl.load_workbook(sys.argv[1]).active
            for row in ws.iter_rows(min_row=2):
                print("|".join(f"{c.data_type}:{c.value}" for c in row))
            """, xlsx]
        let out = Pipe()
        read.standardOutput = out
        try read.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        read.waitUntilExit()
        if text.hasPrefix("SKIP") { throw XCTSkip("python3 has no openpyxl (pip install openpyxl)") }
        let rows = text.split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
        XCTAssertEqual(rows.count, 2, text)
        XCTAssertEqual(rows[0][3], "s:'140105000000", "text, all 12 digits (LibreOffice shows the apostrophe)")
        XCTAssertEqual(rows[1][3], "s:'010105000001", "the leading zero kept")
        XCTAssertEqual(rows[0][4], "n:1", "counts are numbers")
        XCTAssertEqual(rows[0][10], "n:25", "the score is a number")
    }
}
