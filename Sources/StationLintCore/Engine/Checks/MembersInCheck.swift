/// `members_in: KIND`, `in: OTHER` — every person of one ledger is also in another, by person
/// id (the `person_id` role of both); each who is not is named. `if_exists: true` passes when the
/// other ledger is absent.
struct MembersInCheck: Check {
    static let name = "members_in"
    static let options = ["in", "if_exists"]
    static let outside = MessageTemplate("members_in.outside",
        zh: "{title}中 {count} 人不在{other}中：{persons}", en: "{count} in {ledger} are not in {other}: {persons}")
    static let describing = MessageTemplate("members_in.describe",
        zh: "{ledger}中每人都在{other}中", en: "everyone in {ledger} is in {other}")
    static let messages = [outside, describing]
    let kind: String
    /// The ledger's own name without the pack's noun (`思想政治指导员中 1 人…`).
    let title: Localized
    let idField: LedgerField
    let other: String
    let ifExists: Bool

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        let otherSpec = try a.ledger(try a.fields.node("in"))
        idField = try a.role(.personID, in: spec)
        _ = try a.role(.personID, in: otherSpec)
        kind = spec.key
        title = Localized(zh: spec.zh, en: spec.key)
        other = otherSpec.key
        ifExists = try a.flag("if_exists")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .loaded(let l) = c.ledger(kind) else { return judge(c) }
        return judge(c).adding(c.unread(l, [idField]))
    }

    private func judge(_ c: CheckContext) -> CheckOutcome {
        let ledger: Ledger, target: Ledger
        switch c.ledger(kind) {
        case .missing: return .pass()  // nobody to check; the ledger's own rule reports its absence
        default:
            switch c.requireLedger(kind) {
            case .failure(let box): return box.outcome
            case .success(let l): ledger = l
            }
        }
        if case .missing = c.ledger(other), ifExists { return .pass() }
        switch c.requireLedger(other) {
        case .failure(let box): return box.outcome
        case .success(let l): target = l
        }
        let known = c.ids(target)
        let idIndex = ledger.index(idField)
        var outside: [MessageArgument] = []
        var locations: [Location] = []
        for r in ledger.records {
            guard let id = r.personKey(idIndex) else { continue }
            if !known.contains(id) {
                outside.append(c.person(r, in: ledger))
                locations.append(ledger.location(r.mark))
            }
        }
        if outside.isEmpty { return .pass() }
        return .fail(Self.outside, ["title": .localized(title), "ledger": .ledger(kind), "other": .ledger(other),
                                    "count": .int(outside.count), "persons": c.names(outside)],
                     Array(locations.prefix(10)))
    }

    func describe() -> Message { Message(Self.describing, ["ledger": .ledger(kind), "other": .ledger(other)]) }
}
