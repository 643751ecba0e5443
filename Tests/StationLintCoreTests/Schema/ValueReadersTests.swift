import XCTest
@testable import StationLintCore

final class ValueReadersTests: XCTestCase {
    func testIDNumberCheckDigit() {
        XCTAssertNil(ValueReaders.idNumberProblem("11010519491231002X"))
        XCTAssertNil(ValueReaders.idNumberProblem("140105199001011238"))
        XCTAssertEqual(ValueReaders.idNumberProblem("140105199001011237"), .checkDigit(expected: "8"))
        XCTAssertEqual(ValueReaders.idNumberProblem("14010519900101123"), .length(17))
        XCTAssertEqual(ValueReaders.idNumberProblem("140105199002301238"), .birthDate)
        XCTAssertEqual(ValueReaders.idNumberProblem("14010519900101A238"), .characters)
    }

    func testPhoneNumbers() {
        for good in ["13812345678", "138-1234-5678", "0351-7654321", "010-12345678", "03517654321", "0351-7654321-801"] {
            XCTAssertTrue(ValueReaders.isPhone(good), good)
        }
        for bad in ["12345", "12812345678", "1381234567", "0351-765", "abc", "351-7654321", ""] {
            XCTAssertFalse(ValueReaders.isPhone(bad), bad)
        }
    }

    func testPhoneNumbersInEveryWrittenForm() {
        let good = [
            "138 1234 5678", "138-1234-5678", " 13812345678 ",
            "+8613812345678", "+86 13812345678", "+86 138 1234 5678", "+86-138-1234-5678", "86-13812345678", "86 138 1234 5678",
            "0354-5612345", "0354—5612345", "0354–5612345", "0354－5612345", "0354 5612345", "0354 - 5612345",
            "(0354)5612345", "（0354）5612345", "(0354) 5612345", "（010）12345678",
            "0354-5612345-801", "0354 5612345 801", "(0354)5612345-8001", "010-12345678", "021-1234567", "03545612345",
        ]
        for text in good { XCTAssertTrue(ValueReaders.isPhone(text), text) }
        let bad = [
            "138 1234 567", "138-12345-678", "1381-234-5678", "12812345678", "11012345678", "138123456789",
            "+85 13812345678", "+86", "+860354-5612345", "86-0354-5612345", "8613812345678",
            "035-5612345", "0354-561234", "0354-561234567", "0354-5612345-1234567", "(0354-5612345", "(0354)", "（0354)5612345x",
            "0354——5612345", "0354-", "-0354-5612345", "(13812345678)", "0", "1", "(0)1234567",
            "0354/5612345", "0354.5612345", "５612345",
        ]
        for text in bad { XCTAssertFalse(ValueReaders.isPhone(text), text) }
    }

    func testFullWidthFormsReadInEveryTypedField() {
        let typer = ValueTyper(vocabularies: [:], asOf: Day(year: 2024, month: 12, day: 31)!, lang: .zh, privacy: PersonalData(show: false))
        XCTAssertEqual(typer.value("１２", as: .integer), .integer(12))
        XCTAssertEqual(typer.value("－３", as: .integer), .integer(-3))
        XCTAssertEqual(typer.value("　１８０　", as: .integer), .integer(180))
        XCTAssertEqual(typer.value("３７．７３６１", as: .decimal), .decimal(37.7361))
        XCTAssertEqual(typer.value("ｔｒｕｅ", as: .boolean), .boolean(true))
        XCTAssertEqual(typer.value("２０２４年９月１０日", as: .date), .date(Day(year: 2024, month: 9, day: 10)!))
        XCTAssertEqual(typer.value("２０２４／９／１０", as: .date), .date(Day(year: 2024, month: 9, day: 10)!))
        XCTAssertEqual(typer.value("１３８　１２３４　５６７８", as: .phone), .text("138 1234 5678"))
        XCTAssertEqual(typer.value("（０３５４）５６１２３４５", as: .phone), .text("(0354)5612345"))
        XCTAssertEqual(typer.value("０３５４－５６１２３４５", as: .phone), .text("0354-5612345"))
        XCTAssertEqual(typer.value("１１０１０５１９４９１２３１００２Ｘ", as: .idNumber), .text("11010519491231002X"))
        XCTAssertEqual(typer.value("１１０１０５１９４９１２３１００２ｘ", as: .idNumber), .text("11010519491231002X"))
        XCTAssertEqual(typer.value("１４０１０５００１００１", as: .divisionCode), .text("140105001001"))
        // Free text keeps what was typed, full-width forms and all.
        XCTAssertEqual(typer.value("　第１号　", as: .text), .text("第１号"))
        XCTAssertEqual(typer.value("１２", as: .list(.integer)), .integer(12))
        // A full-width character that is not a digit still does not read as a number.
        XCTAssertTrue(typer.value("１２ａ", as: .integer).isInvalid)
        XCTAssertTrue(typer.value("１４０１０５１９４９１２３１００２Ｙ", as: .idNumber).isInvalid)
    }

    func testWidthFoldingKeepsOtherTextAndReturnsTheSameStringWhenNothingFolds() {
        XCTAssertEqual(WidthFolding.ascii("ＡＢＣ　ｘｙｚ！～"), "ABC xyz!~")
        XCTAssertEqual(WidthFolding.ascii("张三，（一）、"), "张三,(一)、")
        XCTAssertEqual(WidthFolding.ascii("2024年"), "2024年")
        XCTAssertEqual(WidthFolding.ascii(""), "")
        XCTAssertEqual(WidthFolding.ascii("\u{FF00}\u{FF5F}\u{3001}"), "\u{FF00}\u{FF5F}\u{3001}")  // neighbours of the range
    }

    func testDatesInEveryWrittenForm() {
        let sept10 = "2024-09-10"
        for text in ["2024-09-10", "2024-9-10", "2024/9/10", "2024/09/10", "2024.9.10", "2024.09.10", "20240910",
                     "2024年9月10日", "2024年09月10日", "2024年9月10号", "2024 年 9 月 10 日", " 2024/9/10 ",
                     "２０２４年９月１０日", "２０２４-９-１０", "２０２４０９１０", "　2024/9/10　"] {
            XCTAssertEqual(Day.parse(text)?.description, sept10, text)
        }
        XCTAssertEqual(Day.parse("2024-1-5")?.description, "2024-01-05")
        XCTAssertEqual(Day.parse("2024/1/05")?.description, "2024-01-05")
        XCTAssertEqual(Day.parse("2024.01.05")?.description, "2024-01-05")
        XCTAssertEqual(Day.parse("20240105")?.description, "2024-01-05")
        XCTAssertEqual(Day.parse("2024-02-29")?.description, "2024-02-29")
        XCTAssertEqual(Day.parse("2024年3月5日")?.description, "2024-03-05")
        // A date-and-time cell saved to CSV by Excel or WPS: the day, the time ignored.
        for text in ["2024/9/10 0:00", "2024-09-10 08:30:00", "2024/9/10  23:59"] {
            XCTAssertEqual(Day.parse(text)?.description, sept10, text)
        }
    }

    func testDatesRefusedInOtherForms() {
        for text in ["2024-9/10", "2024/9-10", "2024.9/10", "2024年9/10", "2024年9月10", "2024-9-10日", "2024-09", "2024",
                     "2024-009-10", "2024-9-100", "20240-9-10", "2024091", "202409100", "2024--9-10", "2024-9-10-", "2024 9 10",
                     "9/10/2024", "2024年9月10日日", "2024/9/10 24:00", "2024/9/10 0:60", "2024/9/10 0:0", "2024/9/10 0:00:", "2024/9/10 上午",
                     "20240910 0:00", "二〇二四年九月十日", "", " "] {
            XCTAssertNil(Day.fields(WidthFolding.ascii(text)).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }, text)
            XCTAssertNil(Day.parse(text), text)
        }
        // Real forms, impossible days: nil from parse, the numbers from fields.
        XCTAssertNil(Day.parse("2023-02-29"))
        XCTAssertNil(Day.parse("2024-13-01"))
        XCTAssertNil(Day.parse("20241301"))
        XCTAssertTrue(Day.fields("20241301")! == (2024, 13, 1))
        XCTAssertTrue(Day.fields("2024/2/30")! == (2024, 2, 30))
        XCTAssertTrue(Day.fields("2024年4月31号")! == (2024, 4, 31))
        XCTAssertTrue(Day.fields("24/9/10")! == (24, 9, 10))
    }

    func testAnImpossibleDateSaysWhichPartIsWrong() {
        let asOf = Day(year: 2024, month: 12, day: 31)!
        let zh = ValueTyper(vocabularies: [:], asOf: asOf, lang: .zh, privacy: PersonalData(show: false))
        let en = ValueTyper(vocabularies: [:], asOf: asOf, lang: .en, privacy: PersonalData(show: false))
        func problem(_ t: ValueTyper, _ text: String) -> String? {
            if case .invalid(_, let p) = t.value(text, as: .date) { return p.text }
            return nil
        }
        XCTAssertEqual(problem(zh, "2024-02-30"), "日期不存在：2024 年 2 月只有 29 天")
        XCTAssertEqual(problem(zh, "2023年2月29日"), "日期不存在：2023 年 2 月只有 28 天")
        XCTAssertEqual(problem(zh, "2024/13/01"), "日期不存在：没有 13 月")
        XCTAssertEqual(problem(zh, "1800-01-01"), "日期不存在：年份 1800 不在 1900–2999 之间")
        XCTAssertEqual(problem(en, "2024-04-31"), "no such date: 2024-4 has 30 days")
        XCTAssertEqual(problem(zh, "2024/2/30"), "日期不存在：2024 年 2 月只有 29 天")
        XCTAssertEqual(problem(zh, "２０２３年２月２９日"), "日期不存在：2023 年 2 月只有 28 天")
        XCTAssertEqual(problem(zh, "20240230"), "日期不存在：2024 年 2 月只有 29 天")
        XCTAssertEqual(problem(zh, "2024.0.5"), "日期不存在：没有 0 月")
        XCTAssertEqual(problem(en, "24/9/10"), "no such date: the year 24 is not between 1900 and 2999")
        XCTAssertEqual(problem(zh, "2024-9/10"), "应为日期（如 2024-11-30、2024/9/10、20241130 或 2024年11月30日）")
        XCTAssertNil(problem(zh, "2024-02-29"))
    }

    func testDayArithmetic() throws {
        let d = try XCTUnwrap(Day(year: 2024, month: 12, day: 31))
        XCTAssertEqual(d.minus(days: 365).description, "2024-01-01")
        XCTAssertEqual(Day(ordinal: 0).description, "1970-01-01")
        XCTAssertEqual(try XCTUnwrap(Day.parse("2024-03-01")).days(until: d), 305)
    }

    func testBooleansAcceptTheFourSpellingsOnly() {
        XCTAssertEqual(ValueReaders.boolean("是"), true)
        XCTAssertEqual(ValueReaders.boolean("否"), false)
        XCTAssertEqual(ValueReaders.boolean("true"), true)
        XCTAssertEqual(ValueReaders.boolean("false"), false)
        XCTAssertNil(ValueReaders.boolean("yes"))
        XCTAssertNil(ValueReaders.boolean("on"))
    }

    func testNumbersAreASCIIDigits() {
        XCTAssertEqual(ValueReaders.integer("0012"), 12)
        XCTAssertNil(ValueReaders.integer("１２"))
        XCTAssertNil(ValueReaders.integer("1.5"))
        XCTAssertEqual(ValueReaders.decimal("37.7361"), 37.7361)
        XCTAssertNil(ValueReaders.decimal("1e3"))
    }

    func testDivisionCodeLevelsAndNesting() throws {
        let county = try XCTUnwrap(DivisionCode("140105000000"))
        let township = try XCTUnwrap(DivisionCode("140105001000"))
        let village = try XCTUnwrap(DivisionCode("140105001001"))
        XCTAssertEqual(county.significantDigits, 6)
        XCTAssertEqual(township.significantDigits, 9)
        XCTAssertEqual(village.significantDigits, 12)
        XCTAssertEqual(DivisionCode("140100000000")?.significantDigits, 4)
        XCTAssertEqual(DivisionCode("140000000000")?.significantDigits, 2)
        XCTAssertNil(DivisionCode("000000000000")?.significantDigits)
        XCTAssertEqual(township.truncated(to: 6), "140105000000")
        XCTAssertEqual(village.truncated(to: 4), "140100000000")
        XCTAssertTrue(township.isUnder(county))
        XCTAssertTrue(village.isUnder(township))
        XCTAssertFalse(try XCTUnwrap(DivisionCode("140106001000")).isUnder(county))
        XCTAssertNil(DivisionCode("14010500000"))
    }

    func testListNamesCompareAsPeopleReadThem() {
        XCTAssertTrue(TextNormalizer.matches("文明服务", "文明服务规范", suffixes: ["规范"]))
        XCTAssertTrue(TextNormalizer.matches("《退役军人信访服务工作办法》", "退役军人信访服务工作办法", suffixes: []))
        XCTAssertTrue(TextNormalizer.matches("乡镇(街道)、村(社区)退役军人服务站服务事项清单", "《乡镇（街道）、村（社区）退役军人服务站服务事项清单》", suffixes: []))
        XCTAssertFalse(TextNormalizer.matches("文明", "文明服务规范", suffixes: ["规范"]))
        XCTAssertEqual(TextNormalizer.widthFolded("机构，维护“军人”"), TextNormalizer.widthFolded("机构,维护\"军人\""))
        XCTAssertEqual(TextNormalizer.splitList("电脑、电话，打印机;传真机"), ["电脑", "电话", "打印机", "传真机"])
    }

    func testPersonalDataMasks() {
        XCTAssertEqual(PersonalData.maskID("14010519900101123X"), "140105********123X")
        XCTAssertEqual(PersonalData.maskPhone("13812345678"), "138****5678")
        XCTAssertEqual(PersonalData.maskName("张三"), "张*")
        XCTAssertEqual(PersonalData.maskName("欧阳修"), "欧**")
        XCTAssertEqual(PersonalData(show: true).id("14010519900101123X"), "14010519900101123X")
        XCTAssertEqual(PersonalData(show: false).scrub("联系张律师13800001234，证件14010519900101123X；共12幅"),
                       "联系张律师138****1234，证件140105********123X；共12幅")
        XCTAssertEqual(PersonalData(show: true).scrub("13800001234"), "13800001234")
    }
}
