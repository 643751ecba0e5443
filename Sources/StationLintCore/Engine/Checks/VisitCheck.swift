/// `visit: [REASONS]` (or `visit: any`), `within: PARAMETER` — the visits ledger records a
/// visit for one of the reasons within the window; says when the latest was. `in:` names the
/// visits ledger; by default it is the one ledger whose fields have the roles `person_id`,
/// `record_date` and `visit_reason`.
struct VisitCheck: Check {
    static let name = "visit"
    static let options = ["within", "in"]
    static let noneAny = MessageTemplate("visit.none_any", zh: "{ledger}中没有{countable}走访记录", en: "no visit is recorded")
    static let none = MessageTemplate("visit.none", zh: "{ledger}中没有{countable}{reasons}走访记录", en: "no {reasons} visit is recorded")
    static let latestAny = MessageTemplate("visit.latest_any", zh: "最近一次走访：{day}", en: "latest visit: {day}")
    static let latest = MessageTemplate("visit.latest", zh: "最近一次{reasons}走访：{day}", en: "latest {reasons} visit: {day}")
    static let staleAny = MessageTemplate("visit.stale_any",
        zh: "最近一次走访在 {day}，{window}没有", en: "the latest visit was on {day}; none {window}")
    static let stale = MessageTemplate("visit.stale",
        zh: "最近一次{reasons}走访在 {day}，{window}没有", en: "the latest {reasons} visit was on {day}; none {window}")
    /// Said when some records did not read: "none" is then "none that can be counted".
    static let countable = MessageTemplate("visit.countable", zh: "可计入的", en: "")
    static let anyReason = MessageTemplate("visit.any_reason", zh: "任一事由", en: "any occasion")
    static let describing = MessageTemplate("visit.describe", zh: "{within} 天内有走访记录（{reasons}）", en: "a visit within {within} days ({reasons})")
    static let messages = [noneAny, none, latestAny, latest, staleAny, stale, countable, anyReason, describing] + Alternatives.messages
    /// nil: any reason.
    let reasons: [String]?
    let within: String
    let ledger: String
    let dateField: LedgerField
    let reasonField: LedgerField

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger("in", having: [.personID, .recordDate, .visitReason])
        ledger = spec.key
        dateField = try a.role(.recordDate, in: spec)
        reasonField = try a.role(.visitReason, in: spec)
        if a.main.scalar != nil, try a.reader.text(a.main) == "any" {
            reasons = nil
        } else if case .vocabulary(let v)? = spec.field(.visitReason)?.type {
            reasons = try a.vocabularyValues(a.main, vocabulary: v)
        } else {
            reasons = try a.reader.texts(a.main)
        }
        within = try a.parameter(try a.fields.node("within"))
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .loaded(let l) = c.ledger(ledger) else { return judge(c) }
        let lost = c.unread(l, [dateField, reasonField])
        return judge(c, lost: !lost.isEmpty).adding(lost)
    }

    /// `lost`: some records did not read; "none" is then "none that can be counted".
    private func judge(_ c: CheckContext, lost: Bool = false) -> CheckOutcome {
        let visits: Ledger
        switch c.requireLedger(ledger) {
        case .failure(let box): return box.outcome
        case .success(let l): visits = l
        }
        let dateIndex = visits.index(dateField), reasonIndex = visits.index(reasonField)
        var latest: Day? = nil
        for r in visits.records {
            guard let day = r.day(dateIndex) else { continue }
            if let reasons, !(r.value(reasonIndex)?.text.map(reasons.contains) ?? false) { continue }
            if latest.map({ day > $0 }) ?? true { latest = day }
        }
        var args: [String: MessageArgument] = [:]
        if let reasons { args["reasons"] = Alternatives.of(reasons) }
        let any = reasons == nil
        guard let latest else {
            args["ledger"] = .ledger(ledger)
            args["countable"] = .message(Message(lost ? Self.countable : CommonMessages.none))
            return .fail(any ? Self.noneAny : Self.none, args, [visits.location(visits.mark)])
        }
        args["day"] = .day(latest)
        if latest >= c.windowStart(within) {
            return .pass([Finding(any ? Self.latestAny : Self.latest, args)])
        }
        args["window"] = c.window(within)
        return .fail(any ? Self.staleAny : Self.stale, args, [visits.location(visits.mark)])
    }

    func describe() -> Message {
        Message(Self.describing, ["within": .parameter(within),
                                  "reasons": reasons.map { .list($0.map { .text($0) }) } ?? .message(Message(Self.anyReason))])
    }
}

/// Values a check accepts, each quoted and joined with "or" (`“重要节日”或“重点慰问”`): how the
/// visit, visited and event checks say the reasons or kinds they look for.
enum Alternatives {
    static let item = MessageTemplate("alternatives.item", zh: "“{value}”", en: "“{value}”")
    static let or = MessageTemplate("alternatives.or", zh: "或", en: " or ")
    static let messages = [item, or]

    static func of(_ values: [String]) -> MessageArgument {
        .messages(values.map { Message(item, ["value": .text($0)]) }, separator: or.id)
    }
}

extension VisitCheck {
    var parametersRead: Set<String> { [within] }
}
