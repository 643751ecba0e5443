import XCTest
@testable import StationLintCore

/// A worksheet's ledger typed as the sheet part is scanned (`LedgerReader.read(sheet:…)`, how
/// stations are read) is the ledger typed from the sheet's model (`read(worksheet:…)`): the
/// same records, values, positions, problems, warnings and refusals, for every sheet of the
/// fixture workbooks and for random sheets — rows out of order or given twice, cells without
/// references, shared and inline strings, numbers, dates, booleans and error values.
final class StreamedSheetLedgerTests: XCTestCase {
    let pack = PackFixture.pack

    func outcome(_ read: Result<Ledger, LedgerShapeError>) -> String {
        LedgerReading.describe { () throws(ParseError) in read }
    }

    /// Both readings of one sheet part, as text; a sheet that does not scan gives its error both ways.
    func outcomes(_ bytes: [UInt8], _ spec: LedgerSpec, with sheets: WorksheetReader, uses1904: Bool = false,
                  maxRecords: Int = InputLimits.maxRecordsPerLedger) -> (streamed: String, model: String) {
        let r = LedgerReading.reader(spec, file: "台账/台账.xlsx", maxRecords: maxRecords)
        let ignored = pack.schema.ignoredColumns
        func scanned(_ read: () throws(WorkbookError) -> Result<Ledger, LedgerShapeError>) -> String {
            do throws(WorkbookError) { return outcome(try read()) } catch { return "sheet error \(error.message(.en))" }
        }
        return (scanned { () throws(WorkbookError) in
                    try r.read(sheet: bytes, part: "sheet.xml", name: spec.zh, with: sheets, uses1904: uses1904, ignoredColumns: ignored).ledger },
                scanned { () throws(WorkbookError) in
                    r.read(worksheet: try sheets.read(bytes, part: "sheet.xml", name: spec.zh), uses1904: uses1904, ignoredColumns: ignored) })
    }

    func testEveryFixtureWorkbookSheetReadsTheSameStreamed() throws {
        let root = FixturePath.root.path
        var compared = 0
        var read = 0
        for path in LedgerReading.fixturePaths {
            guard path.hasSuffix(".xlsx"), let bytes = FileManager.default.contents(atPath: root + "/" + path),
                  var package = try? WorkbookPackage(bytes: Array(bytes)) else { continue }
            let fileKind = pack.schema.ledger(named: String(path.split(separator: "/").last!.dropLast(5)))
            for sheet in package.sheets {
                guard let spec = pack.schema.ledger(named: sheet.name.trimmingSpaces()) ?? fileKind,
                      let sheetBytes = try? package.bytes(of: sheet) else { continue }
                let (streamed, model) = outcomes(sheetBytes, spec, with: package.reader, uses1904: package.uses1904DateSystem)
                XCTAssertEqual(streamed, model, path + ":" + sheet.name)
                if streamed.hasPrefix("updated") && streamed.contains("record at") { read += 1 }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 10)
        XCTAssertGreaterThan(read, 8)
    }

    /// 1,500 random sheets around a real ledger's rows (a title, a date line, a header, records),
    /// rows dropped, doubled, moved or renumbered, cells replaced by other types: streamed and
    /// from the model, the same outcome every time, and all outcomes are met.
    func testRandomSheetsReadTheSameStreamed() throws {
        let visits = try XCTUnwrap(pack.schema.ledger(named: "visits"))
        let strings = ["走访慰问台账", "更新日期：2024年11月30日", "序号", "身份证号", "姓名", "日期", "事由", "方式", "备注",
                       "140426199301250001", "许云新", "日常联系", "走访", "14042619940105274X", "贺贵斌", "重要节日", "电话",
                       "", " ", "无", "2025-13-40", "未知列", "　2024-09-28　", "date", "name", "2024年9月1日", "更新日期"]
        let sheets = WorksheetReader(sharedStrings: SharedStrings(strings), dateStyles: [false, true])
        typealias Cell = (column: Int, xml: String)
        func s(_ text: String) -> String { "<v>\(strings.firstIndex(of: text)!)</v>" }
        let base: [[Cell]] = [
            [(1, "t=\"s\">" + s("走访慰问台账"))],
            [(1, "t=\"s\">" + s("更新日期")), (2, "s=\"1\"><v>45626</v>")],
            [(1, "t=\"s\">" + s("序号")), (2, "t=\"s\">" + s("身份证号")), (3, "t=\"s\">" + s("姓名")), (4, "t=\"s\">" + s("日期")),
             (5, "t=\"s\">" + s("事由")), (6, "t=\"s\">" + s("方式")), (8, "t=\"s\">" + s("备注"))],
            [(1, "><v>1</v>"), (2, "t=\"s\">" + s("140426199301250001")), (3, "t=\"s\">" + s("许云新")), (4, "s=\"1\"><v>45563</v>"),
             (5, "t=\"s\">" + s("日常联系")), (6, "t=\"s\">" + s("走访"))],
            [(1, "><v>2</v>"), (2, "t=\"s\">" + s("14042619940105274X")), (3, "t=\"inlineStr\"><is><t>贺贵斌</t></is>"),
             (4, "t=\"s\">" + s("2024年9月1日")), (5, "t=\"s\">" + s("重要节日")), (6, "t=\"s\">" + s("电话"))],
            [(1, "><v>3</v>"), (3, "t=\"str\"><f>A1</f><v>王五</v>"), (4, "s=\"1\"><v>45294.5</v>"), (5, "t=\"s\">" + s("日常联系")),
             (6, "t=\"s\">" + s("走访")), (7, "t=\"s\">" + s("无"))],
        ]
        let replacements = ["t=\"s\">" + s(""), "t=\"s\">" + s(" "), "t=\"s\">" + s("2025-13-40"), "><v>140426199301250000</v>",
                            "><v>13912345678</v>", "><v>1.5</v>", "s=\"1\"><v>45600</v>", "s=\"1\"><v>-5</v>", "t=\"b\"><v>1</v>",
                            "t=\"e\"><v>#N/A</v>", "t=\"s\">" + s("身份证号"), "t=\"s\">" + s("日期"), "t=\"s\">" + s("未知列"),
                            "t=\"s\">" + s("　2024-09-28　"), "t=\"s\">" + s("name"), "t=\"s\">" + s("date"), "><v> 12 </v>",
                            "t=\"inlineStr\"><is><t>2024-10-01</t></is>", "><v>45563</v>", "t=\"s\">" + s("更新日期")]
        var random = SplitMix64(seed: 20241203)
        var seen = Set<String>()
        for _ in 0..<1_500 {
            var rows = base.enumerated().map { (number: $0.offset + 1, cells: $0.element) }
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let i = Int.random(in: 0..<rows.count, using: &random)
                switch Int.random(in: 0..<8, using: &random) {
                case 0: if rows.count > 1 { rows.remove(at: i) }
                case 1: rows.insert((rows.last!.number + 1, rows[i].cells), at: rows.count)
                case 2: rows[i].number = rows[Int.random(in: 0..<rows.count, using: &random)].number  // given twice or out of order
                case 3: rows[i].cells.append((Int.random(in: 7...11, using: &random), replacements.randomElement(using: &random)!))
                case 4: if !rows[i].cells.isEmpty { rows[i].cells.removeLast() }
                case 5: rows.swapAt(i, Int.random(in: 0..<rows.count, using: &random))
                default:
                    if !rows[i].cells.isEmpty {
                        rows[i].cells[Int.random(in: 0..<rows[i].cells.count, using: &random)].xml = replacements.randomElement(using: &random)!
                    }
                }
            }
            let written = Bool.random(using: &random)  // with references, or without (LibreOffice's way)
            let xml = "<worksheet><sheetData>" + rows.map { row in
                (written ? "<row r=\"\(row.number)\">" : "<row>") + row.cells.map { c in
                    (written ? "<c r=\"\(CellReference(row: row.number, column: c.column).name)\" " : "<c ") + c.xml + "</c>"
                }.joined() + "</row>"
            }.joined() + "</sheetData></worksheet>"
            let (streamed, model) = outcomes(Array(xml.utf8), visits, with: sheets, maxRecords: Int.random(in: 2...6, using: &random))
            XCTAssertEqual(streamed, model, xml)
            seen.insert(String(streamed.prefix(7)))
        }
        XCTAssertTrue(seen.contains("updated"))
        XCTAssertTrue(seen.contains("refused"))
    }

    /// The bytes a typed cell gives are the text the model keeps, for every kind of value, and
    /// a scanned cell (its text a range of the row's bytes) shows as the model's cell does.
    func testShownBytesAreTheShownText() {
        var values: [CellValue] = [.text("许云新"), .text(""), .boolean(true), .boolean(false), .error("#DIV/0!"),
                                   .number(1e15, raw: "1E+15", isDate: false), .number(-0.5, raw: "-0.5", isDate: false),
                                   .number(2_958_465, raw: "2958465", isDate: true), .number(-1, raw: "-1", isDate: true)]
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let n = Double(Int.random(in: -999_999_999_999_999...999_999_999_999_999, using: &random) >> Int.random(in: 0...50, using: &random))
            values.append(.number(n, raw: String(n), isDate: false))
            values.append(.number(Double(Int.random(in: 0...2_958_465, using: &random)), raw: "", isDate: true))
        }
        for value in values {
            for uses1904 in [false, true] {
                let shown = LedgerTable.Shown(value, uses1904: uses1904)
                XCTAssertEqual(shown.withBytes { String(decoding: $0, as: UTF8.self) }, shown.text, "\(value)")
                let scanned = Self.scanned(value)
                let fromBytes = LedgerTable.Shown(scanned.value, in: scanned.text, uses1904: uses1904)
                XCTAssertEqual(fromBytes.withBytes { String(decoding: $0, as: UTF8.self) }, shown.text, "\(value)")
                XCTAssertEqual(fromBytes.text, shown.text, "\(value)")
                XCTAssertEqual(fromBytes.kind, shown.kind, "\(value)")
            }
        }
    }

    /// `value` as the scanner gives it: its text after some bytes of other cells.
    static func scanned(_ value: CellValue) -> (value: ScannedValue, text: [UInt8]) {
        var text = Array("前一格".utf8)
        func put(_ s: String) -> Range<Int> {
            let start = text.count
            text += Array(s.utf8)
            return start..<text.count
        }
        switch value {
        case .text(let s): return (.text(put(s)), text)
        case .error(let s): return (.error(put(s)), text)
        case .boolean(let b): return (.boolean(b), text)
        case .number(let d, let raw, let isDate): return (.number(d, raw: put(raw), isDate: isDate), text)
        }
    }
}
