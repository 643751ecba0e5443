/// `records_have: KIND`, `fields: [...]` (`where: FIELD` to look only at some records) — every
/// record fills the fields; says how many do not, and where. `valid: true` also asks that the
/// values read as their type (a vocabulary value in its list), naming each that does not.
struct RecordsHaveCheck: Check {
    static let name = "records_have"
    static let options = ["fields", "where", "valid"]
    static let lacking = MessageTemplate("records_have.lacking",
        zh: "{ledger} {count} 条记录未填写“{field}”（第 {lines} 行）", en: "{count} records of {ledger} lack '{field}' (lines {lines})")
    static let badValue = MessageTemplate("records_have.bad_value", zh: "“{value}”（{problem}）", en: "'{value}' ({problem})")
    static let invalid = MessageTemplate("records_have.invalid",
        zh: "第 {line} 行“{field}”取值无效：{values}", en: "line {line}: invalid {field}: {values}")
    static let describing = MessageTemplate("records_have.describe",
        zh: "{ledger}每条记录都填写了：{fields}", en: "every record of {ledger} has: {fields}")
    static let messages = [lacking, badValue, invalid, describing]
    let kind: String
    let fields: [LedgerField]
    let filter: RecordFilter
    let valid: Bool

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        var fs: [LedgerField] = []
        for n in try a.reader.list(try a.fields.node("fields")) { fs.append(try a.ledgerField(spec, n)) }
        fields = fs
        filter = try RecordFilter(a, spec)
        valid = try a.flag("valid")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        c.everyRecord(of: kind) { ledger in check(ledger) }
    }

    func check(_ ledger: Ledger) -> CheckOutcome {
        var findings: [Finding] = []
        for field in fields {
            let i = ledger.index(field)
            let lacking = ledger.records.filter { filter.keeps($0, ledger) && filter.none.isNothing($0.value(i), field) }
            if lacking.isEmpty { continue }
            findings.append(Finding(Self.lacking, [
                "ledger": .ledger(kind), "count": .int(lacking.count), "field": .ledgerField(ledger: kind, field: field.key),
                "lines": .list(lacking.prefix(10).map { .int(Int($0.mark.line)) }),
            ], lacking.prefix(10).map { ledger.location($0.mark) }))
        }
        if valid {
            for field in fields {
                let i = ledger.index(field)
                for r in ledger.records where filter.keeps(r, ledger) {
                    let bad = (r.value(i)?.items ?? []).compactMap { v -> MessageArgument? in
                        guard case .invalid(let raw, let problem) = v else { return nil }
                        return .message(Message(Self.badValue, ["value": .text(raw), "problem": .text(problem.text)]))
                    }
                    if !bad.isEmpty {
                        findings.append(Finding(Self.invalid, ["line": .int(Int(r.mark.line)), "field": .ledgerField(ledger: kind, field: field.key),
                                                               "values": .list(bad)],
                                                [ledger.location(r.mark(i))]))
                    }
                }
            }
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe() -> Message {
        Message(Self.describing, ["ledger": .ledger(kind), "fields": .list(fields.map { .ledgerField(ledger: kind, field: $0.key) })])
    }
}
