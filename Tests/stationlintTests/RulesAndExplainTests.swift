import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// `rules` lists the pack as an aligned table; `explain` gives a clause's text, checks, remedy,
/// parameters and examples.
final class RulesAndExplainTests: XCTestCase {
    func testRulesListsEveryRuleAlignedWithItsMethod() {
        let run = CLIRun.run(["rules"])
        XCTAssertEqual(run.status, .success, run.err)
        let lines = run.out.components(separatedBy: "\n").filter { !$0.isEmpty }
        let header = lines.first ?? ""
        XCTAssertTrue(header.hasPrefix("编号") && header.hasSuffix("标题"), header)
        for column in ["条款", "层级", "情态/严重程度", "检查方式"] { XCTAssertTrue(header.contains(column), column) }
        let rows = lines.filter { $0.hasPrefix("DB14-") }
        XCTAssertEqual(rows.count, lines.count - 2, "header, one row per rule, total")
        XCTAssertEqual(rows.count, 76, "every rule of the pack: one per clause")
        let r42 = rows.first { $0.hasPrefix("DB14-4.2 ") } ?? ""
        for part in ["县级、乡镇级、村级", "严重（应）", "自动（村级不适用）", "有编制：核定事业编制并设置岗位"] { XCTAssertTrue(r42.contains(part), r42) }
        // The title column starts at the same display column on every line, the header's too.
        let titleColumn = DisplayWidth.of(String(header[..<header.range(of: "标题")!.lowerBound]))
        for row in rows {
            let titleStart = row.range(of: "  ", options: .backwards)!.upperBound
            XCTAssertEqual(DisplayWidth.of(String(row[..<titleStart])), titleColumn, row)
        }
        XCTAssertTrue(lines.last?.hasPrefix("共 \(rows.count) 条（自动 ") ?? false, lines.last ?? "")
    }

    func testRulesFiltersByLevelAndSection() {
        let village = CLIRun.run(["rules", "--level", "村级"]).out
        let v42 = village.components(separatedBy: "\n").first { $0.hasPrefix("DB14-4.2 ") } ?? ""
        XCTAssertTrue(v42.contains("不适用") && !v42.contains("自动"), v42)
        XCTAssertFalse(village.contains("DB14-5.2.1.1"), "county clauses are not listed for villages")
        XCTAssertTrue(village.contains("；层级：村级"))
        let en = CLIRun.run(["rules", "--level=village", "--lang", "en"]).out
        XCTAssertTrue(en.hasPrefix("Id "), en)
        let e42 = en.components(separatedBy: "\n").first { $0.hasPrefix("DB14-4.2 ") } ?? ""
        XCTAssertTrue(e42.contains("requirement/error") && e42.contains("not applicable") && e42.hasSuffix("Establishment: authorised posts and positions"), e42)
        let section = CLIRun.run(["rules", "--section", "4"]).out
        XCTAssertTrue(section.contains("DB14-4.1"))
        XCTAssertFalse(section.contains("DB14-5."))
    }

    func testRulesRefusesUnknownLevelsAndSections() {
        let level = CLIRun.run(["rules", "--level", "province"])
        XCTAssertEqual(level.status, .usageOrInput)
        XCTAssertTrue(level.err.contains("county|township|village"), level.err)
        let section = CLIRun.run(["rules", "--section", "9"])
        XCTAssertEqual(section.status, .usageOrInput)
        XCTAssertTrue(section.err.contains("4|5.1|5.2"), section.err)
    }

    func testExplainGivesTextChecksRemedyAndExamples() {
        let run = CLIRun.run(["explain", "4.4"])
        XCTAssertEqual(run.status, .success, run.err)
        let out = run.out
        XCTAssertTrue(out.hasPrefix("DB14-4.4  有经费：列入本级财政预算并专款专用\n条款 4.4（4 基础要求）；适用层级：县级、乡镇级、村级；情态：要求（应），不通过为严重（应）；权重 1\n"), out)
        XCTAssertTrue(out.contains("条款原文\n  有经费。工作和建设运行经费足额保障，列入本级财政预算，专款专用。\n"))
        XCTAssertTrue(out.contains("检查内容\n  1. "))
        XCTAssertTrue(out.contains("  2. "))
        XCTAssertTrue(out.contains("整改建议\n  将服务中心（站）工作和建设运行经费列入本级财政预算，设立专账，专款专用。\n"))
        XCTAssertTrue(out.contains("  2. 不通过（县级）：funding.in_budget = false；消息含“财政预算”"), out)
        XCTAssertTrue(out.contains("  3. 不通过（乡镇级）：funding.earmarked = 否；消息含“专款专用”"), out)
        XCTAssertEqual(CLIRun.run(["explain", "db14-4.4"]).out, out, "ids in any case")
        let en = CLIRun.run(["explain", "DB14-4.2", "--lang", "en"]).out
        XCTAssertTrue(en.contains("Not applicable\n  village: The clause sets posts"), en)
        XCTAssertTrue(en.contains("3. not applicable (village): the base example station, unchanged"), en)
    }

    func testExplainSuggestsTheNearestRuleWhenUnknown() {
        let run = CLIRun.run(["explain", "4.9"])
        XCTAssertEqual(run.status, .usageOrInput)
        XCTAssertTrue(run.err.contains("“4.9”"))
        XCTAssertTrue(run.err.contains("您是否想查“4."), run.err)
    }

    func testExplainListsTheParametersARuleUses() throws {
        let pack = try PackCopy.make(extraRules: """
            - id: TEST-FRESH
              clause: "5.5.1"
              levels: [county, township, village]
              title: {zh: 走访台账及时更新, en: Visits ledger kept up to date}
              text: 走访慰问台账应定期更新。
              modality: requirement
              checks:
                - {fresh: visits, within: ledger_fresh_days}
              remedy: {zh: 及时更新走访台账, en: Keep the visits ledger up to date}
              examples:
                - {expect: pass, level: county}
                - {expect: fail, level: county, ledgers: {visits: {updated: "2024-01-01"}}, message: 未更新}
            """)
        defer { try? FileManager.default.removeItem(atPath: pack) }
        let run = CLIRun.run(["explain", "test-fresh", "--rules", pack])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertTrue(run.out.contains("参数（可用 --param 名称=值 覆盖）\n  ledger_fresh_days = 90：“定期更新”“动态更新”未规定周期。"), run.out)
        XCTAssertTrue(run.out.contains("2. 不通过（县级）：台账 visits = {\"updated\":\"2024-01-01\"}；消息含“未更新”"), run.out)
        let overridden = CLIRun.run(["explain", "TEST-FRESH", "--rules", pack, "--param", "ledger_fresh_days=30"])
        XCTAssertTrue(overridden.out.contains("  ledger_fresh_days = 30："), overridden.out)
        XCTAssertFalse(CLIRun.run(["explain", "4.4"]).out.contains("参数"), "a rule without parameters lists none")
    }

    func testEveryCommandHasHelpInBothLanguages() {
        for command in ["rules", "explain", "init"] {
            let zh = CLIRun.run([command, "--help"])
            XCTAssertEqual(zh.status, .success)
            XCTAssertTrue(zh.out.contains("用法：stationlint \(command)"), zh.out)
            let en = CLIRun.run([command, "--help", "--lang", "en"])
            XCTAssertTrue(en.out.contains("Usage: stationlint \(command)"), en.out)
        }
        let top = CLIRun.run(["--help"]).out
        for command in ["check", "rules", "explain", "init", "parse"] { XCTAssertTrue(top.contains("  \(command) "), command) }
    }
}

/// A copy of the shipped pack in a temporary folder, with extra rules in its `rules-5.1.yaml`.
enum PackCopy {
    static func make(extraRules: String) throws -> String {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("stationlint-pack-\(UUID().uuidString)")
        try fm.copyItem(at: Golden.packageRoot.appendingPathComponent("Rules/DB14-T-2024"), to: dir)
        try Data((extraRules + "\n").utf8).write(to: dir.appendingPathComponent("rules-5.1.yaml"))
        return dir.path
    }
}
