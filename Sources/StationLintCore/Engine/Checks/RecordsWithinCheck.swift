/// `records_within: KIND`, `field: DATE_FIELD` and `within: PARAMETER` or `same_year: true`
/// (`where: FIELD` to look only at some records) — each record's date is recent enough; names
/// each person whose is not.
struct RecordsWithinCheck: Check {
    static let name = "records_within"
    static let options = ["field", "within", "same_year", "where"]
    let kind: String
    let field: String
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
        let name = ledger.spec.fields[i ?? 0].name(c.lang)
        var late: [String] = []
        var locations: [Location] = []
        for r in ledger.records where filter.keeps(r, ledger) {
            let day = r.value(i)?.day
            let ok: Bool
            if sameYear { ok = day?.year == c.asOf.year } else { ok = day.map { $0 >= c.windowStart(within!) } ?? false }
            if !ok {
                let shown: String
                if let day { shown = "（\(day)）" }
                else if case .invalid(let raw, _)? = r.value(i) { shown = c.lang.pick("（日期无效：“\(raw)”，\(ledger.location(r.mark(i)).formatted)）", " (invalid date '\(raw)', \(ledger.location(r.mark(i)).formatted))") }
                else { shown = c.lang.pick("（未填）", " (none)") }
                late.append(c.person(r, in: ledger) + shown)
                locations.append(ledger.location(r.mark(i)))
            }
        }
        if late.isEmpty { return .pass() }
        let when = sameYear ? c.lang.pick("不在 \(c.asOf.year) 年内", "not in \(c.asOf.year)") : c.lang.pick("不在近 \(c.parameter(within!)) 天内", "not within \(c.parameter(within!)) days")
        return .fail(c.lang.pick("\(late.count) 人的“\(name)”\(when)：\(c.names(late))", "\(late.count) records' \(name) \(when): \(c.names(late))"),
                     Array(locations.prefix(10)))
    }

    func describe(_ lang: Language) -> String {
        sameYear ? lang.pick("\(kind) 每条记录的 \(field) 在检查当年", "every \(kind) record's \(field) is in the as-of year")
            : lang.pick("\(kind) 每条记录的 \(field) 在 \(within!) 天内", "every \(kind) record's \(field) is within \(within!) days")
    }
}

extension RecordsWithinCheck {
    var parametersRead: Set<String> { Set([within].compactMap { $0 }) }
}
