import XCTest
@testable import StationLintCore

/// A YAML ledger typed as the parser hands over its records (`LedgerEntries`, how stations are
/// read) is the ledger typed from the parsed tree: the same records, values, positions,
/// problems, warnings and refusals, for every YAML ledger of the fixtures and for the shapes a
/// ledger can be written in wrongly.
final class StreamedLedgerTests: XCTestCase {
    let pack = PackFixture.pack

    func reader(_ spec: LedgerSpec, maxRecords: Int = InputLimits.maxRecordsPerLedger) -> LedgerReader {
        LedgerReading.reader(spec, file: "ledgers/\(spec.key).yaml", maxRecords: maxRecords)
    }

    /// What a reading gives, as comparable text: the ledger, the refusal or the parse error.
    func outcome(_ bytes: [UInt8], _ reader: LedgerReader, streamed: Bool) -> String {
        LedgerReading.describe { () throws(ParseError) in
            let entries = streamed ? LedgerEntries(reader) : nil
            let document = try YAMLDocument(bytes: bytes, entries: entries)
            return Result { () throws(LedgerShapeError) in try reader.read(yaml: document, streamed: entries) }
        }
    }

    func assertSame(_ text: String, _ spec: LedgerSpec, maxRecords: Int = InputLimits.maxRecordsPerLedger, file: StaticString = #filePath, line: UInt = #line) {
        let r = reader(spec, maxRecords: maxRecords)
        XCTAssertEqual(outcome(Array(text.utf8), r, streamed: true), outcome(Array(text.utf8), r, streamed: false), text, file: file, line: line)
    }

    func testEveryFixtureLedgerReadsTheSameStreamed() throws {
        let root = FixturePath.root.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var compared = 0
        while let path = enumerator?.nextObject() as? String {
            let parts = path.split(separator: "/")
            guard parts.count >= 2, ["ledgers", "台账"].contains(String(parts[parts.count - 2])), path.hasSuffix(".yaml"),
                  let spec = pack.schema.ledger(named: String(parts.last!.dropLast(5))) else { continue }
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: root + "/" + path), path)
            let r = reader(spec)
            XCTAssertEqual(outcome(Array(bytes), r, streamed: true), outcome(Array(bytes), r, streamed: false), path)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 200)
    }

    /// Random edits of a real ledger (lines dropped, doubled, shifted, values replaced, dashes
    /// and keys inserted): streamed and from the tree, the same outcome every time, whether it
    /// reads, is refused or does not parse.
    func testMutatedLedgersReadTheSameStreamed() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let base = ["# 走访慰问台账", "updated: 2024-12-01", "records:",
                    "  - id_number: \"140426199301250001\"", "    name: 许云新", "    date: 2024-09-28", "    occasion: 日常联系",
                    "    method: 走访", "  - id_number: \"14042619940105274X\"", "    姓名: 贺贵斌", "    日期: 2024年9月1日",
                    "    事由: 重要节日", "  - {name: 王五, date: 2024-01-02}", "  - name: 李四", "    date: ２０２４-１０-０１"]
        let inserts = ["  -", "  - 甲", "    - a", "records:", "记录:", "  name: x", "- name: y", "    date: 2025-13-40",
                       "    unknown: 1", "    name: [a, b]", "  - - nested", "    visitor: |", "      text", "\t- tab", "更新: x"]
        LedgerReading.assertEditsReadTheSame(base, seed: 20241202, limits: 2...6, edit: { lines, i, random in
            switch Int.random(in: 0..<5, using: &random) {
            case 0: if lines.count > 1 { lines.remove(at: i) }
            case 1: lines.insert(lines[i], at: i)
            case 2: lines[i] = " " + lines[i]
            case 3: lines.insert(inserts[Int.random(in: 0..<inserts.count, using: &random)], at: i)
            default: if let colon = lines[i].firstIndex(of: ":") { lines[i] = String(lines[i][...colon]) + " 否" }
            }
        }, separator: { _ in "\n" }, outcomes: { text, limit in
            let r = reader(visits, maxRecords: limit)
            let bytes = Array((text + "\n").utf8)
            return (outcome(bytes, r, streamed: true), outcome(bytes, r, streamed: false))
        })
    }

    func testLedgersWrittenWronglyReadTheSameStreamed() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let cases = [
            "updated: 2024-12-01\nrecords:\n  - id_number: \"140426199301250001\"\n    日期: 2024-09-28\n    事由: 重要节日\n",
            "records:\n- name: 张三\n  date: 2024-13-01\n- 李四\n-\n- {name: 王五, date: 2024-01-02}\n- - nested\n",
            "记录:\n  - name: 甲\nrecords:\n  - name: 乙\n",
            "records:\n  - name: 甲\n记录:\n  - name: 乙\nupdated: 2024-01-01\n更新: 2024-02-01\n",
            "records: [{name: 甲}, {name: 乙}]\n",
            "records:\n  name: 甲\n",
            "records: 甲\n",
            "records:\n",
            "- name: 甲\n",
            "updated: 2025-03-01\nextra: 1\nrecords:\n  - name: 甲\n    姓名: 乙\n    unknown: x\n    date: ２０２４-０９-２８\n    method: 电话\n",
            "records:\n  - name: 甲\n    visits:\n      - a\n      - b\n    date:\n      - 2024-01-01\n",
            "records:\n  - id_number: 140426199301250002\n  - id_number: 140426199301250001\n  - id_number: \"140426199301250001\"\n",
            "records:\n  - name: 甲\n  - name: 乙\n  - name: 丙\n  - name: 丁\n",
            "records:\n  - name: 甲\n    name: 乙\n",
            "records:\n  - name: 甲\n  bad indentation: x\n",
            // Marks counted only when read: after a BOM, after CJK text, in a flow mapping, and
            // an error inside a record (a key given twice) at its counted column.
            "\u{FEFF}records:\n  - 姓名: 甲甲\n    date: 2024-13-01\n  - {姓名: 乙, 日期: 2024年13月1日}\n",
            "records:\n  - 姓名: 甲\n    事由: 重要节日\n  - 姓名: 乙\n    姓名: 丙\n",
            "records:\n  - {姓名: 乙, 姓名: 丙}\n",
        ]
        for text in cases { assertSame(text, visits) }
        assertSame("records:\n  - name: 甲\n  - name: 乙\n  - name: 丙\n  - name: 丁\n", visits, maxRecords: 3)
        assertSame("records:\n  - {name: 甲}\n  - 乙\n  - name: 丙\n  - name: 丁\n", visits, maxRecords: 2)
    }
}
