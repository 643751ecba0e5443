/// `any_of: [CHECK, CHECK, ...]` — passes when one of the checks passes (evidence may be given
/// in more than one way); fails with each alternative's finding otherwise. An alternative that
/// cannot be read makes the whole an error only when none passes.
///
/// Except for an alternative that judges other stations' results (`children`) when the run holds
/// them: its `fail` or `error` is not outvoted by another alternative's pass. An inspector who
/// has the townships' results in hand goes by them — as `children` itself does, whose own
/// fallback (the county's guidance records) stands in only when the county is checked alone —
/// and a township whose result is missing or unreadable leaves the county's duty undecided: a
/// pass there would hide that the batch is incomplete (issue 11: "a missing or unreadable child
/// result is `error`, never a pass"). So, when the run holds the stations an alternative reads,
/// that alternative decides unless it passes (an `error` before a `fail`); checked alone, or with
/// none of those stations in the run, the other alternatives stand in as usual.
struct AnyOfCheck: Check {
    static let name = "any_of"
    static let options: [String] = []
    static let overruled = MessageTemplate("any_of.overruled",
        zh: "（本次检查已有所辖站点的结果，以其为准，其他证明方式不能代替）",
        en: "(this run holds the results of the stations below; they decide, and other evidence cannot stand in)")
    static let messages = [overruled]
    let alternatives: [any Check]
    let message: Localized?

    init(alternatives: [any Check], message: Localized?) {
        self.alternatives = alternatives
        self.message = message
    }

    init(_ a: CheckArguments) throws(RulePackError) {
        var checks: [any Check] = []
        for node in try a.reader.list(a.main) {
            checks.append(try CheckRegistry.read(node, a.reader, schema: a.schema, parameters: a.parameters).check)
        }
        guard checks.count >= 2 else { throw a.error("any_of 至少需要两个检查项", "any_of needs at least two checks") }
        alternatives = checks
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let outcomes = alternatives.map { $0.evaluate(c) }
        let decisive = zip(alternatives, outcomes).filter { check, outcome in
            outcome.verdict != .pass && check.relatedNeeds.contains { $0.stations(for: c.station, in: c.related) != nil }
        }.map(\.1)
        if let settled = decisive.first(where: { $0.verdict == .error }) ?? decisive.first {
            guard outcomes.contains(where: { $0.verdict == .pass }) else { return settled }
            return settled.adding([Finding(Self.overruled)])
        }
        if let passed = outcomes.first(where: { $0.verdict == .pass }) { return passed }
        if let unreadable = outcomes.first(where: { $0.verdict == .error }) { return unreadable }
        if let undecided = outcomes.first(where: { $0.verdict == .manual }) { return undecided }
        let findings = outcomes.flatMap(\.findings)
        let said = MessageArgument.messages(findings.map(\.message), separator: CommonMessages.andAlso.id)
        return .fail([Finding(message.map { .pack($0, ["findings": said]) } ?? Self.joined(findings.map(\.message), CommonMessages.andAlso),
                              findings.flatMap(\.locations))])
    }

    func describe() -> Message { Self.joined(alternatives.map { $0.describe() }, CommonMessages.orElse) }

    /// Messages said as one, joined by a separator.
    static func joined(_ messages: [Message], _ separator: MessageTemplate) -> Message {
        messages.count == 1 ? messages[0] : Message(CommonMessages.joined, ["items": .messages(messages, separator: separator.id)])
    }
}

extension AnyOfCheck {
    var relatedNeeds: [RelatedNeed] { alternatives.flatMap(\.relatedNeeds) }
    var judgedLedgers: Set<String> { alternatives.reduce(into: []) { $0.formUnion($1.judgedLedgers) } }
    var parametersRead: Set<String> { alternatives.reduce(into: []) { $0.formUnion($1.parametersRead) } }
}
