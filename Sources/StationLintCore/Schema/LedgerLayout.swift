/// A ledger kind compiled once, when its pack is loaded, for typing records straight from the
/// bytes of a file: each field's names as bytes (a record's keys are matched without a
/// `String` and, as records list their fields in one order, usually at the first try) and each
/// field's decoder.
///
/// A decoder types a value written the usual way (`2024-09-28`, `true`, an interned vocabulary
/// value, text with nothing to trim) from its bytes, and declines everything else: a value it
/// declines — full-width digits, spaces to trim, anything that does not read — goes the
/// typer's own way (`ValueTyper.value`), which alone makes messages. It answers only where the
/// typer would give the same value, so the two ways cannot disagree (`LedgerLayoutTests`
/// compares them value by value).
struct LedgerLayout: Sendable {
    /// Every name a field may be written under, as bytes, with the field's index.
    let names: [(bytes: [UInt8], field: Int)]
    let decoders: [FieldDecoder]

    init(_ spec: LedgerSpec, vocabularies: [String: Vocabulary], levels: Levels?) {
        var names: [(bytes: [UInt8], field: Int)] = []
        for (i, f) in spec.fields.enumerated() {
            names.append((Array(f.key.utf8), i))
            if f.zh != f.key { names.append((Array(f.zh.utf8), i)) }
        }
        self.names = names
        decoders = spec.fields.map { FieldDecoder($0.type, vocabularies: vocabularies, levels: levels) }
    }

    /// The field a key names, comparing bytes against both names of each field; `previous` is
    /// the field matched before it in the record (-1 at its start), whose successor is tried first.
    func field(named key: UnsafeBufferPointer<UInt8>, after previous: Int) -> Int? {
        let next = previous &+ 1
        if next < decoders.count {
            for entry in names where entry.field == next && Self.equal(entry.bytes, key) { return next }
        }
        for entry in names where Self.equal(entry.bytes, key) { return entry.field }
        return nil
    }

    @inline(__always)
    static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { a in b.isEmpty || memcmpEqual(a.baseAddress!, b.baseAddress!, b.count) }
    }
}

/// How one field's value is typed from its bytes, when it is written the usual way.
enum FieldDecoder: Sendable {
    /// Kept as written: free text, a file path.
    case text
    case integer, boolean, date, phone, idNumber, divisionCode
    /// A vocabulary or level value: the spellings that are their own trimmed text, each with
    /// the canonical value the vocabulary gives it.
    case word([(spelling: [UInt8], canonical: String)])
    /// Lists, decimals, unknown vocabularies: always the typer's own way.
    case general

    init(_ type: FieldType, vocabularies: [String: Vocabulary], levels: Levels?) {
        switch type {
        case .text, .file, .mapping, .attestations, .records: self = .text
        case .integer: self = .integer
        case .boolean: self = .boolean
        case .date: self = .date
        case .phone: self = .phone
        case .idNumber: self = .idNumber
        case .divisionCode: self = .divisionCode
        case .level: self = levels.map { Self.words($0.vocabulary) } ?? .general
        case .vocabulary(let name): self = vocabularies[name].map(Self.words) ?? .general
        case .decimal, .list: self = .general
        }
    }

    /// Every spelling of a vocabulary that the typer reads as itself (nothing to trim), with
    /// what `canonical` makes of it, computed here as the typer would compute it.
    static func words(_ vocabulary: Vocabulary) -> FieldDecoder {
        var out: [(spelling: [UInt8], canonical: String)] = []
        for e in vocabulary.entries {
            for s in [e.value] + (e.zh.map { [$0] } ?? []) + e.aliases where s.trimmingSpaces() == s && !s.isEmpty {
                guard let c = vocabulary.canonical(s), !out.contains(where: { $0.spelling.elementsEqual(s.utf8) }) else { continue }
                out.append((Array(s.utf8), c))
            }
        }
        return .word(out)
    }

    /// What a decoder makes of a value's bytes.
    enum Decoded {
        /// A slot that holds the value itself (a number, a day, a boolean, a packed ID).
        case slot(RecordStore.Slot)
        /// Text, the bytes as written.
        case bytes
        /// A vocabulary or level value, canonical.
        case word(String)
    }

    /// The value of `b`, or nil when the typer's own way must read it (`asOf`: the latest day
    /// a date may name).
    func decode(_ b: UnsafeBufferPointer<UInt8>, asOf: Day) -> Decoded? {
        guard let first = b.first, let last = b.last,
              first != 0x20, first != 0x09, first != 0xE3, last != 0x20, last != 0x09, last != 0x80 else { return nil }
        switch self {
        case .text: return .bytes
        case .general: return nil
        case .word(let spellings):
            for s in spellings where LedgerLayout.equal(s.spelling, b) { return .word(s.canonical) }
            return nil
        case .idNumber:
            return PackedID.validID(b).map { .slot(RecordStore.Slot(tag: .idNumber, word: $0)) }
        default:
            break
        }
        // The typed fields fold full-width forms first: only text with none reads here.
        guard !WidthFolding.needsFolding(b) else { return nil }
        switch self {
        case .integer:
            return ValueReaders.integer(bytes: b).map { .slot(RecordStore.Slot(tag: .integer, word: UInt64(bitPattern: Int64($0)))) }
        case .boolean:
            return ValueReaders.boolean(bytes: b).map { .slot(RecordStore.Slot(tag: .boolean, word: $0 ? 1 : 0)) }
        case .date:
            guard let f = Day.fields(bytes: b), let d = Day(year: f.year, month: f.month, day: f.day), d <= asOf else { return nil }
            return .slot(RecordStore.Slot(tag: .date, word: UInt64(bitPattern: Int64(d.ordinal))))
        case .phone:
            guard PhoneNumber.isValid(b) else { return nil }
            return PackedPhone.pack(b).map { .slot(RecordStore.Slot(tag: .phone, word: $0)) } ?? .bytes
        case .divisionCode:
            return DivisionCode.isCode(b) ? .bytes : nil
        default:
            return nil
        }
    }
}
