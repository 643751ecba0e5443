/// `where: FIELD` — keeps the records whose field is true (booleans) or filled (anything else).
/// An empty list (`assistance: []`) applies for nothing, and a "none" word in a field the pack
/// names means nothing (`NoneWords`).
struct RecordFilter: Sendable {
    let field: LedgerField?
    let none: NoneWords

    init(_ a: CheckArguments, _ spec: LedgerSpec) throws(RulePackError) {
        field = try a.fields.optional("where").map { n throws(RulePackError) in try a.ledgerField(spec, n) }
        none = NoneWords(a.schema, spec.key)
    }

    func keeps(_ r: Record, _ ledger: Ledger) -> Bool {
        guard let field else { return true }
        return none.filled(r.value(ledger.index(field)), field)
    }
}
