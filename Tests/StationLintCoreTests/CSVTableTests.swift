import Foundation
import XCTest
@testable import StationLintCore

final class CSVTableTests: XCTestCase {
    // MARK: Reading

    func testCellsAndPositionsCountUnicodeScalars() throws {
        let t = try CSVTable(text: "姓名,住址,电话\n张三,北格镇张花村,13800000001\n李四,\"刘家堡乡, 西柳林村\",0351-7654321\n")
        XCTAssertEqual(t.encoding, .utf8)
        XCTAssertEqual(t.header.map(\.text), ["姓名", "住址", "电话"])
        XCTAssertEqual(t.header[2].mark, Mark(line: 1, column: 7, offset: 14))
        XCTAssertEqual(t.rows.count, 2)
        XCTAssertEqual(t.rows[0].mark, Mark(line: 2, column: 1, offset: 21))
        XCTAssertEqual(t.rows[0].cells.map(\.text), ["张三", "北格镇张花村", "13800000001"])
        XCTAssertEqual(t.rows[0].cells[2].mark, Mark(line: 2, column: 11, offset: 47))
        XCTAssertEqual(t.rows[1].cells.map(\.text), ["李四", "刘家堡乡, 西柳林村", "0351-7654321"])
        XCTAssertEqual(t.rows[1].cells[1].mark.column, 4, "a quoted cell starts at its opening quote")
        XCTAssertEqual(t.rows[1].cells[2].mark.line, 3)
        XCTAssertEqual(t.rows[1].cells[2].mark.column, 17)
    }

    func testCRLFLineEnds() throws {
        let t = try CSVTable(text: "姓名,电话\r\n张三,138\r\n李四,\"139\"\r\n")
        XCTAssertEqual(t.rows.map { $0.cells.map(\.text) }, [["张三", "138"], ["李四", "139"]])
        XCTAssertEqual(t.rows.map(\.mark.line), [2, 3])
        XCTAssertEqual(t.rows[1].cells[1].mark, Mark(line: 3, column: 4, offset: 34))
    }

    func testLastLineWithoutLineEnd() throws {
        let t = try CSVTable(text: "姓名,电话\n张三,138")
        XCTAssertEqual(t.rows.map { $0.cells.map(\.text) }, [["张三", "138"]])
        let quoted = try CSVTable(text: "姓名,电话\r\n张三,\"138\"")
        XCTAssertEqual(quoted.rows[0].cells[1].text, "138")
        let emptyLast = try CSVTable(text: "姓名,电话\n张三,")
        XCTAssertEqual(emptyLast.rows[0].cells.map(\.text), ["张三", ""])
        XCTAssertEqual(emptyLast.rows[0].cells[1].mark, Mark(line: 2, column: 4, offset: 21))
    }

    func testEmptyLinesAndCommaOnlyRowsAreSkipped() throws {
        let t = try CSVTable(text: "\n\r\n姓名,电话\n\n张三,138\r\n\r\n,\n李四,139\n\n")
        XCTAssertEqual(t.header[0].mark.line, 3)
        XCTAssertEqual(t.rows.map { $0.cells.map(\.text) }, [["张三", "138"], ["李四", "139"]])
        XCTAssertEqual(t.rows.map(\.mark.line), [5, 8])
        // A quoted empty field is written on purpose: that row is kept.
        let kept = try CSVTable(text: "姓名,电话\n\"\",\n")
        XCTAssertEqual(kept.rows.map { $0.cells.map(\.text) }, [["", ""]])
    }

    func testQuotedLineBreaksKeepLinesRight() throws {
        let t = try CSVTable(text: "姓名,住址,电话\n王五,\"北格镇\n南畔村\",139\n赵六,\"徐沟镇\r\n西楚王村\",136\n钱七,村,135\n")
        XCTAssertEqual(t.rows.map(\.mark.line), [2, 4, 6])
        XCTAssertEqual(t.rows[0].cells[1].text, "北格镇\n南畔村")
        XCTAssertEqual(t.rows[1].cells[1].text, "徐沟镇\n西楚王村", "CRLF inside quotes reads as LF")
        XCTAssertEqual(t.rows[0].cells[1].mark, Mark(line: 2, column: 4, offset: 28))
        // The cell after the quoted break is on the break's last line, counted from that line.
        XCTAssertEqual(t.rows[0].cells[2].mark.line, 3)
        XCTAssertEqual(t.rows[0].cells[2].mark.column, 6)
        XCTAssertEqual(t.rows[1].cells[2].mark.line, 5)
        XCTAssertEqual(t.rows[1].cells[2].mark.column, 7)
        XCTAssertEqual(t.rows[2].cells[2].mark, Mark(line: 6, column: 6, offset: 102))
    }

    func testDoubledQuotesAndVerbatimUnquotedFields() throws {
        let t = try CSVTable(text: "姓名,住址,备注\n\"王\"\"五\"\"\", 北格镇 ,身高5'11\"\n")
        XCTAssertEqual(t.rows[0].cells.map(\.text), ["王\"五\"", " 北格镇 ", "身高5'11\""])
        XCTAssertEqual(t.rows[0].cells[1].mark.column, 10)
    }

    func testExtraEmptyFieldsAreDroppedOtherCountsRefused() throws {
        let t = try CSVTable(text: "姓名,电话,,\n张三,138,,\n李四,139,\"\"\n")
        XCTAssertEqual(t.header.map(\.text), ["姓名", "电话"])
        XCTAssertEqual(t.rows.map { $0.cells.map(\.text) }, [["张三", "138"], ["李四", "139"]])
        let more = assertFails("姓名,电话\n张三,138\n李四,139,,北格镇\n", "csv-field-count", line: 3, column: 1)
        XCTAssertEqual(more?.kind, .csvFieldCount(expected: 2, found: 4))
        let fewer = assertFails("姓名,电话,住址\n张三,138,北格镇\n李四,139\n", "csv-field-count", line: 3, column: 1)
        XCTAssertEqual(fewer?.kind, .csvFieldCount(expected: 3, found: 2))
        XCTAssertEqual(fewer?.message(.zh), "此行有 2 列，表头有 3 列")
        // The row after a multi-line quoted field is counted on its own line.
        assertFails("姓名,住址\n王五,\"北格镇\n南畔村\"\n李四\n", "csv-field-count", line: 4, column: 1)
    }

    func testTrimmedTextForHeaderNames() {
        XCTAssertEqual(CSVCell(text: " \t姓名\u{3000}", mark: .start).trimmedText, "姓名")
        XCTAssertEqual(CSVCell(text: " 身份 证号 ", mark: .start).trimmedText, "身份 证号")
        XCTAssertEqual(CSVCell(text: "\u{3000} ", mark: .start).trimmedText, "")
    }

    // MARK: Encodings

    func testUTF8BOMIsStrippedAndNotCounted() throws {
        let t = try CSVTable(bytes: [0xEF, 0xBB, 0xBF] + Array("姓名,电话\n张三,138\n".utf8))
        XCTAssertEqual(t.encoding, .utf8BOM)
        XCTAssertEqual(t.header[0].text, "姓名")
        XCTAssertEqual(t.header[0].mark, Mark(line: 1, column: 1, offset: 3))
        XCTAssertEqual(t.header[1].mark, Mark(line: 1, column: 4, offset: 10))
    }

    func testUTF8BOMFixture() throws {
        let t = try CSVTable(bytes: FixturePath.bytes("csv/veterans-utf8-bom.csv"))
        XCTAssertEqual(t.encoding, .utf8BOM)
        XCTAssertEqual(t.header.map(\.text), ["身份证号", "姓名", "类别", "退役时间", "返乡时间", "电话", "住址"])
        XCTAssertEqual(t.header[0].mark.column, 1)
        XCTAssertEqual(t.rows.map { $0.cells[1].text }, ["赵六", "钱七"])
        XCTAssertEqual(t.rows[0].cells[6].text, "清徐县徐沟镇西楚王村")
        XCTAssertEqual(t.rows[1].cells[6].text, "小店区黄陵街道\n黄陵村", "last line has no line end")
        XCTAssertEqual(t.rows.map(\.mark.line), [2, 3])
    }

    func testGB18030Fixture() throws {
        let t = try CSVTable(bytes: FixturePath.bytes("csv/veterans-gb18030.csv"))
        XCTAssertEqual(t.encoding, .gb18030)
        XCTAssertEqual(t.header.map(\.text), ["身份证号", "姓名", "类别", "退役时间", "返乡时间", "电话", "住址"])
        XCTAssertEqual(t.rows.map { $0.cells[1].text }, ["张三", "李四", "王五", "王\u{20000}"])
        XCTAssertEqual(t.rows.map { $0.cells[6].text },
                       ["小店区北格镇张花村", "小店区刘家堡乡, 西柳林村", "北格镇\n南畔村", "万柏林区\"化客头街道\"小井峪村"])
        XCTAssertEqual(t.rows.map(\.mark.line), [2, 3, 4, 6])
        // Columns count what the user sees: 𠀀 (four bytes in GB18030 and in UTF-8) is one column.
        XCTAssertEqual(t.rows[3].cells[2].text, "复员军人")
        XCTAssertEqual(t.rows[3].cells[2].mark.column, 23)
        XCTAssertEqual(t.rows[2].cells[6].mark.column, 62)
    }

    func testGB18030ErrorsAreAtWhatTheUserSees() throws {
        let text = "姓名,住址\r\n张三,北格镇\r\n李四,\"村\"x\r\n"
        let bytes = try gb18030(text)
        XCTAssertEqual(try DecodedText(detecting: bytes).encoding, .gb18030)
        assertFails(bytes, "csv-text-after-quote", line: 3, column: 7)
        assertFails(try gb18030("姓名,住址\r\n张三,北格\u{1}镇\r\n"), "control-character", line: 2, column: 6)
    }

    func testGB18030ByteOrderMarkIsNotCounted() throws {
        let t = try CSVTable(bytes: [0x84, 0x31, 0x95, 0x33] + gb18030("姓名,电话\r\n张三,138\r\n"))
        XCTAssertEqual(t.encoding, .gb18030)
        XCTAssertEqual(t.header.map(\.text), ["姓名", "电话"])
        XCTAssertEqual(t.header[1].mark.column, 4)
    }

    func testUndecodableBytes() {
        assertFails(Array("姓名\n".utf8) + [0xFF], "csv-undecodable", line: 1, column: 1)
        assertFails(Array("姓名\n".utf8) + [0xD5], "csv-undecodable", line: 1, column: 1)
    }

    func testInvalidUTF8AfterBOMIsReportedWhereItIs() {
        let e = assertFails([0xEF, 0xBB, 0xBF] + Array("姓名\n张".utf8) + [0xFF], "invalid-utf8", line: 2, column: 2)
        XCTAssertEqual(e?.mark.offset, 13)
    }

    // MARK: Errors

    func testControlCharactersAreRefusedEverywhere() {
        assertFails("姓名,电话\n张三,\u{7}138\n", "control-character", line: 2, column: 4)
        assertFails("姓名,住址\n张三,\"北格\n\u{0}镇\"\n", "control-character", line: 3, column: 1)
        assertFails("姓名,住址\n张三,\"北格镇\u{85}\"\n", "unicode-line-break", line: 2, column: 8)
        // A carriage return alone is neither a line end here nor text.
        assertFails("姓名,电话\r张三,138\n", "control-character", line: 1, column: 6)
        XCTAssertNoThrow(try CSVTable(text: "姓名,备注\n张三,\t有制表符\t\n"))
    }

    func testUnterminatedQuoteAtTheOpeningQuote() {
        assertFails("姓名,住址\n张三,\"北格镇\n张花村\n李四,村\n", "csv-unterminated-quote", line: 2, column: 4)
        assertFails("姓名,住址\n张三,\"", "csv-unterminated-quote", line: 2, column: 4)
    }

    func testTextAfterClosingQuote() {
        assertFails("姓名,住址\n张三,\"北格镇\"张花村\n", "csv-text-after-quote", line: 2, column: 9)
        assertFails("姓名,住址\n张三,\"北格镇\" \n", "csv-text-after-quote", line: 2, column: 9)
        assertFails("姓名,住址\n王五,\"北格镇\n南畔村\"x\n", "csv-text-after-quote", line: 3, column: 5)
    }

    func testEmptyHeader() {
        assertFails("", "csv-empty-header", line: 1, column: 1)
        assertFails("\n\r\n\n", "csv-empty-header", line: 1, column: 1)
        let bom = assertFails([0xEF, 0xBB, 0xBF], "csv-empty-header", line: 1, column: 1)
        XCTAssertEqual(bom?.mark.offset, 3)
        assertFails("\n,, ,\n张三,138,村\n", "csv-empty-header", line: 2, column: 1)
        assertFails("\"\"\n", "csv-empty-header", line: 1, column: 1)
    }

    func testEmptyHeaderName() {
        let e = assertFails("姓名,,电话\n", "csv-empty-header-name", line: 1, column: 4)
        XCTAssertEqual(e?.message(.zh), "CSV 表头第 2 列没有名称")
        XCTAssertEqual(e?.message(.en), "CSV header column 2 has no name")
        assertFails("姓名,\u{3000},电话\n", "csv-empty-header-name", line: 1, column: 4)
    }

    func testDuplicateHeaderAtTheSecondName() {
        let e = assertFails("姓名,电话, 姓名\n", "csv-duplicate-header", line: 1, column: 7)
        XCTAssertEqual(e?.kind, .csvDuplicateHeader("姓名"))
        assertFails("身份证号,姓名,电话,\"姓名\u{3000}\"\n", "csv-duplicate-header", line: 1, column: 12)
        XCTAssertNoThrow(try CSVTable(text: "姓名,姓名1\n"))
    }

    // MARK: Helpers

    @discardableResult
    private func assertFails(_ text: String, _ code: String, line: Int32, column: Int32,
                             file: StaticString = #filePath, testLine: UInt = #line) -> ParseError? {
        assertFails(Array(text.utf8), code, line: line, column: column, file: file, testLine: testLine)
    }

    @discardableResult
    private func assertFails(_ bytes: [UInt8], _ code: String, line: Int32, column: Int32,
                             file: StaticString = #filePath, testLine: UInt = #line) -> ParseError? {
        do {
            let t = try CSVTable(bytes: bytes)
            XCTFail("expected \(code), read \(t.rows.count) rows", file: file, line: testLine)
            return nil
        } catch {
            XCTAssertEqual(error.code, code, file: file, line: testLine)
            XCTAssertEqual(error.mark.line, line, "line", file: file, line: testLine)
            XCTAssertEqual(error.mark.column, column, "column", file: file, line: testLine)
            XCTAssertFalse(error.message(.zh).isEmpty, file: file, line: testLine)
            XCTAssertFalse(error.message(.en).isEmpty, file: file, line: testLine)
            return error
        }
    }

    private func gb18030(_ text: String) throws -> [UInt8] {
        Array(try XCTUnwrap(text.data(using: String.Encoding(rawValue: 0x8000_0632))))
    }
}
