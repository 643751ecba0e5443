extension CheckContext {
    /// A loaded ledger, or the outcome that says why there is none (missing: fail; unreadable: error).
    func requireLedger(_ kind: String) -> Result<Ledger, OutcomeBox> {
        switch ledger(kind) {
        case .loaded(let l): return .success(l)
        case .missing: return .failure(OutcomeBox(outcome: .fail(missingLedger(kind))))
        case .unreadable(let file, let d):
            return .failure(OutcomeBox(outcome: .error(lang.pick("\(ledgerName(kind))台账 \(file) 无法读取：\(d.message)",
                                                                 "the \(kind) ledger \(file) could not be read: \(d.message)"),
                                                       [d.location])))
        }
    }

    /// A check on every record of a ledger (or every record of a kind): with no ledger there is
    /// no record to fault, so it holds — the clause that asks for the ledger says it is missing,
    /// once. An unreadable ledger is an error.
    func everyRecord(of kind: String, _ body: (Ledger) -> CheckOutcome) -> CheckOutcome {
        if case .missing = ledger(kind) { return .pass() }
        switch requireLedger(kind) {
        case .failure(let box): return box.outcome
        case .success(let l): return body(l)
        }
    }

    /// "近 365 天内（2023-12-31 以来）" — how a window is said in messages.
    func windowText(_ parameter: String) -> String {
        let days = self.parameter(parameter)
        return lang.pick("近 \(days) 天内（\(windowStart(parameter)) 以来）", "in the last \(days) days (since \(windowStart(parameter)))")
    }

    /// The records' ID numbers of a ledger (valid ones).
    func ids(_ ledger: Ledger) -> Set<String> {
        guard let i = ledger.index("id_number") else { return [] }
        var out = Set<String>()
        for r in ledger.records { if case .text(let id)? = r.value(i) { out.insert(id) } }
        return out
    }

    /// At most `limit` names, then "等 N 人".
    func names(_ items: [String], limit: Int = 10) -> String {
        if items.count <= limit { return list(items) }
        return list(Array(items.prefix(limit))) + lang.pick(" 等 \(items.count) 人", " and \(items.count - limit) more")
    }
}
