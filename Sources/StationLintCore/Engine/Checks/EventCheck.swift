/// `event: [TYPES]`, `within: PARAMETER` — the activity ledger records an event of one of the
/// types within the window. `each: true` asks for every type (each missing one named);
/// `invited_from: KIND` asks that the event invited someone from that ledger (by ID number);
/// `report_online: true` adds how many were online and offline (when any were found). `in:`
/// names the activity ledger (default `events`, fields `date`, `type`, `invited`, `online`).
struct EventCheck: Check {
    static let name = "event"
    static let options = ["within", "each", "invited_from", "report_online", "in"]
    let types: [String]
    let within: String
    let each: Bool
    let invitedFrom: String?
    let reportOnline: Bool
    let ledger: String

    init(_ a: CheckArguments) throws(RulePackError) {
        ledger = try a.optionalLedger("in")?.key ?? "events"
        guard let spec = a.schema.ledger(ledger), let typeIndex = spec.index(of: "type"), spec.index(of: "date") != nil else {
            throw a.error("活动台账需有 date 与 type 字段", "the activity ledger needs date and type fields")
        }
        if case .vocabulary(let v) = spec.fields[typeIndex].type {
            types = try a.vocabularyValues(a.main, vocabulary: v)
        } else {
            types = try a.reader.texts(a.main)
        }
        within = try a.parameter(try a.fields.node("within"))
        each = try a.flag("each")
        invitedFrom = try a.optionalLedger("invited_from")?.key
        reportOnline = try a.flag("report_online")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .loaded(let l) = c.ledger(ledger) else { return judge(c) }
        let lost = c.unread(l, ["date", "type"])
        return judge(c, lost: !lost.isEmpty).adding(lost)
    }

    /// `lost`: some records did not read; "none" is then "none that can be counted".
    private func judge(_ c: CheckContext, lost: Bool = false) -> CheckOutcome {
        let events: Ledger
        switch c.requireLedger(ledger) {
        case .failure(let box): return box.outcome
        case .success(let l): events = l
        }
        var invitees: Set<String>? = nil
        if let from = invitedFrom {
            switch c.requireLedger(from) {
            case .failure(let box): return box.outcome
            case .success(let l): invitees = c.ids(l)
            }
        }
        let start = c.windowStart(within)
        let dateIndex = events.index("date"), typeIndex = events.index("type")
        let invitedIndex = events.index("invited"), onlineIndex = events.index("online")
        var found: [String: Int] = [:]
        var online = 0, offline = 0
        for r in events.records {
            guard let day = r.value(dateIndex)?.day, day >= start, let type = r.value(typeIndex)?.text, types.contains(type) else { continue }
            if let invitees {
                let invited = r.value(invitedIndex)?.items.compactMap(\.text) ?? []
                if !invited.contains(where: invitees.contains) { continue }
            }
            found[type, default: 0] += 1
            if r.value(onlineIndex)?.bool == true { online += 1 } else { offline += 1 }
        }
        let typeNames = types.map { "“\($0)”" }.joined(separator: c.lang.pick("或", " or "))
        var notes: [Finding] = []
        if reportOnline && online + offline > 0 {  // with none found, the fail already says so
            notes.append(Finding(c.lang.pick("线上 \(online) 场、线下 \(offline) 场" + (online > 0 && offline > 0 ? "，线上线下均已开展" : "，未做到线上线下都开展"),
                                             "\(online) online, \(offline) offline" + (online > 0 && offline > 0 ? "" : ": not both online and offline"))))
        }
        let location = [events.location(events.mark)]
        if each {
            let missing = types.filter { found[$0] == nil }
            if missing.isEmpty { return .pass(notes) }
            return .fail([Finding(c.lang.pick("\(c.windowText(within))没有\(lost ? "可计入的" : "")以下活动记录：\(c.list(missing))",
                                              "no record \(c.windowText(within)) of: \(c.list(missing))"), location)] + notes)
        }
        if !found.isEmpty {
            let total = found.values.reduce(0, +)
            return .pass([Finding(c.lang.pick("\(c.windowText(within))开展\(typeNames)活动 \(total) 次", "\(total) \(typeNames) events \(c.windowText(within))"))] + notes)
        }
        let withInvitees = invitedFrom.map { c.lang.pick("邀请\(c.ledgerName($0))台账中人员参加的", " inviting someone from the \($0) ledger") } ?? ""
        return .fail([Finding(c.lang.pick("\(c.windowText(within))没有\(lost ? "可计入的" : "")\(withInvitees)\(typeNames)活动记录",
                                          "no \(typeNames) event\(withInvitees) \(c.windowText(within))"), location)] + notes)
    }

    func describe(_ lang: Language) -> String {
        let t = types.joined(separator: lang.pick("、", ", "))
        return each ? lang.pick("\(within) 天内以下活动均有记录：\(t)", "each of these events within \(within) days: \(t)")
            : lang.pick("\(within) 天内有以下活动之一：\(t)", "an event within \(within) days of: \(t)")
    }
}

extension EventCheck {
    var parametersRead: Set<String> { [within] }
}
