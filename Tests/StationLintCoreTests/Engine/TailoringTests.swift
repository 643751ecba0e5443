import Foundation
import XCTest
@testable import StationLintCore

/// `check --tailoring`: reading the file (both languages, every error at its position) and
/// applying it in the engine (parameters, set-asides, severities, scope).
final class TailoringTests: XCTestCase {
    let pack = PackFixture.pack

    func read(_ text: String) throws(TailoringReader.Failure) -> Tailoring {
        let document = try! YAMLDocument(text: text)
        return try TailoringReader.read(document, file: "t.yaml", pack: pack)
    }

    func failure(_ text: String, _ lang: Language = .zh) -> String? {
        do { _ = try read(text); return nil } catch { return error.diagnostic(file: "t.yaml", lang: lang).formatted }
    }

    static let chinese = """
        名称: 太原市剪裁
        批准单位: 太原市退役军人事务局
        适用范围: ["1401"]
        参数:
          recent_activity_days: 400
        不适用:
          - 条款: 4.4
            理由: 市级统筹
            批准单位: 太原市财政局
        严重程度:
          - 规则: DB14-4.3
            严重程度: 宜
        """

    func testChineseAndEnglishKeysGiveOneTailoring() throws {
        let zh = try read(Self.chinese)
        let en = try read("""
            title: 太原市剪裁
            approved_by: 太原市退役军人事务局
            scope: ["1401"]
            parameters:
              recent_activity_days: 400
            set_aside:
              - rule: DB14-4.4
                reason: 市级统筹
                approved_by: 太原市财政局
            severity:
              - rule: 4.3
                severity: warning
            """)
        XCTAssertEqual(zh.changes, en.changes)
        XCTAssertEqual(zh.changes.map(\.kind), [.parameter, .setAside, .severity])
        XCTAssertEqual(zh.changes[0], Tailoring.Change(kind: .parameter, target: "recent_activity_days", from: "365", to: "400"))
        XCTAssertEqual(zh.changes[2].to, "warning")
        XCTAssertEqual(zh.changeLines(.zh)[1], "4.4（DB14-4.4）不适用：市级统筹（批准单位：太原市财政局）")
        XCTAssertEqual(zh.changeLines(.en)[2], "4.3 (DB14-4.3) severity: error → warning")
        XCTAssertTrue(zh.digest.hasPrefix("sha256:") && zh.digest != en.digest, "the digest is of the bytes")
        XCTAssertEqual(zh.without(parameters: ["recent_activity_days"]).changes.count, 2, "--param wins")
    }

    func testEveryMistakeIsAnErrorAtItsPosition() {
        let head = "title: t\napproved_by: a\n"
        XCTAssertEqual(failure(head + "set_asid: []\n"), "t.yaml:3:1: error: 剪裁文件中未知的键“set_asid”；您是否想写“set_aside”？")
        XCTAssertEqual(failure(head + "set_asid: []\n", .en), "t.yaml:3:1: error: unknown key 'set_asid' in the tailoring file; did you mean 'set_aside'?")
        XCTAssertEqual(failure(head + "名称: 又一个\n"), "t.yaml:3:1: error: 剪裁文件中的“名称”与前面的键重复（中英文键只能写一个）")
        XCTAssertEqual(failure("approved_by: a\n"), "t.yaml:1:1: error: 剪裁文件缺少 title（名称）")
        XCTAssertEqual(failure(head + "parameters:\n  recent_activity_dayz: 3\n"),
                       "t.yaml:4:3: error: 规则包 DB14-T-2024-draft 中没有参数“recent_activity_dayz”；您是否想写“recent_activity_days”？")
        XCTAssertEqual(failure(head + "parameters:\n  recent_activity_days: 半年\n"),
                       "t.yaml:4:25: error: 参数 recent_activity_days 的值“半年”应为 0 到 36500 的整数（天）")
        XCTAssertEqual(failure(head + "parameters: [1]\n"), "t.yaml:3:13: error: parameters（参数）应为键值映射（参数名: 天数）")
        XCTAssertEqual(failure(head + "set_aside:\n  - rule: DB14-4.44\n    reason: r\n    approved_by: b\n"),
                       "t.yaml:4:11: error: 规则包 DB14-T-2024-draft 中没有规则或条款“DB14-4.44”；您是否想写“DB14-4.4”？")
        XCTAssertEqual(failure(head + "set_aside:\n  - rule: 4.4\n    reason: r\n"), "t.yaml:4:5: error: 不适用项缺少 approved_by（批准单位）")
        XCTAssertEqual(failure(head + "set_aside:\n  - rule: 4.4\n    reason: \"\"\n    approved_by: b\n"), "t.yaml:5:13: error: 不适用项的 reason（理由）不能为空")
        XCTAssertEqual(failure(head + "set_aside:\n  - rule: 4.4\n    reason: r\n    approved_by: b\nseverity:\n  - rule: DB14-4.4\n    severity: info\n"),
                       "t.yaml:8:11: error: 规则 DB14-4.4 已在第 4 行剪裁过；每条规则只能剪裁一次")
        XCTAssertEqual(failure(head + "severity:\n  - rule: 4.3\n    severity: 很严重\n"),
                       "t.yaml:5:15: error: 严重程度“很严重”应为 error、warning、info（或 应、宜、可）")
        XCTAssertEqual(failure(head + "set_aside: 4.4\n"), "t.yaml:3:12: error: set_aside（不适用）应为列表（每项以“- ”开头）")
        XCTAssertEqual(failure(head + "scope: [\"14a\"]\n"), "t.yaml:3:9: error: 适用范围“14a”应为区划代码或其前缀（1 到 12 位数字）")
        XCTAssertEqual(failure("- 1\n"), "t.yaml:1:1: error: 剪裁文件应为键值映射（键: 值）")
    }

    func testTheEngineAppliesItInScopeOnly() throws {
        let tailoring = try read(Self.chinese)
        func evaluate(_ fixture: String, _ t: Tailoring?) -> StationReport {
            let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: ReportSample.asOf, tailoring: t))
            return evaluator.evaluate(evaluator.load(DiskStationFiles(root: FixturePath.root.appendingPathComponent(fixture).path), path: fixture))
        }
        let plain = evaluate("report-stations/county-failing", nil)
        let tailored = evaluate("report-stations/county-failing", tailoring)
        let r44 = try XCTUnwrap(tailored.results.first { $0.rule == "DB14-4.4" })
        XCTAssertEqual(plain.results.first { $0.rule == "DB14-4.4" }?.status, .fail)
        XCTAssertEqual(r44.status, .notApplicable)
        XCTAssertEqual(r44.deadline, nil)
        XCTAssertEqual(r44.said, [Message(CommonMessages.setAside, ["title": .text("太原市剪裁"), "reason": .freeText("市级统筹"), "by": .text("太原市财政局")])])
        let r43 = try XCTUnwrap(tailored.results.first { $0.rule == "DB14-4.3" })
        XCTAssertEqual(r43.severity, .warning)
        XCTAssertEqual(r43.deadline, pack.remedyDeadline(.warning, asOf: ReportSample.asOf), "the deadline follows the new severity")
        XCTAssertFalse(tailored.fails(atOrAbove: .error), "4.3 is a warning now, 4.4 set aside")
        XCTAssertTrue(plain.fails(atOrAbove: .error))
        let rendered = tailored.rendered(pack, lang: .en)
        XCTAssertEqual(rendered.results.first { $0.rule == "DB14-4.4" }?.message, "set aside by the tailoring '太原市剪裁': 市级统筹 (approved by 太原市财政局)")
        let elsewhere = try read(Self.chinese.replacingOccurrences(of: "\"1401\"", with: "\"1402\""))
        let untouched = evaluate("report-stations/county-failing", elsewhere)
        XCTAssertEqual(untouched.results.map(\.status), plain.results.map(\.status), "a station outside the scope is untouched")
        XCTAssertEqual(untouched.results.map(\.severity), plain.results.map(\.severity))
    }

    func testEveryReportNamesItAndJSONReadsItBack() throws {
        var run = ReportSample.everyStatus()
        run.tailoring = try read(Self.chinese)
        let input = ReportInput(run, pack: pack)
        let json = JSONReporter.render(input)
        XCTAssertTrue(json.contains("\"tailoring\": {\n    \"file\": \"t.yaml\",\n    \"title\": \"太原市剪裁\""), json)
        XCTAssertEqual(try ReportDecoding.decode(Array(json.utf8)).tailoring, run.tailoring)
        let heading = "剪裁 t.yaml《太原市剪裁》（批准单位：太原市退役军人事务局；适用范围：1401）"
        XCTAssertTrue(TextReporter(color: false, quiet: true).render(input).contains(heading + "：参数 recent_activity_days：365 → 400；"))
        XCTAssertTrue(MarkdownReporter.render(input).contains(heading))
        XCTAssertTrue(HTMLReporter.render(input).contains(heading))
        XCTAssertTrue(JUnitReporter.render(input).contains("<property name=\"tailoringDigest\" value=\"\(run.tailoring!.digest)\"/>"))
        let sarif = SARIFReporter.render(input)
        XCTAssertTrue(sarif.contains("\"tailoring\": {"))
        try SARIFSchema.validate(sarif, "a tailoring in the run's properties")
    }
}
