/// `visited: KIND`, `occasions: [...]` — every person of a ledger (optionally `where: FIELD`)
/// has a visit for one of the occasions, matched by ID number in the visits ledger; names each
/// person missed. Options: `since_field: DATE_FIELD` (the visit is on or after that date of the
/// record), `within_days: PARAMETER` (and no more than that many days after it),
/// `source_within: PARAMETER` (only records whose `since_field` date is in that window),
/// `window: PARAMETER` (the visit itself is in that window), `label` (what the duty is called),
/// `pending: PARAMETER` (a person whose `since_field` date lies within that many days and who
/// has no visit yet is 待走访 with the day it falls due — not a fail). Persons are counted by
/// ID number (listed twice, due once). With the person ledger absent: a pass when some clause
/// of this level requires that ledger (that clause fails once), else 需人工核验 with the reason.
struct VisitedCheck: Check {
    static let name = "visited"
    static let options = ["occasions", "where", "since_field", "within_days", "source_within", "window", "label", "in", "pending"]
    let kind: String
    let visitsKind: String
    let occasions: [String]
    let filter: RecordFilter
    let sinceField: String?
    let withinDays: String?
    let sourceWithin: String?
    let window: String?
    let label: Localized?
    let pending: String?

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        visitsKind = try a.optionalLedger("in")?.key ?? "visits"
        guard let visits = a.schema.ledger(visitsKind), let oi = visits.index(of: "occasion"),
              visits.index(of: "id_number") != nil, visits.index(of: "date") != nil else {
            throw a.error("走访台账需有 id_number、date、occasion 字段", "the visits ledger needs id_number, date and occasion")
        }
        if case .vocabulary(let v) = visits.fields[oi].type {
            occasions = try a.vocabularyValues(try a.fields.node("occasions"), vocabulary: v)
        } else {
            occasions = try a.reader.texts(try a.fields.node("occasions"))
        }
        filter = try RecordFilter(a, spec)
        sinceField = try a.fields.optional("since_field").map { n throws(RulePackError) in try a.ledgerField(spec, n) }
        withinDays = try a.optionalParameter("within_days")
        sourceWithin = try a.optionalParameter("source_within")
        window = try a.optionalParameter("window")
        label = try a.optionalLocalized("label")
        pending = try a.optionalParameter("pending")
        if (withinDays != nil || sourceWithin != nil || pending != nil) && sinceField == nil {
            throw a.error("within_days 与 source_within 需要 since_field", "within_days and source_within need since_field")
        }
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        var lost: [Finding] = []
        if case .loaded(let l) = c.ledger(kind) {
            lost += c.unread(l, [filter.field, "id_number", sinceField].compactMap { $0 }) { filter.keeps($0, l) }
        }
        if case .loaded(let v) = c.ledger(visitsKind) { lost += c.unread(v, ["id_number", "date", "occasion"]) }
        return judge(c).adding(lost)
    }

    private func judge(_ c: CheckContext) -> CheckOutcome {
        let title = label?.text(c.lang) ?? occasions.joined(separator: "/")
        let source: Ledger
        switch c.ledger(kind) {
        case .missing:
            if c.levelRequires(kind) {
                return .pass([Finding(c.lang.pick("\(title)：未提供\(c.ledgerName(kind))台账，无从逐人核对（缺少该台账由要求它的条款判定）",
                                                  "\(title): no \(kind) ledger to match against (the clause that requires it reports its absence)"))])
            }
            return .manual(c.lang.pick("\(title)：需人工核验——本站未提供\(c.ledgerName(kind))台账，且本层级没有条款要求该台账，无法逐人核对应走访的人员",
                                       "\(title): to be verified by hand — the station keeps no \(kind) ledger and no clause of this level requires one, so the persons to visit cannot be matched"))
        default:
            switch c.requireLedger(kind) {
            case .failure(let box): return box.outcome
            case .success(let l): source = l
            }
        }
        let sinceIndex = sinceField.flatMap { source.index($0) }
        let idIndex = source.index("id_number")
        var due: [(Record, String, Day?)] = []
        var counted = Set<String>()
        for r in source.records where filter.keeps(r, source) {
            guard case .text(let id)? = r.value(idIndex), counted.insert(id).inserted else { continue }
            let since = sinceIndex.flatMap { r.value($0)?.day }
            if sinceField != nil && since == nil && sourceWithin != nil { continue }
            if let sw = sourceWithin, let s = since, s < c.windowStart(sw) { continue }
            due.append((r, id, since))
        }
        if due.isEmpty { return .pass() }
        let visits: Ledger
        switch c.requireLedger(visitsKind) {
        case .failure(let box):
            return box.outcome.verdict == .error ? box.outcome
                : .fail(c.lang.pick("\(title)：\(due.count) 人应走访，但\(c.missingLedger(visitsKind))", "\(title): \(due.count) persons to visit, but \(c.missingLedger(visitsKind))"))
        case .success(let l): visits = l
        }
        var byPerson: [String: [Day]] = [:]
        let vi = visits.index("id_number"), vd = visits.index("date"), vo = visits.index("occasion")
        for v in visits.records {
            guard case .text(let id)? = v.value(vi), let day = v.value(vd)?.day,
                  let occasion = v.value(vo)?.text, occasions.contains(occasion) else { continue }
            byPerson[id, default: []].append(day)
        }
        let windowStart = window.map { c.windowStart($0) }
        var missed: [String] = []
        var waiting: [String] = []
        var locations: [Location] = []
        for (r, id, since) in due {
            let ok = (byPerson[id] ?? []).contains { day in
                if let s = since, day < s { return false }
                if let s = since, let w = withinDays, day > Day(ordinal: s.ordinal + c.parameter(w)) { return false }
                if let ws = windowStart, day < ws { return false }
                return true
            }
            if !ok, let p = pending, let s = since, (byPerson[id] ?? []).allSatisfy({ $0 < s }) {
                // Not yet due: the return or award is recent and no visit has been made; it
                // falls due `pending` days after (a visit already made but late still fails).
                let dueDay = Day(ordinal: s.ordinal + c.parameter(p))
                if dueDay >= c.asOf {
                    waiting.append(c.lang.pick("\(c.person(r, in: source))（应于 \(dueDay) 前走访）", "\(c.person(r, in: source)) (due by \(dueDay))"))
                    continue
                }
            }
            if !ok {
                missed.append(c.person(r, in: source))
                locations.append(source.location(r.mark))
            }
        }
        let pendingNote = waiting.isEmpty ? [] : [Finding(c.lang.pick("\(title)：\(waiting.count) 人待走访（尚未到期）：\(c.names(waiting))",
                                                                     "\(title): \(waiting.count) pending (not yet due): \(c.names(waiting))"))]
        if missed.isEmpty {
            if waiting.isEmpty { return .pass([Finding(c.lang.pick("\(title)：\(due.count) 人均已走访", "\(title): all \(due.count) visited"))]) }
            let visited = due.count - waiting.count
            return .pass((visited > 0 ? [Finding(c.lang.pick("\(title)：\(visited) 人已走访", "\(title): \(visited) visited"))] : []) + pendingNote)
        }
        var condition = occasions.map { "“\($0)”" }.joined(separator: c.lang.pick("或", " or "))
        if let si = sinceIndex, let w = withinDays {
            let since = source.spec.fields[si].name(c.lang)
            condition = c.lang.pick("\(since)后 \(c.parameter(w)) 天内的", "within \(c.parameter(w)) days after \(since), ") + condition
        } else if let w = window {
            condition = c.lang.pick("近 \(c.parameter(w)) 天内的", "in the last \(c.parameter(w)) days, ") + condition
        }
        return .fail(c.lang.pick("\(title)：\(missed.count) 人没有\(condition)走访记录：\(c.names(missed))",
                                 "\(title): \(missed.count) persons have no \(condition) visit: \(c.names(missed))"),
                     Array(locations.prefix(10))).adding(pendingNote)
    }

    func describe(_ lang: Language) -> String {
        lang.pick("\(kind) 中每人都有“\(occasions.joined(separator: "/"))”走访记录", "everyone in \(kind) has a \(occasions.joined(separator: "/")) visit")
    }
}

extension VisitedCheck {
    var parametersRead: Set<String> { Set([withinDays, sourceWithin, window, pending].compactMap { $0 }) }
}
