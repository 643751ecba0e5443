/// `valid: PATH` — the field is declared and every value reads as its type (a phone number
/// that is one, a vocabulary value in its list).
struct ValidCheck: FieldCheck {
    static let name = "valid"
    static let itemInvalid = MessageTemplate("valid.item_invalid",
        zh: "{field}中“{value}”无效：{problem}", en: "{field}: '{value}' is invalid: {problem}")
    static let describing = MessageTemplate("valid.describe", zh: "{field}已填写且有效", en: "{field} is declared and valid")
    static let messages = [itemInvalid, describing]
    let path: String
    let message: Localized?

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, _)):
            guard case .list(let items) = value else { return .pass() }
            let bad = items.compactMap { item -> Finding? in
                guard case .invalid(let raw, let problem) = item.value else { return nil }
                return Finding(Self.itemInvalid, ["field": .field(path), "value": .text(raw), "problem": .text(problem.text)],
                               [c.station.location(item.mark)])
            }
            return bad.isEmpty ? .pass() : .fail(bad)
        }
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path)]) }
}
