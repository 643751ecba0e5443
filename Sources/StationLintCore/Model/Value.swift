/// A typed value read from a station's files, as its field's type reads it.
public enum Value: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case date(Day)
    case list([Item])
    /// The text as written, which does not read as the field's type; `problem` says why (made
    /// when it is shown).
    case invalid(raw: String, problem: DeferredText)

    /// One item of a list, with its position.
    public struct Item: Sendable, Equatable {
        public let value: Value
        public let mark: Mark
    }

    /// The text for messages (`true` → 是/true, dates as YYYY-MM-DD).
    public func display(_ lang: Language) -> String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .decimal(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .boolean(let b): return b ? lang.pick("是", "true") : lang.pick("否", "false")
        case .date(let d): return d.description
        case .list(let items): return items.map { $0.value.display(lang) }.joined(separator: lang.pick("、", ", "))
        case .invalid(let raw, _): return raw
        }
    }

    public var text: String? { if case .text(let s) = self { return s } else { return nil } }
    public var day: Day? { if case .date(let d) = self { return d } else { return nil } }
    public var bool: Bool? { if case .boolean(let b) = self { return b } else { return nil } }
    public var isInvalid: Bool { if case .invalid = self { return true } else { return false } }

    /// A number for comparisons (integers and decimals).
    public var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .decimal(let d): return d
        default: return nil
        }
    }

    /// The items of a list; a single value is a one-item list.
    public var items: [Value] {
        if case .list(let items) = self { return items.map(\.value) }
        return [self]
    }
}

/// Reads scalar text as a field type.
public struct ValueTyper: Sendable {
    public let vocabularies: [String: Vocabulary]
    public let asOf: Day
    public let lang: Language
    public let privacy: PersonalData
    /// The pack's levels, for a `level` field.
    public let levels: Levels?

    public init(vocabularies: [String: Vocabulary], levels: Levels? = nil, asOf: Day, lang: Language, privacy: PersonalData) {
        self.vocabularies = vocabularies
        self.levels = levels
        self.asOf = asOf
        self.lang = lang
        self.privacy = privacy
    }

    /// Why a text in a date's form names no day: the part that is out of range.
    static func impossibleDate(_ f: (year: Int, month: Int, day: Int), _ lang: Language) -> String {
        if f.year < 1900 || f.year > 2999 {
            return lang.pick("日期不存在：年份 \(f.year) 不在 1900–2999 之间", "no such date: the year \(f.year) is not between 1900 and 2999")
        }
        if f.month < 1 || f.month > 12 {
            return lang.pick("日期不存在：没有 \(f.month) 月", "no such date: there is no month \(f.month)")
        }
        return lang.pick("日期不存在：\(f.year) 年 \(f.month) 月只有 \(Day.daysIn(f.month, f.year)) 天",
                         "no such date: \(f.year)-\(f.month) has \(Day.daysIn(f.month, f.year)) days")
    }

    /// The typed value of `text` (never nil: what does not read is `.invalid` with the reason).
    ///
    /// Typed fields (numbers, dates, booleans, phones, ID numbers, division codes) read the
    /// full-width forms a Chinese input method types (`２０２４年９月１０日`, `１４０１…Ｘ`) as ASCII:
    /// folded here, once, for every source (YAML, CSV, workbooks). Free text, file paths and
    /// vocabulary values keep their text as written (vocabularies match through
    /// `TextNormalizer.key`, which folds width itself).
    public func value(_ raw: String, as type: FieldType) -> Value {
        let text: String
        switch type {
        case .integer, .decimal, .boolean, .date, .phone, .idNumber, .divisionCode:
            text = WidthFolding.ascii(raw).trimmingSpaces()
        case .text, .file, .mapping, .attestations, .records, .level, .vocabulary, .list:
            text = raw.trimmingSpaces()
        }
        switch type {
        case .text, .file, .mapping, .attestations, .records:
            return .text(text)
        case .integer:
            if let v = ValueReaders.integer(text) { return .integer(v) }
            return invalid(raw, type)
        case .decimal:
            if let v = ValueReaders.decimal(text) { return .decimal(v) }
            return invalid(raw, type)
        case .boolean:
            if let v = ValueReaders.boolean(text) { return .boolean(v) }
            return invalid(raw, type)
        case .date:
            guard let f = Day.fields(text) else { return invalid(raw, type) }
            guard let d = Day(year: f.year, month: f.month, day: f.day) else {
                return .invalid(raw: raw, problem: DeferredText { [lang] in Self.impossibleDate(f, lang) })
            }
            if d > asOf {
                return .invalid(raw: raw, problem: DeferredText { [lang, asOf] in
                    lang.pick("日期晚于检查基准日 \(asOf)", "date is after the as-of date \(asOf)")
                })
            }
            return .date(d)
        case .phone:
            return ValueReaders.isPhone(text) ? .text(text) : invalid(raw, type)
        case .idNumber:
            if SpreadsheetNumber.isMangled(text) {
                return .invalid(raw: raw, problem: DeferredText(SpreadsheetNumber.advice(lang)))
            }
            var id = text
            if id.utf8.last == 0x78 { id = String(id.dropLast()) + "X" }
            if let problem = ValueReaders.idNumberProblem(id) {
                return .invalid(raw: raw, problem: DeferredText { [lang] in lang.pick("身份证号", "ID number ") + problem.message(lang) })
            }
            return .text(id)
        case .divisionCode:
            return DivisionCode(text) != nil ? .text(text) : invalid(raw, type)
        case .level:
            if let v = levels?.vocabulary.canonical(text) { return .text(v) }
            guard let levels else { return invalid(raw, type) }
            return .invalid(raw: raw, problem: DeferredText { [lang] in lang.pick("应为层级 ", "expected a level: ") + levels.choices(lang) })
        case .vocabulary(let name):
            guard let vocab = vocabularies[name] else { return .text(text) }
            if let v = vocab.canonical(text) { return .text(v) }
            return .invalid(raw: raw, problem: DeferredText { [lang] in
                let allowed = vocab.entries.map { $0.zh ?? $0.value }.joined(separator: lang.pick("、", ", "))
                return lang.pick("不在可选值中（\(allowed)）", "not one of: \(allowed)")
            })
        case .list(let inner):
            return value(raw, as: inner)
        }
    }

    func invalid(_ raw: String, _ type: FieldType) -> Value {
        .invalid(raw: raw, problem: DeferredText { [lang] in lang.pick("应为", "expected ") + type.expectation(lang) })
    }
}
