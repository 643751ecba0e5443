/// `event: [KINDS]`, `within: PARAMETER` — the activity ledger records an event of one of the
/// kinds within the window. `each: true` asks for every kind (each missing one named);
/// `invited_from: KIND` asks that the event invited someone from that ledger (by person id);
/// `report_online: true` adds how many were online and offline (when any were found). `in:`
/// names the activity ledger; by default it is the one ledger whose fields have the roles
/// `record_date` and `activity_kind` (and, for `invited_from`, `invitees`; for `report_online`,
/// `held_online`).
struct EventCheck: Check {
    static let name = "event"
    static let options = ["within", "each", "invited_from", "report_online", "in"]
    static let onlineBoth = MessageTemplate("event.online_both",
        zh: "线上 {onlineCount} 场、线下 {offlineCount} 场，线上线下均已开展", en: "{onlineCount} online, {offlineCount} offline")
    static let onlineNotBoth = MessageTemplate("event.online_not_both",
        zh: "线上 {onlineCount} 场、线下 {offlineCount} 场，未做到线上线下都开展", en: "{onlineCount} online, {offlineCount} offline: not both online and offline")
    static let missingEach = MessageTemplate("event.missing_each",
        zh: "{window}没有{countable}以下活动记录：{missing}", en: "no record {window} of: {missing}")
    static let found = MessageTemplate("event.found",
        zh: "{window}开展{kinds}活动 {total} 次", en: "{total} {kinds} events {window}")
    static let foundInviting = MessageTemplate("event.found_inviting",
        zh: "{window}开展邀请{from}中人员参加的{kinds}活动 {total} 次", en: "{total} {kinds} events inviting someone from {from} {window}")
    static let none = MessageTemplate("event.none",
        zh: "{window}没有{countable}{kinds}活动记录", en: "no {kinds} event {window}")
    static let noneInviting = MessageTemplate("event.none_inviting",
        zh: "{window}没有{countable}邀请{from}中人员参加的{kinds}活动记录", en: "no {kinds} event inviting someone from {from} {window}")
    /// Said when some records did not read: "none" is then "none that can be counted".
    static let countable = MessageTemplate("event.countable", zh: "可计入的", en: "")
    static let describingEach = MessageTemplate("event.describe_each",
        zh: "{within} 天内以下活动均有记录：{kinds}", en: "each of these events within {within} days: {kinds}")
    static let describingAny = MessageTemplate("event.describe_any",
        zh: "{within} 天内有以下活动之一：{kinds}", en: "an event within {within} days of: {kinds}")
    static let messages = [onlineBoth, onlineNotBoth, missingEach, found, foundInviting, none, noneInviting, countable,
                           describingEach, describingAny] + Alternatives.messages
    let kinds: [String]
    let within: String
    let each: Bool
    let invitedFrom: String?
    let reportOnline: Bool
    let ledger: String
    let dateField: LedgerField
    let kindField: LedgerField
    let inviteesField: LedgerField?
    let onlineField: LedgerField?

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger("in", having: [.recordDate, .activityKind])
        ledger = spec.key
        dateField = try a.role(.recordDate, in: spec)
        kindField = try a.role(.activityKind, in: spec)
        if case .vocabulary(let v)? = spec.field(.activityKind)?.type {
            kinds = try a.vocabularyValues(a.main, vocabulary: v)
        } else {
            kinds = try a.reader.texts(a.main)
        }
        within = try a.parameter(try a.fields.node("within"))
        each = try a.flag("each")
        if let from = try a.optionalLedger("invited_from") {
            _ = try a.role(.personID, in: from)
            invitedFrom = from.key
            inviteesField = try a.role(.invitees, in: spec)
        } else {
            invitedFrom = nil
            inviteesField = spec.resolved(.invitees)
        }
        reportOnline = try a.flag("report_online")
        onlineField = reportOnline ? try a.role(.heldOnline, in: spec) : spec.resolved(.heldOnline)
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .loaded(let l) = c.ledger(ledger) else { return judge(c) }
        let lost = c.unread(l, [dateField, kindField])
        return judge(c, lost: !lost.isEmpty).adding(lost)
    }

    /// `lost`: some records did not read; "none" is then "none that can be counted".
    private func judge(_ c: CheckContext, lost: Bool = false) -> CheckOutcome {
        let events: Ledger
        switch c.requireLedger(ledger) {
        case .failure(let box): return box.outcome
        case .success(let l): events = l
        }
        var invitees: Set<PersonKey>? = nil
        if let from = invitedFrom {
            switch c.requireLedger(from) {
            case .failure(let box): return box.outcome
            case .success(let l): invitees = c.ids(l)
            }
        }
        let start = c.windowStart(within)
        let dateIndex = events.index(dateField), kindIndex = events.index(kindField)
        let invitedIndex = inviteesField.flatMap(events.index), onlineIndex = onlineField.flatMap(events.index)
        var found: [String: Int] = [:]
        var online = 0, offline = 0
        for r in events.records {
            guard let day = r.day(dateIndex), day >= start, let kind = r.value(kindIndex)?.text, kinds.contains(kind) else { continue }
            if let invitees {
                let invited = r.value(invitedIndex)?.items.compactMap(\.text) ?? []
                if !invited.contains(where: { invitees.contains(PersonKey($0)) }) { continue }
            }
            found[kind, default: 0] += 1
            if r.bool(onlineIndex) == true { online += 1 } else { offline += 1 }
        }
        var args: [String: MessageArgument] = ["window": c.window(within), "kinds": Alternatives.of(kinds)]
        var notes: [Finding] = []
        if reportOnline && online + offline > 0 {  // with none found, the fail already says so
            notes.append(Finding(online > 0 && offline > 0 ? Self.onlineBoth : Self.onlineNotBoth,
                                 ["onlineCount": .int(online), "offlineCount": .int(offline)]))
        }
        let location = [events.location(events.mark)]
        let countable = MessageArgument.message(Message(lost ? Self.countable : CommonMessages.none))
        if each {
            let missing = kinds.filter { found[$0] == nil }
            if missing.isEmpty { return .pass(notes) }
            return .fail([Finding(Self.missingEach, ["window": c.window(within), "countable": countable,
                                                     "missing": .list(missing.map { .text($0) })], location)] + notes)
        }
        if !found.isEmpty {
            args["total"] = .int(found.values.reduce(0, +))
            if let from = invitedFrom {
                args["from"] = .ledger(from)
                return .pass([Finding(Self.foundInviting, args)] + notes)
            }
            return .pass([Finding(Self.found, args)] + notes)
        }
        args["countable"] = countable
        if let from = invitedFrom {
            args["from"] = .ledger(from)
            return .fail([Finding(Self.noneInviting, args, location)] + notes)
        }
        return .fail([Finding(Self.none, args, location)] + notes)
    }

    func describe() -> Message {
        Message(each ? Self.describingEach : Self.describingAny,
                ["within": .parameter(within), "kinds": .list(kinds.map { .text($0) })])
    }
}

extension EventCheck {
    var parametersRead: Set<String> { [within] }
}
