/// `equals: PATH`, `value: X` — the field equals a value: numerically for numbers, as text
/// otherwise; `fold_punctuation: true` ignores full-/half-width punctuation and spaces.
struct EqualsCheck: Check {
    static let name = "equals"
    static let options = ["value", "fold_punctuation"]
    static let differs = MessageTemplate("equals.differs",
        zh: "{field}为“{value}”，应为“{expected}”", en: "{field} is '{value}', expected '{expected}'")
    static let describing = MessageTemplate("equals.describe", zh: "{field}为“{expected}”", en: "{field} is '{expected}'")
    static let messages = [differs, describing]
    let path: String
    let expected: String
    let fold: Bool
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        expected = try a.fields.text("value")
        fold = try a.flag("fold_punctuation")
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, field)):
            let equal: Bool
            if let n = value.number, let e = ValueReaders.decimal(expected) {
                equal = n == e
            } else if fold {
                equal = TextNormalizer.widthFolded(value.comparedText) == TextNormalizer.widthFolded(expected)
            } else {
                equal = value.comparedText.trimmingSpaces() == expected
            }
            if equal { return .pass() }
            let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path), "value": value.argument, "expected": .text(expected)]
            return .fail(.override(message, else: Message(Self.differs, args), args), [c.station.location(field.mark)])
        }
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path), "expected": .text(expected)]) }
}
