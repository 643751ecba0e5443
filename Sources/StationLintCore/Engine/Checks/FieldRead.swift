/// How a check finds a declared field: unreadable, absent, invalid for its type, or a value.
enum FieldRead {
    case broken
    case absent
    case invalid(raw: String, problem: DeferredText, field: DeclaredField)
    case value(Value, DeclaredField)
}

extension CheckContext {
    func read(_ path: String) -> FieldRead {
        if station.isBroken(path) { return .broken }
        guard let field = station.field(path), let value = field.value else { return .absent }
        if case .invalid(let raw, let problem) = value { return .invalid(raw: raw, problem: problem, field: field) }
        if case .list(let items) = value, items.isEmpty { return .absent }
        if case .text(let t) = value, t.isEmpty { return .absent }
        return .value(value, field)
    }

    /// The outcome for a field that cannot be used (nil when it holds a valid value).
    func unusable(_ path: String, _ read: FieldRead) -> CheckOutcome? {
        switch read {
        case .broken:
            return .error(CommonMessages.fieldBroken, ["field": .field(path)], [location(path)])
        case .absent:
            return .fail(CommonMessages.fieldAbsent, ["field": .field(path)], [location(path)])
        case .invalid(let raw, let problem, let field):
            return .fail(CommonMessages.fieldInvalid, ["field": .field(path), "value": .text(raw), "problem": .text(problem.text)],
                         [station.location(field.mark)])
        case .value:
            return nil
        }
    }

    /// The valid value of a field, or the outcome that says why there is none.
    func require(_ path: String) -> Result<(Value, DeclaredField), OutcomeBox> {
        let r = read(path)
        if case .value(let v, let f) = r { return .success((v, f)) }
        return .failure(OutcomeBox(outcome: unusable(path, r)!))
    }
}

/// A check outcome carried as an error, so `require` reads as `switch`/`guard`.
struct OutcomeBox: Error {
    let outcome: CheckOutcome
}
