/// `present: PATH` — the field is declared with a non-empty value (a mapping: with any field).
struct PresentCheck: FieldCheck {
    static let name = "present"
    let path: String
    let message: Localized?

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        if c.schema.field(path)?.type == .mapping {
            if c.station.isBroken(path) { return c.unusable(path, .broken)! }
            let declared = c.station.fields.keys.contains { $0.hasPrefix(path + ".") }
            return declared ? .pass() : .fail(c.fill(message, default: c.lang.pick("未填写\(c.label(path))", "\(c.label(path)) is not declared"), [:]), [c.location(path)])
        }
        switch c.require(path) {
        case .success: return .pass()
        case .failure(let box):
            guard box.outcome.verdict == .fail, let message else { return box.outcome }
            return .fail(c.fill(message, default: "", ["label": c.label(path)]), box.outcome.findings.flatMap(\.locations))
        }
    }

    func describe(_ lang: Language) -> String { lang.pick("已填写 \(path)", "\(path) is declared") }
}
