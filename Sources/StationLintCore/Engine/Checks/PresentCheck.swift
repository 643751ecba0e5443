/// `present: PATH` — the field is declared with a non-empty value (a mapping: with any field).
struct PresentCheck: FieldCheck {
    static let name = "present"
    static let describing = MessageTemplate("present.describe", zh: "已填写{field}", en: "{field} is declared")
    static let messages = [describing]
    let path: String
    let message: Localized?

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path)]
        if c.schema.field(path)?.type == .mapping {
            if c.station.isBroken(path) { return c.unusable(path, .broken)! }
            let declared = c.station.fields.keys.contains { $0.hasPrefix(path + ".") }
            return declared ? .pass() : .fail(.override(message, else: Message(CommonMessages.fieldAbsent, args), args), [c.location(path)])
        }
        switch c.require(path) {
        case .success: return .pass()
        case .failure(let box):
            guard box.outcome.verdict == .fail, let message else { return box.outcome }
            return .fail(.pack(message, args), box.outcome.findings.flatMap(\.locations))
        }
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path)]) }
}
