/// `text: PATH` with one of `contains: X`, `ends_with: X`, `contains_field: PATH2`,
/// `equals_field: PATH2` — how a text field relates to a fixed text or to another field.
struct TextCheck: Check {
    static let name = "text"
    static let options = ["contains", "ends_with", "contains_field", "equals_field"]
    static let lacks = MessageTemplate("text.lacks",
        zh: "{field}“{value}”中没有“{text}”", en: "{field} '{value}' does not contain '{text}'")
    static let wrongEnd = MessageTemplate("text.wrong_end",
        zh: "{field}“{value}”不是以“{text}”结尾", en: "{field} '{value}' does not end with '{text}'")
    static let lacksField = MessageTemplate("text.lacks_field",
        zh: "{field}“{value}”中没有{other_field}“{other}”", en: "{field} '{value}' does not contain {other_field} '{other}'")
    static let differs = MessageTemplate("text.differs",
        zh: "{field}“{value}”与{other_field}“{other}”不一致", en: "{field} '{value}' differs from {other_field} '{other}'")
    static let describingContains = MessageTemplate("text.describe_contains", zh: "{field}含“{text}”", en: "{field} contains '{text}'")
    static let describingEnd = MessageTemplate("text.describe_ends_with", zh: "{field}以“{text}”结尾", en: "{field} ends with '{text}'")
    static let describingContainsField = MessageTemplate("text.describe_contains_field",
        zh: "{field}含{other_field}的值", en: "{field} contains the value of {other_field}")
    static let describingEqualsField = MessageTemplate("text.describe_equals_field",
        zh: "{field}与{other_field}一致", en: "{field} equals {other_field}")
    static let messages = [lacks, wrongEnd, lacksField, differs, describingContains, describingEnd, describingContainsField, describingEqualsField]

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
        let text = TextNormalizer.widthFolded(value.comparedText)
        var args: [String: MessageArgument] = ["field": .field(path), "label": .field(path), "value": value.argument, "other": .text("")]
        let ok: Bool
        let fallback: MessageTemplate
        switch relation {
        case .contains(let t):
            ok = text.contains(TextNormalizer.widthFolded(t))
            fallback = Self.lacks
            args["text"] = .text(t)
        case .endsWith(let t):
            ok = text.hasSuffix(TextNormalizer.widthFolded(t))
            fallback = Self.wrongEnd
            args["text"] = .text(t)
        case .containsField(let p), .equalsField(let p):
            let other: Value
            switch c.require(p) {
            case .failure(let box): return box.outcome
            case .success(let (o, _)): other = o
            }
            args["other"] = other.argument
            args["other_field"] = .field(p)
            if case .containsField = relation {
                ok = text.contains(TextNormalizer.widthFolded(other.comparedText))
                fallback = Self.lacksField
            } else {
                ok = text == TextNormalizer.widthFolded(other.comparedText)
                fallback = Self.differs
            }
        }
        if ok { return .pass() }
        return .fail(.override(message, else: Message(fallback, args), args), [c.station.location(field.mark)])
    }

    func describe() -> Message {
        switch relation {
        case .contains(let t): return Message(Self.describingContains, ["field": .field(path), "text": .text(t)])
        case .endsWith(let t): return Message(Self.describingEnd, ["field": .field(path), "text": .text(t)])
        case .containsField(let p): return Message(Self.describingContainsField, ["field": .field(path), "other_field": .field(p)])
        case .equalsField(let p): return Message(Self.describingEqualsField, ["field": .field(path), "other_field": .field(p)])
        }
    }
}
