/// `visit: [OCCASIONS]` (or `visit: any`), `within: PARAMETER` — the visits ledger records a
/// visit for one of the occasions within the window; says when the latest was.
struct VisitCheck: Check {
    static let name = "visit"
    static let options = ["within", "in"]
    let occasions: [String]?
    let within: String
    let ledger: String

    init(_ a: CheckArguments) throws(RulePackError) {
        ledger = try a.optionalLedger("in")?.key ?? "visits"
        if a.main.scalar != nil, try a.reader.text(a.main) == "any" {
            occasions = nil
        } else if let spec = a.schema.ledger(ledger), let i = spec.index(of: "occasion"), case .vocabulary(let v) = spec.fields[i].type {
            occasions = try a.vocabularyValues(a.main, vocabulary: v)
        } else {
            occasions = try a.reader.texts(a.main)
        }
        within = try a.parameter(try a.fields.node("within"))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .loaded(let l) = c.ledger(ledger) else { return judge(c) }
        let lost = c.unread(l, ["date", "occasion"])
        return judge(c, lost: !lost.isEmpty).adding(lost)
    }

    /// `lost`: some records did not read; "none" is then "none that can be counted".
    private func judge(_ c: CheckContext, lost: Bool = false) -> CheckOutcome {
        let visits: Ledger
        switch c.requireLedger(ledger) {
        case .failure(let box): return box.outcome
        case .success(let l): visits = l
        }
        let dateIndex = visits.index("date"), occasionIndex = visits.index("occasion")
        var latest: Day? = nil
        for r in visits.records {
            guard let day = r.value(dateIndex)?.day else { continue }
            if let occasions, !(r.value(occasionIndex)?.text.map(occasions.contains) ?? false) { continue }
            if latest.map({ day > $0 }) ?? true { latest = day }
        }
        let what = occasions.map { $0.map { "“\($0)”" }.joined(separator: c.lang.pick("或", " or ")) } ?? ""
        let whatEn = what.isEmpty ? "" : what + " "  // "latest visit", not "latest  visit"
        guard let latest else {
            return .fail(c.lang.pick("走访慰问台账中没有\(lost ? "可计入的" : "")\(what)走访记录", "no \(whatEn)visit is recorded"), [visits.location(visits.mark)])
        }
        if latest >= c.windowStart(within) {
            return .pass([Finding(c.lang.pick("最近一次\(what)走访：\(latest)", "latest \(whatEn)visit: \(latest)"))])
        }
        return .fail(c.lang.pick("最近一次\(what)走访在 \(latest)，\(c.windowText(within))没有", "the latest \(whatEn)visit was on \(latest); none \(c.windowText(within))"),
                     [visits.location(visits.mark)])
    }

    func describe(_ lang: Language) -> String {
        let o = occasions?.joined(separator: lang.pick("、", ", ")) ?? lang.pick("任一事由", "any occasion")
        return lang.pick("\(within) 天内有走访记录（\(o)）", "a visit within \(within) days (\(o))")
    }
}

extension VisitCheck {
    var parametersRead: Set<String> { [within] }
}
