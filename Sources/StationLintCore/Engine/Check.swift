/// A check primitive: written once in Swift, parameterised by the pack. One file per primitive,
/// listed in `CheckRegistry`.
public protocol Check: Sendable {
    /// The key that names the primitive in the pack (`contains_all`).
    static var name: String { get }
    /// The option keys the primitive accepts besides its own name.
    static var options: [String] { get }
    /// The message templates the primitive's findings use (gathered by `MessageCatalog`).
    static var messages: [MessageTemplate] { get }
    init(_ arguments: CheckArguments) throws(RulePackError)
    func evaluate(_ context: CheckContext) -> CheckOutcome
    /// What the check verifies (for `explain` and the gap report), as a message.
    func describe() -> Message

    // Capabilities: what a check needs and covers besides the station it evaluates, declared by
    // its type (as SwiftLint's `CollectingRule` does), never found by downcasting. A check that
    // holds checks (`any_of`, `children` with its fallback) forwards the union of its parts'.
    // The defaults (below) are "none"; a check overrides only what it has.

    /// The results of other stations it reads (a county's `children` check: its townships'
    /// results of some rules). A batch checks those stations first and hands their results over.
    var relatedNeeds: [RelatedNeed] { get }
    /// The ledger kinds whose completeness and validity it judges (`ledger: KIND`); the problems
    /// of a ledger no applicable check judges become warnings (`UnjudgedLedgers`).
    var judgedLedgers: Set<String> { get }
    /// The names of the pack parameters it reads at evaluation (`within: recent_activity_days`),
    /// for `explain` and for `verify-pack`'s "every parameter is used".
    var parametersRead: Set<String> { get }
}

extension Check {
    public var relatedNeeds: [RelatedNeed] { [] }
    public var judgedLedgers: Set<String> { [] }
    public var parametersRead: Set<String> { [] }
}

/// What a check reads of other stations: the results of `rules` at the stations of `level`
/// under the checked station (by division code).
public struct RelatedNeed: Sendable, Hashable {
    public let level: String
    public let rules: [String]

    public init(level: String, rules: [String]) {
        self.level = level
        self.rules = rules
    }

    /// The stations of this need's level under the checked station whose results the run holds;
    /// nil when there are none to judge by — the station is checked alone, has no division code,
    /// or no such station was in the batch (a `children` check then falls back to the station's
    /// own records).
    public func stations(for station: Station, in related: RelatedResults) -> [RelatedResults.Entry]? {
        guard related.isBatch, let code = station.divisionCode else { return nil }
        let found = related.entries.filter { $0.level == level && $0.code.isUnder(code) }
        return found.isEmpty ? nil : found
    }
}

/// The outcome of one check on one station.
public struct CheckOutcome: Sendable {
    /// `manual`: the check cannot decide from the files (evidence that cannot be had); the
    /// rule is 需人工核验 with the reason unless another check fails or cannot be read.
    public enum Verdict: Sendable { case pass, fail, error, manual }

    public var verdict: Verdict
    /// Why it failed or could not be read; or, on a pass, facts worth reporting.
    public var findings: [Finding]

    public static func pass(_ findings: [Finding] = []) -> CheckOutcome { CheckOutcome(verdict: .pass, findings: findings) }
    public static func fail(_ findings: [Finding]) -> CheckOutcome { CheckOutcome(verdict: .fail, findings: findings) }
    public static func fail(_ message: Message, _ locations: [Location] = []) -> CheckOutcome { .fail([Finding(message, locations)]) }
    public static func fail(_ template: MessageTemplate, _ args: [String: MessageArgument] = [:], _ locations: [Location] = []) -> CheckOutcome {
        .fail([Finding(template, args, locations)])
    }
    public static func manual(_ message: Message, _ locations: [Location] = []) -> CheckOutcome {
        CheckOutcome(verdict: .manual, findings: [Finding(message, locations)])
    }
    public static func error(_ message: Message, _ locations: [Location] = []) -> CheckOutcome {
        CheckOutcome(verdict: .error, findings: [Finding(message, locations)])
    }
    public static func error(_ template: MessageTemplate, _ args: [String: MessageArgument] = [:], _ locations: [Location] = []) -> CheckOutcome {
        .error(Message(template, args), locations)
    }
}

/// A check's arguments in the pack: its main value, named options, the message override, and
/// what it needs to validate names (the schema and the parameters).
public struct CheckArguments {
    public let reader: NodeReader
    public let fields: Fields
    public let main: Node
    public let schema: Schema
    public let parameters: [String: Parameter]
    public let message: Localized?

    public var location: Location { reader.location(main) }

    public func error(_ zh: String, _ en: String) -> RulePackError { reader.error(main, zh, en) }

    /// A declaration path that must exist in the schema.
    public func fieldPath(_ node: Node) throws(RulePackError) -> String {
        let path = try reader.text(node)
        guard schema.field(path) != nil else {
            throw reader.error(node, "字段“\(path)”不在站点声明的字段表中", "field '\(path)' is not in the station schema")
        }
        return path
    }

    public func fieldPath(_ key: String) throws(RulePackError) -> String { try fieldPath(try fields.node(key)) }

    /// A ledger kind that must exist in the schema.
    public func ledger(_ node: Node) throws(RulePackError) -> LedgerSpec {
        let name = try reader.text(node)
        guard let spec = schema.ledger(name) else {
            let hint = DidYouMean.hint(for: name, among: schema.ledgers.map(\.key)).zh
            throw reader.error(node, "未知的台账“\(name)”\(hint)", "unknown ledger '\(name)'")
        }
        return spec
    }

    /// A field of a ledger kind.
    public func ledgerField(_ spec: LedgerSpec, _ node: Node) throws(RulePackError) -> LedgerField {
        let name = try reader.text(node)
        guard let i = spec.index(of: name) else {
            throw reader.error(node, "台账“\(spec.key)”没有字段“\(name)”", "ledger '\(spec.key)' has no field '\(name)'")
        }
        return LedgerField(key: name, index: i)
    }

    /// The field of `spec` that has `role`, or a pack error at the check saying the ledger lacks it.
    public func role(_ role: FieldRole, in spec: LedgerSpec) throws(RulePackError) -> LedgerField {
        guard let i = spec.index(of: role) else {
            throw error("台账“\(spec.key)”没有角色为 \(role.rawValue)（\(role.name(.zh))）的字段，本检查需要它",
                        "ledger '\(spec.key)' has no field with the role \(role.rawValue) (\(role.name(.en))), which this check needs")
        }
        return LedgerField(key: spec.fields[i].key, index: i)
    }

    /// The ledger an option names, or else the one ledger whose fields have every role in
    /// `roles`; a pack error when none or several do.
    public func ledger(_ key: String, having roles: [FieldRole]) throws(RulePackError) -> LedgerSpec {
        if let named = try optionalLedger(key) {
            for r in roles { _ = try role(r, in: named) }
            return named
        }
        let candidates = schema.ledgers.filter { spec in roles.allSatisfy { spec.index(of: $0) != nil } }
        let names = roles.map(\.rawValue).joined(separator: ", ")
        guard candidates.count == 1 else {
            throw error(candidates.isEmpty ? "没有台账的字段具有角色 \(names)；请用 \(key): 指明台账"
                                           : "多个台账（\(candidates.map(\.key).joined(separator: "、"))）的字段具有角色 \(names)；请用 \(key): 指明台账",
                        candidates.isEmpty ? "no ledger has fields with the roles \(names); name one with \(key):"
                                           : "several ledgers (\(candidates.map(\.key).joined(separator: ", "))) have fields with the roles \(names); name one with \(key):")
        }
        return candidates[0]
    }

    /// A yes/no option, false when absent.
    public func flag(_ key: String) throws(RulePackError) -> Bool {
        guard let n = fields.optional(key) else { return false }
        return try reader.bool(n)
    }

    /// A ledger named by an option, when given.
    public func optionalLedger(_ key: String) throws(RulePackError) -> LedgerSpec? {
        guard let n = fields.optional(key) else { return nil }
        return try ledger(n)
    }

    /// A localized text option (`{zh: …, en: …}`), when given.
    public func optionalLocalized(_ key: String) throws(RulePackError) -> Localized? {
        guard let n = fields.optional(key) else { return nil }
        return try reader.localized(n)
    }

    /// A named parameter of the pack (its value is looked up at evaluation).
    public func parameter(_ node: Node) throws(RulePackError) -> String {
        let name = try reader.text(node)
        guard parameters[name] != nil else {
            throw reader.error(node, "未定义的参数“\(name)”", "undefined parameter '\(name)'")
        }
        return name
    }

    public func optionalParameter(_ key: String) throws(RulePackError) -> String? {
        guard let n = fields.optional(key) else { return nil }
        return try parameter(n)
    }

    /// Values that must belong to a vocabulary.
    public func vocabularyValues(_ node: Node, vocabulary: String) throws(RulePackError) -> [String] {
        let values = try reader.texts(node)
        guard let vocab = schema.vocabularies[vocabulary] else { return values }
        var out: [String] = []
        for v in values {
            guard let c = vocab.canonical(v) else {
                throw reader.error(node, "“\(v)”不在词表 \(vocabulary) 中", "'\(v)' is not in the vocabulary \(vocabulary)")
            }
            out.append(c)
        }
        return out
    }
}

/// A named interpretation the clause text leaves open, with its default and why.
public struct Parameter: Sendable {
    public let name: String
    public let value: Int
    public let note: Localized
    /// Where the pack declares it (its name) and its note, for `verify-pack`; nil when made in code.
    public var location: Location? = nil
    public var noteLocation: Location? = nil

    /// What a parameter (a number of days) may be, in the pack or by `--param`: a century at
    /// most, so that no date arithmetic on it can overflow.
    public static let allowedDays = 0...36_500
}
