import Foundation
import StationLintCore

/// `stationlint rules [--level L] [--section S]`: the rule pack as a table — id, clause, levels,
/// modality and severity, how it is checked (automatic, manual, not applicable), title.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        summary: Localized(zh: "列出规则包的全部条款：编号、条款号、适用层级、情态与严重程度、检查方式、标题",
                           en: "list the rule pack: id, clause, levels, modality and severity, how it is checked, title"),
        usage: "stationlint rules [--level county|township|village] [--section S]",
        options: [
            .value("level", "county|township|village", "只列出该层级适用的条款（检查方式按该层级给出）", "only the rules of this level (checked how, at this level)"),
            .value("section", "S", "只列出某一章节，如 4、5.2", "only one section, e.g. 4 or 5.2"),
        ] + PackLoading.options,
        positionalName: "",
        minPositionals: 0,
        maxPositionals: 0
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let l = context.lang
        let pack = try PackLoading.load(context.arguments, lang: l)
        let level = try context.arguments.value("level").map { try LevelOption.parse($0, pack: pack) }
        var rules = level.map { pack.rules(for: $0) } ?? pack.rules
        if let section = context.arguments.value("section") {
            rules = rules.filter { $0.clause == section || $0.clause.hasPrefix(section + ".") }
            if rules.isEmpty && !pack.rules.contains(where: { $0.clause == section || $0.clause.hasPrefix(section + ".") }) {
                let known = pack.sections.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
                throw UsageError.invalidValue(option: "--section", value: section, expected: known.joined(separator: "|"))
            }
        }
        var table = TextTable(header: [l.pick("编号", "Id"), l.pick("条款", "Clause"), l.pick("层级", "Levels"), l.pick("情态/严重程度", "Modality/severity"),
                                       l.pick("检查方式", "Checked"), l.pick("标题", "Title")])
        var tally: [Method: Int] = [:]
        for rule in rules {
            let method = Method.of(rule, at: level)
            tally[method, default: 0] += 1
            table.rows.append([rule.id, rule.clause, rule.levels.map { pack.levelName($0, l) }.joined(separator: l.pick("、", ",")),
                               modality(rule, l), method.name(l) + partlyNotApplicable(rule, level, pack, l), rule.title.text(l)])
        }
        context.console.outLine(table.render())
        let counts = Method.allCases.map { "\($0.name(l)) \(tally[$0] ?? 0)" }.joined(separator: l.pick("，", ", "))
        context.console.outLine(l.pick("共 \(rules.count) 条（\(counts)）", "\(rules.count) rules (\(counts))")
                                + (level.map { l.pick("；层级：\(pack.levelName($0, l))", "; level: \($0)") } ?? ""))
        return .success
    }

    static func modality(_ rule: Rule, _ l: Language) -> String {
        l == .zh ? rule.severity.name(.zh) : "\(rule.modality.rawValue)/\(rule.severity.rawValue)"
    }

    /// `（村级不适用）` when the rule is listed for every level and some of them exempt it.
    static func partlyNotApplicable(_ rule: Rule, _ level: String?, _ pack: RulePack, _ l: Language) -> String {
        guard level == nil else { return "" }
        let exempt = rule.levels.filter { rule.notApplicableReason($0) != nil }
        guard !exempt.isEmpty, exempt.count < rule.levels.count else { return "" }
        let names = exempt.map { pack.levelName($0, l) }.joined(separator: l.pick("、", ","))
        return l.pick("（\(names)不适用）", " (n/a: \(names))")
    }

    /// How a rule is decided.
    enum Method: CaseIterable {
        case automatic, automaticAndManual, manual, notApplicable

        static func of(_ rule: Rule, at level: String?) -> Method {
            if let level, rule.notApplicableReason(level) != nil { return .notApplicable }
            if level == nil, !rule.levels.isEmpty, rule.levels.allSatisfy({ rule.notApplicableReason($0) != nil }) { return .notApplicable }
            switch (rule.checks.isEmpty, rule.manual == nil) {
            case (false, true): return .automatic
            case (false, false): return .automaticAndManual
            case (true, false): return .manual
            case (true, true): return .notApplicable
            }
        }

        func name(_ l: Language) -> String {
            switch self {
            case .automatic: return l.pick("自动", "automatic")
            case .automaticAndManual: return l.pick("自动+人工", "automatic+manual")
            case .manual: return l.pick("人工核验", "manual")
            case .notApplicable: return l.pick("不适用", "not applicable")
            }
        }
    }
}
