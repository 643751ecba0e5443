import XCTest
@testable import StationLintCore

/// Hostile sizes and shapes: each limit is refused with its message at a position, deep nesting
/// never overflows the stack, and nothing is quadratic. The tests assert results only; how long
/// the large inputs take is measured outside the tests (README, "What stationlint guarantees").
final class LimitsTests: XCTestCase {
    func parseError(_ bytes: [UInt8], limits: YAMLDocument.Limits = .standard) -> ParseError? {
        do {
            _ = try YAMLDocument(bytes: bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func parseError(_ text: String, limits: YAMLDocument.Limits = .standard) -> ParseError? {
        parseError(Array(text.utf8), limits: limits)
    }

    // MARK: Nesting

    func testHundredThousandOpenBracketsStopAtTheDepthLimit() {
        // A flow mapping's key cannot be a collection: `{a: ` is how mappings nest.
        for opener in ["[", "{a: ", "[{a: "] {
            let e = parseError(String(repeating: opener, count: 100_000) + "\n")
            XCTAssertEqual(e?.code, "too-deep", opener)
            XCTAssertEqual(e?.mark.line, 1)
            let inside = opener == "[{a: " ? 32 : 64  // openers wholly within the limit
            XCTAssertEqual(e?.mark.column, Int32(inside * opener.count + 1), opener)  // the 65th collection
        }
    }

    func testHundredThousandNestedDashesStopAtTheDepthLimit() {
        let e = parseError(String(repeating: "- ", count: 100_000) + "a\n")
        XCTAssertEqual(e?.code, "too-deep")
        XCTAssertEqual(e?.mark.column, 129)
        // Nested on separate lines, each one deeper, and as mappings.
        let lines = (0..<2_000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n")
        XCTAssertEqual(parseError(lines)?.code, "too-deep")
        XCTAssertEqual(parseError(lines)?.mark.line, 65)
        let keys = (0..<2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        XCTAssertEqual(parseError(keys)?.code, "too-deep")
        XCTAssertEqual(parseError(keys)?.mark.line, 65)
    }

    func testDepthLimitIsInclusive() throws {
        XCTAssertNil(parseError(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)))
        let doc = try YAMLDocument(text: "[[[a]]]", limits: .init(maxDepth: 3))
        XCTAssertEqual(doc.json().serialized(pretty: false), #"[[["a"]]]"#)
        XCTAssertEqual(parseError("[[[[a]]]]", limits: .init(maxDepth: 3))?.code, "too-deep")
    }

    // MARK: Line length

    func testTenMegabyteLineIsRefusedAtTheLimit() {
        var bytes = [UInt8]()
        bytes.reserveCapacity(10 * 1_048_576 + 16)
        for _ in 0..<(10 * 1_048_576 / 8) { bytes += Array("a: b: c ".utf8) }
        bytes.append(0x0A)
        let e = parseError(bytes)
        XCTAssertEqual(e?.code, "line-too-long")
        XCTAssertEqual(e?.mark.line, 1)
        XCTAssertEqual(e?.mark.column, 1_048_577)
        XCTAssertEqual(e?.mark.offset, 1_048_576)
        XCTAssertEqual(e?.message(.zh), "行长度超过上限 1048576 字节")
        XCTAssertEqual(e?.message(.en), "line longer than the limit of 1048576 bytes")
    }

    func testLineLengthCountsBytesWithoutTheLineBreak() {
        let limits = YAMLDocument.Limits(maxLineBytes: 8)
        XCTAssertNil(parseError("k: 12345\nk2: 1234\r\n", limits: limits))
        let e = parseError("k: 1\nk2: 123456\n", limits: limits)
        XCTAssertEqual(e?.code, "line-too-long")
        XCTAssertEqual(e?.mark.line, 2)
        XCTAssertEqual(e?.mark.column, 9)
        XCTAssertEqual(parseError("k: 1\nk: 1234567", limits: limits)?.mark.line, 2)  // last line, no break
        XCTAssertEqual(parseError("名称: 张三李四\n", limits: limits)?.mark.column, 5)  // byte 8 is 张, column 5
    }

    func testLongestLineFitsAndItsManyMarksStayLinear() throws {
        // One line of just under 1 MB holding about 350,000 flow items: every item's mark is
        // counted on from the previous one, not from the line's start.
        let count = (1_048_576 - 8) / 3
        let text = "k: [" + String(repeating: "a, ", count: count - 1) + "a]\n"
        let doc = try YAMLDocument(text: text)
        let items = try XCTUnwrap(doc.root.pairs?.first?.value.items)
        XCTAssertEqual(items.count, count)
        XCTAssertEqual(items.last?.mark.column, Int32(5 + 3 * (count - 1)))
    }

    // MARK: Keys

    func testTwoHundredThousandKeysInOneMapping() throws {
        var text = ""
        for i in 0..<200_000 { text += "key\(i): \(i)\n" }
        let doc = try YAMLDocument(text: text)
        XCTAssertEqual(doc.root.pairs?.count, 200_000)
        let e = parseError(text + "key123456: again\n")
        XCTAssertEqual(e?.code, "duplicate-key")
        XCTAssertEqual(e?.mark.line, 200_001)
        XCTAssertEqual(e?.kind, .duplicateKey("key123456", firstLine: 123_457))
    }

    func testEightyThousandKeysInOneFlowMapping() throws {
        let text = "{" + (0..<80_000).map { "k\($0): v" }.joined(separator: ", ") + "}\n"
        XCTAssertEqual(try YAMLDocument(text: text).root.pairs?.count, 80_000)
        let e = parseError("{" + (0..<80_000).map { "k\($0 % 79_999): v" }.joined(separator: ", ") + "}\n")
        XCTAssertEqual(e?.kind, .duplicateKey("k0", firstLine: 1))
    }

    func testKeyLengthLimit() {
        let longest = String(repeating: "键", count: 1024)
        XCTAssertNil(parseError(longest + ": v\n"))
        XCTAssertNil(parseError("{\"" + String(repeating: "k", count: 1022) + "\": v}\n"))
        for text in [longest + "x: v\n", "{" + longest + "x: v}\n", "\"" + longest + "\": v\n"] {
            let e = parseError(text)
            XCTAssertEqual(e?.code, "key-too-long", String(text.suffix(8)))
            XCTAssertEqual(e?.mark.column, text.hasPrefix("{") ? 2 : 1)
        }
        XCTAssertEqual(parseError(longest + "x: v\n")?.message(.zh), "键太长（超过 1024 个字符）")
        XCTAssertEqual(parseError(longest + "x: v\n")?.message(.en), "key longer than 1024 characters")
    }

    // MARK: File size

    func testFileSizeLimitIsCheckedBeforeParsing() {
        let e = parseError(Array(repeating: 0x61, count: 2_000), limits: .init(maxBytes: 1_000))
        XCTAssertEqual(e?.code, "too-large")
        XCTAssertEqual(e?.mark, .start)
        // A limit beyond what marks can hold is lowered to it.
        XCTAssertEqual(YAMLDocument.Limits(maxBytes: .max).maxBytes, Int(Int32.max))
    }

    func testGigabyteSparseFileIsRefusedBeforeItIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-sparse-\(UUID().uuidString).yaml").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)  // 1 GB of holes: nothing is written
        try handle.close()
        XCTAssertThrowsError(try FileReader.read(path)) { error in
            XCTAssertEqual(error as? FileReader.Failure, .tooLarge(size: 1 << 30, limit: 128 * 1_048_576))
            XCTAssertEqual((error as? FileReader.Failure)?.message(.zh), "文件大小 1024 MB，超过上限 128 MB")
            XCTAssertEqual((error as? FileReader.Failure)?.message(.en), "file is 1024 MB, over the limit of 128 MB")
        }
    }

    // MARK: JSON reports (merge, diff)

    func testDeeplyNestedJSONReportsAreRefusedWithoutOverflowingTheStack() {
        let balanced = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let open = String(repeating: "[", count: 1_000_000)
        let inReport = #"{"schemaVersion": 1, "stations": "# + String(repeating: #"[{"a": "#, count: 200_000)
        for text in [balanced, open, inReport] {
            XCTAssertNil(try? ReportDecoding.decode(Array(text.utf8)), String(text.prefix(40)))
        }
    }

    // MARK: CSV

    func csvError(_ text: String, maxLineBytes: Int = InputLimits.maxLineBytes) -> ParseError? {
        do {
            _ = try CSVTable(bytes: Array(text.utf8), maxLineBytes: maxLineBytes)
            return nil
        } catch {
            return error
        }
    }

    func testCSVLineLengthLimit() {
        let e = csvError("name\n" + String(repeating: ",", count: 1_048_577) + "\n")
        XCTAssertEqual(e?.code, "line-too-long")
        XCTAssertEqual(e?.mark.line, 2)
        XCTAssertEqual(e?.mark.column, 1_048_577)
        XCTAssertNil(csvError("a,b\n\"12\n34\",5\n", maxLineBytes: 5))  // a quoted line break starts a new line
        XCTAssertEqual(csvError("a,b\n\"12\n345\",5\n", maxLineBytes: 5)?.mark.line, 3)
        XCTAssertEqual(csvError("\u{FEFF}a,bc\n", maxLineBytes: 4)?.code, "line-too-long")  // the BOM counts: bytes of the file
    }

    func testCSVHeaderNameLengthLimit() {
        XCTAssertNil(csvError("a," + String(repeating: "名", count: 1024) + "\n"))
        let e = csvError("a," + String(repeating: "名", count: 1025) + "\n")
        XCTAssertEqual(e?.code, "key-too-long")
        XCTAssertEqual(e?.mark.column, 3)
    }

    func testCSVHostileShapesStayLinear() throws {
        let wide = try CSVTable(text: (0..<100_000).map { "h\($0)" }.joined(separator: ",") + "\n" + String(repeating: ",", count: 99_999) + "x\n")
        XCTAssertEqual(wide.header.count, 100_000)
        XCTAssertEqual(wide.rows.first?.cells.last?.mark.column, 100_000)
        let quotes = try CSVTable(text: "a\n\"" + String(repeating: "\"\"", count: 500_000) + "\"\n")
        XCTAssertEqual(quotes.rows.first?.cells.first?.text.utf8.count, 500_000)
        let tall = try CSVTable(text: "a\n" + String(repeating: "x\n", count: 300_000))
        XCTAssertEqual(tall.rows.count, 300_000)
        XCTAssertEqual(tall.rows.last?.mark.line, 300_001)
    }

    // MARK: Numbers that do not fit

    func testHugeNumbersAreWrittenNotTrapped() {
        XCTAssertEqual(formatOneDecimal(87.45), "87.5")
        XCTAssertEqual(formatOneDecimal(-0.01), "0.0")
        XCTAssertEqual(formatOneDecimal(1e300), "1e+300")
        XCTAssertEqual(formatOneDecimal(-1e300), "-1e+300")
        XCTAssertEqual(formatOneDecimal(.infinity), "inf")
        XCTAssertEqual(formatOneDecimal(.nan), "nan")
        XCTAssertEqual(JSON.oneDecimal(.nan), .null)
        XCTAssertEqual(JSON.oneDecimal(1e300), .number("1e+300"))
        XCTAssertEqual(formatWeight(1e300), "1e+300")
        XCTAssertEqual(formatWeight(2), "2")
        XCTAssertEqual(Value.decimal(1e300).display(.zh), "1e+300")
        XCTAssertEqual(Value.decimal(-.infinity).display(.en), "-inf")
        XCTAssertEqual(Value.decimal(12).display(.en), "12")
        XCTAssertEqual(ValueReaders.decimal(String(repeating: "9", count: 32)), 1e32)
        XCTAssertNil(ValueReaders.integer(String(repeating: "9", count: 19)))  // never overflows
        XCTAssertNil(ValueReaders.decimal(String(repeating: "9", count: 33)))
    }

    // MARK: Records and stations

    func testRecordsPerLedgerLimit() throws {
        let pack = PackFixture.pack
        let typer = ValueTyper(vocabularies: pack.schema.vocabularies, levels: pack.schema.levels, asOf: Day(year: 2024, month: 12, day: 31)!, lang: .zh, privacy: PersonalData(show: false))
        let spec = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        var reader = LedgerReader(spec: spec, header: pack.schema.ledgerHeader, file: "ledgers/visits.yaml", typer: typer)
        reader.maxRecords = 3
        let yaml = try YAMLDocument(text: "updated: 2024-12-01\nrecords:\n" + String(repeating: "  - {name: 张三}\n", count: 4))
        XCTAssertThrowsError(try reader.read(yaml: yaml)) { error in
            let e = error as? LedgerShapeError
            XCTAssertEqual(e?.mark.line, 6)  // the fourth record, the first over the limit
            XCTAssertEqual(e?.message, "台账有 4 条记录，超过上限 3 条；请按年度或地区拆分")
        }
        XCTAssertNoThrow(try reader.read(yaml: try YAMLDocument(text: "records:\n" + String(repeating: "  - {name: 张三}\n", count: 3))))
        let typerEN = ValueTyper(vocabularies: pack.schema.vocabularies, levels: pack.schema.levels, asOf: Day(year: 2024, month: 12, day: 31)!, lang: .en, privacy: PersonalData(show: false))
        var readerEN = LedgerReader(spec: spec, header: pack.schema.ledgerHeader, file: "ledgers/visits.csv", typer: typerEN)
        readerEN.maxRecords = 2
        let csv = try CSVTable(text: "name\n张三\n李四\n王五\n")
        XCTAssertThrowsError(try readerEN.read(table: LedgerTable(csv: csv), ignoredColumns: [])) { error in
            let e = error as? LedgerShapeError
            XCTAssertEqual(e?.mark.line, 4)
            XCTAssertEqual(e?.message, "the ledger has 3 records, over the limit of 2; split it by year or area")
        }
        XCTAssertEqual(InputLimits.maxRecordsPerLedger, 1_000_000)
    }

    func testStationsPerRunLimitSaysHowToShard() throws {
        XCTAssertNil(Discovery.tooMany(2_000_000))
        let message = try XCTUnwrap(Discovery.tooMany(2_000_001))
        XCTAssertEqual(message.zh, "找到 2000001 个站点，超过一次检查的上限 2000000 个；请用 --shard K/2 分 2 次检查（K 为 1 到 2），再用 merge 合并报告")
        XCTAssertEqual(message.en, "found 2000001 stations, over the limit of 2000000 per run; check them in 2 parts with --shard K/2 (K from 1 to 2) and join the reports with merge")
        XCTAssertEqual(Discovery.tooMany(25, limit: 10)?.en.contains("--shard K/3"), true)
        XCTAssertNil(Shard("1/10001"))
        XCTAssertNotNil(Shard("10000/10000"))
        XCTAssertNil(Shard("1/9223372036854775807"))
    }

    // MARK: Suggestions

    func testNearestNameIsCheapOnHugeWords() {
        XCTAssertEqual(DidYouMean.nearest("stafing", among: ["staffing", "station"]), "staffing")
        XCTAssertNil(DidYouMean.nearest(String(repeating: "x", count: 1_000_000), among: ["staffing", "station"]))
        XCTAssertNil(DidYouMean.nearest("abcdefghij", among: ["staffing"]))
    }
}
