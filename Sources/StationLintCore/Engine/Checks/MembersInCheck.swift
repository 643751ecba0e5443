/// `members_in: KIND`, `in: OTHER` — every person of one ledger is also in another, by ID
/// number; each who is not is named. `if_exists: true` passes when the other ledger is absent.
struct MembersInCheck: Check {
    static let name = "members_in"
    static let options = ["in", "if_exists"]
    let kind: String
    let other: String
    let ifExists: Bool

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        let otherSpec = try a.ledger(try a.fields.node("in"))
        guard spec.index(of: "id_number") != nil, otherSpec.index(of: "id_number") != nil else {
            throw a.error("两个台账都需有 id_number 字段", "both ledgers need an id_number field")
        }
        kind = spec.key
        other = otherSpec.key
        ifExists = try a.flag("if_exists")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .loaded(let l) = c.ledger(kind) else { return judge(c) }
        return judge(c).adding(c.unread(l, ["id_number"]))
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
        let idIndex = ledger.index("id_number")
        var outside: [String] = []
        var locations: [Location] = []
        for r in ledger.records {
            guard case .text(let id)? = r.value(idIndex) else { continue }
            if !known.contains(id) {
                outside.append(c.person(r, in: ledger))
                locations.append(ledger.location(r.mark))
            }
        }
        if outside.isEmpty { return .pass() }
        return .fail(c.lang.pick("\(c.ledgerName(kind))中 \(outside.count) 人不在\(c.ledgerName(other))台账中：\(c.names(outside))",
                                 "\(outside.count) in the \(kind) ledger are not in the \(other) ledger: \(c.names(outside))"),
                     Array(locations.prefix(10)))
    }

    func describe(_ lang: Language) -> String { lang.pick("\(kind) 中每人都在 \(other) 台账中", "everyone in \(kind) is in \(other)") }
}
