/// Problems in ledgers that no `ledger` check of the station's level judges (the events ledger,
/// read by many clauses to find one kind of event, or a village's veterans registry): each
/// invalid value, missing field or repeated ID number still gets its message at its position,
/// as a warning, so bad data never passes unsaid. Clause verdicts do not change.
enum UnjudgedLedgers {

    /// Per level, the ledger kinds some applicable `ledger` check judges: read off the pack once.
    static func judged(_ pack: RulePack) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for level in Set(pack.rules.flatMap(\.levels)) { out[level] = required(by: pack, level: level) }
        return out
    }

    /// The ledger kinds the level's applicable checks judge (`judgedLedgers`, which composite
    /// checks such as `any_of` forward from their parts).
    static func required(by pack: RulePack, level: String) -> Set<String> {
        var kinds = Set<String>()
        for rule in pack.rules(for: level) where rule.notApplicableReason(level) == nil {
            for spec in rule.checks where spec.applies(to: level) { kinds.formUnion(spec.check.judgedLedgers) }
        }
        return kinds
    }

    static func warnings(_ station: Station, _ pack: RulePack, judged: Set<String>, lang: Language) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for kind in station.ledgers.keys.sorted() where !judged.contains(kind) {
            guard let ledger = station.ledgers[kind]?.ledger, !ledger.problems.isEmpty else { continue }
            let name = pack.schema.ledgerName(kind, lang)
            let fallback = ledger.location(ledger.mark)
            // Every problem is a warning (the JSON report carries them all); the text report
            // shortens a long list itself.
            for problem in ledger.problems {
                out.append(Diagnostic(location: problem.locations.first ?? fallback, severity: .warning, message: lang.pick(
                    "\(name)：\(problem.message)（本层级没有条款判定该台账是否完整有效，请仍予更正）",
                    "\(name): \(problem.message) (no clause of this level judges whether this ledger is complete and valid; correct it all the same)")))
            }
        }
        return out
    }
}
