/// `any_of: [CHECK, CHECK, ...]` — passes when one of the checks passes (evidence may be given
/// in more than one way); fails with each alternative's finding otherwise. An alternative that
/// cannot be read makes the whole an error only when none passes.
struct AnyOfCheck: Check {
    static let name = "any_of"
    static let options: [String] = []
    static let messages: [MessageTemplate] = []
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
