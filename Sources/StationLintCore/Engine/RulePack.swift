/// A rule pack: one standard as data — its schema, parameters, province facts, rules and the
/// base stations its examples start from. Loaded from `Rules/<pack>/` or from the binary.
public struct RulePack: Sendable {
    public let id: String
    public let title: Localized
    public let standard: String
    public let schema: Schema
    /// Parameters in the order the pack lists them.
    public let parameterList: [Parameter]
    public let parameters: [String: Parameter]
    public let province: Province
    public let rules: [Rule]
    public let examples: ExampleBase
    /// Section titles by section number (`5.2` → 思政引领).
    public let sections: [String: Localized]
    /// Names of division codes (`140100000000` → 太原市), for roll-ups; may be empty.
    public let divisions: [String: String]
    /// The tiers a region's roll-up groups stations by (cities, counties, townships).
    public let rollUpTiers: [RollUpTier]
    /// Which pack, byte for byte, a report was made with (`rulePack.digest` in the JSON report,
    /// checked by `merge`): `sha256:` and the SHA-256 of the files the loader read (`PackSource.digest`),
    /// with `--param` values that change a parameter folded in. A digest rather than a version
    /// field in `pack.yaml`: a version is only as good as its author's memory to raise it, while
    /// any edit of a rule, a parameter or a vocabulary changes what a report means, and changes
    /// the digest with nothing to remember. It depends on the bytes alone (file names in byte
    /// order), so the built-in pack and `--rules Rules/DB14-T-2024` give the same digest on any
    /// machine. Empty for a pack made in code.
    public internal(set) var digest = ""
    /// The parameter that gives, per severity, the days a station has to fix a failed clause
    /// (整改时限, `remedy_deadlines:` in `pack.yaml`); a severity without one has no deadline.
    public internal(set) var remedyDeadlines: [Severity: String] = [:]

    /// The 整改时限 of a failure of this severity found on `asOf`: `asOf` plus the days of the
    /// pack's parameter for the severity; nil when the pack sets none.
    public func remedyDeadline(_ severity: Severity, asOf: Day) -> Day? {
        guard let name = remedyDeadlines[severity], let days = parameters[name]?.value else { return nil }
        return asOf.plus(days: days)
    }

    /// The section a clause belongs to: the longest section the pack declares that the clause
    /// number starts with, part by part (`5.2` for 5.2.1.6, `4` for 4.3); the clause's first part
    /// when no declared section holds it.
    public func section(of clause: String) -> String {
        let parts = clause.split(separator: ".")
        for n in stride(from: parts.count, to: 0, by: -1) {
            let prefix = parts.prefix(n).joined(separator: ".")
            if sections[prefix] != nil { return prefix }
        }
        return String(parts.first ?? "")
    }

    /// `5.2 思政引领`.
    public func sectionTitle(_ section: String, _ lang: Language) -> String {
        sections[section].map { "\(section) \($0.text(lang))" } ?? section
    }

    public func rule(_ idOrClause: String) -> Rule? {
        rules.first { $0.id == idOrClause } ?? rules.first { $0.clause == idOrClause }
    }

    /// Every name `rule(_:)` takes (ids and clause numbers), for "did you mean".
    public var ruleNames: [String] { rules.flatMap { [$0.id, $0.clause] } }

    /// The rules a level selects (including those not applicable at it, which report why).
    public func rules(for level: String) -> [Rule] { rules.filter { $0.applies(to: level) } }

    /// The display name of a level (`county` → 县级).
    public func levelName(_ level: String, _ lang: Language) -> String {
        schema.levels.name(level, lang)
    }

    /// A copy whose parameters take other values (`--param name=value`).
    public func with(parameters overrides: [String: Int]) -> RulePack {
        let list = parameterList.map { p in
            Parameter(name: p.name, value: overrides[p.name] ?? p.value, note: p.note, location: p.location, noteLocation: p.noteLocation)
        }
        var copy = RulePack(id: id, title: title, standard: standard, schema: schema, parameterList: list,
                            parameters: Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) }),
                            province: province, rules: rules, examples: examples, sections: sections, divisions: divisions,
                            rollUpTiers: rollUpTiers)
        copy.remedyDeadlines = remedyDeadlines
        // A value that differs is part of which pack the report was made with; one that does not, is not.
        let changed = list.filter { parameters[$0.name]?.value != $0.value }.map { "\($0.name)=\($0.value)" }.sorted()
        copy.digest = changed.isEmpty || digest.isEmpty ? digest : "sha256:" + SHA256.hex(Array(([digest] + changed).joined(separator: "\n").utf8))
        return copy
    }
}

/// The province a pack is for: its division-code prefix and the bounds its stations lie in.
public struct Province: Sendable {
    public let name: String
    public let codePrefix: String
    public let latitude: ClosedRange<Double>
    public let longitude: ClosedRange<Double>
}

/// Complete passing stations, one per level, as file trees; each rule example patches one.
public struct ExampleBase: Sendable {
    public let asOf: Day
    /// level → (relative file path → content as a JSON tree, or a string for plain files).
    public let stations: [String: [(String, JSON)]]
}
