/// `ledger: KIND` — the ledger is there, parses, has records, every record has the required
/// fields, every value is valid, and (for persons) no ID number appears twice. With
/// `allow_empty: true`, `records: []` passes when `updated` is within `ledger_fresh_days`
/// (it then means "none this period"). `completeness: true` reports the share of records
/// that fill every field of the ledger.
struct LedgerExistsCheck: Check {
    static let name = "ledger"
    static let options = ["allow_empty", "fresh_parameter", "completeness"]
    let kind: String
    let allowEmpty: Bool
    let freshParameter: String
    let completeness: Bool

    init(_ a: CheckArguments) throws(RulePackError) {
        kind = try a.ledger(a.main).key
        allowEmpty = try a.flag("allow_empty")
        freshParameter = try a.optionalParameter("fresh_parameter") ?? "ledger_fresh_days"
        completeness = try a.flag("completeness")
        if allowEmpty && a.parameters[freshParameter] == nil { throw a.error("未定义参数 \(freshParameter)", "undefined parameter \(freshParameter)") }
    }

    static let shownProblems = 20

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let ledger: Ledger
        switch c.requireLedger(kind) {
        case .failure(let box): return box.outcome
        case .success(let l): ledger = l
        }
        // "None" written as a word in a field the pack names (上报时间: 无) is an empty cell, not
        // an invalid value (CLAUSES.md decisions; NoneWords).
        let none = NoneWords(c.schema, kind)
        var empty = Set<Location>()
        if !none.fields.isEmpty {
            for r in ledger.records {
                for field in none.fields {
                    guard let i = ledger.index(field), case .invalid? = r.value(i), none.isNothing(r.value(i), field) else { continue }
                    empty.insert(ledger.location(r.mark(i)))
                }
            }
        }
        let problems = empty.isEmpty ? ledger.problems : ledger.problems.filter { p in !(p.locations.first.map(empty.contains) ?? false) }
        var findings = problems.prefix(Self.shownProblems).map { Finding(c.ledgerName(kind) + c.lang.pick("台账：", " ledger: ") + $0.message, $0.locations) }
        if problems.count > Self.shownProblems {
            findings.append(Finding(c.lang.pick("另有 \(problems.count - Self.shownProblems) 处问题未列出", "\(problems.count - Self.shownProblems) more problems not listed"),
                                    [ledger.location(ledger.mark)]))
        }
        if ledger.records.isEmpty {
            if !allowEmpty {
                findings.append(Finding(c.lang.pick("\(c.ledgerName(kind))台账没有记录", "the \(kind) ledger has no records"), [ledger.location(ledger.mark)]))
            } else if let u = ledger.updated, u >= c.windowStart(freshParameter) {
                // An empty ledger recently confirmed: nothing to record this period.
            } else {
                findings.append(Finding(c.lang.pick(
                    "\(c.ledgerName(kind))台账没有记录，且更新日期不在近 \(c.parameter(freshParameter)) 天内（空台账须注明近期更新日期，表示本期确无此类事项）",
                    "the \(kind) ledger is empty and its updated date is not within \(c.parameter(freshParameter)) days"), [ledger.location(ledger.updatedMark ?? ledger.mark)]))
            }
        }
        var notes = [Finding(c.lang.pick("\(c.ledgerName(kind))台账 \(ledger.records.count) 条记录", "\(kind) ledger: \(ledger.records.count) records"))]
        if completeness && !ledger.records.isEmpty {
            let complete = ledger.records.filter { r in r.values.allSatisfy { $0 != nil && !($0!.isInvalid) } }.count
            let share = formatOneDecimal(Double(complete) / Double(ledger.records.count) * 100)
            notes.append(Finding(c.lang.pick("信息完整率 \(share)%（\(complete)/\(ledger.records.count) 条记录各项齐全）",
                                             "completeness \(share)% (\(complete) of \(ledger.records.count) records fill every field)")))
        }
        if findings.isEmpty { return .pass(notes) }
        return .fail(findings + (completeness ? Array(notes.dropFirst()) : []))
    }

    func describe(_ lang: Language) -> String {
        lang.pick("有\(kind)台账，有记录，必填字段齐全、取值有效" + (allowEmpty ? "（无事项时可为空，但须近期更新）" : ""),
                  "the \(kind) ledger exists with valid, complete records" + (allowEmpty ? " (may be empty if recently updated)" : ""))
    }
}

extension LedgerExistsCheck {
    var judgedLedgers: Set<String> { [kind] }
    /// The freshness parameter is read only for a ledger that may be empty.
    var parametersRead: Set<String> { allowEmpty ? [freshParameter] : [] }
}
