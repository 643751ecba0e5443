/// A ledger (台账) read from `ledgers/` or `台账/`: its records typed by the pack's schema.
public struct Ledger: Sendable {
    public let spec: LedgerSpec
    /// The file relative to the station folder (`ledgers/visits.yaml`).
    public let file: String
    /// `updated`, or for CSV the latest date in its date columns.
    public let updated: Day?
    public let updatedMark: Mark?
    /// Where the records start (the `records:` key, or the CSV header).
    public let mark: Mark
    public let records: Records
    /// Invalid values, missing required fields, a person twice: each with its position.
    public let problems: [LedgerProblem]
    public let warnings: [Diagnostic]
    /// The worksheet, for a ledger read from a workbook (`台账/台账.xlsx:建档立卡!C7`).
    public var sheet: String? = nil

    public func location(_ mark: Mark) -> Location { Location(file: file, mark: mark, sheet: sheet) }

    /// The index of a field in every record's values.
    public func index(_ field: String) -> Int? { spec.index(of: field) }
}

/// The records of a ledger, in file order: views into its `RecordStore`.
public struct Records: RandomAccessCollection, Sendable {
    let store: RecordStore

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }
    public subscript(position: Int) -> Record { Record(store: store, row: position) }

    /// A few texts looked for in these records (`Record.text(_:isIn:)`), decided once for each
    /// of the ledger's interned values: a check that matches thousands of visits by reason
    /// compares a handful of strings, not one per record.
    public func texts(_ texts: [String]) -> TextSet {
        TextSet(texts: texts, words: store.words.map { texts.contains($0) }, store: ObjectIdentifier(store))
    }
}

/// Texts to match a field against, with the answer for each interned value of one ledger.
public struct TextSet: Sendable {
    let texts: [String]
    let words: [Bool]
    /// The ledger whose interned values `words` answers for (another ledger's compare as text).
    let store: ObjectIdentifier
}

/// One record of a ledger: a value (or nil) and a position per field of the ledger's spec.
public struct Record: Sendable {
    let store: RecordStore
    let row: Int

    public var mark: Mark { store.rowMark(row) }

    /// The slot of a field of this record; nil for an index the spec does not have.
    func slot(_ index: Int?) -> RecordStore.Slot? {
        guard let index, index >= 0, index < store.fieldCount else { return nil }
        return store.slot(row, index)
    }

    public func value(_ index: Int?) -> Value? {
        guard let index, index >= 0, index < store.fieldCount else { return nil }
        return store.value(row, index)
    }

    /// The position of a field, or of the record when the field is absent.
    public func mark(_ index: Int?) -> Mark {
        guard let index, index >= 0, index < store.fieldCount else { return mark }
        return store.mark(row, index)
    }

    /// The day of a date field (nil when absent, invalid or not a date), read without making a `Value`.
    public func day(_ index: Int?) -> Day? {
        guard let s = slot(index), s.tag == .date else { return nil }
        return Day(ordinal: Int(Int64(bitPattern: s.word)))
    }

    /// The truth of a boolean field (nil when absent or invalid), read without making a `Value`.
    public func bool(_ index: Int?) -> Bool? {
        guard let s = slot(index), s.tag == .boolean else { return nil }
        return s.word != 0
    }

    /// The person a field's ID number names (nil when absent, invalid or not text), read
    /// without making a `String` for a packed ID.
    public func personKey(_ index: Int?) -> PersonKey? {
        guard let s = slot(index) else { return nil }
        switch s.tag {
        case .idNumber: return .packed(s.word)
        case .text: return PersonKey(store.text(s.word))
        case .word: return PersonKey(store.words[Int(s.word)])
        default: return nil
        }
    }

    /// Whether a field holds text that did not read as its type.
    public func isInvalid(_ index: Int) -> Bool {
        guard let s = slot(index), s.tag == .other else { return false }
        return store.others[Int(s.word)].isInvalid
    }

    /// Whether a field holds text that is one of `set`'s (as `value(index)?.text` compared
    /// with each), read without making a `String` for an interned value.
    public func text(_ index: Int?, isIn set: TextSet) -> Bool {
        guard let s = slot(index) else { return false }
        switch s.tag {
        case .word where set.store == ObjectIdentifier(store): return set.words[Int(s.word)]
        case .word, .text, .idNumber, .phone, .other: return value(index)?.text.map(set.texts.contains) ?? false
        default: return false
        }
    }

    /// Whether a field holds a value, valid or not (cheaper than `value(_:) != nil`).
    public func has(_ index: Int) -> Bool { (slot(index)?.tag ?? .absent) != .absent }

    /// Every field's value, in the spec's order.
    public var values: [Value?] { (0..<store.fieldCount).map { store.value(row, $0) } }
}

/// A ledger file that was found: read, or not readable (its error is the station's error).
public enum LedgerLoad: Sendable {
    case loaded(Ledger)
    case unreadable(file: String, diagnostic: Diagnostic)

    public var ledger: Ledger? { if case .loaded(let l) = self { return l } else { return nil } }
}
