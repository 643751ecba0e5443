import StationLintCore

/// `stationlint verify-pack DIR`: checks a rule pack as `conftest verify` and `inspec check` do
/// (`PackVerification`): one line per problem at its `file:line:column`, then a summary. Exit 0
/// when clean, 1 when the pack loads but has problems, 2 when it cannot be loaded.
enum VerifyPackCommand: Command {
    static let spec = CommandSpec(
        name: "verify-pack",
        summary: Localized(zh: "核验规则包：能否加载，示例是否给出预期结果，标准的每个条款是否都有规则，参数是否都被使用且有说明",
                           en: "verify a rule pack: it loads, its examples give their expected results, every clause of the standard has a rule, every parameter is used and documented"),
        usage: "stationlint verify-pack DIR",
        options: [],
        positionalName: "DIR",
        minPositionals: 1,
        maxPositionals: 1,
        details: Localized(
            zh: """
                核验内容：
                  1. 规则包能否加载（语法或结构错误给出 文件:行:列）；
                  2. 每条规则的示例都给出预期的结果（expect）和消息（message），有检查项的规则都有通过和不通过的示例；
                  3. 规则包 standard.txt（标准原文）中的每个条款都有规则（自动检查、manual 或 not_applicable）；
                  4. 每个参数（parameters）都被某个检查使用，且说明（note）有中文（zh）和英文（en）。
                每个问题一行：文件:行:列: error: 说明；最后一行为汇总。
                退出码：0 未发现问题；1 规则包能加载但有问题；2 规则包无法加载，或用法错误。
                """,
            en: """
                What it checks:
                  1. the pack loads (a syntax or structure error is given at file:line:column);
                  2. every rule's examples give their expected status (expect) and message, and every rule with checks has a passing and a failing example;
                  3. every clause of the pack's standard.txt (the standard's text) has a rule (checked, manual or not_applicable);
                  4. every parameter is read by some check and its note is given in Chinese (zh) and English (en).
                One line per problem: file:line:column: error: message; a summary last.
                Exit codes: 0 no problem; 1 the pack loads but has problems; 2 the pack cannot be loaded, or a usage error.
                """)
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let l = context.lang
        let dir = context.arguments.positionals[0]
        let verified: PackVerification
        do {
            verified = try PackVerification.verify(try PackSource.directory(dir))
        } catch {
            context.console.outLine(error.diagnostic(l).formatted)
            context.console.outLine(l.pick("规则包 \(dir) 无法加载，未能核验其余内容", "the rule pack \(dir) cannot be loaded; nothing else was verified"))
            return .usageOrInput
        }
        for problem in verified.problems { context.console.outLine(problem.diagnostic(l).formatted) }
        let pack = verified.pack
        let counted = l.pick("\(pack.rules.count) 条规则，\(verified.examples) 个示例，\(verified.clauses) 个条款，\(pack.parameterList.count) 个参数",
                             "\(pack.rules.count) rules, \(verified.examples) examples, \(verified.clauses) clauses, \(pack.parameterList.count) parameters")
        let found = verified.problems.isEmpty ? l.pick("未发现问题", "no problems")
            : l.pick("发现 \(verified.problems.count) 个问题", "\(verified.problems.count) problem\(verified.problems.count == 1 ? "" : "s")")
        context.console.outLine(l.pick("规则包 \(pack.id)（\(dir)）：\(counted)；\(found)", "rule pack \(pack.id) (\(dir)): \(counted); \(found)"))
        return verified.problems.isEmpty ? .success : .failures
    }
}
