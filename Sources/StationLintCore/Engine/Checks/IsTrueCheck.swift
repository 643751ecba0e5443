/// `is_true: PATH` — a yes/no field says yes (true/是).
struct IsTrueCheck: Check {
    static let name = "is_true"
    static let options: [String] = []
    let path: String
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        guard a.schema.field(path)?.type == .boolean else { throw a.error("is_true 只能用于是/否字段", "is_true needs a boolean field") }
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, field)):
            if value.bool == true { return .pass() }
            return .fail(c.fill(message, default: c.lang.pick("\(c.label(path))为“否”", "\(c.label(path)) is false"), ["label": c.label(path)]),
                         [c.station.location(field.mark)])
        }
    }

    func describe(_ lang: Language) -> String { lang.pick("\(path) 为“是”", "\(path) is true") }
}
