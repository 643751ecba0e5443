import StationLintCore

/// The entry point: picks the command, parses its arguments, runs it, and hands every error to
/// `ErrorReport`, the one place that maps it to a message and an exit code.
enum StationLintCLI {
    static let version = "0.1.0"

    /// The commands that work, in the order `--help` lists them.
    static var commands: [any Command.Type] {
        [CheckCommand.self, RulesCommand.self, ExplainCommand.self, VerifyPackCommand.self, InitCommand.self, SchemaCommand.self,
         MergeCommand.self, DiffCommand.self, SampleCommand.self, ParseCommand.self]
    }

    static func run(_ argv: [String], console: Console, environment: [String: String]) -> ExitStatus {
        let args = Array(argv.dropFirst())
        let lang = languageHint(args)
        guard let first = args.first, first != "--help", first != "-h", first != "help" else {
            console.outLine(help(lang))
            return .success
        }
        if first == "--version" {
            console.outLine("stationlint \(version)")
            return .success
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            let error = first.hasPrefix("-")
                ? UsageError.unknownOption(first, suggestion: DidYouMean.nearest(first, among: ["--help", "--version"]))
                : UsageError.unknownCommand(first, suggestion: DidYouMean.nearest(first, among: commands.map { $0.spec.name }))
            return ErrorReport.report(error, lang: lang, console: console)
        }
        let parsed: ParsedArguments
        let commandLang: Language
        do {
            parsed = try ParsedArguments.parse(Array(args.dropFirst()), spec: command.spec)
            commandLang = try parsed.language()
        } catch {
            return ErrorReport.report(error, lang: lang, console: console, command: command.spec)
        }
        if parsed.has("help") {
            console.outLine(command.spec.help(commandLang))
            return .success
        }
        let context = CommandContext(arguments: parsed, lang: commandLang, console: console, environment: environment)
        do {
            return try command.run(context)
        } catch {
            return ErrorReport.report(error, lang: commandLang, console: console, command: command.spec)
        }
    }

    /// The language asked for anywhere on the line, for messages given before a command is parsed.
    static func languageHint(_ args: [String]) -> Language {
        for (i, a) in args.enumerated() {
            if a == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
        }
        return .zh
    }

    static func help(_ lang: Language) -> String {
        var lines = [
            lang.pick("stationlint \(version)：按《基层退役军人服务中心（站）服务规范》逐条检查服务中心（站）",
                      "stationlint \(version): checks veterans service centres and stations against their standard, clause by clause"),
            "",
            lang.pick("用法：stationlint 命令 [选项] [参数]", "Usage: stationlint COMMAND [OPTIONS] [ARGUMENTS]"),
            "",
            lang.pick("命令：", "Commands:"),
        ]
        let width = commands.map { $0.spec.name.count }.max() ?? 0
        for c in commands {
            lines.append("  " + c.spec.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + c.spec.summary.text(lang))
        }
        lines += ["", lang.pick("每个命令都有 --help；--version 显示版本。", "Every command has --help; --version prints the version.")]
        return lines.joined(separator: "\n")
    }
}
