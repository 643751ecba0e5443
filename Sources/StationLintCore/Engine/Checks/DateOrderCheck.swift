/// `date_order: KIND`, `field: LATER`, `not_before: EARLIER` — where both dates are given, the
/// later one is not before the earlier one (a petition escalated before it was received).
struct DateOrderCheck: Check {
    static let name = "date_order"
    static let options = ["field", "not_before"]
    let kind: String
    let later: String
    let earlier: String

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        later = try a.ledgerField(spec, try a.fields.node("field"))
        earlier = try a.ledgerField(spec, try a.fields.node("not_before"))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        c.everyRecord(of: kind) { ledger in check(ledger, c) }
    }

    func check(_ ledger: Ledger, _ c: CheckContext) -> CheckOutcome {
        let li = ledger.index(later), ei = ledger.index(earlier)
        let laterName = ledger.spec.fields[li ?? 0].name(c.lang), earlierName = ledger.spec.fields[ei ?? 0].name(c.lang)
        var findings: [Finding] = []
        for r in ledger.records {
            guard let l = r.value(li)?.day, let e = r.value(ei)?.day, l < e else { continue }
            findings.append(Finding(c.lang.pick("第 \(r.mark.line) 行：\(laterName) \(l) 早于\(earlierName) \(e)", "line \(r.mark.line): \(laterName) \(l) is before \(earlierName) \(e)"),
                                    [ledger.location(r.mark(li))]))
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe(_ lang: Language) -> String { lang.pick("\(kind) 中 \(later) 不早于 \(earlier)", "in \(kind), \(later) is not before \(earlier)") }
}
