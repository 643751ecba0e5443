/// The `$defs` of one schema: each value type written once, referred to by every field of that
/// type, listed by name.
struct JSONSchemaDefinitions {
    let vocabularies: [String: Vocabulary]
    private(set) var entries: [String: JSON] = [:]

    init(vocabularies: [String: Vocabulary]) { self.vocabularies = vocabularies }

    /// The key under which the pack's levels stand among the vocabularies (not a name a pack's
    /// vocabulary can have: it has a space).
    static let levels = "level "

    var json: JSON { .object(entries.keys.sorted().map { ($0, entries[$0] ?? .null) }) }

    mutating func add(_ name: String, _ value: JSON) { entries[name] = value }

    /// `{"$ref": "#/$defs/date"}`, the definition written the first time.
    mutating func reference(_ type: FieldType) -> JSON {
        let name = Self.name(type)
        if entries[name] == nil {
            entries[name] = .null
            entries[name] = make(type)
        }
        return Self.ref(name)
    }

    /// A text that is empty once trimmed: a ledger cell left blank, which is no value.
    mutating func blank() -> JSON {
        if entries["blank"] == nil {
            entries["blank"] = .object([("type", .string("string")), ("pattern", .string(JSONSchemaPatterns.blank))])
        }
        return Self.ref("blank")
    }

    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/$defs/" + name))]) }

    static func name(_ type: FieldType) -> String {
        switch type {
        case .text, .file, .mapping, .attestations, .records: return "text"
        case .integer, .decimal, .boolean, .date, .phone, .idNumber, .divisionCode: return type.name
        case .level: return "vocabulary.level"
        case .vocabulary(let v): return "vocabulary." + v
        case .list(let inner): return "list." + name(inner)
        }
    }

    /// Any scalar: text reads whatever is written, and YAML 1.2 may make it a number or a boolean.
    static let anyScalar = JSON.object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])

    mutating func make(_ type: FieldType) -> JSON {
        if case .list(let inner) = type {
            let items = JSON.object([("anyOf", .array([.object([("type", .string("null"))]), reference(inner)]))])
            var alternatives: [JSON] = [.object([("type", .string("array")), ("items", items)])]
            if let part = core(inner, inList: true) {
                alternatives.append(text(JSONSchemaPatterns.list(of: part), message(type)))
                alternatives += others(inner)
            } else {
                alternatives.append(Self.anyScalar)
            }
            return .object([("anyOf", .array(alternatives))])
        }
        guard let pattern = core(type, inList: false) else { return Self.anyScalar }
        var alternatives: [JSON] = []
        if let spellings = spellings(type) {
            alternatives.append(.object([("type", .string("string")), ("enum", .array(spellings.map { .string($0) }))]))
        }
        alternatives.append(text(JSONSchemaPatterns.whole(pattern), message(type)))
        alternatives += others(type)
        return alternatives.count == 1 ? alternatives[0] : .object([("anyOf", .array(alternatives))])
    }

    func text(_ pattern: String, _ message: String) -> JSON {
        .object([("type", .string("string")), ("pattern", .string(pattern)), ("patternErrorMessage", .string(message))])
    }

    /// The pattern a type's text must match (without anchors), or nil when any text will do.
    func core(_ type: FieldType, inList: Bool) -> String? {
        switch type {
        case .text, .file, .mapping, .attestations, .records: return nil
        case .integer: return JSONSchemaPatterns.integer
        case .decimal: return JSONSchemaPatterns.decimal
        case .boolean: return JSONSchemaPatterns.boolean
        case .date: return JSONSchemaPatterns.date
        case .phone: return JSONSchemaPatterns.phone
        case .idNumber: return JSONSchemaPatterns.idNumber
        case .divisionCode: return JSONSchemaPatterns.divisionCode
        case .level: return vocabularies[Self.levels].map { JSONSchemaPatterns.vocabulary($0, inList: inList) }
        case .vocabulary(let v): return vocabularies[v].map { JSONSchemaPatterns.vocabulary($0, inList: inList) }
        case .list(let inner): return core(inner, inList: true)
        }
    }

    /// What else than text a YAML 1.2 loader gives for a plain scalar stationlint reads as valid
    /// (its characters, not the number, are what stationlint reads): `true` for a boolean, a
    /// number for a decimal, 8 digits for a date, a mobile number or a landline whose leading 0
    /// the loader dropped, 18 digits for an ID number, 12 for a division code.
    func others(_ type: FieldType) -> [JSON] {
        switch type {
        case .boolean: return [.object([("type", .string("boolean"))])]
        case .decimal: return [.object([("type", .string("number"))])]
        case .integer: return [Self.integers(-99_999_999_999_999_999, 999_999_999_999_999_999)]
        case .date: return [Self.integers(1900_01_01, 2999_12_31)]
        case .phone: return [Self.integers(100_000_000, 9_999_999_999), Self.integers(13_000_000_000, 99_999_999_999),
                             Self.integers(8_613_000_000_000, 8_619_999_999_999)]
        case .idNumber: return [Self.integers(100_000_000_000_000_000, 999_999_999_999_999_999)]
        case .divisionCode: return [Self.integers(100_000_000_000, 999_999_999_999)]
        case .list(let inner): return others(inner)
        default: return []
        }
    }

    static func integers(_ low: Int, _ high: Int) -> JSON {
        .object([("type", .string("integer")), ("minimum", .int(low)), ("maximum", .int(high))])
    }

    /// A vocabulary's spellings as written in the pack, for completion: each value, its Chinese
    /// name and its aliases.
    func spellings(_ type: FieldType) -> [String]? {
        let name: String
        switch type {
        case .level: name = Self.levels
        case .vocabulary(let v): name = v
        default: return nil
        }
        guard let vocabulary = vocabularies[name] else { return nil }
        var out: [String] = []
        for e in vocabulary.entries {
            for s in [e.value] + (e.zh.map { [$0] } ?? []) + e.aliases where !out.contains(s) { out.append(s) }
        }
        return out
    }

    /// The message an editor shows when the text does not match (`patternErrorMessage`, which
    /// VS Code's JSON support and the YAML language server read; other validators ignore it).
    func message(_ type: FieldType) -> String {
        switch type {
        case .level, .vocabulary, .list(.vocabulary), .list(.level):
            let name: String
            switch type {
            case .vocabulary(let v), .list(.vocabulary(let v)): name = v
            default: name = Self.levels
            }
            let values = vocabularies[name]?.entries.map { $0.zh ?? $0.value } ?? []
            return "不在可选值中（\(values.joined(separator: "、"))） / not one of: \(values.joined(separator: ", "))"
        default:
            return "应为" + type.expectation(.zh) + " / expected " + type.expectation(.en)
        }
    }
}
