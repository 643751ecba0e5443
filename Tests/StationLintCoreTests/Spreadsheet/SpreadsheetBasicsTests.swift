import XCTest
@testable import StationLintCore

/// Cell references, date serials, date formats and file signatures.
final class SpreadsheetBasicsTests: XCTestCase {
    func testCellReferencesRoundTrip() {
        for (name, row, column) in [("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("AZ1", 1, 52), ("BA2", 2, 53), ("XFD1048576", 1_048_576, 16_384), ("C7", 7, 3)] {
            let ref = CellReference(name)
            XCTAssertEqual(ref, CellReference(row: row, column: column), name)
            XCTAssertEqual(CellReference(row: row, column: column).name, name)
        }
        XCTAssertEqual(CellReference("$C$7"), CellReference(row: 7, column: 3))
        XCTAssertEqual(CellReference("c7"), CellReference(row: 7, column: 3))
        for bad in ["", "A", "7", "A0", "XFE1", "A1048577", "A1B", "1A", "AAAAAAAAAAAAAAAAAAAAAAAAA1", "A99999999999999999999", "建1"] {
            XCTAssertNil(CellReference(bad), bad)
        }
        for column in 1...16_384 {
            XCTAssertEqual(CellReference(CellReference(row: 1, column: column).name)?.column, column)
        }
        XCTAssertEqual(CellRange("A1:F1")?.last, CellReference(row: 1, column: 6))
        XCTAssertEqual(CellRange("F3:A1")?.first, CellReference(row: 1, column: 1))
        XCTAssertEqual(CellRange("B2")?.name, "B2")
        XCTAssertNil(CellRange("A1:"))
    }

    func testDateSerials() {
        func day(_ s: Double, _ mac: Bool = false) -> String? { SpreadsheetDate.day(serial: s, uses1904: mac)?.description }
        XCTAssertEqual(day(1), "1900-01-01")
        XCTAssertEqual(day(59), "1900-02-28")
        XCTAssertNil(day(60), "Lotus's 1900-02-29 never was")
        XCTAssertEqual(day(61), "1900-03-01")
        XCTAssertEqual(day(45544), "2024-09-09")
        XCTAssertEqual(day(45545), "2024-09-10")
        XCTAssertEqual(day(45545.75), "2024-09-10", "the time of day is dropped")
        XCTAssertEqual(day(0, true), "1904-01-01")
        XCTAssertEqual(day(44083, true), "2024-09-10")
        XCTAssertNil(day(0))
        XCTAssertNil(day(-1))
        XCTAssertNil(day(.nan))
        XCTAssertNil(day(.infinity))
        XCTAssertNil(day(1e300))
        XCTAssertEqual(day(2_958_465), "9999-12-31")
        XCTAssertNil(day(2_958_466))
    }

    func testDateFormats() {
        for id in [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 45, 46, 47, 50, 55, 58] { XCTAssertTrue(DateFormat.isDate(builtin: id), "\(id)") }
        for id in [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 164] { XCTAssertFalse(DateFormat.isDate(builtin: id), "\(id)") }
        for code in [#"yyyy"年"m"月"d"日""#, "yyyy/m/d", "[$-F800]dddd, mmmm dd, yyyy", "m/d/yy h:mm", "[h]:mm:ss", "[mm]", "yyyy-mm-dd", "h:mm AM/PM", "[Red][$-804]yyyy年m月", "DD/MM/YYYY"] {
            XCTAssertTrue(DateFormat.isDate(code: code), code)
        }
        for code in ["0.00", "@", "General", "#,##0", #"0"天""#, #"#,##0.00"元""#, "[Red]0.00", "[$¥-804]#,##0", #"\d0"#, "0_m", "0*s", "0.00E+00", ""] {
            XCTAssertFalse(DateFormat.isDate(code: code), code)
        }
    }

    func testFileSignatures() {
        XCTAssertEqual(FileSignature([0x50, 0x4B, 3, 4, 0]), .zip)
        XCTAssertEqual(FileSignature([0x50, 0x4B, 5, 6]), .zip)
        XCTAssertEqual(FileSignature([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), .oleCompoundDocument)
        XCTAssertEqual(FileSignature(Array("姓名,身份证\n".utf8)), .other)
        XCTAssertEqual(FileSignature([]), .other)
        XCTAssertEqual(FileSignature([0x50]), .other)
    }

    func testCRC32() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([]), 0)
    }
}
