/// `valid: PATH` — the field is declared and every value reads as its type (a phone number
/// that is one, a vocabulary value in its list).
struct ValidCheck: FieldCheck {
    static let name = "valid"
    let path: String
    let message: Localized?

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, _)):
            guard case .list(let items) = value else { return .pass() }
            let bad = items.compactMap { item -> Finding? in
                guard case .invalid(let raw, let problem) = item.value else { return nil }
                return Finding(c.lang.pick("\(c.label(path))中“\(raw)”无效：\(problem)", "\(c.label(path)): '\(raw)' is invalid: \(problem)"),
                               [c.station.location(item.mark)])
            }
            return bad.isEmpty ? .pass() : .fail(bad)
        }
    }

    func describe(_ lang: Language) -> String { lang.pick("\(path) 已填写且有效", "\(path) is declared and valid") }
}
