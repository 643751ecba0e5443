/// `note: PATH` with `message: {zh: "… {value} …"}` — reports a field's value as information
/// (a permission, 可); never fails.
struct NoteCheck: FieldCheck {
    static let name = "note"
    static let noted = MessageTemplate("note.value", zh: "{field}：{value}", en: "{field}: {value}")
    static let notDeclared = MessageTemplate("note.not_declared", zh: "未填写", en: "not declared")
    static let describing = MessageTemplate("note.describe", zh: "报告{field}（仅提示，不影响结果）", en: "reports {field} (information only)")
    static let messages = [noted, notDeclared, describing]
    let path: String
    let message: Localized?

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let shown: MessageArgument
        switch c.read(path) {
        case .value(let v, _): shown = v.argument
        case .invalid(let raw, _, _): shown = .text(raw)
        case .absent, .broken: shown = .message(Message(Self.notDeclared))
        }
        let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path), "value": shown]
        return .pass([Finding(.override(message, else: Message(Self.noted, args), args), [c.location(path)])])
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path)]) }
}
