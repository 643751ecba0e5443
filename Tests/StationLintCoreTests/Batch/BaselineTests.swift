import Foundation
import XCTest
@testable import StationLintCore

/// `check --baseline`: keys, known/new/fixed marks, the exit code, reading either kind of file,
/// positions of a malformed one, the JSON round trip and SARIF's baseline states.
final class BaselineTests: XCTestCase {
    let pack = PackFixture.pack

    func entry(_ station: String, _ rule: String, _ clause: String, path: String? = nil, message: String = "旧的不通过") -> Baseline.Entry {
        Baseline.Entry(station: station, path: path ?? station, rule: rule, clause: clause, message: message)
    }

    func baseline(_ entries: [Baseline.Entry], packID: String = "DB14-T-2024-draft", digest: String? = nil) -> Baseline {
        Baseline(toolVersion: "0.1.0", packID: packID, packDigest: digest, asOf: Day.parse("2024-06-30")!, entries: entries)
    }

    let source = BaselineSource(file: "old.json", digest: "sha256:00", asOf: Day.parse("2024-06-30")!)

    func testAStationIsItsValidUniqueDivisionCodeElseItsPath() {
        func s(_ path: String, _ code: String?) -> StationReport {
            StationReport(path: path, name: nil, level: nil, divisionCode: code, results: [], errors: [], warnings: [])
        }
        XCTAssertEqual(Baseline.keys([s("a", "140105000000"), s("b", "140105001000"), s("c", "14010X"), s("d", nil)]),
                       ["140105000000", "140105001000", "c", "d"])
        XCTAssertEqual(Baseline.keys([s("a", "140105000000"), s("b", "140105000000")]), ["a", "b"],
                       "two stations declaring one code are told apart by their paths")
    }

    func testKnownNewAndFixedAndTheExitCode() throws {
        var run = ReportSample.everyStatus()
        // demo fails 4.2 (warning) and 4.3 (error), passes 4.1; 4.5 is waived.
        let b = baseline([entry("140105000000", "DB14-4.3", "4.3"), entry("140105000000", "DB14-4.1", "4.1", message: "门牌缺失"),
                          entry("140105000000", "DB14-4.5", "4.5")])
        XCTAssertTrue(ReportInput(run, pack: pack).summary.fails(atOrAbove: .error))
        let notes = b.apply(to: &run, source: source, knownRules: Set(pack.rules.map(\.id)))
        XCTAssertEqual(notes, [])
        let demo = run.stations[0]
        XCTAssertEqual(demo.results.map { $0.baseline?.rawValue ?? "-" }, ["-", "new", "known", "-", "known", "-", "-", "-"])
        XCTAssertEqual(demo.baselineFixed, [BaselineFixed(rule: "DB14-4.1", clause: "4.1", message: "门牌缺失")])
        XCTAssertEqual(run.stations[1].baselineFixed, [], "stations/ok has no code and no entries: nothing fixed")
        XCTAssertEqual(ReportInput(run, pack: pack).summary.baselineCounts.known, 1)
        XCTAssertEqual(ReportInput(run, pack: pack).summary.baselineCounts.new, 1)
        XCTAssertEqual(ReportInput(run, pack: pack).summary.baselineCounts.fixed, 1)
        XCTAssertFalse(run.stations[0].failsAnew(atOrAbove: .error), "the only error-level fail (4.3) is known")
        XCTAssertTrue(run.stations[0].fails(atOrAbove: .error), "it still fails: the roll-up and summary say so")
        XCTAssertTrue(ReportInput(run, pack: pack).summary.fails(atOrAbove: .warning), "4.2 is new and a warning (and the input has one)")
        XCTAssertEqual(run.baseline, source)
    }

    func testAFailureThatMovedToAnotherStationIsNew() {
        var run = ReportSample.everyStatus()
        _ = baseline([entry("140105001000", "DB14-4.3", "4.3")]).apply(to: &run, source: source, knownRules: [])
        XCTAssertEqual(run.stations[0].results[2].baseline, .new)
        XCTAssertTrue(ReportInput(run, pack: pack).summary.fails(atOrAbove: .error))
    }

    func testAnotherPackAndUnknownRulesAreSaidInOneNoteEach() {
        var run = ReportSample.everyStatus()
        run.packDigest = "sha256:aaaa"
        let notes = baseline([entry("x", "DB14-9.9", "9.9"), entry("y", "DB14-9.9", "9.9"), entry("y", "DB14-8.8", "8.8")], digest: "sha256:bbbb")
            .apply(to: &run, source: source, knownRules: Set(pack.rules.map(\.id)))
        XCTAssertEqual(notes.count, 2)
        XCTAssertTrue(notes.allSatisfy { $0.severity == .note && $0.location == Location(file: "old.json", line: 1, column: 1) })
        XCTAssertTrue(notes[0].message.contains("sha256:bbbb"), notes[0].message)
        XCTAssertTrue(notes[1].message.contains("2 个规则包中没有的规则编号") && notes[1].message.hasSuffix("DB14-9.9、DB14-8.8"), notes[1].message)
    }

    func testWrittenBaselineReadsBackSortedAndAReportIsABaselineToo() throws {
        let run = ReportSample.everyStatus()
        let written = Baseline(run)
        XCTAssertEqual(written.entries.map(\.rule), ["DB14-4.2", "DB14-4.3"], "fails only, not the waived or unreadable")
        XCTAssertEqual(written.entries.map(\.station), ["140105000000", "140105000000"])
        let text = written.json().serialized()
        XCTAssertEqual(try Baseline.decode(Array(text.utf8)), written)
        let report = JSONReporter.render(ReportInput(run, pack: pack))
        let fromReport = try Baseline.decode(Array(report.utf8))
        XCTAssertEqual(fromReport.entries.map(\.rule), written.entries.map(\.rule))
        XCTAssertEqual(fromReport.entries.map(\.message), ["岗位设置为空", "7 名人员的身份证号重复"])
        let shuffled = Baseline(toolVersion: "", packID: "p", packDigest: nil, asOf: ReportSample.asOf,
                                entries: [entry("b", "R2", "2"), entry("a", "R9", "9"), entry("b", "R1", "1")])
        XCTAssertEqual(shuffled.entries.map(\.rule), ["R9", "R1", "R2"])
    }

    func testAMalformedBaselineIsSaidAtItsLineAndColumn() {
        func failure(_ text: String) -> ReportDecoding.Failure? {
            do { _ = try Baseline.decode(Array(text.utf8)); return nil } catch { return error }
        }
        let bad = failure("{\n  \"format\": \"stationlint-baseline\",\n  \"entries\": [x]\n}")
        XCTAssertEqual(bad?.diagnostic(file: "b.json", lang: .zh).formatted, "b.json:3:15: error: 基线不是有效的 JSON")
        let cut = failure("{\n  \"格式\": [1, 2")
        XCTAssertEqual(cut.map { [$0.line, $0.column] }, [2, 14], "cut off: the end of the file, columns counting scalars")
        XCTAssertEqual(failure("[1]")?.message.zh, "基线的顶层应为对象（--write-baseline 写出的基线或 --format json 报告）")
        XCTAssertEqual(failure("{\"format\": \"other\"}")?.message.en.hasPrefix("neither a baseline"), true)
        XCTAssertEqual(failure("{\"format\": \"stationlint-baseline\", \"schemaVersion\": 2}")?.message.zh, "基线版本（schemaVersion）不是 1")
        let noRule = "{\"format\": \"stationlint-baseline\", \"schemaVersion\": 1, \"rulePack\": {\"id\": \"p\"}, \"asOf\": \"2024-01-01\", \"entries\": [{\"station\": \"s\", \"path\": \"s\", \"clause\": \"1\"}]}"
        XCTAssertEqual(failure(noRule)?.message.zh, "基线 entries 第 1 项应有非空的 station、rule 以及 path、clause")
        XCTAssertNotNil(failure("{\"stations\": []}"), "a report without its version is not read as a baseline either")
    }

    func testMarksAndFixedSurviveTheJSONRoundTrip() throws {
        var run = ReportSample.everyStatus()
        _ = baseline([entry("140105000000", "DB14-4.3", "4.3"), entry("140105000000", "DB14-4.1", "4.1")]).apply(to: &run, source: source, knownRules: [])
        let json = JSONReporter.render(ReportInput(run, pack: pack))
        XCTAssertTrue(json.contains("\"baseline\": \"known\""))
        XCTAssertTrue(json.contains("\"baselineFixed\": ["))
        let back = try ReportDecoding.decode(Array(json.utf8))
        XCTAssertEqual(back.baseline, source)
        XCTAssertEqual(back.stations[0].results.map(\.baseline), run.stations[0].results.map(\.baseline))
        XCTAssertEqual(back.stations[0].baselineFixed, run.stations[0].baselineFixed)
        let again = JSONReporter.render(ReportInput(back, pack: pack))
        XCTAssertEqual(again.components(separatedBy: "\"baseline\": \"known\"").count, json.components(separatedBy: "\"baseline\": \"known\"").count)
        XCTAssertTrue(again.contains("\"baseline\": {\n      \"known\": 1,\n      \"new\": 1,\n      \"fixed\": 1\n    }"), "the summary's counts")
        var broken = json.replacingOccurrences(of: "\"baseline\": \"known\"", with: "\"baseline\": \"old\"")
        XCTAssertThrowsError(try ReportDecoding.decode(Array(broken.utf8)))
        broken = json.replacingOccurrences(of: "\"baselineFixed\": [", with: "\"baselineFixed\": 3, \"x\": [")
        XCTAssertThrowsError(try ReportDecoding.decode(Array(broken.utf8)))
    }

    func testSARIFSaysBaselineStatesAndValidates() throws {
        var run = ReportSample.everyStatus()
        _ = baseline([entry("140105000000", "DB14-4.3", "4.3"), entry("140105000000", "DB14-4.1", "4.1", message: "门牌缺失")])
            .apply(to: &run, source: source, knownRules: [])
        let sarif = SARIFReporter.render(ReportInput(run, pack: pack))
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try XCTUnwrap(((doc["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let states = results.filter { $0["baselineState"] != nil }.map { "\($0["ruleId"]!)=\($0["baselineState"]!)" }
        XCTAssertEqual(states, ["DB14-4.2=new", "DB14-4.3=unchanged", "DB14-4.5=new", "DB14-4.1=absent"])
        let absent = try XCTUnwrap(results.first { $0["baselineState"] as? String == "absent" })
        XCTAssertEqual(absent["kind"] as? String, "pass")
        XCTAssertEqual(absent["level"] as? String, "none")
        try SARIFSchema.validate(sarif, "baseline states")
    }

    func testEveryHumanFormatShowsTheMark() {
        var run = ReportSample.everyStatus()
        _ = baseline([entry("140105000000", "DB14-4.3", "4.3"), entry("140105000000", "DB14-4.1", "4.1", message: "门牌缺失")])
            .apply(to: &run, source: source, knownRules: [])
        let input = ReportInput(run, pack: pack)
        let text = TextReporter(color: false, quiet: false).render(input)
        XCTAssertTrue(text.contains("不通过 [严重（应）] [已知]"), text)
        XCTAssertTrue(text.contains("基线中已修复（1 项）") && text.contains("基线时：门牌缺失"), text)
        XCTAssertTrue(text.contains("基线 old.json（2024-06-30）：已知 1，新增 1，基线中已修复 1"), text)
        let english = TextReporter(color: false, quiet: false).render(ReportInput(run.relabelled(.en), pack: pack))
        XCTAssertTrue(english.contains("known 1, new 1, fixed since baseline 1"), english)
        let md = MarkdownReporter.render(input)
        XCTAssertTrue(md.contains("严重（应）（已知）") && md.contains("### 基线中已修复（1）"), md)
        let html = HTMLReporter.render(input)
        XCTAssertTrue(html.contains("<span class=\"known\">已知</span>") && html.contains("基线中已修复（1）"))
        let junit = JUnitReporter.render(input)
        XCTAssertTrue(junit.contains("<skipped message=\"已知（基线）：7 名人员的身份证号重复\"/>"), junit)
        XCTAssertTrue(junit.contains("<property name=\"baselineKnown\" value=\"1\"/>"))
        let csv = CSVReporter.render(input)
        XCTAssertTrue(csv.components(separatedBy: "\r\n")[0].hasSuffix("得分,已知,新增,基线中已修复"), csv)
        XCTAssertTrue(csv.components(separatedBy: "\r\n")[1].hasSuffix(",1,1,1"), csv)
        let failures = XLSXReporter.sheets(input)[1]
        XCTAssertEqual(failures.rows[0].last, .text("基线"))
        XCTAssertEqual(failures.rows.dropFirst().map { $0.last }, [.text("新增"), .text("已知"), .text("")])
        let plain = CSVReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack))
        XCTAssertTrue(plain.components(separatedBy: "\r\n")[0].hasSuffix("得分"), "no baseline, no columns")
    }
}

extension RunReport {
    func relabelled(_ lang: Language) -> RunReport {
        var copy = self
        copy.lang = lang
        return copy
    }
}
