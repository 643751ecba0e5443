/// "None" written as a word (CLAUSES.md decisions): in a text field that records a fact, the
/// words and marks the pack lists in the vocabulary `none_words` (无、没有、暂无、…、`-`、`/`)
/// mean nothing was recorded, the same as an empty cell. The fields it applies to are the
/// pack's vocabulary `none_fields` (values `ledger.field`). No word or field is named here.
struct NoneWords: Sendable {
    let words: Vocabulary?
    /// The fields of the ledger kind that `none_fields` names, resolved when the pack is loaded.
    let fields: [LedgerField]

    init(_ schema: Schema, _ kind: String) {
        words = schema.vocabularies["none_words"]
        let prefix = kind + "."
        let names = (schema.vocabularies["none_fields"]?.values ?? []).filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        let spec = schema.ledger(kind)
        fields = names.compactMap { name in spec?.index(of: name).map { LedgerField(key: name, index: $0) } }
    }

    /// Whether the value records nothing: absent, empty text, an empty list, or — in a field
    /// the pack names — a word of `none_words`.
    func isNothing(_ value: Value?, _ field: LedgerField) -> Bool {
        switch value {
        case nil: return true
        case .text(let t)?: return t.isEmpty || saysNone(t, field)
        case .list(let items)?: return items.isEmpty
        case .invalid(let raw, _)?: return saysNone(raw, field)  // 无 in a date field the pack names (上报时间: 无)
        default: return false
        }
    }

    /// In a field the pack names: only marks, or a word of `none_words`.
    func saysNone(_ text: String, _ field: LedgerField) -> Bool {
        fields.contains(field) && (TextNormalizer.key(text).isEmpty || words?.canonical(text) != nil)
    }

    /// `where:` — true booleans, and anything that records something.
    func filled(_ value: Value?, _ field: LedgerField) -> Bool {
        if case .boolean(let b)? = value { return b }
        return !isNothing(value, field)
    }
}
