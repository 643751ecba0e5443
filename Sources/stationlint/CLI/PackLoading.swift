import ShippedRules
import StationLintCore

/// The rule pack for a command: the one built into the binary, or `--rules DIR`, with
/// `--param name=value` overrides. A malformed pack is an input error at its position.
enum PackLoading {
    static let options: [OptionSpec] = [
        .value("rules", "DIR", "使用另一个规则包目录（默认使用内置的 DB14-T-2024）", "load another rule pack folder (default: the built-in DB14-T-2024)"),
        .value("param", "NAME=VALUE", repeatable: true, "覆盖规则包参数，如 recent_activity_days=180", "override a pack parameter, e.g. recent_activity_days=180"),
    ]

    /// The parameters `--param` sets (they win over a tailoring's).
    static func overridden(_ arguments: ParsedArguments) -> Set<String> {
        Set(arguments.values("param").compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
    }

    static func load(_ arguments: ParsedArguments, lang: Language) throws -> RulePack {
        let source: PackSource
        do {
            if let dir = arguments.value("rules") {
                source = try PackSource.directory(dir)
            } else {
                source = PackSource(origin: ShippedRules.origin, files: ShippedRules.files)
            }
            var pack = try RulePackLoader.load(source)
            var overrides: [String: Int] = [:]
            for p in arguments.values("param") {
                let parts = p.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let value = Int(parts[1]), Parameter.allowedDays.contains(value) else {
                    throw UsageError.invalidValue(option: "--param", value: p, expected: "NAME=DAYS (0–\(Parameter.allowedDays.upperBound))")
                }
                guard pack.parameters[parts[0]] != nil else {
                    throw UsageError.invalidValue(option: "--param", value: p, expected: pack.parameterList.map(\.name).joined(separator: "|"))
                }
                overrides[parts[0]] = value
            }
            if !overrides.isEmpty { pack = pack.with(parameters: overrides) }
            return pack
        } catch let error as RulePackError {
            throw InputError(diagnostic: error.diagnostic(lang))
        }
    }
}

/// Reading `--as-of` and the like.
enum OptionValues {
    /// `--as-of`, or today's date on this machine.
    static func asOf(_ arguments: ParsedArguments) throws -> Day {
        if let text = arguments.value("as-of") {
            guard let day = Day.parse(text) else {
                throw UsageError.invalidValue(option: "--as-of", value: text, expected: "YYYY-MM-DD")
            }
            return day
        }
        return Today.day()
    }

    /// `--deadline`: one 整改时限 for every failure, not before the as-of date.
    static func deadline(_ arguments: ParsedArguments, asOf: Day) throws -> Day? {
        guard let text = arguments.value("deadline") else { return nil }
        guard let day = Day.parse(text), day >= asOf else {
            throw UsageError.invalidValue(option: "--deadline", value: text, expected: "YYYY-MM-DD ≥ \(asOf)")
        }
        return day
    }

    /// `--due-within N`: how many days ahead `check` looks for what falls due (1 to 3650).
    static func dueWithin(_ arguments: ParsedArguments) throws -> Int? {
        guard let text = arguments.value("due-within") else { return nil }
        guard let n = Int(text), (1...3650).contains(n) else {
            throw UsageError.invalidValue(option: "--due-within", value: text, expected: "1–3650")
        }
        return n
    }

    static func jobs(_ arguments: ParsedArguments) throws -> Int {
        guard let text = arguments.value("jobs") else { return Today.processorCount() }
        guard let n = Int(text), n >= 1, n <= 1024 else {
            throw UsageError.invalidValue(option: "--jobs", value: text, expected: "1–1024")
        }
        return n
    }
}
