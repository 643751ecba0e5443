import XCTest
@testable import StationLintCore

/// What the reader makes of the committed workbooks and of hand-written parts, checked without
/// Python (WorkbookReferenceTests compares with openpyxl where it is installed).
final class SpreadsheetWorkbookTests: XCTestCase {
    func cells(_ sheet: Worksheet) -> [String: CellValue] {
        var out: [String: CellValue] = [:]
        for row in sheet.rows { for cell in row.cells { out[CellReference(row: row.row, column: cell.column).name] = cell.value } }
        return out
    }

    func testTheHandMadeWorkbook() throws {
        let book = try Workbook(bytes: try FixturePath.bytes("xlsx/handmade.xlsx"))
        XCTAssertEqual(book.sheets.map(\.name), ["走访慰问"])
        XCTAssertFalse(book.uses1904DateSystem)
        let sheet = book.sheets[0]
        XCTAssertEqual(sheet.mergedRanges, [CellRange("A1:B1")].compactMap { $0 })
        XCTAssertEqual(sheet.rows.map(\.row), [1, 2, 5, 6])
        let c = cells(sheet)
        XCTAssertEqual(c["A1"], .text("姓名"))
        XCTAssertEqual(c["B1"], .text("日期"))
        XCTAssertEqual(c["C1"], .text("金额"))
        XCTAssertEqual(c["A2"], .text("张 建国"), "rich runs joined, the phonetic run dropped")
        XCTAssertEqual(c["B2"], .number(45544, raw: "45544", isDate: true))
        XCTAssertEqual(c["C2"], .number(1500, raw: "1.5E3", isDate: false))
        XCTAssertEqual(c["D2"], .text("张 建国同志"))
        XCTAssertEqual(c["B5"], .number(45545.75, raw: "45545.75", isDate: true))
        XCTAssertEqual(c["C5"], .boolean(true))
        XCTAssertEqual(c["D5"], .error("#DIV/0!"))
        XCTAssertEqual(c["F5"], .text("<备注> & 说明"))
        XCTAssertEqual(c["A6"], .text("A&B <村> 东沟"))
        XCTAssertEqual(c["E6"], .number(-0.25, raw: "-0.25", isDate: false))
        XCTAssertEqual(c.count, 13, "empty cells and a formula without a cached value are not cells")
    }

    func testTheOpenpyxlLedger() throws {
        for file in ["openpyxl-ledger.xlsx", "stored.xlsx", "data-descriptors.xlsx"] {
            let book = try Workbook(bytes: try FixturePath.bytes("xlsx/" + file))
            XCTAssertEqual(book.sheets.map(\.name), ["建档立卡", "走访慰问"], file)
            let c = cells(book.sheets[0])
            XCTAssertEqual(c["A1"], .text("东沟村退役军人建档立卡台账"))
            XCTAssertEqual(book.sheets[0].mergedRanges.map(\.name), ["A1:F1"])
            XCTAssertEqual(c["B3"], .text("140105196507121234"), "an ID kept as text")
            guard case .number(let id, _, false)? = c["B5"] else { return XCTFail("an ID stored as a number: \(String(describing: c["B5"]))") }
            XCTAssertEqual(id, 1.401051978112043e+17, "openpyxl writes the float repr: the last digits are gone")
            for (ref, day) in [("C3", "1983-10-01"), ("D3", "1987-12-01"), ("E3", "2024-09-10"), ("C6", "2001-01-01")] {
                guard case .number(let serial, _, true)? = c[ref] else { XCTFail("\(file) \(ref) is not a date"); continue }
                XCTAssertEqual(SpreadsheetDate.day(serial: serial, uses1904: false)?.description, day)
            }
            XCTAssertEqual(c["F3"], .boolean(true))
            XCTAssertEqual(c["I3"], .error("#N/A"))
            XCTAssertEqual(c["H4"], .number(850.5, raw: "850.5", isDate: false))
            let visits = cells(book.sheets[1])
            XCTAssertNil(visits["C2"], "an empty cell mid-row")
            XCTAssertEqual(visits["D2"], .text("春节慰问"))
            XCTAssertEqual(book.sheets[1].rows.map(\.row), [1, 2, 3, 5], "a row of empty cells is not a row")
        }
    }

    func testTheLibreOfficeLedgerAndThe1904System() throws {
        let lo = try Workbook(bytes: try FixturePath.bytes("xlsx/libreoffice-ledger.xlsx"))
        let c = cells(lo.sheets[0])
        XCTAssertEqual(c["J3"], .number(2050.5, raw: "2050.5", isDate: false), "a formula's cached number")
        XCTAssertEqual(c["K3"], .text("张建国（已核）"), "a formula's cached string")
        XCTAssertEqual(c["L3"], .error("#DIV/0!"))
        let mac = try Workbook(bytes: try FixturePath.bytes("xlsx/date1904.xlsx"))
        XCTAssertTrue(mac.uses1904DateSystem)
        guard case .number(let serial, _, true)? = cells(mac.sheets[0])["A2"] else { return XCTFail("A2 is not a date") }
        XCTAssertEqual(SpreadsheetDate.day(serial: serial, uses1904: true)?.description, "2024-09-10")
    }

    func testCellsWithoutReferencesAndOutOfOrder() throws {
        let sheet = ZipBuilder.sheet(#"<row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>"#)
        let book = try Workbook(bytes: ZipBuilder.workbook(sheet: sheet))
        XCTAssertEqual(book.sheets[0].rows.map(\.row), [2, 3])
        XCTAssertEqual(book.sheets[0].rows[1].cells.map(\.column), [1, 2, 3])
    }

    func testDateStylesFromCustomAndBuiltInFormats() throws {
        let styles = #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.00&quot;元&quot;"/><numFmt numFmtId="165" formatCode="yyyy/m/d"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs></styleSheet>"#
        let sheet = ZipBuilder.sheet(#"<row><c s="0"><v>1</v></c><c s="1"><v>1</v></c><c s="2"><v>1</v></c><c s="3"><v>1</v></c><c s="4"><v>1</v></c><c s="9"><v>1</v></c></row>"#)
        let book = try Workbook(bytes: ZipBuilder.workbook(sheet: sheet, styles: styles))
        let dates = book.sheets[0].rows[0].cells.map { cell -> Bool in if case .number(_, _, let d) = cell.value { d } else { false } }
        XCTAssertEqual(dates, [false, false, true, true, false, false])
    }

    /// The shared-string table as one arena: rich-text runs joined, phonetic runs dropped, an
    /// empty item, entities, an item nested in another (its text counted twice, as the table was
    /// always read); and cells whose text is put together from pieces.
    func testSharedStringsAndCellTextFromPieces() throws {
        let strings = #"<sst><si><t>许云新</t></si><si><r><t>退役</t></r><r><t xml:space="preserve"> 士兵</t></r><rPh><t>tuiyi</t></rPh></si>"#
            + #"<si><t/></si><si><t>A&amp;B &#x4E1C;</t></si><si><si><t>内</t></si></si><si><t>140105199001011238</t></si></sst>"#
        let table = try SharedStrings.read(Array(strings.utf8), part: "xl/sharedStrings.xml")
        XCTAssertEqual((0..<table.count).map { table[$0] }, ["许云新", "退役 士兵", "", "A&B 东", "内", "内", "140105199001011238"])
        let sheet = ZipBuilder.sheet(#"<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>6</v></c>"#
            + #"<c r="D1" t="str"><v>前</v><is><t>中</t></is><v>后</v></c><c r="E1" t="inlineStr"><is><t>甲</t><rPh><t>x</t></rPh><t>乙</t></is></c>"#
            + #"<c r="F1"><v> 12 </v></c><c r="G1" t="e"><v>#N/A</v></c><c r="H1" t="b"><v>1</v></c><c r="I1" t="s"><v>5</v></c></row>"#)
        let book = try Workbook(bytes: ZipBuilder.workbook(sheet: sheet, sharedStrings: strings))
        XCTAssertEqual(book.sheets[0].rows[0].cells.map(\.value), [
            .text("退役 士兵"), .text("140105199001011238"), .text("前后"), .text("甲乙"), .number(12, raw: "12", isDate: false),
            .error("#N/A"), .boolean(true), .text("内"),
        ])
        XCTAssertEqual(book.sheets[0].rows[0].cells.map(\.column), [1, 3, 4, 5, 6, 7, 8, 9])
    }
}
