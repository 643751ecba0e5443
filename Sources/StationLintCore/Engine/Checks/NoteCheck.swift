/// `note: PATH` with `message: {zh: "… {value} …"}` — reports a field's value as information
/// (a permission, 可); never fails.
struct NoteCheck: FieldCheck {
    static let name = "note"
    let path: String
    let message: Localized?

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let shown: String
        switch c.read(path) {
        case .value(let v, _): shown = v.display(c.lang)
        case .invalid(let raw, _, _): shown = raw
        case .absent, .broken: shown = c.lang.pick("未填写", "not declared")
        }
        return .pass([Finding(c.fill(message, default: "\(c.label(path))：\(shown)", ["label": c.label(path), "value": shown]), [c.location(path)])])
    }

    func describe(_ lang: Language) -> String { lang.pick("报告 \(path)（仅提示，不影响结果）", "reports \(path) (information only)") }
}
