/// What falls due next (`check --due-within N`, 即将到期): a rule that passes (or is waived) as of
/// the as-of date and fails as of N days later, the station's files as they are. The day it falls
/// due is found by bisection over the days between, re-evaluating that rule alone (about log2 N
/// evaluations of one rule); a rule over other stations' results (a county's clauses over its
/// townships) cannot be re-evaluated on a day between without them, and is given the window's end.
public struct DueSoon: Sendable {
    public let rule: String
    public let clause: String
    /// The first day the rule fails (`exact`), or the end of the window when that day is not
    /// known (it fails at the latest then).
    public let by: Day
    public let exact: Bool
    /// The rule's result on `by`: what it would say then.
    public var result: RuleResult

    public init(rule: String, clause: String, by: Day, exact: Bool, result: RuleResult) {
        self.rule = rule
        self.clause = clause
        self.by = by
        self.exact = exact
        self.result = result
    }

    /// The rules of `today` that pass or are waived and fail in `later` (evaluated `days` after
    /// `today`'s as-of date), each with the first day it fails: bisection with `evaluator`
    /// (today's) moved to each day tried, for rules that read no other station.
    public static func find(today: StationReport, later: StationReport, station: Station, evaluator: Evaluator, days: Int) -> [DueSoon] {
        let ok: Set<Status> = [.pass, .waived]
        let laterByRule = Dictionary(later.results.map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
        let rules = evaluator.pack.rulesByID
        let end = evaluator.options.asOf.plus(days: days)
        var out: [DueSoon] = []
        for r in today.results where ok.contains(r.status) {
            guard let l = laterByRule[r.rule], l.status == .fail else { continue }
            let readsOthers = rules[r.rule]?.checks.contains { !$0.check.relatedNeeds.isEmpty } ?? true
            if readsOthers || days == 1 {
                out.append(DueSoon(rule: r.rule, clause: r.clause, by: end, exact: days == 1, result: l))
                continue
            }
            // Passes `lo` days on, fails `hi` days on.
            var lo = 0, hi = days, failing = l
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2
                let report = evaluator.moved(to: evaluator.options.asOf.plus(days: mid)).evaluate(station, only: [r.rule])
                if let m = report.results.first, m.status == .fail {
                    hi = mid
                    failing = m
                } else {
                    lo = mid
                }
            }
            out.append(DueSoon(rule: r.rule, clause: r.clause, by: evaluator.options.asOf.plus(days: hi), exact: true, result: failing))
        }
        return out.sorted { $0.by != $1.by ? $0.by < $1.by : ClauseOrder.less($0.clause, $1.clause) }
    }
}
