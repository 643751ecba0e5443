/// The message templates the engine itself uses, outside any one check primitive: fields and
/// ledgers that cannot be used, lost records, the rule-level wording of a result, waivers.
public enum CommonMessages {
    public static let ledgerMissing = MessageTemplate("ledger.missing",
        zh: "缺少{ledger}（ledgers/{key}.yaml 或 台账/{name}.xlsx / .csv / .yaml）",
        en: "{ledger} is missing (ledgers/{key}.yaml or 台账/{name}.xlsx / .csv / .yaml)")
    public static let ledgerUnreadable = MessageTemplate("ledger.unreadable",
        zh: "{ledger} {file} 无法读取：{problem}", en: "{ledger} {file} could not be read: {problem}")
    public static let ledgerProblem = MessageTemplate("ledger.problem", zh: "{ledger}：{problem}", en: "{ledger}: {problem}")
    public static let recordsUnread = MessageTemplate("records.unread",
        zh: "{ledger} {count} 条记录{field}无效（{where}），未计入",
        en: "{count} record(s) of {ledger} with an invalid {field} ({where}) not counted")
    public static let fieldBroken = MessageTemplate("field.broken",
        zh: "{field}的结构有误，无法检查（见错误列表）", en: "{field} is malformed and cannot be checked (see errors)")
    public static let fieldAbsent = MessageTemplate("field.absent", zh: "未填写{field}", en: "{field} is not declared")
    public static let fieldInvalid = MessageTemplate("field.invalid", zh: "{field}“{value}”无效：{problem}", en: "{field} '{value}' is invalid: {problem}")
    public static let window = MessageTemplate("window",
        zh: "近 {days} 天内（{since} 以来）", en: "in the last {days} days (since {since})")
    public static let moreLocations = MessageTemplate("locations.more", zh: "{list} 等", en: "{list} …")

    public static let meets = MessageTemplate("result.meets", zh: "符合要求", en: "meets the requirement")
    public static let declarationUnreadable = MessageTemplate("result.declaration_unreadable",
        zh: "站点声明（{file}）无法读取，本条无法检查", en: "the declaration ({file}) could not be read")
    public static let attested = MessageTemplate("result.attested", zh: "站点自评：{text}", en: "the station attests: {text}")
    public static let notAttested = MessageTemplate("result.not_attested",
        zh: "站点未在 {key}（{field}）中填写“{clause}”的说明", en: "the station gave no attestation for \"{clause}\"")
    public static let waived = MessageTemplate("result.waived",
        zh: "（已豁免：{reason}；批准单位：{by}；有效期至 {until}）", en: " (waived: {reason}; approved by {by}; until {until})")
    public static let waiverExpired = MessageTemplate("result.waiver_expired",
        zh: "豁免已于 {until} 过期，未生效（{where}）", en: "a waiver expired on {until} and was ignored ({where})")
    public static let setAside = MessageTemplate("result.set_aside",
        zh: "按剪裁“{title}”不适用：{reason}（批准单位：{by}）", en: "set aside by the tailoring '{title}': {reason} (approved by {by})")

    /// Several messages said as one (`items` is a `.messages` argument).
    public static let joined = MessageTemplate("joined", zh: "{items}", en: "{items}")
    /// Separators for joined messages.
    public static let semicolon = MessageTemplate("sep.semicolon", zh: "；", en: "; ")
    public static let orElse = MessageTemplate("sep.or", zh: "，或", en: ", or ")
    public static let andAlso = MessageTemplate("sep.and", zh: "，且", en: "; and ")
    public static let comma = MessageTemplate("sep.comma", zh: "，", en: ", ")
    public static let none = MessageTemplate("sep.none", zh: "", en: "")

    public static let all: [MessageTemplate] = [
        ledgerMissing, ledgerUnreadable, ledgerProblem, recordsUnread, fieldBroken, fieldAbsent, fieldInvalid, window, moreLocations,
        meets, declarationUnreadable, attested, notAttested, waived, waiverExpired, setAside, joined, semicolon, orElse, andAlso, comma, none,
        MessageTemplate.packText,
    ]
}

/// Every message template a pack's checks can use, by id: what the Report layer renders from.
public enum MessageCatalog {
    public static let templates: [String: MessageTemplate] = {
        var out: [String: MessageTemplate] = [:]
        for t in CommonMessages.all + CheckRegistry.all.flatMap({ $0.messages }) { out[t.id] = t }
        return out
    }()
}
