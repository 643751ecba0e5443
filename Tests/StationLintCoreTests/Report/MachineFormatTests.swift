import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import StationLintCore

/// JUnit, SARIF and CSV: what CI systems and spreadsheets read.
final class MachineFormatTests: XCTestCase {
    let pack = PackFixture.pack

    func testJUnitIsWellFormedWithOneSuitePerStationAndTheRightCounts() throws {
        let xml = JUnitReporter.render(ReportInput(ReportSample.everyStatus(), pack: PackFixture.pack))
        let doc = try XMLOutline.parse(xml)
        let suites = doc.elements("testsuite")
        XCTAssertEqual(suites.map { $0["name"] }, ["stations/demo", "stations/ok", "输入"])
        let demo = suites[0]
        XCTAssertEqual([demo["tests"], demo["failures"], demo["errors"], demo["skipped"]], ["10", "3", "2", "4"],
                       "8 rules + 1 unreadable input + the input's warnings; fail 4.2, 4.3 and input/warning; error 4.4 and the input; manual ×2, n/a, waived skipped")
        let root = doc.elements("testsuites")[0]
        XCTAssertEqual([root["tests"], root["failures"], root["errors"], root["skipped"]], ["12", "3", "3", "4"])
        let cases = doc.elements("testcase").filter { $0["classname"] == "stations/demo" }
        XCTAssertEqual(cases.map { $0["name"] }.prefix(8), ["DB14-4.1", "DB14-4.2", "DB14-4.3", "DB14-4.4", "DB14-4.5", "DB14-5.1.7", "DB14-5.7.3", "DB14-5.2.4"])
        let failures = doc.elements("failure")
        XCTAssertEqual(failures.map { $0["type"] }, ["warning", "error", "warning"])
        let input = try XCTUnwrap(cases.first { $0["name"] == "input/warning" }, "one input/warning test case for the station's warnings")
        XCTAssertEqual(failures[2]["message"], "输入中有 1 个问题")
        XCTAssertTrue(failures[2].text.hasPrefix("stations/demo/"), failures[2].text)
        XCTAssertNotNil(input["classname"])
        XCTAssertEqual(failures[0]["message"], "岗位设置为空")
        XCTAssertEqual(failures[0].text, "岗位设置为空\nstations/demo/station.yaml:19:3\n整改建议：列明岗位")
        XCTAssertEqual(doc.elements("error").first?["message"], "台账无法读取")
        XCTAssertEqual(doc.elements("skipped").count, 4)
        XCTAssertTrue(doc.elements("skipped")[0]["message"]?.hasPrefix("已豁免：") ?? false)
    }

    func testJUnitKeepsHostileTextAsText() throws {
        let run = ReportSample.fixtures([ReportSample.hostile])
        let doc = try XMLOutline.parse(JUnitReporter.render(ReportInput(run, pack: PackFixture.pack)))
        XCTAssertEqual(doc.elements("property").first { $0["name"] == "name" }?["value"], ReportSample.hostileName)
        XCTAssertEqual(doc.elements("testsuite")[0]["name"], "Fixtures/report-stations/恶意 输入#1")
        let waived = doc.elements("skipped").first { $0["message"]?.contains("calc") ?? false }?["message"] ?? ""
        XCTAssertTrue(waived.contains("+cmd|' /C calc'!A0 <b>加粗</b> & 更多[31m红字"), "escape character dropped, the rest kept: \(waived)")
        XCTAssertTrue(waived.contains("@SUM(1+1) \"局\" </testsuite>"))
        XCTAssertEqual(doc.elements("testsuite").count, 1, "a </testsuite> in the input closes nothing")
    }

    func testSARIFHasEveryRuleAndLocatedResultsWithSuppressions() throws {
        let json = SARIFReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        let runs = try XCTUnwrap(root["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let run = runs[0]
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertNil(driver["informationUri"])
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, pack.rules.map(\.id) + ["input/error", "input/warning", "input/note"])
        XCTAssertEqual(rules.suffix(3).map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }, ["error", "warning", "note"])
        let r41 = rules[0]
        XCTAssertEqual((r41["shortDescription"] as? [String: Any])?["text"] as? String, pack.rules[0].title.zh)
        XCTAssertEqual((r41["fullDescription"] as? [String: Any])?["text"] as? String, pack.rules[0].text)
        XCTAssertEqual((r41["help"] as? [String: Any])?["text"] as? String, pack.rules[0].remedy.zh)
        XCTAssertEqual((r41["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["ruleId"] as? String },
                       ["DB14-4.2", "DB14-4.3", "DB14-4.4", "DB14-4.5", "input/error", "input/warning", "input/error"],
                       "the station's unreadable input and its warning, then the run's unreadable path, are results too")
        XCTAssertEqual(results.map { $0["level"] as? String }, ["warning", "error", "error", "error", "error", "warning", "error"])
        let n = pack.rules.count
        XCTAssertEqual(results.map { $0["ruleIndex"] as? Int }, [1, 2, 3, 4, n, n + 1, n])
        XCTAssertEqual((run["originalUriBaseIds"] as? [String: [String: String]])?["SRCROOT"]?["uri"], SARIFRoot.workingDirectory.uri)
        XCTAssertTrue(SARIFRoot.workingDirectory.uri.hasPrefix("file:///") && SARIFRoot.workingDirectory.uri.hasSuffix("/"))
        let loc = try XCTUnwrap((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((loc["artifactLocation"] as? [String: Any])?["uri"] as? String, "stations/demo/%E5%8F%B0%E8%B4%A6/%E5%BB%BA%E6%A1%A3%E7%AB%8B%E5%8D%A1.yaml")
        XCTAssertEqual((loc["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String, "SRCROOT")
        XCTAssertEqual((loc["region"] as? [String: Any])?["startLine"] as? Int, 4)
        XCTAssertEqual((loc["region"] as? [String: Any])?["startColumn"] as? Int, 3)
        XCTAssertEqual((results[1]["locations"] as? [Any])?.count, 7, "SARIF carries every location")
        let suppression = try XCTUnwrap((results[3]["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["kind"] as? String, "external")
        XCTAssertEqual(suppression["justification"] as? String, "传真机已采购（批准单位：小店区退役军人事务局；有效期至 2025-03-31）")
        XCTAssertNil(results[0]["suppressions"])
        let notes = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(notes["executionSuccessful"] as? Bool, false)
        XCTAssertEqual((notes["toolExecutionNotifications"] as? [Any])?.count, 2)
    }

    func testSARIFValidatesAgainstTheOfficialSchema() throws {
        try SARIFSchema.validate(SARIFReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack)), "every status")
        try SARIFSchema.validate(SARIFReporter.render(ReportInput(ReportSample.everyStatus(lang: .en), pack: pack)), "every status, English")
        let run = ReportSample.fixtures(["stations/county", "report-stations/county-failing", ReportSample.hostile])
        let sarif = SARIFReporter.render(ReportInput(run, pack: pack))
        try SARIFSchema.validate(sarif, "fixtures")
        XCTAssertTrue(sarif.contains("\"uri\": \"Fixtures/report-stations/%E6%81%B6%E6%84%8F%20%E8%BE%93%E5%85%A5%231/%E7%AB%99%E7%82%B9.yaml\""))
        XCTAssertTrue(sarif.contains("\"uri\": \"Fixtures/report-stations/county-failing/station.yaml\""))
    }

    func testCSVHasOneRowPerStationWithBOMAndCRLF() {
        let csv = CSVReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack))
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}路径,名称,层级,区划代码,通过,不通过,需人工核验,不适用,已豁免,无法读取,得分\r\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(lines, ["路径,名称,层级,区划代码,通过,不通过,需人工核验,不适用,已豁免,无法读取,得分",
                               "stations/demo,示例服务中心,县级,'140105000000,1,2,2,1,1,1,25.0",
                               "stations/ok,,村级,,1,0,0,0,0,0,100.0", ""])
        let en = CSVReporter.render(ReportInput(ReportSample.everyStatus(lang: .en), pack: pack))
        XCTAssertTrue(en.contains("path,name,level,division_code,pass,fail,manual,not_applicable,waived,error,score\r\nstations/demo,示例服务中心,county,"))
    }

    func testCSVCellsNeverStartAFormula() throws {
        let csv = CSVReporter.render(ReportInput(ReportSample.fixtures([ReportSample.hostile]), pack: pack))
        let row = csv.components(separatedBy: "\r\n")[1]
        XCTAssertEqual(row, "Fixtures/report-stations/恶意 输入#1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") <script>alert(1)</script> & \"\"双引号\"\" '单引号' ]]>\",县级,'140105000000,38,1,3,2,1,0,97.4")
        // Read back with the project's own RFC 4180 reader: every cell is plain text.
        let table = try CSVTable(bytes: Array(csv.utf8))
        XCTAssertEqual(table.rows.count, 1)
        XCTAssertEqual(table.rows[0].cells[1].text, "'" + ReportSample.hostileName)
        for cell in table.header + table.rows.flatMap(\.cells) {
            let text = cell.text
            XCTAssertFalse(["=", "+", "-", "@", "\t", "\r"].contains { text.hasPrefix($0) }, text)
        }
    }
}
