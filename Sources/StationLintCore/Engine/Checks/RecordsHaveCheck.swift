/// `records_have: KIND`, `fields: [...]` (`where: FIELD` to look only at some records) — every
/// record fills the fields; says how many do not, and where. `valid: true` also asks that the
/// values read as their type (a vocabulary value in its list), naming each that does not.
struct RecordsHaveCheck: Check {
    static let name = "records_have"
    static let options = ["fields", "where", "valid"]
    let kind: String
    let fields: [String]
    let filter: RecordFilter
    let valid: Bool

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        var fs: [String] = []
        for n in try a.reader.list(try a.fields.node("fields")) { fs.append(try a.ledgerField(spec, n)) }
        fields = fs
        filter = try RecordFilter(a, spec)
        valid = try a.flag("valid")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        c.everyRecord(of: kind) { ledger in check(ledger, c) }
    }

    func check(_ ledger: Ledger, _ c: CheckContext) -> CheckOutcome {
        var findings: [Finding] = []
        for field in fields {
            let i = ledger.index(field)
            let lacking = ledger.records.filter { filter.keeps($0, ledger) && filter.none.isNothing($0.value(i), field) }
            if lacking.isEmpty { continue }
            let name = ledger.spec.fields[i ?? 0].name(c.lang)
            let lines = lacking.prefix(10).map { String($0.mark.line) }.joined(separator: c.lang.pick("、", ", "))
            findings.append(Finding(c.lang.pick("\(c.ledgerName(kind))台账 \(lacking.count) 条记录未填写“\(name)”（第 \(lines) 行）",
                                                "\(lacking.count) records of the \(kind) ledger lack '\(name)' (lines \(lines))"),
                                    lacking.prefix(10).map { ledger.location($0.mark) }))
        }
        if valid {
            for field in fields {
                let i = ledger.index(field)
                let name = ledger.spec.fields[i ?? 0].name(c.lang)
                for r in ledger.records where filter.keeps(r, ledger) {
                    let bad = (r.value(i)?.items ?? []).compactMap { v -> String? in
                        if case .invalid(let raw, let problem) = v { return c.lang.pick("“\(raw)”（\(problem)）", "'\(raw)' (\(problem))") } else { return nil }
                    }
                    if !bad.isEmpty {
                        findings.append(Finding(c.lang.pick("第 \(r.mark.line) 行“\(name)”取值无效：\(c.list(bad))", "line \(r.mark.line): invalid \(name): \(c.list(bad))"),
                                                [ledger.location(r.mark(i))]))
                    }
                }
            }
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe(_ lang: Language) -> String {
        lang.pick("\(kind) 每条记录都填写了：\(fields.joined(separator: "、"))", "every \(kind) record has: \(fields.joined(separator: ", "))")
    }
}
