/// `fresh: KIND`, `within: PARAMETER` — the ledger's last-updated date is within the window.
struct FreshCheck: Check {
    static let name = "fresh"
    static let options = ["within"]
    static let noDate = MessageTemplate("fresh.no_date", zh: "{ledger}没有更新日期（{header}）", en: "{ledger} has no updated date ({header})")
    static let stale = MessageTemplate("fresh.stale",
        zh: "{ledger}更新于 {updated}，已 {days} 天未更新（应在 {within} 天内）",
        en: "{ledger} was updated on {updated}, {days} days ago (must be within {within})")
    static let describing = MessageTemplate("fresh.describe", zh: "{ledger}在 {within} 天内更新过", en: "{ledger} was updated within {within} days")
    static let messages = [noDate, stale, describing]
    let kind: String
    let within: String
    /// How the header's date is written, in both languages (`updated/更新日期`).
    let header: String

    init(_ a: CheckArguments) throws(RulePackError) {
        kind = try a.ledger(a.main).key
        within = try a.parameter(try a.fields.node("within"))
        header = a.schema.updatedField.map { "\($0.key)/\($0.zh)" } ?? ""
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let ledger: Ledger
        switch c.requireLedger(kind) {
        case .failure(let box): return box.outcome
        case .success(let l): ledger = l
        }
        guard let updated = ledger.updated else {
            return .fail(Self.noDate, ["ledger": .ledger(kind), "header": .text(header)], [ledger.location(ledger.mark)])
        }
        if updated >= c.windowStart(within) { return .pass() }
        return .fail(Self.stale, ["ledger": .ledger(kind), "updated": .day(updated), "days": .int(updated.days(until: c.asOf)),
                                  "within": .int(c.parameter(within))],
                     [ledger.location(ledger.updatedMark ?? ledger.mark)])
    }

    func describe() -> Message { Message(Self.describing, ["ledger": .ledger(kind), "within": .parameter(within)]) }
}

extension FreshCheck {
    var parametersRead: Set<String> { [within] }
}
