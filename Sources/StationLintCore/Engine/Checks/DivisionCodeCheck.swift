/// `division_code: PATH` — a 12-digit division code of the pack's province whose form fits the
/// station's level (county `…000000`, township `…000`, village neither).
struct DivisionCodeCheck: Check {
    static let name = "division_code"
    static let options: [String] = []
    let path: String

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, field)):
            let text = value.display(c.lang)
            let loc = [c.station.location(field.mark)]
            guard let code = DivisionCode(text) else {
                return .fail(c.lang.pick("\(c.label(path))“\(text)”应为 12 位数字", "\(c.label(path)) '\(text)' must be 12 digits"), loc)
            }
            if code.province != c.pack.province.codePrefix {
                return .fail(c.lang.pick("\(c.label(path))“\(text)”不是\(c.pack.province.name)的代码（应以 \(c.pack.province.codePrefix) 开头）",
                                         "\(c.label(path)) '\(text)' is not a code of \(c.pack.province.name) (must start with \(c.pack.province.codePrefix))"), loc)
            }
            if code.level != c.level {
                let expected = c.lang.pick(
                    c.level == "county" ? "以 000000 结尾" : (c.level == "township" ? "以 000 结尾但不以 000000 结尾" : "不以 000 结尾"),
                    c.level == "county" ? "ending in 000000" : (c.level == "township" ? "ending in 000 but not 000000" : "not ending in 000"))
                return .fail(c.lang.pick("\(c.label(path))“\(text)”与层级“\(c.pack.levelName(c.level, .zh))”不符（应\(expected)）",
                                         "\(c.label(path)) '\(text)' does not fit the level \(c.level) (expected a code \(expected))"), loc)
            }
            return .pass()
        }
    }

    func describe(_ lang: Language) -> String {
        lang.pick("\(path) 为本省 12 位区划代码，且形式与层级相符", "\(path) is a 12-digit code of the province whose form fits the level")
    }
}
