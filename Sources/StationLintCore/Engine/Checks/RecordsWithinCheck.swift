/// `records_within: KIND`, `field: DATE_FIELD` and `within: PARAMETER` or `same_year: true`
/// (`where: FIELD` to look only at some records) — each record's date is recent enough; names
/// each person whose is not.
struct RecordsWithinCheck: Check {
    static let name = "records_within"
    static let options = ["field", "within", "same_year", "where"]
    static let dated = MessageTemplate("records_within.dated", zh: "{person}（{day}）", en: "{person} ({day})")
    static let invalidDate = MessageTemplate("records_within.invalid_date",
        zh: "{person}（日期无效：“{raw}”，{at}）", en: "{person} (invalid date '{raw}', {at})")
    static let undated = MessageTemplate("records_within.undated", zh: "{person}（未填）", en: "{person} (none)")
    static let notThisYear = MessageTemplate("records_within.not_this_year", zh: "不在 {year} 年内", en: "not in {year}")
    static let notWithin = MessageTemplate("records_within.not_within", zh: "不在近 {days} 天内", en: "not within {days} days")
    static let late = MessageTemplate("records_within.late",
        zh: "{count} 人的“{field}”{when}：{persons}", en: "{count} records' {field} {when}: {persons}")
    static let describingYear = MessageTemplate("records_within.describe_year",
        zh: "{ledger}每条记录的{field}在检查当年", en: "every record of {ledger} has its {field} in the as-of year")
    static let describingWithin = MessageTemplate("records_within.describe_within",
        zh: "{ledger}每条记录的{field}在 {within} 天内", en: "every record of {ledger} has its {field} within {within} days")
    static let messages = [dated, invalidDate, undated, notThisYear, notWithin, late, describingYear, describingWithin]
    let kind: String
    let field: LedgerField
    let within: String?
    let sameYear: Bool
    let filter: RecordFilter

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        field = try a.ledgerField(spec, try a.fields.node("field"))
        within = try a.optionalParameter("within")
        sameYear = try a.flag("same_year")
        guard (within != nil) != sameYear else { throw a.error("需要 within 或 same_year 之一", "needs one of within, same_year") }
        filter = try RecordFilter(a, spec)
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        c.everyRecord(of: kind) { ledger in check(ledger, c) }
    }

    func check(_ ledger: Ledger, _ c: CheckContext) -> CheckOutcome {
        let i = ledger.index(field)
        var late: [MessageArgument] = []
        var locations: [Location] = []
        for r in ledger.records where filter.keeps(r, ledger) {
            let day = r.day(i)
            let ok: Bool
            if sameYear { ok = day?.year == c.asOf.year } else { ok = day.map { $0 >= c.windowStart(within!) } ?? false }
            if !ok {
                let person = c.person(r, in: ledger)
                let shown: Message
                if let day { shown = Message(Self.dated, ["person": person, "day": .day(day)]) }
                else if case .invalid(let raw, _)? = r.value(i) {
                    shown = Message(Self.invalidDate, ["person": person, "raw": .text(raw), "at": .location(ledger.location(r.mark(i)))])
                }
                else { shown = Message(Self.undated, ["person": person]) }
                late.append(.message(shown))
                locations.append(ledger.location(r.mark(i)))
            }
        }
        if late.isEmpty { return .pass() }
        let when = sameYear ? Message(Self.notThisYear, ["year": .int(c.asOf.year)]) : Message(Self.notWithin, ["days": .int(c.parameter(within!))])
        return .fail(Self.late, ["count": .int(late.count), "field": .ledgerField(ledger: kind, field: field.key), "when": .message(when),
                                 "persons": c.names(late)],
                     Array(locations.prefix(10)))
    }

    func describe() -> Message {
        let args: [String: MessageArgument] = ["ledger": .ledger(kind), "field": .ledgerField(ledger: kind, field: field.key)]
        if sameYear { return Message(Self.describingYear, args) }
        return Message(Self.describingWithin, args.merging(["within": .parameter(within!)]) { a, _ in a })
    }
}

extension RecordsWithinCheck {
    var parametersRead: Set<String> { Set([within].compactMap { $0 }) }
}
