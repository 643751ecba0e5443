/// A clause of the standard as data: what it says, at which levels, how it is checked, and how
/// to fix a failure.
public struct Rule: Sendable {
    public let id: String
    public let clause: String
    public let levels: [String]
    public let title: Localized
    /// The clause text, quoted from the standard (full-width punctuation).
    public let text: String
    public let modality: Modality
    /// The rule's share in the score, 0 to `maxWeight` (1 unless the pack says otherwise).
    public let weight: Double
    public let checks: [CheckSpec]
    /// When set, the part of the clause a person must verify; the station's attestation is quoted.
    public let manual: Localized?
    /// Levels at which the clause does not apply, with the reason.
    public let notApplicable: [NotApplicable]
    public let remedy: Localized
    public let examples: [RuleExample]
    public let location: Location

    /// The largest weight a pack may give a rule.
    public static let maxWeight = 100.0

    public var severity: Severity { modality.severity }

    public func applies(to level: String) -> Bool { levels.contains(level) }

    /// The reason the rule does not apply at a level, if it does not.
    public func notApplicableReason(_ level: String) -> Localized? {
        notApplicable.first { $0.levels.isEmpty || $0.levels.contains(level) }?.reason
    }
}

/// A level (or all levels) where a clause does not apply, and why.
public struct NotApplicable: Sendable {
    public let levels: [String]
    public let reason: Localized
}

/// One check of a rule: the primitive with its arguments, the levels it applies to, and
/// whether it only informs (a permission, 可) instead of deciding.
public struct CheckSpec: Sendable {
    public let check: any Check
    public let levels: [String]?
    public let informative: Bool
    public let severity: Severity?
    public let location: Location

    public func applies(to level: String) -> Bool { levels?.contains(level) ?? true }
}

/// A passing or failing example: a base station of a level, changed by a patch, and the
/// status the rule must give.
public struct RuleExample: Sendable {
    public let expect: Status
    public let level: String
    /// JSON-like patch merged into the base station (see `ExampleStation`).
    public let patch: JSON
    /// Text the message must contain, when given.
    public let messageContains: String?
    public let asOf: Day?
    public let location: Location
}
