/// A ledger field a check reads, resolved once when the pack is loaded (a field the pack names,
/// or the one that has a role): its key, for messages, and its index among the ledger kind's
/// fields, which is where every record of that kind holds it — so a check reads a column by
/// its index, never looking a name up per station.
public struct LedgerField: Hashable, Sendable {
    public let key: String
    public let index: Int
}

extension Ledger {
    /// Where this ledger holds `field`: its resolved index, as every ledger typed by the pack's
    /// schema does; a ledger typed by another schema (a test's own) is looked up by the key.
    public func index(_ field: LedgerField) -> Int? {
        field.index < spec.fields.count && spec.fields[field.index].key == field.key ? field.index : index(field.key)
    }
}

extension LedgerSpec {
    /// The field that has `role` in this ledger kind, resolved; nil when none has it.
    public func resolved(_ role: FieldRole) -> LedgerField? {
        index(of: role).map { LedgerField(key: fields[$0].key, index: $0) }
    }
}
