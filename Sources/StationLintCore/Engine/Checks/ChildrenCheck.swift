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
        guard c.station.divisionCode != nil else { return fallback.evaluate(c) }
        guard let children = need.stations(for: c.station, in: c.related) else {
            var outcome = fallback.evaluate(c)
            outcome.findings.append(Finding(c.lang.pick("（单独检查：以本中心的业务指导记录代替对乡镇站的逐站核对）",
                                                        "(checked alone: the centre's own guidance records stand in for its townships)")))
            return outcome
        }
        // Each township sorted into passing, waived (已豁免: does not fail the county, but is not
        // said to pass), failing, and unknown (its result is missing or `error`: the county's
        // clause is then `error`, never a pass).
        var passing: [String] = [], waived: [String] = [], failing: [String] = [], unknown: [String] = []
        for child in children.sorted(by: { $0.code < $1.code }) {
            var bad: [String] = [], gone: [String] = [], excused: [String] = []
            for id in rules {
                switch child.results[id] {
                case nil, .error?: gone.append(id)
                case .pass?, .notApplicable?: break
                case .waived?: excused.append(id)
                default: bad.append(id)
                }
            }
            if !gone.isEmpty { unknown.append("\(child.name)（\(gone.joined(separator: "、"))）") }
            else if !bad.isEmpty { failing.append("\(child.name)（\(bad.joined(separator: "、"))）") }
            else if !excused.isEmpty { waived.append("\(child.name)（\(excused.joined(separator: "、"))）") }
            else { passing.append(child.name) }
        }
        let total = children.count
        var parts: [String] = []
        if !passing.isEmpty { parts.append(c.lang.pick("\(passing.count) 个通过：\(c.list(passing))", "\(passing.count) pass: \(c.list(passing))")) }
        if !waived.isEmpty { parts.append(c.lang.pick("\(waived.count) 个已豁免：\(c.list(waived))", "\(waived.count) waived: \(c.list(waived))")) }
        if !failing.isEmpty { parts.append(c.lang.pick("\(failing.count) 个未通过：\(c.list(failing))", "\(failing.count) do not pass: \(c.list(failing))")) }
        if !unknown.isEmpty { parts.append(c.lang.pick("\(unknown.count) 个无结果或无法检查：\(c.list(unknown))", "\(unknown.count) without a readable result: \(c.list(unknown))")) }
        let summary = c.lang.pick("所辖 \(total) 个乡镇站（\(rules.joined(separator: "、"))）：", "\(total) townships (\(rules.joined(separator: ", "))): ")
            + parts.joined(separator: c.lang.pick("；", "; "))
        if !unknown.isEmpty { return .error(summary) }
        if !failing.isEmpty { return .fail(summary) }
        if waived.isEmpty {
            return .pass([Finding(c.lang.pick("所辖 \(total) 个乡镇站均通过 \(rules.joined(separator: "、"))", "all \(total) townships pass \(rules.joined(separator: ", "))"))])
        }
        return .pass([Finding(summary)])
    }

    func describe(_ lang: Language) -> String {
        lang.pick("批量检查时：所辖乡镇站均通过 \(rules.joined(separator: "、"))；单独检查时：\(fallback.describe(lang))",
                  "in a batch: every township under it passes \(rules.joined(separator: ", ")); alone: \(fallback.describe(lang))")
    }
}

extension ChildrenCheck {
    /// The townships' results it reads (what a batch checks first and hands over).
    var need: RelatedNeed { RelatedNeed(level: level, rules: rules) }
    var relatedNeeds: [RelatedNeed] { [need] + fallback.relatedNeeds }
    var judgedLedgers: Set<String> { fallback.judgedLedgers }
    var parametersRead: Set<String> { fallback.parametersRead }
}
