/// The type of a field, as the pack's schema names it (`text`, `date`, `vocab:event_type`,
/// `list:id_number`, `mapping`, ...). Typing is the schema's job: the parser yields strings.
public indirect enum FieldType: Sendable, Equatable {
    case text, integer, decimal, boolean, date, phone, idNumber, divisionCode, level, file
    case vocabulary(String)
    case list(FieldType)
    case mapping
    case attestations
    case records

    /// Reads a type name; nil when unknown.
    public init?(name: String) {
        if name.hasPrefix("list:") {
            guard let inner = FieldType(name: String(name.dropFirst(5))) else { return nil }
            self = .list(inner)
            return
        }
        if name.hasPrefix("vocab:") {
            self = .vocabulary(String(name.dropFirst(6)))
            return
        }
        switch name {
        case "text": self = .text
        case "integer": self = .integer
        case "decimal": self = .decimal
        case "boolean": self = .boolean
        case "date": self = .date
        case "phone": self = .phone
        case "id_number": self = .idNumber
        case "division_code": self = .divisionCode
        case "level": self = .level
        case "file": self = .file
        case "mapping": self = .mapping
        case "attestations": self = .attestations
        case "records": self = .records
        default: return nil
        }
    }

    /// The type's name as a pack's schema writes it.
    public var name: String {
        switch self {
        case .text: return "text"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .boolean: return "boolean"
        case .date: return "date"
        case .phone: return "phone"
        case .idNumber: return "id_number"
        case .divisionCode: return "division_code"
        case .level: return "level"
        case .file: return "file"
        case .mapping: return "mapping"
        case .attestations: return "attestations"
        case .records: return "records"
        case .vocabulary(let v): return "vocab:" + v
        case .list(let inner): return "list:" + inner.name
        }
    }

    /// What a value of this type must look like, for messages.
    public func expectation(_ lang: Language) -> String {
        switch self {
        case .text: return lang.pick("文字", "text")
        case .integer: return lang.pick("整数（阿拉伯数字）", "an integer (ASCII digits)")
        case .decimal: return lang.pick("数字", "a number")
        case .boolean: return lang.pick("是/否（true/false）", "true/false (是/否)")
        case .date: return lang.pick("日期（如 2024-11-30、2024/9/10、20241130 或 2024年11月30日）", "a date (2024-11-30, 2024/9/10, 20241130 or 2024年11月30日)")
        case .phone: return lang.pick("电话号码（11 位手机号或区号-号码）", "a phone number (11-digit mobile, or area code and number)")
        case .idNumber: return lang.pick("18 位身份证号", "an 18-digit ID number")
        case .divisionCode: return lang.pick("12 位统计用区划代码", "a 12-digit statistical division code")
        case .level: return lang.pick("规则包定义的层级之一", "one of the pack's levels")
        case .file: return lang.pick("站点文件夹内的文件路径", "a file path inside the station folder")
        case .vocabulary(let name): return lang.pick("词表“\(name)”中的值", "a value of the list '\(name)'")
        case .list(let inner): return lang.pick("列表（每项为\(inner.expectation(lang))）", "a list of \(inner.expectation(lang))")
        case .mapping, .attestations: return lang.pick("键值映射", "a mapping")
        case .records: return lang.pick("记录列表", "a list of records")
        }
    }
}
