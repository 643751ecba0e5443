/// `contains_all: PATH`, `items: [...]` (`suffix: 规范` lets the list's common ending be left
/// off) — a list names every required item; each missing one is named. Punctuation width,
/// spaces and book-title marks do not matter.
struct ContainsAllCheck: Check {
    static let name = "contains_all"
    static let options = ["items", "suffix"]
    static let lacks = MessageTemplate("contains_all.missing", zh: "{field}缺少：{missing}", en: "{field} lacks: {missing}")
    static let describing = MessageTemplate("contains_all.describe", zh: "{field}包含：{items}", en: "{field} includes: {items}")
    static let messages = [lacks, describing]
    let path: String
    let items: [String]
    let suffixes: [String]
    let message: Localized?
    /// Comparison keys (TextNormalizer.key) of the suffixes and of the items with and without
    /// them, made once.
    let suffixKeys: [String]
    let itemKeys: [TextNormalizer.SuffixedKey]

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        items = try a.reader.texts(try a.fields.node("items"))
        suffixes = try a.fields.optional("suffix").map { n throws(RulePackError) in try a.reader.texts(n) } ?? []
        message = a.message
        let suffixKeys = suffixes.map(TextNormalizer.key)
        self.suffixKeys = suffixKeys
        itemKeys = items.map { TextNormalizer.SuffixedKey(TextNormalizer.key($0), suffixKeys) }
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let declared: [String]
        var location = c.location(path)
        switch c.read(path) {
        case .broken: return c.unusable(path, .broken)!
        case .absent: declared = []
        case .invalid(let raw, _, let f): declared = [raw]; location = c.station.location(f.mark)
        case .value(let v, let f): declared = v.items.map(\.comparedText); location = c.station.location(f.mark)
        }
        let declaredKeys = declared.map { TextNormalizer.SuffixedKey(TextNormalizer.key($0), suffixKeys) }
        let missing = zip(items, itemKeys).filter { _, itemKey in
            !declaredKeys.contains { $0.matches(itemKey) }
        }.map(\.0)
        if missing.isEmpty { return .pass() }
        let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path),
                                               "missing": .list(missing.map { .text($0) }), "count": .int(missing.count)]
        return .fail(.override(message, else: Message(Self.lacks, args), args), [location])
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path), "items": .list(items.map { .text($0) })]) }
}
