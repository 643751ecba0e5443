/// The data model a rule pack declares: the fields of `station.yaml`, the ledger kinds and the
/// closed vocabularies. The engine reads stations through it and knows no field by itself.
public struct Schema: Sendable {
    public let station: [FieldSpec]
    public let ledgerHeader: [FieldSpec]
    public let ledgers: [LedgerSpec]
    public let vocabularies: [String: Vocabulary]
    /// Column headings of a table ledger that hold no field and are read over without a word
    /// (序号, 备注: what people add to every sheet), unless the ledger has a field of that name.
    public let ignoredColumns: [String]
    /// The levels of station, highest first.
    public let levels: Levels
    /// Where a declaration gives the station's name, level and division code.
    public let identity: StationIdentity
    /// How a message names a ledger, `{name}` standing for the ledger's name (`{name}台账`).
    public let ledgerNoun: Localized
    /// Each ledger kind compiled for typing records from bytes, in the order of `ledgers`.
    let layouts: [LedgerLayout]

    public init(station: [FieldSpec], ledgerHeader: [FieldSpec], ledgers: [LedgerSpec], vocabularies: [String: Vocabulary],
                ignoredColumns: [String] = [], levels: Levels, identity: StationIdentity, ledgerNoun: Localized) {
        self.ledgerNoun = ledgerNoun
        self.station = station
        self.ledgerHeader = ledgerHeader
        self.ledgers = ledgers
        self.vocabularies = vocabularies
        self.ignoredColumns = ignoredColumns
        self.levels = levels
        self.identity = identity
        layouts = ledgers.map { LedgerLayout($0, vocabularies: vocabularies, levels: levels) }
    }

    /// The compiled layout of a ledger kind of this schema.
    func layout(of spec: LedgerSpec) -> LedgerLayout? {
        ledgers.firstIndex { $0.key == spec.key }.map { layouts[$0] }
    }

    /// The ledger header's "last updated" field.
    public var updatedField: FieldSpec? { ledgerHeader.first { $0.role == .lastUpdated } ?? ledgerHeader.first { $0.type == .date } }
    /// The ledger header's records field.
    public var recordsField: FieldSpec? { ledgerHeader.first { $0.type == .records } }

    /// The spec at a dotted English path (`station.plaque.text`).
    public func field(_ path: String) -> FieldSpec? {
        var fields = station
        var found: FieldSpec?
        for part in path.split(separator: ".") {
            guard let f = fields.first(where: { $0.key == part }) else { return nil }
            found = f
            fields = f.fields
        }
        return found
    }

    public func ledger(_ key: String) -> LedgerSpec? { ledgers.first { $0.key == key } }

    /// A ledger as messages name it, with the pack's noun (`建档立卡台账`, `the veterans ledger`).
    public func ledgerName(_ key: String, _ lang: Language) -> String {
        ledger(key)?.title(lang) ?? ledgerNoun.text(lang).replacing("{name}", with: key)
    }

    /// The ledger kind a file name (without extension) names, in English or Chinese.
    public func ledger(named name: String) -> LedgerSpec? { ledgers.first { $0.key == name || $0.zh == name } }
}

extension Schema {
    /// Reads `schema.yaml` and `vocabularies.yaml` of a pack.
    static func load(schema: NodeReader, vocabularies: NodeReader) throws(RulePackError) -> Schema {
        var vocabs: [String: Vocabulary] = [:]
        for (name, _, list) in try vocabularies.mapping(vocabularies.document.root) {
            var entries: [Vocabulary.Entry] = []
            for item in try vocabularies.list(list) {
                let f = try Fields(vocabularies, item, allowed: ["value", "zh", "aliases"])
                entries.append(Vocabulary.Entry(
                    value: try f.text("value"),
                    zh: try f.optionalText("zh"),
                    aliases: try f.optional("aliases").map { n throws(RulePackError) in try vocabularies.texts(n) } ?? []))
            }
            vocabs[name] = Vocabulary(name: name, entries: entries)
        }
        let top = try Fields(schema, schema.document.root,
                             allowed: ["levels", "identity", "ledger_noun", "station", "ledger_header", "ledgers", "ignored_columns"])
        let levels = try readLevels(schema, try top.node("levels"))
        let station = try fieldList(schema, try top.node("station"), vocabs)
        let header = try fieldList(schema, try top.node("ledger_header"), vocabs)
        let noun = try schema.localized(try top.node("ledger_noun"))
        var ledgers: [LedgerSpec] = []
        for item in try schema.list(try top.node("ledgers")) {
            let f = try Fields(schema, item, allowed: ["key", "zh", "persons", "required", "fields"])
            let fields = try fieldList(schema, try f.node("fields"), vocabs)
            let persons = try f.optional("persons").map { n throws(RulePackError) in try schema.bool(n) } ?? false
            if persons && !fields.contains(where: { $0.role == .personID }) {
                throw schema.error(try f.node("persons"), "每人一条的台账须有一个 role: person_id 的字段", "a ledger of persons needs a field with role: person_id")
            }
            let required = try schema.texts(try f.node("required"))
            for r in required where !fields.contains(where: { $0.key == r }) {
                throw schema.error(try f.node("required"), "必填字段“\(r)”不在字段表中", "required field '\(r)' is not among the fields")
            }
            ledgers.append(LedgerSpec(
                key: try f.text("key"), zh: try f.text("zh"),
                persons: persons, required: required, fields: fields, noun: noun))
        }
        let ignored = try top.optional("ignored_columns").map { n throws(RulePackError) in try schema.texts(n) } ?? []
        let identity = try readIdentity(schema, try top.node("identity"), station)
        return Schema(station: station, ledgerHeader: header, ledgers: ledgers, vocabularies: vocabs, ignoredColumns: ignored,
                      levels: levels, identity: identity, ledgerNoun: noun)
    }

    private static func fieldList(_ r: NodeReader, _ node: Node, _ vocabs: [String: Vocabulary]) throws(RulePackError) -> [FieldSpec] {
        var out: [FieldSpec] = []
        for item in try r.list(node) {
            let f = try Fields(r, item, allowed: ["key", "zh", "type", "fields", "personal", "role"])
            var role: FieldRole?
            if let n = f.optional("role") {
                let name = try r.text(n)
                guard let known = FieldRole(rawValue: name) else {
                    let hint = DidYouMean.hint(for: name, among: FieldRole.allCases.map(\.rawValue)).zh
                    throw r.error(n, "未知的字段角色“\(name)”\(hint)", "unknown field role '\(name)'")
                }
                role = known
            }
            let typeName = try f.text("type")
            guard let type = FieldType(name: typeName) else {
                throw r.error(try f.node("type"), "未知的字段类型“\(typeName)”", "unknown field type '\(typeName)'")
            }
            if case .vocabulary(let v) = type.element, vocabs[v] == nil {
                throw r.error(try f.node("type"), "未定义的词表“\(v)”", "undefined vocabulary '\(v)'")
            }
            let children = try f.optional("fields").map { n throws(RulePackError) in try fieldList(r, n, vocabs) } ?? []
            out.append(FieldSpec(key: try f.text("key"), zh: try f.text("zh"), type: type, fields: children,
                                 personalName: try f.optionalText("personal") == "name", role: role))
        }
        var seen: [FieldRole: String] = [:]
        for field in out {
            guard let role = field.role else { continue }
            if let first = seen[role] {
                throw r.error(node, "字段“\(first)”与“\(field.key)”的角色都是 \(role.rawValue)，每个角色只能给一个字段",
                              "fields '\(first)' and '\(field.key)' both have the role \(role.rawValue); a role belongs to one field")
            }
            seen[role] = field.key
        }
        return out
    }

    /// `levels:` — each level's key, names, spellings, division-code depth and parent.
    private static func readLevels(_ r: NodeReader, _ node: Node) throws(RulePackError) -> Levels {
        var out: [LevelSpec] = []
        for item in try r.list(node) {
            let f = try Fields(r, item, allowed: ["key", "name", "station", "aliases", "code_digits", "parent"])
            let key = try f.text("key")
            if out.contains(where: { $0.key == key }) { throw r.error(item, "层级“\(key)”重复", "level '\(key)' is given twice") }
            let digitsNode = try f.node("code_digits")
            let digits = try r.int(digitsNode)
            guard DivisionCode.layout.contains(digits) else {
                throw r.error(digitsNode, "code_digits 应为 \(DivisionCode.layout.map(String.init).joined(separator: "、")) 之一（统计用区划代码的层次）",
                              "code_digits must be one of \(DivisionCode.layout.map(String.init).joined(separator: ", ")) (the division-code layout)")
            }
            if let other = out.first(where: { $0.codeDigits == digits }) {
                throw r.error(digitsNode, "层级“\(other.key)”已使用 \(digits) 位区划代码", "level '\(other.key)' already has \(digits)-digit codes")
            }
            let parent = try f.optionalText("parent")
            if let p = parent, !out.contains(where: { $0.key == p }) {
                throw r.error(try f.node("parent"), "上级层级“\(p)”未在此前定义", "parent level '\(p)' is not defined above")
            }
            out.append(LevelSpec(key: key, name: try r.localized(try f.node("name")), station: try r.localized(try f.node("station")),
                                 aliases: try f.optional("aliases").map { n throws(RulePackError) in try r.texts(n) } ?? [],
                                 codeDigits: digits, parent: parent))
        }
        guard !out.isEmpty else { throw r.error(node, "至少需要一个层级", "at least one level is needed") }
        return Levels(out)
    }

    /// `identity:` — the declaration paths of the station's name, level and division code.
    private static func readIdentity(_ r: NodeReader, _ node: Node, _ station: [FieldSpec]) throws(RulePackError) -> StationIdentity {
        let f = try Fields(r, node, allowed: ["name", "level", "division_code"])
        func path(_ key: String, _ type: FieldType) throws(RulePackError) -> String {
            let n = try f.node(key)
            let p = try r.text(n)
            var fields = station
            var found: FieldSpec?
            for part in p.split(separator: ".") {
                found = fields.first { $0.key == part }
                fields = found?.fields ?? []
            }
            guard let spec = found else { throw r.error(n, "字段“\(p)”不在站点声明的字段表中", "field '\(p)' is not in the station schema") }
            guard spec.type == type else {
                throw r.error(n, "字段“\(p)”的类型应为 \(type.name)", "field '\(p)' must have the type \(type.name)")
            }
            return p
        }
        return StationIdentity(name: try path("name", .text), level: try path("level", .level),
                               divisionCode: try path("division_code", .divisionCode))
    }
}

extension FieldType {
    /// The type of one item: itself, or a list's element type.
    public var element: FieldType {
        if case .list(let inner) = self { return inner }
        return self
    }
}
