extension CheckContext {
    /// A loaded ledger, or the outcome that says why there is none (missing: fail; unreadable: error).
    func requireLedger(_ kind: String) -> Result<Ledger, OutcomeBox> {
        switch ledger(kind) {
        case .loaded(let l): return .success(l)
        case .missing: return .failure(OutcomeBox(outcome: .fail([missingLedger(kind)])))
        case .unreadable(let file, let d):
            return .failure(OutcomeBox(outcome: .error(CommonMessages.ledgerUnreadable,
                                                       ["ledger": .ledger(kind), "file": .text(file), "problem": .text(d.message)], [d.location])))
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
    func window(_ parameter: String) -> MessageArgument {
        .message(Message(CommonMessages.window, ["days": .int(self.parameter(parameter)), "since": .day(windowStart(parameter))]))
    }

    /// The records' person ids of a ledger (valid ones).
    func ids(_ ledger: Ledger) -> Set<PersonKey> {
        guard let i = ledger.spec.index(of: .personID) else { return [] }
        var out = Set<PersonKey>()
        for r in ledger.records { if let id = r.personKey(i) { out.insert(id) } }
        return out
    }

    /// At most ten persons named, then how many in all.
    func names(_ items: [MessageArgument], limit: Int = 10) -> MessageArgument { .persons(items, limit: limit) }
}

extension CheckContext {
    /// The one place where records lost to unreadable values are said (SPEC §5a "Nothing
    /// dropped in silence"): for each field a check reads, the records whose value there is
    /// `.invalid` — how many and where — “1 条记录日期无效（台账/活动.yaml:85:9），未计入”.
    /// `keep` limits it to the records the check would have looked at. The ledger's own
    /// finding at the value's position stays where it is; this is the clause's side.
    func unread(_ ledger: Ledger, _ fields: [LedgerField], keep: (Record) -> Bool = { _ in true }) -> [Finding] {
        var out: [Finding] = []
        for field in fields {
            guard let i = ledger.index(field), ledger.records.store.invalidFields[i] else { continue }
            var at: [Location] = []
            // The slot's tag first: `keep` (a filter that reads values) only for the few invalid ones.
            for r in ledger.records where r.isInvalid(i) && keep(r) {
                at.append(ledger.location(r.mark(i)))
            }
            if at.isEmpty { continue }
            let shown = MessageArgument.list(at.prefix(3).map { .location($0) })
            out.append(Finding(CommonMessages.recordsUnread, [
                "ledger": .ledger(ledger.spec.key), "count": .int(at.count),
                "field": .ledgerField(ledger: ledger.spec.key, field: ledger.spec.fields[i].key),
                "where": at.count > 3 ? .message(Message(CommonMessages.moreLocations, ["list": shown])) : shown,
            ], Array(at.prefix(10))))
        }
        return out
    }

    /// `unread` for the fields that have these roles.
    func unread(_ ledger: Ledger, roles: [FieldRole], keep: (Record) -> Bool = { _ in true }) -> [Finding] {
        unread(ledger, roles.compactMap { ledger.spec.resolved($0) }, keep: keep)
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

extension Message {
    /// The pack's own wording when the rule gives one (`message:`, its `{name}` placeholders
    /// filled from `args`), else the check's.
    static func override(_ text: Localized?, else fallback: Message, _ args: [String: MessageArgument] = [:]) -> Message {
        guard let text else { return fallback }
        return .pack(text, args.merging(fallback.args) { mine, _ in mine })
    }
}

extension CheckContext {
    /// Whether some applicable clause of this station's level requires the ledger (a `ledger`
    /// check, also inside `any_of`): then its absence is that clause's fail, said once.
    func levelRequires(_ kind: String) -> Bool {
        UnjudgedLedgers.required(by: pack, level: level).contains(kind)
    }
}
