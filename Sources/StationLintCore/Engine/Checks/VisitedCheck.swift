/// `visited: KIND`, `occasions: [...]` — every person of a ledger (optionally `where: FIELD`)
/// has a visit for one of the occasions (visit reasons), matched by person id in the visits
/// ledger (`in:`, by default the one ledger whose fields have the roles `person_id`,
/// `record_date` and `visit_reason`); names each person missed. Options: `since_field:
/// DATE_FIELD` (the visit is on or after that date of the record), `within_days: PARAMETER` (and
/// no more than that many days after it), `source_within: PARAMETER` (only records whose
/// `since_field` date is in that window), `window: PARAMETER` (the visit itself is in that
/// window), `label` (what the duty is called), `pending: PARAMETER` (a person whose
/// `since_field` date lies within that many days and who has no visit yet is 待走访 with the day
/// it falls due — not a fail). Persons are counted by person id (listed twice, due once). With
/// the person ledger absent: a pass when some clause of this level requires that ledger (that
/// clause fails once), else 需人工核验 with the reason.
struct VisitedCheck: Check {
    static let name = "visited"
    static let options = ["occasions", "where", "since_field", "within_days", "source_within", "window", "label", "in", "pending"]
    static let noSource = MessageTemplate("visited.no_source",
        zh: "{title}：未提供{ledger}，无从逐人核对（缺少该台账由要求它的条款判定）",
        en: "{title}: without {ledger} there is no one to match against (the clause that requires it reports its absence)")
    static let noSourceManual = MessageTemplate("visited.no_source_manual",
        zh: "{title}：需人工核验——本站未提供{ledger}，且本层级没有条款要求该台账，无法逐人核对应走访的人员",
        en: "{title}: to be verified by hand — the station does not keep {ledger} and no clause of this level requires it, so the persons to visit cannot be matched")
    static let noVisits = MessageTemplate("visited.no_visits",
        zh: "{title}：{count} 人应走访，但{missing}", en: "{title}: {count} persons to visit, but {missing}")
    static let pendingPerson = MessageTemplate("visited.pending_person", zh: "{person}（应于 {due} 前走访）", en: "{person} (due by {due})")
    static let pendingNote = MessageTemplate("visited.pending",
        zh: "{title}：{count} 人待走访（尚未到期）：{persons}", en: "{title}: {count} pending (not yet due): {persons}")
    static let allVisited = MessageTemplate("visited.all", zh: "{title}：{count} 人均已走访", en: "{title}: all {count} visited")
    static let someVisited = MessageTemplate("visited.some", zh: "{title}：{count} 人已走访", en: "{title}: {count} visited")
    static let afterSince = MessageTemplate("visited.after_since",
        zh: "{since}后 {days} 天内的{reasons}", en: "{reasons} within {days} days after {since}")
    static let recent = MessageTemplate("visited.recent", zh: "近 {days} 天内的{reasons}", en: "{reasons} in the last {days} days")
    static let missed = MessageTemplate("visited.missed",
        zh: "{title}：{count} 人没有{condition}走访记录：{persons}", en: "{title}: {count} person(s) without a visit for {condition}: {persons}")
    static let describing = MessageTemplate("visited.describe",
        zh: "{ledger}中每人都有{reasons}走访记录", en: "everyone in {ledger} has a {reasons} visit")
    static let messages = [noSource, noSourceManual, noVisits, pendingPerson, pendingNote, allVisited, someVisited,
                           afterSince, recent, missed, describing] + Alternatives.messages
    let kind: String
    /// The person-id field of the ledger of persons to visit.
    let idField: LedgerField
    let visitsKind: String
    /// The visits ledger's person-id, date and reason fields.
    let visitID: LedgerField
    let visitDate: LedgerField
    let visitReason: LedgerField
    let occasions: [String]
    let filter: RecordFilter
    let sinceField: LedgerField?
    let withinDays: String?
    let sourceWithin: String?
    let window: String?
    let label: Localized?
    let pending: String?

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        idField = try a.role(.personID, in: spec)
        let visits = try a.ledger("in", having: [.personID, .recordDate, .visitReason])
        visitsKind = visits.key
        visitID = try a.role(.personID, in: visits)
        visitDate = try a.role(.recordDate, in: visits)
        visitReason = try a.role(.visitReason, in: visits)
        if case .vocabulary(let v)? = visits.field(.visitReason)?.type {
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
            lost += c.unread(l, [filter.field, idField, sinceField].compactMap { $0 }) { filter.keeps($0, l) }
        }
        if case .loaded(let v) = c.ledger(visitsKind) { lost += c.unread(v, [visitID, visitDate, visitReason]) }
        return judge(c).adding(lost)
    }

    private func judge(_ c: CheckContext) -> CheckOutcome {
        let title: MessageArgument = label.map { .localized($0) } ?? .text(occasions.joined(separator: "/"))
        let source: Ledger
        switch c.ledger(kind) {
        case .missing:
            if c.levelRequires(kind) {
                return .pass([Finding(Self.noSource, ["title": title, "ledger": .ledger(kind)])])
            }
            return .manual(Message(Self.noSourceManual, ["title": title, "ledger": .ledger(kind)]))
        default:
            switch c.requireLedger(kind) {
            case .failure(let box): return box.outcome
            case .success(let l): source = l
            }
        }
        let sinceIndex = sinceField.flatMap { source.index($0) }
        let idIndex = source.index(idField)
        var due: [(Record, PersonKey, Day?)] = []
        var counted = Set<PersonKey>()
        for r in source.records where filter.keeps(r, source) {
            guard let id = r.personKey(idIndex), counted.insert(id).inserted else { continue }
            let since = sinceIndex.flatMap { r.day($0) }
            if sinceField != nil && since == nil && sourceWithin != nil { continue }
            if let sw = sourceWithin, let s = since, s < c.windowStart(sw) { continue }
            due.append((r, id, since))
        }
        if due.isEmpty { return .pass() }
        let visits: Ledger
        switch c.requireLedger(visitsKind) {
        case .failure(let box):
            return box.outcome.verdict == .error ? box.outcome
                : .fail(Self.noVisits, ["title": title, "count": .int(due.count), "missing": .message(c.missingLedger(visitsKind).message)])
        case .success(let l): visits = l
        }
        var byPerson: [PersonKey: [Day]] = [:]
        let vi = visits.index(visitID), vd = visits.index(visitDate), vo = visits.index(visitReason)
        let wanted = visits.records.texts(occasions)
        for v in visits.records {
            guard let id = v.personKey(vi), let day = v.day(vd), v.text(vo, isIn: wanted) else { continue }
            byPerson[id, default: []].append(day)
        }
        let windowStart = window.map { c.windowStart($0) }
        var missed: [MessageArgument] = []
        var waiting: [MessageArgument] = []
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
                    waiting.append(.message(Message(Self.pendingPerson, ["person": c.person(r, in: source), "due": .day(dueDay)])))
                    continue
                }
            }
            if !ok {
                missed.append(c.person(r, in: source))
                locations.append(source.location(r.mark))
            }
        }
        let pendingNote = waiting.isEmpty ? [] : [Finding(Self.pendingNote, ["title": title, "count": .int(waiting.count), "persons": c.names(waiting)])]
        if missed.isEmpty {
            if waiting.isEmpty { return .pass([Finding(Self.allVisited, ["title": title, "count": .int(due.count)])]) }
            let visited = due.count - waiting.count
            return .pass((visited > 0 ? [Finding(Self.someVisited, ["title": title, "count": .int(visited)])] : []) + pendingNote)
        }
        var condition = Alternatives.of(occasions)
        if sinceIndex != nil, let since = sinceField, let w = withinDays {
            condition = .message(Message(Self.afterSince, ["since": .ledgerField(ledger: kind, field: since.key), "days": .int(c.parameter(w)),
                                                           "reasons": condition]))
        } else if let w = window {
            condition = .message(Message(Self.recent, ["days": .int(c.parameter(w)), "reasons": condition]))
        }
        return .fail(Self.missed, ["title": title, "count": .int(missed.count), "condition": condition, "persons": c.names(missed)],
                     Array(locations.prefix(10))).adding(pendingNote)
    }

    func describe() -> Message {
        Message(Self.describing, ["ledger": .ledger(kind), "reasons": Alternatives.of(occasions)])
    }
}

extension VisitedCheck {
    var parametersRead: Set<String> { Set([withinDays, sourceWithin, window, pending].compactMap { $0 }) }
}
