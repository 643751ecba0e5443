/// `division_code: PATH` — a 12-digit division code of the pack's province whose form fits the
/// station's level: as many significant digits as the level's `code_digits`, zeros after.
struct DivisionCodeCheck: Check {
    static let name = "division_code"
    static let options: [String] = []
    static let notDigits = MessageTemplate("division_code.not_digits",
        zh: "{field}“{value}”应为 12 位数字", en: "{field} '{value}' must be 12 digits")
    static let otherProvince = MessageTemplate("division_code.other_province",
        zh: "{field}“{value}”不是{province}的代码（应以 {prefix} 开头）",
        en: "{field} '{value}' is not a code of {province} (must start with {prefix})")
    static let wrongLevel = MessageTemplate("division_code.wrong_level",
        zh: "{field}“{value}”与层级“{level}”不符：应为 {form}", en: "{field} '{value}' does not fit the level {level} (expected a code {form})")
    /// The form of a level's code that ends in zeros (`6 位有效数字（其后为 0）`).
    static let formZeros = MessageTemplate("division_code.form_zeros",
        zh: "{digits} 位有效数字（其后为 0）", en: "with {digits} significant digits, zeros after")
    /// The form of a level's code that fills all 12 digits (a village's: not ending in 000).
    static let formFull = MessageTemplate("division_code.form_full",
        zh: "{digits} 位有效数字（末 {last} 位不全为 0）", en: "with all {digits} digits significant, the last {last} not all zeros")
    static let describing = MessageTemplate("division_code.describe",
        zh: "{field}为本省 12 位区划代码，且形式与层级相符", en: "{field} is a 12-digit code of the province whose form fits the level")
    static let messages = [notDigits, otherProvince, wrongLevel, formZeros, formFull, describing]
    let path: String

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, field)):
            let text = value.comparedText
            let loc = [c.station.location(field.mark)]
            var args: [String: MessageArgument] = ["field": .field(path), "value": .text(text)]
            guard let code = DivisionCode(text) else { return .fail(Self.notDigits, args, loc) }
            let province = c.pack.province
            if code.province != province.codePrefix {
                args["province"] = .text(province.name)
                args["prefix"] = .text(province.codePrefix)
                return .fail(Self.otherProvince, args, loc)
            }
            guard let spec = c.schema.levels.spec(c.level), code.significantDigits != spec.codeDigits else { return .pass() }
            let digits = spec.codeDigits
            let full = digits >= DivisionCode.layout.last!
            let last = digits - (DivisionCode.layout.last { $0 < digits } ?? 0)
            args["level"] = .level(c.level)
            args["form"] = .message(full ? Message(Self.formFull, ["digits": .int(digits), "last": .int(last)])
                                         : Message(Self.formZeros, ["digits": .int(digits)]))
            return .fail(Self.wrongLevel, args, loc)
        }
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path)]) }
}
