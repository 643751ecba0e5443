import StationLintCore

/// One option a command accepts.
struct OptionSpec {
    let name: String
    /// The value's placeholder (`FORMAT`), or nil for a flag.
    let value: String?
    let repeatable: Bool
    let help: Localized

    static func flag(_ name: String, _ zh: String, _ en: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, repeatable: false, help: Localized(zh: zh, en: en))
    }

    static func value(_ name: String, _ placeholder: String, repeatable: Bool = false, _ zh: String, _ en: String) -> OptionSpec {
        OptionSpec(name: name, value: placeholder, repeatable: repeatable, help: Localized(zh: zh, en: en))
    }
}

/// A subcommand's name, summary, usage line, options and positional arguments.
struct CommandSpec {
    let name: String
    let summary: Localized
    let usage: String
    let options: [OptionSpec]
    let positionalName: String
    let minPositionals: Int
    let maxPositionals: Int?
    /// More to say in `--help` after the options (what the command checks, its exit codes).
    var details: Localized? = nil

    /// Options every command accepts.
    static let common: [OptionSpec] = [
        .value("lang", "zh|en", "输出语言（默认 zh）", "language of messages (default zh)"),
        .flag("no-color", "不使用颜色（也可设置 NO_COLOR）", "no colour (also NO_COLOR)"),
        .flag("help", "显示帮助", "show this help"),
    ]

    var allOptions: [OptionSpec] { options + CommandSpec.common }

    func help(_ lang: Language) -> String {
        var lines = [summary.text(lang), "", lang.pick("用法：", "Usage: ") + usage, "", lang.pick("选项：", "Options:")]
        let rows = allOptions.map { o -> (String, String) in
            ("--\(o.name)" + (o.value.map { " \($0)" } ?? ""), o.help.text(lang) + (o.repeatable ? lang.pick("（可重复）", " (repeatable)") : ""))
        }
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (left, right) in rows { lines.append("  " + DisplayWidth.pad(left, to: width) + "  " + right) }
        if let details { lines += ["", details.text(lang)] }
        return lines.joined(separator: "\n")
    }
}

/// What the command line said, after parsing against a `CommandSpec`.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func values(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// Parses `args` (after the subcommand name): `--opt=value`, `--opt value`, flags, `--`.
    static func parse(_ args: [String], spec: CommandSpec) throws -> ParsedArguments {
        var result = ParsedArguments()
        let options = spec.allOptions
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                result.positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            guard arg.hasPrefix("--") else {
                if arg == "-h" { result.flags.insert("help"); continue }
                throw UsageError.unknownOption(arg, suggestion: DidYouMean.nearest(arg, among: options.map { "--" + $0.name }))
            }
            var name = String(arg.dropFirst(2))
            var inline: String? = nil
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw UsageError.unknownOption("--" + name, suggestion: DidYouMean.nearest("--" + name, among: options.map { "--" + $0.name }))
            }
            if option.value == nil {
                if inline != nil { throw UsageError.unexpectedValue("--" + name) }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard i < args.count else { throw UsageError.missingValue("--" + name) }
                value = args[i]
                i += 1
            }
            if !option.repeatable && result.values[name] != nil && name != "lang" {
                throw UsageError.repeated("--" + name)
            }
            result.values[name, default: []].append(value)
        }
        if result.has("help") { return result }
        if result.positionals.count < spec.minPositionals {
            throw UsageError.missingArgument(spec.positionalName)
        }
        if let max = spec.maxPositionals, result.positionals.count > max {
            throw UsageError.tooManyArguments(result.positionals[max])
        }
        return result
    }

    /// The `--lang` value, checked.
    func language() throws -> Language {
        guard let raw = value("lang") else { return .zh }
        guard let lang = Language(rawValue: raw) else {
            throw UsageError.invalidValue(option: "--lang", value: raw, expected: "zh|en")
        }
        return lang
    }
}
