/// `count: KIND`, `min: N` — the ledger has at least N records (persons: 名; others: 条).
/// A ledger of persons is counted by person: by ID number, a person listed twice counts once
/// and the repetition is named at its position; a record whose ID number does not read is not
/// counted and is said (CLAUSES.md "Persons are counted by person").
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
        var count: Int
        var location: [Location] = []
        var said: [Finding] = []
        let persons = c.schema.ledger(kind)?.persons == true
        switch c.ledger(kind) {
        case .missing: count = 0
        case .unreadable: if case .failure(let box) = c.requireLedger(kind) { return box.outcome }; count = 0
        case .loaded(let l):
            count = l.records.count; location = [l.location(l.mark)]
            if persons, let idIndex = l.index("id_number") {
                var seen: [String: Record] = [:]
                var repeats: [Location] = []
                var repeated: [String] = []
                count = 0
                for r in l.records {
                    guard case .text(let id)? = r.value(idIndex) else { continue }
                    if let first = seen[id] {
                        repeats.append(l.location(r.mark(idIndex)))
                        repeated.append(c.lang.pick("\(c.person(r, in: l))（\(l.location(r.mark(idIndex)).formatted)，与 \(l.location(first.mark(idIndex)).formatted) 同一身份证号）",
                                                    "\(c.person(r, in: l)) (\(l.location(r.mark(idIndex)).formatted), same ID number as \(l.location(first.mark(idIndex)).formatted))"))
                    } else {
                        seen[id] = r
                        count += 1
                    }
                }
                if !repeated.isEmpty {
                    said.append(Finding(c.lang.pick("\(repeated.count) 条重复登记同一人，按一人计：\(c.names(repeated))",
                                                    "\(repeated.count) repeated record\(repeated.count == 1 ? "" : "s") of the same person, counted once: \(c.names(repeated))"),
                                        Array(repeats.prefix(10))))
                }
                said += c.unread(l, ["id_number"])
            }
        }
        let unit = persons ? c.lang.pick("名", "") : c.lang.pick("条", "")
        let text = c.lang.pick("\(c.ledgerName(kind)) \(count) \(unit)", "\(kind): \(count)")
        if count >= minimum { return .pass([Finding(text)] + said) }
        return .fail([Finding(c.fill(message, default: text + c.lang.pick("，少于 \(minimum) \(unit)", ", fewer than \(minimum)"),
                                     ["count": String(count), "min": String(minimum)]), location)] + said)
    }

    func describe(_ lang: Language) -> String { lang.pick("\(kind) 台账不少于 \(minimum) 条", "the \(kind) ledger has at least \(minimum) records") }
}
