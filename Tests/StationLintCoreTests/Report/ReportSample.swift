import Foundation
@testable import StationLintCore

/// Runs for the report tests: a made-up one with every status (the shipped pack has no manual
/// clause yet), and real ones from fixture folders checked as `check` does.
enum ReportSample {
    static let asOf = Day.parse("2024-12-31")!

    static func location(_ file: String, _ line: Int, _ column: Int = 3) -> Location { Location(file: file, line: line, column: column) }

    /// Two stations: one with a result of every kind, one that passes; and a missing path.
    static func everyStatus(lang: Language = .zh) -> RunReport {
        let waiver = Waiver(target: "DB14-4.5", reason: "传真机已采购", approvedBy: "小店区退役军人事务局", expires: Day.parse("2025-03-31"),
                            location: location("waivers.yaml", 2, 9))
        let results = [
            RuleResult(rule: "DB14-4.1", clause: "4.1", status: .pass, severity: nil, message: "符合要求", remedy: "", locations: [], weight: 1),
            RuleResult(rule: "DB14-4.2", clause: "4.2", status: .fail, severity: .warning, message: "岗位设置为空", remedy: "列明岗位",
                       locations: [location("station.yaml", 19)], weight: 1),
            RuleResult(rule: "DB14-4.3", clause: "4.3", status: .fail, severity: .error, message: "7 名人员的身份证号重复", remedy: "删除重复记录",
                       locations: (1...7).map { location("台账/建档立卡.yaml", $0 * 4) }, weight: 1),
            RuleResult(rule: "DB14-4.4", clause: "4.4", status: .error, severity: nil, message: "台账无法读取", remedy: "另存为 UTF-8",
                       locations: [location("ledgers/visits.csv", 1, 1)], weight: 1),
            RuleResult(rule: "DB14-4.5", clause: "4.5", status: .waived, severity: .error,
                       said: [.pack(Localized(zh: "办公设备缺少：传真机", en: "no fax machine among the equipment")),
                              Message(CommonMessages.waived, ["reason": .text(waiver.reason), "by": .text(waiver.approvedBy), "until": .text("2025-03-31")])],
                       advice: Localized(zh: "配齐传真机", en: "get a fax machine"), locations: [location("station.yaml", 26, 14)], waiver: waiver, weight: 1),
            RuleResult(rule: "DB14-5.1.7", clause: "5.1.7", status: .manual, severity: nil, message: "每月业务学习须人工核验；站点自评：每月一次",
                       remedy: "", locations: [location("station.yaml", 71)], attestation: "每月一次", weight: 1),
            RuleResult(rule: "DB14-5.7.3", clause: "5.7.3", status: .manual, severity: nil, message: "一对一帮扶须人工核验；站点未填写",
                       remedy: "", locations: [], weight: 1),
            RuleResult(rule: "DB14-5.2.4", clause: "5.2.4", status: .notApplicable, severity: nil, message: "村级不适用", remedy: "",
                       locations: [], weight: 1),
        ]
        let demo = StationReport(path: "stations/demo", name: "示例服务中心", level: "county", divisionCode: "140105000000", results: results,
                                 errors: [Diagnostic(location: location("ledgers/visits.csv", 1, 1), message: "无法识别的编码")],
                                 warnings: [Diagnostic(location: location("waivers.yaml", 6, 9), severity: .warning, message: "豁免已过期")])
        let passing = StationReport(path: "stations/ok", name: nil, level: "village", divisionCode: nil,
                                    results: [results[0]], errors: [], warnings: [])
        return RunReport(toolVersion: "0.1.0", packID: "DB14-T-2024-draft", packTitle: PackFixture.pack.title, asOf: asOf, lang: lang,
                         stations: [demo, passing], errors: [Diagnostic(location: location("stations/missing", 1, 1), message: "路径不存在")])
    }

    /// Fixture station folders (relative to `Fixtures/`) checked as of 2024-12-31, reported with
    /// the paths given.
    static func fixtures(_ relative: [String], lang: Language = .zh) -> RunReport {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: asOf, lang: lang))
        let reports = relative.map { rel in
            evaluator.evaluate(evaluator.load(DiskStationFiles(root: FixturePath.root.appendingPathComponent(rel).path), path: "Fixtures/" + rel))
        }
        return RunReport(toolVersion: "0.1.0", packID: PackFixture.pack.id, packTitle: PackFixture.pack.title, asOf: asOf, lang: lang,
                         stations: reports, errors: [])
    }

    static let hostile = "report-stations/恶意 输入#1"
    static let hostileName = "=HYPERLINK(\"http://x\",\"y\") <script>alert(1)</script> & \"双引号\" '单引号' ]]>"
}
