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

extension CheckContext {
    /// The one place where records lost to unreadable values are said (SPEC §5a "Nothing
    /// dropped in silence"): for each field a check reads, the records whose value there is
    /// `.invalid` — how many and where — “1 条记录日期无效（台账/活动.yaml:85:9），未计入”.
    /// `keep` limits it to the records the check would have looked at. The ledger's own
    /// finding at the value's position stays where it is; this is the clause's side.
    func unread(_ ledger: Ledger, _ fields: [String], keep: (Record) -> Bool = { _ in true }) -> [Finding] {
        var out: [Finding] = []
        for field in fields {
            guard let i = ledger.index(field) else { continue }
            var at: [Location] = []
            for r in ledger.records where keep(r) {
                if r.value(i)?.isInvalid == true { at.append(ledger.location(r.mark(i))) }
            }
            if at.isEmpty { continue }
            let name = ledger.spec.fields[i].name(lang)
            let shown = at.prefix(3).map(\.formatted).joined(separator: lang.pick("、", ", ")) + (at.count > 3 ? lang.pick(" 等", " …") : "")
            out.append(Finding(lang.pick("\(ledgerName(ledger.spec.key))台账 \(at.count) 条记录\(name)无效（\(shown)），未计入",
                                         "\(at.count) record\(at.count == 1 ? "" : "s") of the \(ledger.spec.key) ledger with an invalid \(name) (\(shown)) not counted"),
                               Array(at.prefix(10))))
        }
        return out
    }
}

extension CheckOutcome {
    /// The same verdict, saying also what was not counted.
    func adding(_ more: [Finding]) -> CheckOutcome {
        var o = self
        o.findings += more
        return o
    }
}

extension CheckContext {
    /// Whether some applicable clause of this station's level requires the ledger (a `ledger`
    /// check, also inside `any_of`): then its absence is that clause's fail, said once.
    func levelRequires(_ kind: String) -> Bool {
        UnjudgedLedgers.required(by: pack, level: level).contains(kind)
    }
}
