/// `is_true: PATH` — a yes/no field says yes (true/是).
struct IsTrueCheck: Check {
    static let name = "is_true"
    static let options: [String] = []
    static let isFalse = MessageTemplate("is_true.false", zh: "{field}为“否”", en: "{field} is false")
    static let describing = MessageTemplate("is_true.describe", zh: "{field}为“是”", en: "{field} is true")
    static let messages = [isFalse, describing]
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
            let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path)]
            return .fail(.override(message, else: Message(Self.isFalse, args), args), [c.station.location(field.mark)])
        }
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path)]) }
}
