import XCTest
@testable import StationLintCore

/// Records kept column-wise (`RecordStore`): every value comes back as the typer read it, ID
/// numbers packed and unpacked exactly, duplicates found on packed IDs, and a YAML ledger and
/// the same rows as CSV give the same records.
final class RecordStoreTests: XCTestCase {
    let asOf = Day(year: 2024, month: 12, day: 31)!

    func load(_ files: [String: String]) -> Station {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: asOf))
        return evaluator.load(MemoryStationFiles(files: files.mapValues { Array($0.utf8) }), path: "s")
    }

    static let declaration = "站点:\n  名称: 东沟村退役军人服务站\n  层级: 村级\n"

    func testPackedIDsRoundTrip() {
        for id in ["140105199001011238", "14010519900101123X", "000000000000000000", "999999999999999999"] {
            let packed = PackedID.pack(id)
            XCTAssertNotNil(packed, id)
            XCTAssertEqual(packed.map(PackedID.text), id)
        }
        for notAnID in ["14010519900101123", "1401051990010112381", "14010519900101123x", "1401051990010112３8", "14010519900101123Y"] {
            XCTAssertNil(PackedID.pack(notAnID), notAnID)
        }
    }

    func testPackedPhonesRoundTrip() {
        for phone in ["13912345678", "0354-5612345", "+86 13912345678", "(0354)5612345", "010-12345678-123", "0000000000000000", ")"] {
            let packed = Array(phone.utf8).withUnsafeBufferPointer(PackedPhone.pack)
            XCTAssertNotNil(packed, phone)
            XCTAssertEqual(packed.map(PackedPhone.text), phone)
        }
        // Too long, or written with what the four bits cannot hold: kept as text.
        for other in ["01234567890123456", "+86 139 1234 5678", "0354—5612345", "（0354）5612345", "139 1234 5678 转1", "0354_5612345"] {
            XCTAssertNil(Array(other.utf8).withUnsafeBufferPointer(PackedPhone.pack), other)
        }
    }

    func testPhoneNumbersAreStoredPackedAndReadBackAsWritten() throws {
        let veterans = try XCTUnwrap(PackFixture.pack.schema.ledger(named: "veterans"))
        let phone = try XCTUnwrap(veterans.fields.firstIndex { $0.type.element == .phone })
        let decoder = try XCTUnwrap(PackFixture.pack.schema.layout(of: veterans)).decoders[phone]
        for written in ["13912345678", "0354-5612345", "0354—5612345"] {
            let decoded = Array(written.utf8).withUnsafeBufferPointer { decoder.decode($0, asOf: asOf) }
            var builder = RecordStoreBuilder(fields: veterans.fields, capacity: 1)
            builder.begin(.start)
            Array(written.utf8).withUnsafeBufferPointer { builder.set(phone, try! XCTUnwrap(decoded), $0, at: .start) }
            let store = RecordStore(builder)
            XCTAssertEqual(store.slot(0, phone).tag, written.utf8.allSatisfy { $0 < 0x80 } ? .phone : .text, written)
            XCTAssertEqual(store.value(0, phone), .text(written))
        }
    }

    func testValidIDFromBytesAgreesWithTheTyper() {
        let typer = ValueTyper(vocabularies: [:], asOf: asOf, lang: .zh, privacy: PersonalData(show: true))
        for text in ["140105199001011238", "140105199001011239", "14010519900101106x", "14010519900101106X", "14010519900101123X",
                     "140105199013011238", "14010519900101123", "1401051990010112 8"] {
            var bytes = text
            let fast = bytes.withUTF8 { PackedID.validID($0) }
            switch typer.value(text, as: .idNumber) {
            case .text(let id):
                XCTAssertEqual(fast.map(PackedID.text), id, "\(text): the typer reads it, so must the fast path")
            default:
                XCTAssertNil(fast, "\(text): the typer refuses it, so must the fast path")
            }
        }
    }

    func testEveryKindOfValueComesBackAsTyped() throws {
        let s = load(["station.yaml": Self.declaration, "ledgers/visits.yaml": """
            updated: 2024-12-01
            records:
              - {id_number: "140105199001011238", name: 张三, date: 2024-09-10, occasion: 退役返乡, method: 走访, visitor: 王五}
              - {id_number: "14010519900101123", name: 李四, date: 2024-13-01, occasion: 重要节日, method: 电话}
              - {id_number: "14010519900101106x", name: 王二, date: null}
            """])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        XCTAssertEqual(ledger.records.count, 3)
        let id = ledger.index("id_number"), name = ledger.index("name"), date = ledger.index("date"), visitor = ledger.index("visitor")
        let first = ledger.records[0], second = ledger.records[1], third = ledger.records[2]
        XCTAssertEqual(first.value(id), .text("140105199001011238"))
        XCTAssertEqual(first.value(name), .text("张三"))
        XCTAssertEqual(first.value(date), .date(Day(year: 2024, month: 9, day: 10)!))
        XCTAssertEqual(first.value(visitor), .text("王五"))
        XCTAssertTrue(second.value(id)?.isInvalid ?? false, "an ID of 17 characters stays invalid, with its problem")
        XCTAssertTrue(second.value(date)?.isInvalid ?? false)
        XCTAssertNil(second.value(visitor), "absent")
        XCTAssertFalse(second.has(visitor!))
        XCTAssertEqual(third.value(id), .text("14010519900101106X"), "x is read as X")
        XCTAssertNil(third.value(date), "null is absent")
        XCTAssertEqual(third.mark(date).line, 5, "a field given as null keeps its position")
        XCTAssertEqual(second.mark(visitor).line, 4, "an absent field points at its record")
        XCTAssertEqual(first.values.count, ledger.spec.fields.count)
        XCTAssertNil(first.value(nil))
        XCTAssertNil(first.value(99))
    }

    func testVocabularyValuesAreInternedOnce() throws {
        let s = load(["station.yaml": Self.declaration, "ledgers/visits.yaml": """
            updated: 2024-12-01
            records:
              - {id_number: "140105199001011238", name: 张三, date: 2024-09-10, occasion: 退役返乡, method: 走访}
              - {id_number: "140105198503152319", name: 李四, date: 2024-10-01, occasion: 退役返乡, method: 电话}
              - {id_number: "14010519900101106X", name: 王二, date: 2024-10-02, occasion: 重要节日, method: 走访}
            """])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        let occasion = ledger.index("occasion"), method = ledger.index("method")
        XCTAssertEqual(ledger.records.map { $0.value(occasion) }, [.text("退役返乡"), .text("退役返乡"), .text("重要节日")])
        XCTAssertEqual(ledger.records.map { $0.value(method) }, [.text("走访"), .text("电话"), .text("走访")])
        XCTAssertEqual(Set(ledger.records.store.words), ["退役返乡", "重要节日", "走访", "电话"], "each distinct value once")
        XCTAssertEqual(ledger.records.store.words.count, 4)
    }

    func testDuplicatesAreFoundOnPackedAndOnTextIDs() throws {
        let s = load(["station.yaml": Self.declaration, "ledgers/veterans.yaml": """
            updated: 2024-12-01
            records:
              - {id_number: "140105199001011238", name: 张三, category: 退役士兵, discharge_date: 2020-09-01}
              - {id_number: "14010519900101106X", name: 李四, category: 退役士兵, discharge_date: 2020-09-01}
              - {id_number: "140105199001011238", name: 张三, category: 退役士兵, discharge_date: 2020-09-01}
              - {id_number: "14010519900101106x", name: 李四, category: 退役士兵, discharge_date: 2020-09-01}
            """])
        let ledger = try XCTUnwrap(s.ledgers["veterans"]?.ledger)
        let repeats = ledger.problems.filter { $0.message.contains("重复") }
        XCTAssertEqual(repeats.map { $0.locations.first?.line }, [5, 6], "\(ledger.problems)")
        XCTAssertTrue(repeats[0].message.contains("第 3 行"), repeats[0].message)
        XCTAssertTrue(repeats[1].message.contains("第 4 行"), "14010519900101106x is the same person as …06X: \(repeats[1].message)")
    }

    func testYAMLAndCSVGiveTheSameRecords() throws {
        let yaml = load(["station.yaml": Self.declaration, "ledgers/visits.yaml": """
            updated: 2024-12-01
            records:
              - {id_number: "140105199001011238", name: 张三, date: 2024-09-10, occasion: 退役返乡, method: 走访, visitor: 王五}
              - {id_number: "140105198503152319", name: 李四, date: 2024-10-01, occasion: 重要节日, method: 电话, visitor: 王五}
            """])
        let csv = load(["station.yaml": Self.declaration, "ledgers/visits.csv": """
            身份证号,姓名,日期,事由,方式,走访人
            140105199001011238,张三,2024-09-10,退役返乡,走访,王五
            140105198503152319,李四,2024-10-01,重要节日,电话,王五

            """])
        let a = try XCTUnwrap(yaml.ledgers["visits"]?.ledger), b = try XCTUnwrap(csv.ledgers["visits"]?.ledger)
        XCTAssertEqual(a.records.map(\.values), b.records.map(\.values))
    }
}
