import XCTest
@testable import StationLintCore

final class SpreadsheetNumberTests: XCTestCase {
    func testScientificFormsAreMangled() {
        for text in ["1.40105E+17", "1.40105199001011E+17", "1.4E17", "1,40105E+17", "1E+17",
                     "1.40105199001011E+017", "1.38e+10", " 1.40105E+17 "] {
            XCTAssertTrue(SpreadsheetNumber.isMangled(text), text)
        }
    }

    func testOtherTextIsNotMangled() {
        for text in ["14010519900101123X", "140105199001011238", "140105199001011000", "13800000001",
                     "", "E+17", "1.4E", "1.4E+", "1.E+17", "0.5E+3", "-1.4E+17", "1.4E-05",
                     "1.40105E+17x", "1.4E+1234", "14.0105E+16", "1.4 E+17", "１.４E+17", "1.4E++17"] {
            XCTAssertFalse(SpreadsheetNumber.isMangled(text), text)
        }
    }

    func testAdviceInBothLanguages() {
        XCTAssertEqual(SpreadsheetNumber.advice(.zh),
                       "身份证号被表格软件转成了科学计数法（如 1.40105E+17），原号码已丢失：请把该列设置为“文本”格式后重新录入")
        XCTAssertTrue(SpreadsheetNumber.advice(.en).contains("1.40105E+17"))
        XCTAssertTrue(SpreadsheetNumber.advice(.en).contains("Text"))
    }
}
