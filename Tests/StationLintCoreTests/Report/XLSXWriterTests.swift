import Foundation
import XCTest
@testable import StationLintCore

/// The workbook writer read back by stationlint's own reader (`Workbook`): every cell as it was
/// written, text that looks like a number or a formula kept as text, characters XML forbids
/// dropped, sheet names Excel accepts, and the same bytes from the same sheets.
final class XLSXWriterTests: XCTestCase {
    typealias Cell = XLSXWriter.Cell

    func cells(_ sheet: Worksheet) -> [[Int: CellValue]] {
        sheet.rows.map { Dictionary(uniqueKeysWithValues: $0.cells.map { ($0.column, $0.value) }) }
    }

    func testRoundTripThroughOurReader() throws {
        let hostile = "=HYPERLINK(\"http://x\",\"点我\")"
        let sheets = [
            XLSXWriter.Sheet(name: "站点", widths: [20, 14, 8], rows: [
                [.text("名称"), .text("区划代码"), .text("得分")],
                [.text("小店区 <站> & \"中心\""), .text("140105000000"), .number(94.9)],
                [.text(hostile), .text("010105000001"), .number(100)],
                [.text("+1\u{0}\u{1}\u{FFFE}行\n第二行"), .empty, .number(-3.25)],
            ]),
            XLSXWriter.Sheet(name: "不通过", widths: [], rows: [[.text("条款")], [.text("-4.3")], [.text("@SUM(A1)")]]),
        ]
        let bytes = XLSXWriter.workbook(sheets)
        let book = try Workbook(bytes: bytes)
        XCTAssertEqual(book.sheets.map(\.name), ["站点", "不通过"])
        let first = cells(book.sheets[0])
        XCTAssertEqual(first.count, 4)
        XCTAssertEqual(first[0][1], .text("名称"))
        XCTAssertEqual(first[1][1], .text("小店区 <站> & \"中心\""), "escaped and read back")
        XCTAssertEqual(first[1][2], .text("140105000000"), "a division code is a text cell")
        XCTAssertEqual(first[1][3], .number(94.9, raw: "94.9", isDate: false), "a score is a number")
        XCTAssertEqual(first[2][1], .text(hostile), "an inline string, never a formula")
        XCTAssertEqual(first[2][2], .text("010105000001"), "the leading zero kept")
        XCTAssertEqual(first[2][3], .number(100, raw: "100", isDate: false))
        XCTAssertEqual(first[3][1], .text("+1行\n第二行"), "characters XML 1.0 forbids are dropped, the line feed kept")
        XCTAssertNil(first[3][2], "an empty cell is not written")
        XCTAssertEqual(first[3][3], .number(-3.25, raw: "-3.25", isDate: false))
        XCTAssertEqual(cells(book.sheets[1]).map { $0[1] }, [.text("条款"), .text("-4.3"), .text("@SUM(A1)")])

        let xml = String(decoding: XLSXWriter.worksheet(sheets[0]).utf8, as: UTF8.self)
        XCTAssertFalse(xml.contains("<f>") || xml.contains("<f "), "no formula element anywhere")
        XCTAssertTrue(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), "the header row is frozen")
        XCTAssertTrue(xml.contains("<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\"/>"), "column widths are set")
        XCTAssertTrue(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"), "the header is bold (style 1)")
        XCTAssertTrue(xml.contains("<c r=\"B2\" s=\"2\" t=\"inlineStr\">"), "text cells have the text style (format @)")
        XCTAssertTrue(xml.contains("<dimension ref=\"A1:C4\"/>"))
    }

    func testSameSheetsSameBytesAndEveryPartStoredWithItsCRC() throws {
        let sheets = [XLSXWriter.Sheet(name: "A", widths: [10], rows: [[.text("x")], [.number(1)]])]
        let a = XLSXWriter.workbook(sheets)
        XCTAssertEqual(a, XLSXWriter.workbook(sheets), "fixed ZIP timestamps: the same bytes every time")
        let archive = try ZipArchive(bytes: a)
        XCTAssertEqual(Set(archive.entries.keys), ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                                    "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        var budget = 1 << 24
        for entry in archive.entries.values {
            XCTAssertEqual(entry.method, 0, "stored")
            _ = try archive.read(entry, budget: &budget)  // checks the CRC-32
        }
        // The DOS date of the first local header is 1980-01-01 (0x0021), its time 00:00.
        XCTAssertEqual(Array(a[10..<14]), [0, 0, 0x21, 0])
    }

    func testSheetNamesExcelAccepts() {
        XCTAssertEqual(XLSXWriter.sheetNames(["a/b:c*d?e[f]g\\h", "'引号'", "", "站点", "站点", "STATIONS", "stations"]),
                       ["a_b_c_d_e_f_g_h", "引号", "Sheet3", "站点", "站点 (2)", "STATIONS", "stations (2)"])
        let long = XLSXWriter.sheetNames([String(repeating: "县", count: 40), String(repeating: "县", count: 40)])
        XCTAssertEqual(long[0].utf16.count, 31)
        XCTAssertEqual(long[1], String(repeating: "县", count: 27) + " (2)")
        XCTAssertEqual(XLSXWriter.sheetNames(["😀" + String(repeating: "x", count: 30)])[0].utf16.count, 31, "cut on a character, not inside a surrogate pair")
    }

    func testACellLongerThanExcelAllowsIsCutAndSaysSo() throws {
        let long = String(repeating: "长", count: 40_000)
        let book = try Workbook(bytes: XLSXWriter.workbook([XLSXWriter.Sheet(name: "s", widths: [], rows: [[.text(long)]])]))
        guard case .text(let t)? = book.sheets[0].rows.first?.cells.first?.value else { return XCTFail("no text cell") }
        XCTAssertEqual(t.utf16.count, XLSXWriter.maxCellCharacters)
        XCTAssertTrue(t.hasSuffix("…"))
    }
}
