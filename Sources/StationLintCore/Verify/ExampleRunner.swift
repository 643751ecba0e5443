/// Running a rule's examples (as SwiftLint does, the examples are the tests): each is the
/// level's complete base station changed by the example's patch (`ExampleStation`), checked by
/// that rule alone. `verify-pack` and the test suite both call this.
extension RulePack {
    /// The rule's result on the example's station, rendered in `lang`; nil when the example's level has no base
    /// station or the rule does not apply at it.
    public func run(_ rule: Rule, _ example: RuleExample, lang: Language = .zh) -> RuleResult? {
        guard let files = examples.files(for: example) else { return nil }
        let evaluator = Evaluator(pack: self, options: EvaluationOptions(asOf: example.asOf ?? examples.asOf, lang: lang))
        return evaluator.evaluate(evaluator.load(files, path: "example"), only: [rule.id]).rendered(self, lang: lang).results.first
    }

    /// Every example that does not give its expected status or message, and every rule without
    /// the examples it needs (a checked rule: a passing — or 需人工核验 — and a failing one; any
    /// other: at least one); with how many examples ran.
    public func exampleProblems() -> (problems: [RulePackError], ran: Int) {
        var out: [RulePackError] = []
        var ran = 0
        for rule in rules {
            let statuses = Set(rule.examples.map(\.expect))
            if rule.checks.isEmpty {
                if rule.examples.isEmpty {
                    out.append(RulePackError(rule.location, "规则 \(rule.id) 没有示例", "the rule \(rule.id) has no example"))
                }
            } else {
                if !statuses.contains(.pass) && !statuses.contains(.manual) {
                    out.append(RulePackError(rule.location, "规则 \(rule.id) 没有通过（pass）的示例", "the rule \(rule.id) has no passing example"))
                }
                if !statuses.contains(.fail) {
                    out.append(RulePackError(rule.location, "规则 \(rule.id) 没有不通过（fail）的示例", "the rule \(rule.id) has no failing example"))
                }
            }
            for example in rule.examples {
                out += problems(of: example, rule)
                ran += 1
            }
        }
        return (out, ran)
    }

    func problems(of example: RuleExample, _ rule: Rule) -> [RulePackError] {
        let at = example.location
        guard examples.stations[example.level] != nil else {
            return [RulePackError(at, "\(rule.id) 的示例：层级 \(example.level) 在示例基础站点（examples.yaml）中没有站点",
                                "\(rule.id) example: the level \(example.level) has no base station in the examples file")]
        }
        guard let zh = run(rule, example) else {
            return [RulePackError(at, "\(rule.id) 的示例：规则不适用于层级 \(example.level)", "\(rule.id) example: the rule does not apply at the level \(example.level)")]
        }
        var out: [RulePackError] = []
        // The English run only where its words are needed: a fail's message, a problem's text.
        let en = zh.status == .fail || zh.status != example.expect ? run(rule, example, lang: .en) : nil
        if zh.status != example.expect {
            out.append(RulePackError(at, "\(rule.id) 的示例应为 \(example.expect.rawValue)，实际为 \(zh.status.rawValue)：\(zh.message)",
                                   "\(rule.id) example: expected \(example.expect.rawValue), got \(zh.status.rawValue): \(en?.message ?? zh.message)"))
        }
        // `message:` is words of the Chinese message.
        if let text = example.messageContains, !zh.message.contains(text) {
            out.append(RulePackError(at, "\(rule.id) 的示例：消息中没有“\(text)”：\(zh.message)",
                                   "\(rule.id) example: the message lacks '\(text)': \(zh.message)"))
        }
        if zh.status == .fail && (en?.message ?? "").isEmpty {
            out.append(RulePackError(at, "\(rule.id) 的示例：不通过时英文消息为空", "\(rule.id) example: the English message of the fail is empty"))
        }
        return out
    }
}
