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

    public init(station: [FieldSpec], ledgerHeader: [FieldSpec], ledgers: [LedgerSpec], vocabularies: [String: Vocabulary],
                ignoredColumns: [String] = []) {
        self.station = station
        self.ledgerHeader = ledgerHeader
        self.ledgers = ledgers
        self.vocabularies = vocabularies
        self.ignoredColumns = ignoredColumns
    }

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
        let top = try Fields(schema, schema.document.root, allowed: ["station", "ledger_header", "ledgers", "ignored_columns"])
        let station = try fieldList(schema, try top.node("station"), vocabs)
        let header = try fieldList(schema, try top.node("ledger_header"), vocabs)
        var ledgers: [LedgerSpec] = []
        for item in try schema.list(try top.node("ledgers")) {
            let f = try Fields(schema, item, allowed: ["key", "zh", "persons", "required", "fields"])
            let fields = try fieldList(schema, try f.node("fields"), vocabs)
            let required = try schema.texts(try f.node("required"))
            for r in required where !fields.contains(where: { $0.key == r }) {
                throw schema.error(try f.node("required"), "必填字段“\(r)”不在字段表中", "required field '\(r)' is not among the fields")
            }
            ledgers.append(LedgerSpec(
                key: try f.text("key"), zh: try f.text("zh"),
                persons: try f.optional("persons").map { n throws(RulePackError) in try schema.bool(n) } ?? false,
                required: required, fields: fields))
        }
        let ignored = try top.optional("ignored_columns").map { n throws(RulePackError) in try schema.texts(n) } ?? []
        return Schema(station: station, ledgerHeader: header, ledgers: ledgers, vocabularies: vocabs, ignoredColumns: ignored)
    }

    private static func fieldList(_ r: NodeReader, _ node: Node, _ vocabs: [String: Vocabulary]) throws(RulePackError) -> [FieldSpec] {
        var out: [FieldSpec] = []
        for item in try r.list(node) {
            let f = try Fields(r, item, allowed: ["key", "zh", "type", "fields", "personal"])
            let typeName = try f.text("type")
            guard let type = FieldType(name: typeName) else {
                throw r.error(try f.node("type"), "未知的字段类型“\(typeName)”", "unknown field type '\(typeName)'")
            }
            if case .vocabulary(let v) = type.element, vocabs[v] == nil {
                throw r.error(try f.node("type"), "未定义的词表“\(v)”", "undefined vocabulary '\(v)'")
            }
            let children = try f.optional("fields").map { n throws(RulePackError) in try fieldList(r, n, vocabs) } ?? []
            out.append(FieldSpec(key: try f.text("key"), zh: try f.text("zh"), type: type, fields: children,
                                 personalName: try f.optionalText("personal") == "name"))
        }
        return out
    }
}

extension FieldType {
    /// The type of one item: itself, or a list's element type.
    public var element: FieldType {
        if case .list(let inner) = self { return inner }
        return self
    }
}
