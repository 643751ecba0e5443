/// `count: KIND`, `min: N` — the ledger has at least N records (persons: 名; others: 条).
struct CountCheck: Check {
    static let name = "count"
    static let options = ["min"]
    let kind: String
    let minimum: Int
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        kind = try a.ledger(a.main).key
        minimum = try a.reader.int(try a.fields.node("min"))
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let count: Int
        var location: [Location] = []
        switch c.ledger(kind) {
        case .missing: count = 0
        case .unreadable: if case .failure(let box) = c.requireLedger(kind) { return box.outcome }; count = 0
        case .loaded(let l): count = l.records.count; location = [l.location(l.mark)]
        }
        let unit = c.schema.ledger(kind)?.persons == true ? c.lang.pick("名", "") : c.lang.pick("条", "")
        let text = c.lang.pick("\(c.ledgerName(kind)) \(count) \(unit)", "\(kind): \(count)")
        if count >= minimum { return .pass([Finding(text)]) }
        return .fail(c.fill(message, default: text + c.lang.pick("，少于 \(minimum) \(unit)", ", fewer than \(minimum)"),
                            ["count": String(count), "min": String(minimum)]), location)
    }

    func describe(_ lang: Language) -> String { lang.pick("\(kind) 台账不少于 \(minimum) 条", "the \(kind) ledger has at least \(minimum) records") }
}
