/// `any_of: [CHECK, CHECK, ...]` — passes when one of the checks passes (evidence may be given
/// in more than one way); fails with each alternative's finding otherwise. An alternative that
/// cannot be read makes the whole an error only when none passes.
struct AnyOfCheck: Check {
    static let name = "any_of"
    static let options: [String] = []
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
        let joined = findings.map(\.message).joined(separator: c.lang.pick("，且", "; and "))
        return .fail([Finding(c.fill(message, default: joined, ["findings": joined]), findings.flatMap(\.locations))])
    }

    func describe(_ lang: Language) -> String {
        alternatives.map { $0.describe(lang) }.joined(separator: lang.pick("，或", ", or "))
    }
}
