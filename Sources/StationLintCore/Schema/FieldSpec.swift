/// One field of `station.yaml` or of a ledger: its English and Chinese names, its type, and for
/// a mapping its own fields.
public struct FieldSpec: Sendable {
    public let key: String
    public let zh: String
    public let type: FieldType
    public let fields: [FieldSpec]
    /// Whether the value names a person (masked in reports).
    public let personalName: Bool
    /// What the field means to the checks (a ledger field's role), if anything.
    public let role: FieldRole?

    public init(key: String, zh: String, type: FieldType, fields: [FieldSpec] = [], personalName: Bool = false, role: FieldRole? = nil) {
        self.role = role
        self.key = key
        self.zh = zh
        self.type = type
        self.fields = fields
        self.personalName = personalName
    }

    /// The name in a language: the Chinese name, or the English key.
    public func name(_ lang: Language) -> String { lang == .zh ? zh : key }

    /// The spec a written key names (English or Chinese), among `fields`.
    public static func find(_ written: String, in fields: [FieldSpec]) -> FieldSpec? {
        fields.first { $0.key == written || $0.zh == written }
    }
}

/// One kind of ledger (台账): its names, fields, and the fields every record must have.
public struct LedgerSpec: Sendable {
    public let key: String
    public let zh: String
    /// One record per person: an ID number appears at most once.
    public let persons: Bool
    public let required: [String]
    public let fields: [FieldSpec]
    /// How the pack names a ledger in messages, `{name}` standing for its name (`{name}台账`).
    public let noun: Localized

    /// The ledger as messages name it: `建档立卡台账`, `the veterans ledger`.
    public func title(_ lang: Language) -> String { noun.text(lang).replacing("{name}", with: name(lang)) }

    public func index(of field: String) -> Int? { fields.firstIndex { $0.key == field } }

    /// The field that has a role in this ledger.
    public func index(of role: FieldRole) -> Int? { fields.firstIndex { $0.role == role } }

    public func field(_ role: FieldRole) -> FieldSpec? { index(of: role).map { fields[$0] } }

    /// The field a heading names, in English or Chinese (a table ledger's header cell).
    public func index(named heading: String) -> Int? { fields.firstIndex { $0.key == heading || $0.zh == heading } }

    public func name(_ lang: Language) -> String { lang == .zh ? zh : key }
}

extension FieldSpec {
    /// The message for one field given under two names (`名称` and `name`).
    static func givenTwice(_ written: String, _ first: String, _ lang: Language) -> String {
        lang.pick("“\(written)”与“\(first)”是同一字段，只能写一次", "'\(written)' and '\(first)' are the same field; give it once")
    }
}
