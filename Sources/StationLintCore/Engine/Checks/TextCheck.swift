/// `text: PATH` with one of `contains: X`, `ends_with: X`, `contains_field: PATH2`,
/// `equals_field: PATH2` — how a text field relates to a fixed text or to another field.
struct TextCheck: Check {
    static let name = "text"
    static let options = ["contains", "ends_with", "contains_field", "equals_field"]

    enum Relation { case contains(String), endsWith(String), containsField(String), equalsField(String) }

    let path: String
    let relation: Relation
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        message = a.message
        let given = Self.options.filter { a.fields.has($0) }
        guard given.count == 1 else { throw a.error("text 需要且只能有 contains、ends_with、contains_field、equals_field 之一", "text needs exactly one of contains, ends_with, contains_field, equals_field") }
        switch given[0] {
        case "contains": relation = .contains(try a.fields.text("contains"))
        case "ends_with": relation = .endsWith(try a.fields.text("ends_with"))
        case "contains_field": relation = .containsField(try a.fieldPath("contains_field"))
        default: relation = .equalsField(try a.fieldPath("equals_field"))
        }
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let value: Value
        let field: DeclaredField
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let v): (value, field) = v
        }
        let text = TextNormalizer.widthFolded(value.display(c.lang))
        let shown = value.display(c.lang)
        let l = c.lang
        let label = c.label(path)
        var other = ""
        let ok: Bool
        let fallback: String
        switch relation {
        case .contains(let t):
            ok = text.contains(TextNormalizer.widthFolded(t))
            fallback = l.pick("\(label)“\(shown)”中没有“\(t)”", "\(label) '\(shown)' does not contain '\(t)'")
        case .endsWith(let t):
            ok = text.hasSuffix(TextNormalizer.widthFolded(t))
            fallback = l.pick("\(label)“\(shown)”不是以“\(t)”结尾", "\(label) '\(shown)' does not end with '\(t)'")
        case .containsField(let p), .equalsField(let p):
            switch c.require(p) {
            case .failure(let box): return box.outcome
            case .success(let (o, _)): other = o.display(c.lang)
            }
            if case .containsField = relation {
                ok = text.contains(TextNormalizer.widthFolded(other))
                fallback = l.pick("\(label)“\(shown)”中没有\(c.label(p))“\(other)”", "\(label) '\(shown)' does not contain \(c.label(p)) '\(other)'")
            } else {
                ok = text == TextNormalizer.widthFolded(other)
                fallback = l.pick("\(label)“\(shown)”与\(c.label(p))“\(other)”不一致", "\(label) '\(shown)' differs from \(c.label(p)) '\(other)'")
            }
        }
        if ok { return .pass() }
        return .fail(c.fill(message, default: fallback, ["label": label, "value": shown, "other": other]), [c.station.location(field.mark)])
    }

    func describe(_ lang: Language) -> String {
        switch relation {
        case .contains(let t): return lang.pick("\(path) 含“\(t)”", "\(path) contains '\(t)'")
        case .endsWith(let t): return lang.pick("\(path) 以“\(t)”结尾", "\(path) ends with '\(t)'")
        case .containsField(let p): return lang.pick("\(path) 含 \(p) 的值", "\(path) contains the value of \(p)")
        case .equalsField(let p): return lang.pick("\(path) 与 \(p) 一致", "\(path) equals \(p)")
        }
    }
}
