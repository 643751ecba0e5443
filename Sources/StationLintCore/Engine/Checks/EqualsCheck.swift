/// `equals: PATH`, `value: X` — the field equals a value: numerically for numbers, as text
/// otherwise; `fold_punctuation: true` ignores full-/half-width punctuation and spaces.
struct EqualsCheck: Check {
    static let name = "equals"
    static let options = ["value", "fold_punctuation"]
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
                equal = TextNormalizer.widthFolded(value.display(c.lang)) == TextNormalizer.widthFolded(expected)
            } else {
                equal = value.display(c.lang).trimmingSpaces() == expected
            }
            if equal { return .pass() }
            let shown = value.display(c.lang)
            return .fail(c.fill(message, default: c.lang.pick("\(c.label(path))为“\(shown)”，应为“\(expected)”",
                                                               "\(c.label(path)) is '\(shown)', expected '\(expected)'"),
                                ["label": c.label(path), "value": shown, "expected": expected]),
                         [c.station.location(field.mark)])
        }
    }

    func describe(_ lang: Language) -> String { lang.pick("\(path) 为“\(expected)”", "\(path) equals '\(expected)'") }
}
