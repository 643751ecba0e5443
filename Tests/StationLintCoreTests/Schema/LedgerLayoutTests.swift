import XCTest
@testable import StationLintCore

/// A ledger value typed from its bytes (`FieldDecoder`) is the value the typer gives the same
/// text, for every field of every ledger of the pack and for values written every way: the
/// usual ones, which the decoders must answer, and the unusual, which they may decline.
final class LedgerLayoutTests: XCTestCase {
    let pack = PackFixture.pack
    let asOf = Day(year: 2024, month: 12, day: 31)!
    var typer: ValueTyper {
        ValueTyper(vocabularies: pack.schema.vocabularies, levels: pack.schema.levels, asOf: asOf, lang: .zh, privacy: PersonalData(show: false))
    }

    /// Written every way a station writes them, and ways no field reads.
    var samples: [String] {
        var out = ["许云新", "日常联系", "2024-09-28", "2024-12-31", "2025-01-01", "2024-02-30", "2024/9/10", "20241130",
                   "2024年11月30日", "２０２４-０９-２８", " 2024-09-28", "2024-09-28 ", "2024-09-28 10:00", "true", "false",
                   "True", "TRUE", "是", "否", "yes", " 是", "是　", "１", "12", "-3", "+7", "+", "-", "007",
                   String(repeating: "9", count: 18), String(repeating: "9", count: 19), "1.5", "19581771034",
                   "195-8177-1034", "0355-1234567", "（0355）1234567", "+86 19581771034", "1958177103", "１９５８１７７１０３４",
                   "140426199301250001", "14042619940105274X", "14042619940105274x", "140426199301250002",
                   "140426199302300001", "1.40426E+17", "140426000000", "14042600000", "１４０４２６００００００",
                   "ledgers/a.pdf", "电脑、电话", "a b", "\u{3000}", "", " ", "\t", "是 ", "　是"]
        for v in pack.schema.vocabularies.values {
            for e in v.entries { out += [e.value] + (e.zh.map { [$0] } ?? []) + e.aliases }
        }
        for l in pack.schema.levels.all { out += [l.key, l.name.zh, l.name.en] + l.aliases }
        return out
    }

    /// The value as the reader stores it from a typed `Value`, and from the decoder.
    func stored(_ spec: LedgerSpec, _ field: Int, _ text: String) -> (typed: Value?, decoded: Value?, invalid: Bool) {
        var slow = RecordStoreBuilder(fields: spec.fields, capacity: 1)
        var fast = RecordStoreBuilder(fields: spec.fields, capacity: 1)
        slow.begin(.start)
        fast.begin(.start)
        let value: Value? = text.trimmingSpaces().isEmpty ? nil : typer.value(text, as: spec.fields[field].type)
        slow.set(field, value, at: .start)
        let layout = LedgerLayout(spec, vocabularies: pack.schema.vocabularies, levels: pack.schema.levels)
        var bytes = text
        let answered = bytes.withUTF8 { b -> Bool in
            guard let d = layout.decoders[field].decode(b, asOf: asOf) else { return false }
            fast.set(field, d, b, at: .start)
            return true
        }
        return (RecordStore(slow).value(0, field), answered ? RecordStore(fast).value(0, field) : nil, value?.isInvalid ?? false)
    }

    func testDecodedValuesAreTheTypersValues() {
        var answered = 0
        for spec in pack.schema.ledgers {
            for (i, f) in spec.fields.enumerated() {
                for text in samples {
                    let r = stored(spec, i, text)
                    guard let decoded = r.decoded else { continue }
                    answered += 1
                    XCTAssertFalse(r.invalid, "\(spec.key).\(f.key): decoded \(text.debugDescription), which does not read")
                    XCTAssertEqual(decoded, r.typed, "\(spec.key).\(f.key) \(text.debugDescription)")
                }
            }
        }
        XCTAssertGreaterThan(answered, 500)
    }

    func testTheUsualValuesAreDecoded() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let veterans = try XCTUnwrap(pack.schema.ledger(named: "veterans"))
        let usual: [(LedgerSpec, String, String, Value)] = [
            (visits, "id_number", "14042619940105274X", .text("14042619940105274X")),
            (visits, "id_number", "14042619940105274x", .text("14042619940105274X")),
            (visits, "date", "2024-09-28", .date(Day(year: 2024, month: 9, day: 28)!)),
            (visits, "date", "2024年9月28日", .date(Day(year: 2024, month: 9, day: 28)!)),
            (visits, "name", "许云新", .text("许云新")),
            (veterans, "phone", "19581771034", .text("19581771034")),
            (veterans, "entitled", "false", .boolean(false)),
            (veterans, "entitled", "是", .boolean(true)),
        ]
        for (spec, key, text, expected) in usual {
            let field = try XCTUnwrap(spec.index(of: key), key)
            XCTAssertEqual(stored(spec, field, text).decoded, expected, "\(key) \(text)")
        }
        // A vocabulary value, in the language it is written in, decoded to its canonical value.
        let occasion = try XCTUnwrap(visits.index(of: "occasion"))
        guard case .vocabulary(let name) = visits.fields[occasion].type, let vocabulary = pack.schema.vocabularies[name] else {
            return XCTFail("visits.occasion is no vocabulary field")
        }
        for entry in vocabulary.entries {
            for spelling in [entry.value] + (entry.zh.map { [$0] } ?? []) {
                XCTAssertEqual(stored(visits, occasion, spelling).decoded, .text(entry.value), spelling)
            }
        }
    }

    func testWhatDoesNotReadIsLeftToTheTyper() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let date = try XCTUnwrap(visits.index(of: "date"))
        let id = try XCTUnwrap(visits.index(of: "id_number"))
        for text in ["2025-01-01", "2024-02-30", "２０２４-０９-２８", " 2024-09-28", "十月"] {
            XCTAssertNil(stored(visits, date, text).decoded, text)
        }
        for text in ["140426199301250002", "1.40426E+17", "１４０４２６１９９３０１２５０００１"] {
            XCTAssertNil(stored(visits, id, text).decoded, text)
        }
    }

    func testKeysAreFoundByEitherName() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let layout = LedgerLayout(visits, vocabularies: pack.schema.vocabularies, levels: pack.schema.levels)
        for (i, f) in visits.fields.enumerated() {
            for name in [f.key, f.zh] {
                for previous in [-1, i - 1, visits.fields.count - 1] {
                    var n = name
                    XCTAssertEqual(n.withUTF8 { layout.field(named: $0, after: previous) }, i, name)
                }
            }
        }
        var unknown = "事由 "
        XCTAssertNil(unknown.withUTF8 { layout.field(named: $0, after: -1) })
    }
}
