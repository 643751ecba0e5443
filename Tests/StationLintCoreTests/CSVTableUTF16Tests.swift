import Foundation
import XCTest
@testable import StationLintCore

/// Excel's "Unicode 文本" (.txt): UTF-16 LE with a BOM, tab-separated; and the separator a
/// caller asks for.
final class CSVTableUTF16Tests: XCTestCase {
    func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }

    func testExcelUnicodeTextIsReadTabSeparatedWithLinesAndColumnsAsSeen() throws {
        let text = "身份证号\t姓名\t住址\r\n140105199001011238\t张三\t\"北格镇, 张花村\"\r\n11010519491231002X\t李四\t刘家堡乡\r\n"
        for bigEndian in [false, true] {
            let t = try CSVTable(bytes: utf16(text, bigEndian: bigEndian))
            XCTAssertEqual(t.encoding, bigEndian ? .utf16BE : .utf16LE)
            XCTAssertEqual(t.separator, .tab)
            XCTAssertEqual(t.header.map(\.text), ["身份证号", "姓名", "住址"])
            XCTAssertEqual(t.header.map(\.mark.column), [1, 6, 9], "the BOM is not counted; columns are characters")
            XCTAssertEqual(t.rows.map { $0.cells.map(\.text) }, [["140105199001011238", "张三", "北格镇, 张花村"],
                                                                ["11010519491231002X", "李四", "刘家堡乡"]])
            XCTAssertEqual(t.rows.map(\.mark.line), [2, 3])
            XCTAssertEqual(t.rows[0].cells[2].mark.line, 2)
            XCTAssertEqual(t.rows[0].cells[2].mark.column, 23, "a quoted cell starts at its opening quote")
            XCTAssertEqual(t.rows[1].cells[1].mark.column, 20)
        }
    }

    func testUTF16ErrorsAreAtTheLineAndColumnTheUserSees() {
        XCTAssertThrowsError(try CSVTable(bytes: utf16("姓名\t电话\r\n张三\t\"138\"x\r\n"))) { error in
            let e = error as! ParseError
            XCTAssertEqual(e.code, "csv-text-after-quote")
            XCTAssertEqual(e.mark.line, 2)
            XCTAssertEqual(e.mark.column, 9)
        }
        XCTAssertThrowsError(try CSVTable(bytes: utf16("姓名\t电话\n张三\n"))) { error in
            XCTAssertEqual((error as! ParseError).code, "csv-field-count")
            XCTAssertEqual((error as! ParseError).mark.line, 2)
        }
    }

    func testUTF16WithCommasAndNoTabInTheHeaderIsCommaSeparated() throws {
        let t = try CSVTable(bytes: utf16("身份证号,姓名\r\n140105199001011238,张\t三\r\n"))
        XCTAssertEqual(t.separator, .comma)
        XCTAssertEqual(t.header.map(\.text), ["身份证号", "姓名"])
        XCTAssertEqual(t.rows[0].cells.map(\.text), ["140105199001011238", "张\t三"])
        // Tabs in the header win over commas; one column with neither is tab-separated.
        XCTAssertEqual(try CSVTable(bytes: utf16("姓名\t备注,说明\r\n张三\ta,b\r\n")).rows[0].cells.map(\.text), ["张三", "a,b"])
        XCTAssertEqual(try CSVTable(bytes: utf16("姓名\r\n张三\r\n")).separator, .tab)
    }

    func testUTF16WithoutBOMIsRefusedWithTheSteps() {
        let noBOM = Array(utf16("身份证号\t姓名\r\n140105199001011238\t张三\r\n").dropFirst(2))
        XCTAssertThrowsError(try CSVTable(bytes: noBOM)) { error in
            let e = error as! ParseError
            XCTAssertEqual(e.code, "utf16-without-bom")
            XCTAssertEqual(e.mark, .start)
            XCTAssertTrue(e.message(.zh).contains("另存为"), e.message(.zh))
            XCTAssertTrue(e.message(.en).contains("Save As"), e.message(.en))
        }
        let bigEndianNoBOM = Array(utf16("name\tphone\r\n", bigEndian: true).dropFirst(2))
        XCTAssertThrowsError(try CSVTable(bytes: bigEndianNoBOM)) { error in
            XCTAssertEqual((error as! ParseError).code, "utf16-without-bom")
        }
    }

    func testALoneSurrogateOrAnOddByteIsInvalidUTF16() {
        var lone = utf16("姓名\r\n张")
        lone += [0x00, 0xD8, 0x41, 0x00]  // a high surrogate, then 'A'
        XCTAssertThrowsError(try CSVTable(bytes: lone)) { error in
            let e = error as! ParseError
            XCTAssertEqual(e.code, "invalid-utf16")
            XCTAssertEqual(e.mark.line, 2)
            XCTAssertEqual(e.mark.column, 2)
        }
        XCTAssertThrowsError(try CSVTable(bytes: utf16("姓名\r\n") + [0x41])) { error in
            XCTAssertEqual((error as! ParseError).code, "invalid-utf16")
        }
        // A character outside the BMP, as a surrogate pair, reads as one character.
        let t = try? CSVTable(bytes: utf16("姓名\t备注\r\n𠀀\tx\r\n"))
        XCTAssertEqual(t?.rows[0].cells.map(\.text), ["𠀀", "x"])
        XCTAssertEqual(t?.rows[0].cells[1].mark.column, 3)
    }

    func testACallerAsksForTabsInAnyEncoding() throws {
        let t = try CSVTable(text: "身份证号\t姓名\n140105199001011238\t张三\n", separator: .tab)
        XCTAssertEqual(t.encoding, .utf8)
        XCTAssertEqual(t.rows[0].cells.map(\.text), ["140105199001011238", "张三"])
        XCTAssertEqual(t.rows[0].cells[1].mark.column, 20)
        // A UTF-8 file is comma-separated unless asked: a tab stays part of the cell.
        XCTAssertEqual(try CSVTable(text: "a\tb\n1\t2\n").header.map(\.text), ["a\tb"])
        // A caller may ask for commas in a UTF-16 file too.
        XCTAssertEqual(try CSVTable(bytes: utf16("a\tb,c\r\n1\t2,3\r\n"), separator: .comma).header.map(\.text), ["a\tb", "c"])
    }
}
