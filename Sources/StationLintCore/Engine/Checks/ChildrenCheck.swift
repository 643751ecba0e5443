/// `children: [RULE_IDS]`, `level: township` — a county's duty to guide its townships: in a
/// batch that checked townships under this county (by division code), passes when each of them
/// passes those rules, naming those that do not. Checked alone, `fallback_event: [TYPES]`
/// within `within` stands in (the county recorded guidance work).
struct ChildrenCheck: Check {
    static let name = "children"
    static let options = ["level", "fallback_event", "within"]
    static let alone = MessageTemplate("children.alone",
        zh: "（单独检查：以本中心的业务指导记录代替对{stations}的逐站核对）",
        en: "(checked alone: the centre's own guidance records stand in for its {stations}s)")
    static let passing = MessageTemplate("children.passing", zh: "{count} 个通过：{names}", en: "{count} pass: {names}")
    static let waivedPart = MessageTemplate("children.waived", zh: "{count} 个已豁免：{names}", en: "{count} waived: {names}")
    static let failingPart = MessageTemplate("children.failing", zh: "{count} 个未通过：{names}", en: "{count} do not pass: {names}")
    static let unknownPart = MessageTemplate("children.unknown", zh: "{count} 个无结果或无法检查：{names}", en: "{count} without a readable result: {names}")
    static let named = MessageTemplate("children.named", zh: "{name}（{rules}）", en: "{name} ({rules})")
    static let summary = MessageTemplate("children.summary", zh: "所辖 {total} 个{stations}（{rules}）：{parts}", en: "{total} {stations}s ({rules}): {parts}")
    static let allPass = MessageTemplate("children.all_pass", zh: "所辖 {total} 个{stations}均通过 {rules}", en: "all {total} {stations}s pass {rules}")
    static let describing = MessageTemplate("children.describe",
        zh: "批量检查时：所辖{stations}均通过 {rules}；单独检查时：{fallback}",
        en: "in a batch: every {stations} under it passes {rules}; alone: {fallback}")
    static let messages = [alone, passing, waivedPart, failingPart, unknownPart, named, summary, allPass, describing]
    let rules: [String]
    let level: String
    let fallback: EventCheck

    init(_ a: CheckArguments) throws(RulePackError) {
        rules = try a.reader.texts(a.main)
        level = try a.fields.text("level")
        guard a.schema.levels.spec(level) != nil else {
            throw a.reader.error(try a.fields.node("level"), "未知的层级“\(level)”（应为 \(a.schema.levels.keys.joined(separator: "、"))）",
                                 "unknown level '\(level)' (\(a.schema.levels.keys.joined(separator: ", ")))")
        }
        let f = try a.fields.node("fallback_event")
        fallback = try EventCheck(CheckArguments(reader: a.reader, fields: a.fields, main: f, schema: a.schema, parameters: a.parameters, message: nil))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard c.station.divisionCode != nil else { return fallback.evaluate(c) }
        guard let children = need.stations(for: c.station, in: c.related) else {
            var outcome = fallback.evaluate(c)
            outcome.findings.append(Finding(Self.alone, ["stations": .levelStation(level)]))
            return outcome
        }
        // Each township sorted into passing, waived (已豁免: does not fail the county, but is not
        // said to pass), failing, and unknown (its result is missing or `error`: the county's
        // clause is then `error`, never a pass).
        var passing: [MessageArgument] = [], waived: [MessageArgument] = [], failing: [MessageArgument] = [], unknown: [MessageArgument] = []
        func named(_ name: String, _ ids: [String]) -> MessageArgument { .message(Message(Self.named, ["name": .text(name), "rules": .rules(ids)])) }
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
            if !gone.isEmpty { unknown.append(named(child.name, gone)) }
            else if !bad.isEmpty { failing.append(named(child.name, bad)) }
            else if !excused.isEmpty { waived.append(named(child.name, excused)) }
            else { passing.append(.text(child.name)) }
        }
        let total = children.count
        var parts: [Message] = []
        for (template, items) in [(Self.passing, passing), (Self.waivedPart, waived), (Self.failingPart, failing), (Self.unknownPart, unknown)]
        where !items.isEmpty {
            parts.append(Message(template, ["count": .int(items.count), "names": .list(items)]))
        }
        let summary = Message(Self.summary, ["total": .int(total), "stations": .levelStation(level), "rules": .rules(rules),
                                             "parts": .messages(parts, separator: CommonMessages.semicolon.id)])
        if !unknown.isEmpty { return .error(summary) }
        if !failing.isEmpty { return .fail(summary) }
        if waived.isEmpty {
            return .pass([Finding(Self.allPass, ["total": .int(total), "stations": .levelStation(level), "rules": .rules(rules)])])
        }
        return .pass([Finding(summary)])
    }

    func describe() -> Message {
        Message(Self.describing, ["stations": .levelStation(level), "rules": .rules(rules), "fallback": .message(fallback.describe())])
    }
}

extension ChildrenCheck {
    /// The townships' results it reads (what a batch checks first and hands over).
    var need: RelatedNeed { RelatedNeed(level: level, rules: rules) }
    var relatedNeeds: [RelatedNeed] { [need] + fallback.relatedNeeds }
    var judgedLedgers: Set<String> { fallback.judgedLedgers }
    var parametersRead: Set<String> { fallback.parametersRead }
}
