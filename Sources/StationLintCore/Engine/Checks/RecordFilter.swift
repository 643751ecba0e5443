/// `where: FIELD` — keeps the records whose field is true (booleans) or filled (anything else).
struct RecordFilter: Sendable {
    let field: String?

    init(_ a: CheckArguments, _ spec: LedgerSpec) throws(RulePackError) {
        field = try a.fields.optional("where").map { n throws(RulePackError) in try a.ledgerField(spec, n) }
    }

    func keeps(_ r: Record, _ ledger: Ledger) -> Bool {
        guard let field else { return true }
        switch r.value(ledger.index(field)) {
        case nil: return false
        case .boolean(let b)?: return b
        case .text(let t)?: return !t.isEmpty
        default: return true
        }
    }
}
