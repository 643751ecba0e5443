/// `ratio: NUMERATOR`, `of: DENOMINATOR`, `min: 0.9` — a share is high enough; the percentage
/// is reported either way.
struct RatioCheck: Check {
    static let name = "ratio"
    static let options = ["of", "min"]
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
            return .fail(c.lang.pick("\(c.label(denominator))应大于 0", "\(c.label(denominator)) must be more than 0"), [c.location(denominator)])
        }
        let percent = formatOneDecimal(n / d * 100) + "%"
        let required = formatOneDecimal(minimum * 100).replacing(".0", with: "") + "%"
        let values = ["percent": percent, "min": required, "numerator": num.display(c.lang), "denominator": den.display(c.lang)]
        let summary = c.lang.pick("\(c.label(numerator)) \(num.display(c.lang)) 人 / \(c.label(denominator)) \(den.display(c.lang)) 名，到位率 \(percent)",
                                  "\(c.label(numerator)) \(num.display(c.lang)) / \(c.label(denominator)) \(den.display(c.lang)): \(percent)")
        if n / d + 1e-9 >= minimum { return .pass([Finding(summary)]) }
        return .fail(c.fill(message, default: summary + c.lang.pick("，低于 \(required)", ", below \(required)"), values),
                     [c.station.location(field.mark)])
    }

    func describe(_ lang: Language) -> String {
        lang.pick("\(numerator) / \(denominator) 不低于 \(formatOneDecimal(minimum * 100))%", "\(numerator) / \(denominator) ≥ \(formatOneDecimal(minimum * 100))%")
    }
}
