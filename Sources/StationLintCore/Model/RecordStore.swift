/// A ledger's records, stored field by field in a few flat arrays instead of an array of values
/// per record: a fixed-size slot per (record, field) holds a day number, an integer, a boolean,
/// a packed ID number, the index of an interned vocabulary value or an offset into one byte
/// arena for text (a phone number written in ASCII packed in the slot); lists and values that did not read sit in a side table. A county's ledgers
/// hold tens of thousands of records, and a `Value` per field with its `String` cost an
/// allocation or more each; here a ledger costs a handful of allocations whatever its length,
/// and a value becomes a `Value` only when a check reads it.
final class RecordStore: Sendable {
    /// What one slot holds.
    enum Tag: UInt8 {
        case absent, text, integer, decimal, boolean, date, idNumber, other
        /// A phone number written in plain ASCII, packed (`PackedPhone`).
        case phone
        /// A vocabulary or level value: its index among the ledger's distinct values (`words`).
        case word
    }

    /// One field of one record: a tag and 64 bits whose meaning the tag gives.
    struct Slot {
        var tag: Tag
        var word: UInt64
    }

    let fieldCount: Int
    let rowMarks: [Mark]
    /// Row-major: record r's field f is at `r * fieldCount + f` (slots and marks alike).
    let slots: [Slot]
    let marks: [Mark]
    /// The bytes of every text value, one after another; a text slot's word is offset << 24 | length.
    let arena: [UInt8]
    /// Lists and invalid values, which keep their parts and positions.
    let others: [Value]
    /// The distinct values of the ledger's vocabulary and level fields, each made once: a
    /// ledger of thousands of visits has a handful of 事由 and 方式.
    let words: [String]
    /// Per field, whether any record holds a value there that did not read (`.invalid`).
    let invalidFields: [Bool]
    /// The text the marks were taken in, for those whose column is counted only when read
    /// (`Mark.resolved(in:)`: a streamed YAML ledger's); empty when every mark is counted.
    let markedText: [UInt8]

    init(_ builder: RecordStoreBuilder, markedText: [UInt8] = []) {
        self.markedText = markedText
        fieldCount = builder.fieldCount
        rowMarks = builder.rowMarks
        slots = builder.slots
        marks = builder.marks
        arena = builder.arena
        others = builder.others
        words = builder.words
        invalidFields = builder.invalidFields
    }

    var count: Int { rowMarks.count }

    func slot(_ row: Int, _ field: Int) -> Slot { slots[row &* fieldCount &+ field] }

    /// A record's mark, its column counted.
    func rowMark(_ row: Int) -> Mark { resolved(rowMarks[row]) }

    /// A field's mark, its column counted.
    func mark(_ row: Int, _ field: Int) -> Mark { resolved(marks[row &* fieldCount &+ field]) }

    private func resolved(_ m: Mark) -> Mark { m.isUnresolved ? m.resolved(in: markedText) : m }

    /// The value of a field as a `Value` (made now: text becomes a `String` here).
    func value(_ row: Int, _ field: Int) -> Value? {
        let s = slot(row, field)
        switch s.tag {
        case .absent: return nil
        case .text: return .text(text(s.word))
        case .integer: return .integer(Int(Int64(bitPattern: s.word)))
        case .decimal: return .decimal(Double(bitPattern: s.word))
        case .boolean: return .boolean(s.word != 0)
        case .date: return .date(Day(ordinal: Int(Int64(bitPattern: s.word))))
        case .idNumber: return .text(PackedID.text(s.word))
        case .phone: return .text(PackedPhone.text(s.word))
        case .other: return others[Int(s.word)]
        case .word: return .text(words[Int(s.word)])
        }
    }

    func text(_ word: UInt64) -> String {
        let start = Int(word >> 24), length = Int(word & 0xFF_FFFF)
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self) }
    }
}

/// Fills a `RecordStore` record by record, as a ledger reader types them.
struct RecordStoreBuilder {
    let fieldCount: Int
    private(set) var rowMarks: [Mark] = []
    private(set) var slots: [RecordStore.Slot] = []
    private(set) var marks: [Mark] = []
    private(set) var arena: [UInt8] = []
    private(set) var others: [Value] = []
    private(set) var words: [String] = []
    private(set) var invalidFields: [Bool]
    /// Fields whose text values are ID numbers (packed when they have the standard's 18 characters).
    let idFields: [Bool]
    /// Fields whose values come from a vocabulary or are levels (interned in `words`).
    let wordFields: [Bool]

    init(fields: [FieldSpec], capacity: Int) {
        fieldCount = fields.count
        invalidFields = Array(repeating: false, count: fields.count)
        idFields = fields.map { $0.type.element == .idNumber }
        wordFields = fields.map {
            switch $0.type.element {
            case .vocabulary, .level: return true
            default: return false
            }
        }
        rowMarks.reserveCapacity(capacity)
        slots.reserveCapacity(capacity * fields.count)
        marks.reserveCapacity(capacity * fields.count)
    }

    /// Starts a record: every field absent, positioned at the record.
    mutating func begin(_ mark: Mark) {
        rowMarks.append(mark)
        for _ in 0..<fieldCount {
            slots.append(RecordStore.Slot(tag: .absent, word: 0))
            marks.append(mark)
        }
    }

    /// Sets a field of the record begun last (nil: the field is given, but empty).
    mutating func set(_ field: Int, _ value: Value?, at mark: Mark) {
        let at = (rowMarks.count - 1) * fieldCount + field
        marks[at] = mark
        guard let value else { return }
        slots[at] = slot(value, field)
    }

    /// Sets a field of the record begun last to what its decoder made of `bytes` (`FieldDecoder`).
    mutating func set(_ field: Int, _ decoded: FieldDecoder.Decoded, _ bytes: UnsafeBufferPointer<UInt8>, at mark: Mark) {
        switch decoded {
        case .word(let canonical): set(field, .text(canonical), at: mark)
        case .slot(let slot): put(field, slot, at: mark)
        case .bytes: put(field, textSlot(bytes), at: mark)
        }
    }

    private mutating func put(_ field: Int, _ slot: RecordStore.Slot, at mark: Mark) {
        let at = (rowMarks.count - 1) * fieldCount + field
        marks[at] = mark
        slots[at] = slot
    }

    /// Text appended to the arena (a ledger line is far below the 16 MB a length may give).
    private mutating func textSlot<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> RecordStore.Slot {
        let start = arena.count
        arena.append(contentsOf: bytes)
        return RecordStore.Slot(tag: .text, word: UInt64(start) << 24 | UInt64(arena.count - start))
    }

    /// The index of a vocabulary value among `words`, added if new. Compared as bytes, one by
    /// one: a ledger's vocabulary values are few, and hashing a Chinese `String` costs more than
    /// comparing a handful (it normalises first). Past `maxWords` distinct values, nil: the
    /// value is kept as text.
    private mutating func intern(_ s: String) -> UInt64? {
        var s = s
        return s.withUTF8 { b -> UInt64? in
            for (i, w) in words.enumerated() {
                var w = w
                if w.withUTF8({ $0.count == b.count && (b.isEmpty || memcmpEqual($0.baseAddress!, b.baseAddress!, b.count)) }) { return UInt64(i) }
            }
            guard words.count < Self.maxWords else { return nil }
            words.append(String(decoding: b, as: UTF8.self))
            return UInt64(words.count - 1)
        }
    }

    static let maxWords = 64

    private mutating func slot(_ value: Value, _ field: Int) -> RecordStore.Slot {
        switch value {
        case .text(let s):
            if idFields[field], let packed = PackedID.pack(s) { return RecordStore.Slot(tag: .idNumber, word: packed) }
            if wordFields[field], let i = intern(s) { return RecordStore.Slot(tag: .word, word: i) }
            return textSlot(s.utf8)
        case .integer(let i): return RecordStore.Slot(tag: .integer, word: UInt64(bitPattern: Int64(i)))
        case .decimal(let d): return RecordStore.Slot(tag: .decimal, word: d.bitPattern)
        case .boolean(let b): return RecordStore.Slot(tag: .boolean, word: b ? 1 : 0)
        case .date(let d): return RecordStore.Slot(tag: .date, word: UInt64(bitPattern: Int64(d.ordinal)))
        case .list, .invalid:
            if value.isInvalid { invalidFields[field] = true }
            others.append(value)
            return RecordStore.Slot(tag: .other, word: UInt64(others.count - 1))
        }
    }
}

/// An 18-character ID number (17 digits and a digit or `X`) in one integer: the 17 digits times
/// 11 plus the last character (10 for `X`), which is below 2^64 and gives the text back exactly.
enum PackedID {
    static func pack(_ id: String) -> UInt64? { pack(id.utf8, lowercaseX: false) }

    /// 17 ASCII digits and a digit or `X` (or `x`, when `lowercaseX`), packed; nil otherwise.
    static func pack<Bytes: Sequence<UInt8>>(_ bytes: Bytes, lowercaseX: Bool) -> UInt64? {
        var u = bytes.makeIterator()
        var n: UInt64 = 0
        for _ in 0..<17 {
            guard let c = u.next(), c >= 0x30, c <= 0x39 else { return nil }
            n = n * 10 + UInt64(c - 0x30)
        }
        guard let last = u.next(), u.next() == nil else { return nil }
        switch last {
        case 0x30...0x39: return n * 11 + UInt64(last - 0x30)
        case 0x58: return n * 11 + 10
        case 0x78 where lowercaseX: return n * 11 + 10
        default: return nil
        }
    }

    /// The packed ID of bytes that are exactly a valid ID number as `ValueTyper` reads one
    /// (18 ASCII characters, `x` for `X`, GB 11643's check digit and birth date); nil for
    /// anything else, which then takes the typer's own path with its message.
    static func validID(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count == 18, ValueReaders.idNumberProblem(bytes: bytes) == nil else { return nil }
        return pack(bytes, lowercaseX: true)
    }

    static func text(_ packed: UInt64) -> String {
        String(unsafeUninitializedCapacity: 18) { bytes in
            let last = packed % 11
            bytes[17] = last == 10 ? 0x58 : 0x30 + UInt8(last)
            var n = packed / 11
            for i in stride(from: 16, through: 0, by: -1) {
                bytes[i] = 0x30 + UInt8(n % 10)
                n /= 10
            }
            return 18
        }
    }
}

/// A person as ledgers identify them, by ID number, for lookups across records and ledgers: the
/// packed number when the text is an 18-character ID (the usual case, no `String` made), else
/// the text. The same ID gives the same key whichever field type held it.
public enum PersonKey: Hashable, Sendable {
    case packed(UInt64)
    case text(String)

    public init(_ text: String) {
        self = PackedID.pack(text).map(PersonKey.packed) ?? .text(text)
    }
}
