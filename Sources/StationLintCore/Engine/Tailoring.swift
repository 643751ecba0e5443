/// A region's tailoring of the pack (`check --tailoring FILE`), as OpenSCAP tailoring files and
/// InSpec overlays adjust a benchmark: parameters set, rules set aside with a reason and an
/// approver, severities lowered or raised, for the stations whose division code starts with one
/// of `scope` (all stations when it is empty). Waivers stay a station's own exemptions; a
/// tailoring is a region's, approved above the stations, and every report names it.
public struct Tailoring: Sendable, Equatable {
    /// One thing the tailoring changes, as data (the Report layer says it).
    public struct Change: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case parameter, setAside, severity
        }
        public let kind: Kind
        /// A parameter's name, or a rule id.
        public let target: String
        /// The rule's clause; empty for a parameter.
        public let clause: String
        /// The value before (a parameter's days, a severity's name); empty for a set-aside.
        public let from: String
        /// The value after; empty for a set-aside.
        public let to: String
        /// For a set-aside: why, and who approved it.
        public let reason: String
        public let approvedBy: String

        public init(kind: Kind, target: String, clause: String = "", from: String = "", to: String = "", reason: String = "", approvedBy: String = "") {
            self.kind = kind
            self.target = target
            self.clause = clause
            self.from = from
            self.to = to
            self.reason = reason
            self.approvedBy = approvedBy
        }
    }

    /// The file as given on the command line.
    public var file: String
    public let title: String
    public let approvedBy: String
    /// Division-code prefixes of the stations it applies to; empty: every station.
    public let scope: [String]
    /// `sha256:` and the SHA-256 of the file's bytes (`merge` refuses to mix two).
    public let digest: String
    /// In the file's order: parameters, then set-asides, then severities.
    public let changes: [Change]

    public init(file: String, title: String, approvedBy: String, scope: [String], digest: String, changes: [Change]) {
        self.file = file
        self.title = title
        self.approvedBy = approvedBy
        self.scope = scope
        self.digest = digest
        self.changes = changes
    }

    /// Whether a station with this declared division code is tailored.
    public func applies(to divisionCode: String?) -> Bool {
        scope.isEmpty || (divisionCode.flatMap(DivisionCode.init).map { code in scope.contains { code.digits.hasPrefix($0) } } ?? false)
    }

    /// The parameters it sets, by name.
    public var parameters: [String: Int] {
        var out: [String: Int] = [:]
        for c in changes where c.kind == .parameter { out[c.target] = Int(c.to) }
        return out
    }

    /// A copy without the parameters `--param` sets on the command line (which wins).
    public func without(parameters names: Set<String>) -> Tailoring {
        Tailoring(file: file, title: title, approvedBy: approvedBy, scope: scope, digest: digest,
                  changes: changes.filter { $0.kind != .parameter || !names.contains($0.target) })
    }

    /// The rule's set-aside, if the tailoring sets it aside.
    func setAside(_ rule: String) -> Change? { changes.first { $0.kind == .setAside && $0.target == rule } }

    /// The severity it gives the rule, if it changes it.
    func severity(_ rule: String) -> Severity? {
        changes.first { $0.kind == .severity && $0.target == rule }.flatMap { Severity(rawValue: $0.to) }
    }

    /// The result of a rule set aside: 不适用, saying the tailoring, the reason and the approver.
    func setAsideResult(_ rule: Rule, _ change: Change) -> RuleResult {
        var result = RuleResult(rule: rule.id, clause: rule.clause, status: .notApplicable, severity: nil,
                                said: [Message(CommonMessages.setAside, ["title": .text(title), "reason": .freeText(change.reason), "by": .text(change.approvedBy)])],
                                advice: nil, locations: [], weight: rule.weight)
        result.requirement = rule.modality == .requirement
        return result
    }
}
