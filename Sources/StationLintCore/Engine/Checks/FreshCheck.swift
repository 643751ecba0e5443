/// `fresh: KIND`, `within: PARAMETER` — the ledger's `updated` date is within the window.
struct FreshCheck: Check {
    static let name = "fresh"
    static let options = ["within"]
    let kind: String
    let within: String

    init(_ a: CheckArguments) throws(RulePackError) {
        kind = try a.ledger(a.main).key
        within = try a.parameter(try a.fields.node("within"))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let ledger: Ledger
        switch c.requireLedger(kind) {
        case .failure(let box): return box.outcome
        case .success(let l): ledger = l
        }
        guard let updated = ledger.updated else {
            return .fail(c.lang.pick("\(c.ledgerName(kind))台账没有更新日期（updated/更新日期）", "the \(kind) ledger has no updated date"), [ledger.location(ledger.mark)])
        }
        if updated >= c.windowStart(within) { return .pass() }
        let days = updated.days(until: c.asOf)
        return .fail(c.lang.pick("\(c.ledgerName(kind))台账更新于 \(updated)，已 \(days) 天未更新（应在 \(c.parameter(within)) 天内）",
                                 "the \(kind) ledger was updated on \(updated), \(days) days ago (must be within \(c.parameter(within)))"),
                     [ledger.location(ledger.updatedMark ?? ledger.mark)])
    }

    func describe(_ lang: Language) -> String { lang.pick("\(kind) 台账在 \(within) 天内更新过", "the \(kind) ledger was updated within \(within) days") }
}

extension FreshCheck {
    var parametersRead: Set<String> { [within] }
}
