/// `at_least: PATH`, `min: N` (`exclusive: true` for "more than") — a number is large enough.
struct AtLeastCheck: Check {
    static let name = "at_least"
    static let options = ["min", "exclusive"]
    static let notNumber = MessageTemplate("at_least.not_number", zh: "{field}不是数字", en: "{field} is not a number")
    static let notMore = MessageTemplate("at_least.not_more",
        zh: "{field}为 {value}，应大于 {min}", en: "{field} is {value}, must be more than {min}")
    static let tooFew = MessageTemplate("at_least.too_few", zh: "{field}为 {value}，少于 {min}", en: "{field} is {value}, fewer than {min}")
    static let describingMore = MessageTemplate("at_least.describe_more", zh: "{field}大于 {min}", en: "{field} is more than {min}")
    static let describing = MessageTemplate("at_least.describe", zh: "{field}不少于 {min}", en: "{field} is at least {min}")
    static let messages = [notNumber, notMore, tooFew, describingMore, describing]
    let path: String
    let minimum: Double
    let exclusive: Bool
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        minimum = try a.reader.double(try a.fields.node("min"))
        exclusive = try a.flag("exclusive")
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, field)):
            guard let n = value.number else { return .fail(Self.notNumber, ["field": .field(path)], [c.station.location(field.mark)]) }
            if exclusive ? n > minimum : n >= minimum { return .pass() }
            let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path), "value": value.argument, "min": .decimal(minimum)]
            return .fail(.override(message, else: Message(exclusive ? Self.notMore : Self.tooFew, args), args), [c.station.location(field.mark)])
        }
    }

    func describe() -> Message {
        Message(exclusive ? Self.describingMore : Self.describing, ["field": .field(path), "min": .decimal(minimum)])
    }
}
