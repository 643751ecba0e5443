/// What a ledger field means to the checks that read it. The pack gives a field its role
/// (`role: person_id`); a check asks for the role, never for a field name, so a pack may name its
/// fields as it likes. Resolved when the pack loads: a check pointed at a ledger without a role it
/// needs is a pack error at its position.
public enum FieldRole: String, Sendable, CaseIterable {
    /// Identifies a person across ledgers (one record per person in a person ledger).
    case personID = "person_id"
    /// A person's name, as messages name them (masked in reports).
    case personName = "person_name"
    /// The day a record happened: a visit, an event, a case.
    case recordDate = "record_date"
    /// Why a visit was made (the vocabulary of visit reasons).
    case visitReason = "visit_reason"
    /// What kind of activity an event record is.
    case activityKind = "activity_kind"
    /// Persons invited to an event (a list of person ids).
    case invitees = "invitees"
    /// Whether an event was held online.
    case heldOnline = "held_online"
    /// The ledger header's "last brought up to date" field.
    case lastUpdated = "last_updated"
    /// Who made a visit (the 走访人 a phone spot check asks about: `sample --persons`).
    case visitor = "visitor"

    /// The role's name in messages about the pack.
    public func name(_ lang: Language) -> String {
        switch self {
        case .personID: return lang.pick("人员身份号", "person id")
        case .personName: return lang.pick("人员姓名", "person name")
        case .recordDate: return lang.pick("记录日期", "record date")
        case .visitReason: return lang.pick("走访事由", "visit reason")
        case .activityKind: return lang.pick("活动类型", "activity kind")
        case .invitees: return lang.pick("受邀人员", "invitees")
        case .heldOnline: return lang.pick("线上举办", "held online")
        case .lastUpdated: return lang.pick("更新日期", "last updated")
        case .visitor: return lang.pick("走访人", "visitor")
        }
    }
}
