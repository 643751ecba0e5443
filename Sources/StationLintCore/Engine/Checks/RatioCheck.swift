/// `ratio: NUMERATOR`, `of: DENOMINATOR`, `min: 0.9` — a share is high enough; the share is
/// reported either way. The rule's `message:` words the share in the pack's terms (`{numerator}`
/// and `{denominator}` are the values, `{numerator_field}`, `{denominator_field}` the fields,
/// `{percent}` the share, `{min}` the minimum); a failure adds that it is below the minimum.
struct RatioCheck: Check {
    static let name = "ratio"
    static let options = ["of", "min"]
    static let notPositive = MessageTemplate("ratio.denominator_not_positive", zh: "{field}应大于 0", en: "{field} must be more than 0")
    static let share = MessageTemplate("ratio.share",
        zh: "{numerator_field} {numerator} / {denominator_field} {denominator}，比例 {percent}",
        en: "{numerator_field} {numerator} / {denominator_field} {denominator}: {percent}")
    static let below = MessageTemplate("ratio.below", zh: "{share}，低于 {min}", en: "{share}, below {min}")
    static let describing = MessageTemplate("ratio.describe",
        zh: "{numerator_field} / {denominator_field} 不低于 {min}", en: "{numerator_field} / {denominator_field} is at least {min}")
    static let messages = [notPositive, share, below, describing]
    let numerator: String
    let denominator: String
    let minimum: Double
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        numerator = try a.fieldPath(a.main)
        denominator = try a.fieldPath("of")
        minimum = try a.reader.double(try a.fields.node("min"))
        message = a.message
    }

    /// The minimum as a percentage (`90%`).
    var required: MessageArgument { .text(formatOneDecimal(minimum * 100).replacing(".0", with: "") + "%") }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let num: Value, den: Value, field: DeclaredField
        switch c.require(numerator) {
        case .failure(let box): return box.outcome
        case .success(let v): (num, field) = v
        }
        switch c.require(denominator) {
        case .failure(let box): return box.outcome
        case .success(let v): den = v.0
        }
        guard let n = num.number, let d = den.number, d > 0 else {
            return .fail(Self.notPositive, ["field": .field(denominator)], [c.location(denominator)])
        }
        let args: [String: MessageArgument] = [
            "numerator_field": .field(numerator), "denominator_field": .field(denominator),
            "numerator": num.argument, "denominator": den.argument,
            "percent": .text(formatOneDecimal(n / d * 100) + "%"), "min": required,
        ]
        let summary = Message.override(message, else: Message(Self.share, args), args)
        if n / d + 1e-9 >= minimum { return .pass([Finding(summary)]) }
        return .fail(Self.below, ["share": .message(summary), "min": required], [c.station.location(field.mark)])
    }

    func describe() -> Message {
        Message(Self.describing, ["numerator_field": .field(numerator), "denominator_field": .field(denominator), "min": required])
    }
}
