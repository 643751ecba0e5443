import XCTest
@testable import StationLintCore

/// A CSV ledger typed record by record as the parser reads it (`LedgerReader.read(csv:…)`, how
/// stations are read) is the ledger typed from the whole `CSVTable`: the same records, values,
/// positions, problems, warnings, refusals and parse errors — which come first when a file has
/// several — for every CSV ledger of the fixtures and for random edits of one.
final class StreamedTableLedgerTests: XCTestCase {
    let pack = PackFixture.pack

    func reader(_ spec: LedgerSpec, maxRecords: Int = InputLimits.maxRecordsPerLedger) -> LedgerReader {
        LedgerReading.reader(spec, file: "台账/\(spec.zh).csv", maxRecords: maxRecords)
    }

    /// What a reading gives, as comparable text: the ledger, the refusal or the parse error.
    func outcome(_ bytes: [UInt8], _ reader: LedgerReader, streamed: Bool, separator: CSVSeparator? = nil) -> String {
        let ignored = pack.schema.ignoredColumns
        return LedgerReading.describe { () throws(ParseError) in
            if streamed, let read = try reader.read(csv: bytes, separator: separator, ignoredColumns: ignored) { return read }
            return try reader.read(wholeCSV: bytes, separator: separator, ignoredColumns: ignored)
        }
    }

    func testEveryFixtureCSVLedgerReadsTheSameStreamed() throws {
        let root = FixturePath.root.path
        var compared = 0
        var read = 0
        for path in LedgerReading.fixturePaths {
            let parts = path.split(separator: "/")
            guard parts.count >= 2, ["ledgers", "台账"].contains(String(parts[parts.count - 2])),
                  path.hasSuffix(".csv") || path.hasSuffix(".txt") else { continue }
            let name = String(parts.last!)
            guard let spec = pack.schema.ledger(named: String(name[..<name.lastIndex(of: ".")!])) else { continue }
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: root + "/" + path), path)
            let r = reader(spec)
            let separator: CSVSeparator? = path.hasSuffix(".txt") ? .tab : nil
            let streamed = outcome(Array(bytes), r, streamed: true, separator: separator)
            XCTAssertEqual(streamed, outcome(Array(bytes), r, streamed: false, separator: separator), path)
            if streamed.hasPrefix("updated") { read += 1 }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 20)
        XCTAssertGreaterThan(read, 15)
    }

    /// Random edits of a real ledger (rows dropped, doubled, cut short or lengthened, cells
    /// replaced by invalid, spaced, quoted or empty values, titles and second headers put in):
    /// streamed and whole, the same outcome every time, whether it reads, is refused or does not
    /// parse.
    func testMutatedCSVLedgersReadTheSameStreamed() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let base = ["走访慰问台账", "更新日期：2024年11月30日", "序号,身份证号,姓名,日期,事由,方式,,备注",
                    "1,140426199301250001,许云新,2024-09-28,日常联系,走访,,", "2,14042619940105274X,贺贵斌,2024年9月1日,重要节日,电话,,",
                    "3,,王五,2024-01-02,日常联系,走访,,", "4,140426199301250001,李四,２０２４-１０-０１,重要节日,走访,x,",
                    "5,\"14042619940105274X\",\"赵,六\",2024-10-02,\"日常\n联系\",走访,,"]
        let cells = ["", " ", "无", "2025-13-40", "\"\"", "\"a\"\"b\"", "140426199301250002", "1.40426E+17", "身份证号", "日期",
                     "事由", "date", "name", "　2024-09-28　", "13912345678", "\"x\"y", "\"unterminated", "未知列"]
        LedgerReading.assertEditsReadTheSame(base, seed: 20241203, limits: 2...8, edit: { lines, i, random in
            switch Int.random(in: 0..<6, using: &random) {
            case 0: if lines.count > 1 { lines.remove(at: i) }
            case 1: lines.insert(lines[i], at: i)
            case 2: lines[i] += Bool.random(using: &random) ? ",," : ",extra"
            case 3: if let comma = lines[i].lastIndex(of: ",") { lines[i] = String(lines[i][..<comma]) }
            case 4: lines.insert(Bool.random(using: &random) ? "" : ",,,,,,,", at: i)
            default:
                var parts = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                parts[Int.random(in: 0..<parts.count, using: &random)] = cells[Int.random(in: 0..<cells.count, using: &random)]
                lines[i] = parts.joined(separator: ",")
            }
        }, separator: { random in Bool.random(using: &random) ? "\n" : "\r\n" }, outcomes: { text, limit in
            let r = reader(visits, maxRecords: limit)
            return (outcome(Array(text.utf8), r, streamed: true), outcome(Array(text.utf8), r, streamed: false))
        })
    }
}
