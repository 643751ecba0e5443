/// A fail compared with a baseline (`check --baseline`): `known` was in it for the same
/// station and rule and does not count toward the exit code; `new` was not.
public enum BaselineMark: String, Sendable {
    case known, new
}

/// What a rule yields for one station.
public enum Status: String, Sendable, CaseIterable, Codable {
    case pass, fail, manual
    case notApplicable = "not_applicable"
    case waived, error

    public func name(_ lang: Language) -> String {
        switch self {
        case .pass: return lang.pick("通过", "pass")
        case .fail: return lang.pick("不通过", "fail")
        case .manual: return lang.pick("需人工核验", "manual")
        case .notApplicable: return lang.pick("不适用", "not applicable")
        case .waived: return lang.pick("已豁免", "waived")
        case .error: return lang.pick("无法读取", "error")
        }
    }
}

/// How serious a failed rule is, from the clause's modal verb (GB/T 1.1—2020).
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    var rank: Int { self == .info ? 0 : (self == .warning ? 1 : 2) }

    public func name(_ lang: Language) -> String {
        switch self {
        case .error: return lang.pick("严重（应）", "error")
        case .warning: return lang.pick("建议（宜）", "warning")
        case .info: return lang.pick("提示（可）", "info")
        }
    }
}

/// The modality of a clause: 应/不应 requirement, 宜/不宜 recommendation, 可/不必 permission.
/// An imperative clause without a modal verb is a requirement.
public enum Modality: String, Sendable {
    case requirement, recommendation, permission

    public var severity: Severity {
        switch self {
        case .requirement: return .error
        case .recommendation: return .warning
        case .permission: return .info
        }
    }
}

/// One rule's result for one station. The engine fills the data (`said`, `noted`, the
/// attestation as written); the Report layer renders `message`, `notes` and `remedy` in the
/// report's language (`ReportInput`), which is all a reporter reads.
public struct RuleResult: Sendable {
    public let rule: String
    public let clause: String
    public var status: Status
    /// The severity of a fail (also kept for waived results); nil otherwise.
    public var severity: Severity?
    /// What the result says, as data, in order (joined with `；` when rendered).
    public var said: [Message]
    /// The rendered text of `said` (empty until the Report layer renders it).
    public var message: String = ""
    /// The rule's remedy (整改建议) for a result that needs one; nil otherwise.
    public var advice: Localized?
    /// The rendered remedy.
    public var remedy: String = ""
    /// Where the evidence is (file:line:column).
    public var locations: [Location] {
        get { details?.locations ?? [] }
        set { details = ResultDetails.make(newValue, noted, notes, attestation, waiver, deadline) }
    }
    /// Informational notes that never change the status (counts, permissions), as data.
    public var noted: [Message] {
        get { details?.noted ?? [] }
        set { details = ResultDetails.make(locations, newValue, notes, attestation, waiver, deadline) }
    }
    /// The rendered notes.
    public var notes: [String] {
        get { details?.notes ?? [] }
        set { details = ResultDetails.make(locations, noted, newValue, attestation, waiver, deadline) }
    }
    /// For `manual`: what the station attests (as written; the Report layer masks it).
    public var attestation: String? {
        get { details?.attestation }
        set { details = ResultDetails.make(locations, noted, notes, newValue, waiver, deadline) }
    }
    /// For `waived`: the waiver's reason, approver and expiry.
    public var waiver: Waiver? {
        get { details?.waiver }
        set { details = ResultDetails.make(locations, noted, notes, attestation, newValue, deadline) }
    }
    /// For a fail or an unreadable clause: the day it is to be fixed by (整改时限), from the
    /// pack's `remedy_deadlines` or `check --deadline`; nil when neither sets one.
    public var deadline: Day? {
        get { details?.deadline }
        set { details = ResultDetails.make(locations, noted, notes, attestation, waiver, newValue) }
    }
    /// Locations, notes, attestation, waiver and deadline behind one reference, nil when all are empty:
    /// most results (passes) have none, and a batch keeps every station's results until the
    /// roll-up, so a result stays a few words wide.
    private var details: ResultDetails?
    public var weight: Double
    /// Whether the rule is a requirement (应): only requirements count in the score.
    public var requirement: Bool = true
    /// `check --baseline`: whether this fail was already in the baseline (已知) or is new;
    /// nil without a baseline, and for every result that is not a fail.
    public var baseline: BaselineMark?

    public init(rule: String, clause: String, status: Status, severity: Severity?, said: [Message], advice: Localized?,
                locations: [Location], noted: [Message] = [], attestation: String? = nil, waiver: Waiver? = nil, weight: Double) {
        self.rule = rule
        self.clause = clause
        self.status = status
        self.severity = severity
        self.said = said
        self.advice = advice
        self.details = ResultDetails.make(locations, noted, [], attestation, waiver, nil)
        self.weight = weight
    }
}

/// The rarely filled parts of a `RuleResult`, immutable and shared between copies.
final class ResultDetails: Sendable {
    let locations: [Location]
    let noted: [Message]
    let notes: [String]
    let attestation: String?
    let waiver: Waiver?
    let deadline: Day?

    private init(_ locations: [Location], _ noted: [Message], _ notes: [String], _ attestation: String?, _ waiver: Waiver?, _ deadline: Day?) {
        self.locations = locations
        self.noted = noted
        self.notes = notes
        self.attestation = attestation
        self.waiver = waiver
        self.deadline = deadline
    }

    /// The details, or nil when there are none.
    static func make(_ locations: [Location], _ noted: [Message], _ notes: [String], _ attestation: String?, _ waiver: Waiver?, _ deadline: Day?) -> ResultDetails? {
        locations.isEmpty && noted.isEmpty && notes.isEmpty && attestation == nil && waiver == nil && deadline == nil
            ? nil : ResultDetails(locations, noted, notes, attestation, waiver, deadline)
    }
}

extension RuleResult {
    /// A result whose words are given as text, the same in both languages (a test's, or a
    /// tool's that has no findings to give).
    public init(rule: String, clause: String, status: Status, severity: Severity?, message: String, remedy: String,
                locations: [Location], notes: [String] = [], attestation: String? = nil, waiver: Waiver? = nil, weight: Double) {
        self.init(rule: rule, clause: clause, status: status, severity: severity,
                  said: [.pack(Localized(zh: message, en: message))], advice: remedy.isEmpty ? nil : Localized(zh: remedy, en: remedy),
                  locations: locations, noted: notes.map { .pack(Localized(zh: $0, en: $0)) }, attestation: attestation,
                  waiver: waiver, weight: weight)
    }
}
