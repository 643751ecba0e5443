/// `date_order: KIND`, `field: LATER`, `not_before: EARLIER` — where both dates are given, the
/// later one is not before the earlier one (a petition escalated before it was received).
struct DateOrderCheck: Check {
    static let name = "date_order"
    static let options = ["field", "not_before"]
    static let before = MessageTemplate("date_order.before",
        zh: "第 {line} 行：{later} {laterDay} 早于{earlier} {earlierDay}",
        en: "line {line}: {later} {laterDay} is before {earlier} {earlierDay}")
    static let describing = MessageTemplate("date_order.describe",
        zh: "{ledger}中{later}不早于{earlier}", en: "in {ledger}, {later} is not before {earlier}")
    static let messages = [before, describing]
    let kind: String
    let later: LedgerField
    let earlier: LedgerField

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        later = try a.ledgerField(spec, try a.fields.node("field"))
        earlier = try a.ledgerField(spec, try a.fields.node("not_before"))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        c.everyRecord(of: kind) { ledger in check(ledger) }
    }

    func check(_ ledger: Ledger) -> CheckOutcome {
        let li = ledger.index(later), ei = ledger.index(earlier)
        var findings: [Finding] = []
        for r in ledger.records {
            guard let l = r.day(li), let e = r.day(ei), l < e else { continue }
            findings.append(Finding(Self.before, [
                "line": .int(Int(r.mark.line)),
                "later": .ledgerField(ledger: kind, field: later.key), "laterDay": .day(l),
                "earlier": .ledgerField(ledger: kind, field: earlier.key), "earlierDay": .day(e),
            ], [ledger.location(r.mark(li))]))
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe() -> Message {
        Message(Self.describing, ["ledger": .ledger(kind), "later": .ledgerField(ledger: kind, field: later.key),
                                  "earlier": .ledgerField(ledger: kind, field: earlier.key)])
    }
}
