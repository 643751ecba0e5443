import StationLintCore

/// `stationlint diff OLD.json NEW.json`: per station, what was fixed, what regressed, and the
/// score change between two inspection rounds.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        summary: Localized(zh: "比较两轮检查的 JSON 报告：已整改、新增不通过、得分变化", en: "compare two rounds' JSON reports: fixed, regressed, score change"),
        usage: "stationlint diff OLD.json NEW.json [--format text|json]",
        options: [.value("format", "text|json", "输出格式（默认 text）", "output format (default text)")],
        positionalName: "OLD.json NEW.json",
        minPositionals: 2,
        maxPositionals: 2
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let old = try ReportFiles.read(context.arguments.positionals[0], lang: context.lang)
        let new = try ReportFiles.read(context.arguments.positionals[1], lang: context.lang)
        let diff = ReportDiff(old: old, new: new)
        switch context.arguments.value("format") ?? "text" {
        case "text": context.console.out(diff.text(context.lang))
        case "json": context.console.outLine(diff.json().serialized())
        case let other: throw UsageError.invalidValue(option: "--format", value: other, expected: "text|json")
        }
        return .success
    }
}
