/// `ledger: KIND` — the ledger is there, parses, has records, every record has the required
/// fields, every value is valid, and (for persons) no person id appears twice. With
/// `allow_empty: true`, `records: []` passes when the ledger's last-updated date is within
/// `fresh_parameter` days (required with `allow_empty`; an empty ledger then means "none this
/// period").
/// `completeness: true` reports the share of records that fill every field of the ledger.
struct LedgerExistsCheck: Check {
    static let name = "ledger"
    static let options = ["allow_empty", "fresh_parameter", "completeness"]
    static let moreProblems = MessageTemplate("ledger.more_problems",
        zh: "另有 {count} 处问题未列出", en: "{count} more problems not listed")
    static let noRecords = MessageTemplate("ledger.no_records", zh: "{ledger}没有记录", en: "{ledger} has no records")
    static let emptyNotFresh = MessageTemplate("ledger.empty_not_fresh",
        zh: "{ledger}没有记录，且更新日期不在近 {days} 天内（空台账须注明近期更新日期，表示本期确无此类事项）",
        en: "{ledger} is empty and its updated date is not within {days} days")
    static let records = MessageTemplate("ledger.records", zh: "{ledger} {count} 条记录", en: "{ledger}: {count} records")
    static let completenessShare = MessageTemplate("ledger.completeness",
        zh: "信息完整率 {share}%（{complete}/{total} 条记录各项齐全）",
        en: "completeness {share}% ({complete} of {total} records fill every field)")
    static let describing = MessageTemplate("ledger.describe",
        zh: "有{ledger}，有记录，必填字段齐全、取值有效", en: "{ledger} exists with valid, complete records")
    static let describingAllowEmpty = MessageTemplate("ledger.describe_allow_empty",
        zh: "有{ledger}，有记录，必填字段齐全、取值有效（无事项时可为空，但须近期更新）",
        en: "{ledger} exists with valid, complete records (may be empty if recently updated)")
    static let messages = [moreProblems, noRecords, emptyNotFresh, records, completenessShare, describing, describingAllowEmpty]
    let kind: String
    let allowEmpty: Bool
    let freshParameter: String
    let completeness: Bool
    /// "None" written as a word in a field the pack names (上报时间: 无) is an empty cell, not
    /// an invalid value (CLAUSES.md decisions; NoneWords).
    let none: NoneWords

    init(_ a: CheckArguments) throws(RulePackError) {
        kind = try a.ledger(a.main).key
        none = NoneWords(a.schema, kind)
        allowEmpty = try a.flag("allow_empty")
        let fresh = try a.optionalParameter("fresh_parameter")
        if allowEmpty && fresh == nil {
            throw a.error("allow_empty 需要 fresh_parameter：空台账须在该参数的天数内注明更新日期",
                          "allow_empty needs fresh_parameter: an empty ledger must carry an updated date within that many days")
        }
        freshParameter = fresh ?? ""
        completeness = try a.flag("completeness")
    }

    static let shownProblems = 20

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        let ledger: Ledger
        switch c.requireLedger(kind) {
        case .failure(let box): return box.outcome
        case .success(let l): ledger = l
        }
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
        var findings = problems.prefix(Self.shownProblems).map { p in
            Finding(CommonMessages.ledgerProblem, ["ledger": .ledger(kind), "problem": .text(p.message)], p.locations)
        }
        if problems.count > Self.shownProblems {
            findings.append(Finding(Self.moreProblems, ["count": .int(problems.count - Self.shownProblems)], [ledger.location(ledger.mark)]))
        }
        if ledger.records.isEmpty {
            if !allowEmpty {
                findings.append(Finding(Self.noRecords, ["ledger": .ledger(kind)], [ledger.location(ledger.mark)]))
            } else if let u = ledger.updated, u >= c.windowStart(freshParameter) {
                // An empty ledger recently confirmed: nothing to record this period.
            } else {
                findings.append(Finding(Self.emptyNotFresh, ["ledger": .ledger(kind), "days": .int(c.parameter(freshParameter))],
                                        [ledger.location(ledger.updatedMark ?? ledger.mark)]))
            }
        }
        var notes = [Finding(Self.records, ["ledger": .ledger(kind), "count": .int(ledger.records.count)])]
        if completeness && !ledger.records.isEmpty {
            let complete = ledger.records.filter { r in r.values.allSatisfy { $0 != nil && !($0!.isInvalid) } }.count
            // One decimal always ("25.0%"), as the share has been said since the first report.
            let share = formatOneDecimal(Double(complete) / Double(ledger.records.count) * 100)
            notes.append(Finding(Self.completenessShare, ["share": .text(share), "complete": .int(complete), "total": .int(ledger.records.count)]))
        }
        if findings.isEmpty { return .pass(notes) }
        return .fail(findings + (completeness ? Array(notes.dropFirst()) : []))
    }

    func describe() -> Message { Message(allowEmpty ? Self.describingAllowEmpty : Self.describing, ["ledger": .ledger(kind)]) }
}

extension LedgerExistsCheck {
    var judgedLedgers: Set<String> { [kind] }
    /// The freshness parameter is read only for a ledger that may be empty.
    var parametersRead: Set<String> { allowEmpty ? [freshParameter] : [] }
}
