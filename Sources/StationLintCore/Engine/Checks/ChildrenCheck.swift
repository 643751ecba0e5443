/// `children: [RULE_IDS]`, `level: township` — a county's duty to guide its townships: in a
/// batch that checked townships under this county (by division code), passes when each of them
/// passes those rules, naming those that do not. Checked alone, `fallback_event: [TYPES]`
/// within `within` stands in (the county recorded guidance work).
struct ChildrenCheck: Check {
    static let name = "children"
    static let options = ["level", "fallback_event", "within"]
    let rules: [String]
    let level: String
    let fallback: EventCheck

    init(_ a: CheckArguments) throws(RulePackError) {
        rules = try a.reader.texts(a.main)
        level = try a.fields.text("level")
        let f = try a.fields.node("fallback_event")
        fallback = try EventCheck(CheckArguments(reader: a.reader, fields: a.fields, main: f, schema: a.schema, parameters: a.parameters, message: nil))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard let code = c.station.divisionCode else { return fallback.evaluate(c) }
        let children = c.related.entries.filter { $0.level == level && $0.code.isUnder(code) }
        guard c.related.isBatch, !children.isEmpty else {
            var outcome = fallback.evaluate(c)
            outcome.findings.append(Finding(c.lang.pick("（单独检查：以本中心的业务指导记录代替对乡镇站的逐站核对）",
                                                        "(checked alone: the centre's own guidance records stand in for its townships)")))
            return outcome
        }
        var failing: [String] = []
        for child in children.sorted(by: { $0.code < $1.code }) {
            let bad = rules.filter { id in child.results[id].map { $0 != .pass && $0 != .waived && $0 != .notApplicable } ?? false }
            if !bad.isEmpty { failing.append("\(child.name)（\(bad.joined(separator: "、"))）") }
        }
        if failing.isEmpty {
            return .pass([Finding(c.lang.pick("所辖 \(children.count) 个乡镇站均通过 \(rules.joined(separator: "、"))", "all \(children.count) townships pass \(rules.joined(separator: ", "))"))])
        }
        return .fail(c.lang.pick("所辖 \(children.count) 个乡镇站中 \(failing.count) 个未通过：\(c.list(failing))",
                                 "\(failing.count) of \(children.count) townships do not pass: \(c.list(failing))"))
    }

    func describe(_ lang: Language) -> String {
        lang.pick("批量检查时：所辖乡镇站均通过 \(rules.joined(separator: "、"))；单独检查时：\(fallback.describe(lang))",
                  "in a batch: every township under it passes \(rules.joined(separator: ", ")); alone: \(fallback.describe(lang))")
    }
}
