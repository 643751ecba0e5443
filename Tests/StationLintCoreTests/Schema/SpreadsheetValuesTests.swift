import XCTest
@testable import StationLintCore

/// Ledgers as Excel and WPS write them on Chinese Windows read without complaint: dates as
/// `2024/9/10`, full-width digits, phones with an em dash, and Excel's "Unicode 文本" (UTF-16
/// LE with a BOM, tab-separated). Not broken inputs: passing cases, read end to end.
final class SpreadsheetValuesTests: XCTestCase {
    let asOf = Day(year: 2024, month: 12, day: 31)!

    func load(_ files: [String: [UInt8]]) -> Station {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: asOf, lang: .zh))
        return evaluator.load(MemoryStationFiles(files: files), path: "s")
    }

    func utf16LE(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return out
    }

    func testACSVLedgerWithExcelDatesReads() throws {
        let csv = "身份证号,姓名,日期,事由,方式\r\n140105199001011238,张三,2024/9/10,退役返乡,走访\r\n"
            + "140105198503152319,李四,2024/10/1,日常联系,电话\r\n140105198503152319,李四,２０２４年１１月３日,重要节日,走访\r\n"
            + "140105198503152319,李四,20241105,重要节日,走访\r\n"
        let s = load(["station.yaml": Array("station: {level: county}\n".utf8), "台账/走访慰问.csv": Array(csv.utf8)])
        let l = try XCTUnwrap(s.ledgers["visits"]?.ledger, "\(s.errors)")
        XCTAssertEqual(l.records.count, 4)
        XCTAssertTrue(l.problems.isEmpty, "\(l.problems.map(\.message))")
        let dates = l.records.map { $0.value(l.index("date"))?.day?.description }
        XCTAssertEqual(dates, ["2024-09-10", "2024-10-01", "2024-11-03", "2024-11-05"])
        XCTAssertEqual(l.updated?.description, "2024-11-05")
    }

    func testExcelUnicodeTextLedgerReadsWithPositionsAsSeen() throws {
        let text = "身份证号\t姓名\t类别\t退役时间\t电话\r\n140105199001011238\t张三\t退役士兵\t2024/5/20\t0354—5612345\r\n"
            + "11010519491231002X\t李四\t退役士兵\t2010/12/1\t138 1234 5678\r\n"
        let s = load(["station.yaml": Array("station: {level: county}\n".utf8), "ledgers/veterans.csv": utf16LE(text)])
        let l = try XCTUnwrap(s.ledgers["veterans"]?.ledger, "\(s.errors)")
        XCTAssertEqual(l.records.count, 2)
        XCTAssertTrue(l.problems.isEmpty, "\(l.problems.map(\.message))")
        XCTAssertEqual(l.records[0].value(l.index("discharge_date"))?.day?.description, "2024-05-20")
        XCTAssertEqual(l.records[1].value(l.index("phone")), .text("138 1234 5678"))
        XCTAssertEqual(l.records[1].mark(l.index("name")).line, 3)
        XCTAssertEqual(l.records[1].mark(l.index("name")).column, 20)
    }

    func testAWrongDateInAUTF16LedgerIsReportedWhereTheUserSeesIt() throws {
        let text = "身份证号\t姓名\t类别\t退役时间\r\n140105199001011238\t张三\t退役士兵\t2024-9/10\r\n"
        let s = load(["station.yaml": Array("station: {level: county}\n".utf8), "ledgers/veterans.csv": utf16LE(text)])
        let l = try XCTUnwrap(s.ledgers["veterans"]?.ledger, "\(s.errors)")
        XCTAssertEqual(l.problems.count, 1)
        XCTAssertEqual(l.problems.first?.locations.first?.line, 2)
        XCTAssertEqual(l.problems.first?.locations.first?.column, 28)  // 18 digits, tab, 张三, tab, 退役士兵, tab
    }
}
