import XCTest
@testable import StationLintCore

/// Reading a station folder: bilingual keys, refusals, warnings, ledgers in every form, waivers.
final class StationLoaderTests: XCTestCase {
    let asOf = Day(year: 2024, month: 12, day: 31)!

    func load(_ files: [String: String], lang: Language = .zh) -> (Station, Evaluator) {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: asOf, lang: lang))
        let memory = MemoryStationFiles(files: files.mapValues { Array($0.utf8) })
        return (evaluator.load(memory, path: "s"), evaluator)
    }

    func testChineseAndEnglishKeysMix() {
        let (s, _) = load(["station.yaml": "站点:\n  名称: 坞城街道退役军人服务站\n  level: township\nstaffing:\n  核定编制: 3\n"])
        XCTAssertTrue(s.errors.isEmpty, "\(s.errors)")
        XCTAssertEqual(s.name, "坞城街道退役军人服务站")
        XCTAssertEqual(s.level, "township")
        XCTAssertEqual(s.field("staffing.authorized")?.value, .integer(3))
        XCTAssertEqual(s.field("staffing.authorized")?.label, "核定编制")
    }

    func testOneFieldUnderBothNamesIsAnError() {
        let (s, _) = load(["station.yaml": "station:\n  name: 甲站\n  名称: 乙站\n"])
        XCTAssertEqual(s.errors.count, 1)
        XCTAssertEqual(s.errors[0].location.line, 3)
        XCTAssertEqual(s.errors[0].location.column, 3)
        XCTAssertTrue(s.errors[0].message.contains("同一字段"), s.errors[0].message)
        XCTAssertTrue(s.isBroken("station.name"))
    }

    func testUnknownKeyWarnsWithNearest() {
        let (s, _) = load(["station.yaml": "stafing:\n  authorized: 3\n"])
        XCTAssertEqual(s.warnings.count, 1)
        XCTAssertTrue(s.warnings[0].message.contains("staffing"), s.warnings[0].message)
        XCTAssertEqual(s.warnings[0].severity, .warning)
    }

    func testWrongShapeIsAnErrorAndBreaksThePath() {
        let (s, _) = load(["station.yaml": "staffing: 10\n"])
        XCTAssertEqual(s.errors.count, 1)
        XCTAssertTrue(s.isBroken("staffing.authorized"))
    }

    func testInvalidValuesAreReportedAtTheirPosition() {
        let (s, _) = load(["station.yaml": "funding:\n  amount: 三十万\n  in_budget: maybe\n"])
        XCTAssertEqual(s.warnings.map(\.location.line), [2, 3])
        XCTAssertEqual(s.warnings[0].location.column, 11)
    }

    func testDatesAfterAsOfAreInvalid() {
        let (s, _) = load(["station.yaml": "station: {level: county}\n",
                           "ledgers/visits.yaml": "updated: 2025-01-05\nrecords: []\n"])
        guard case .loaded(let l)? = s.ledgers["visits"] else { return XCTFail("visits not loaded") }
        XCTAssertTrue(l.problems[0].message.contains("晚于检查基准日"), l.problems[0].message)
        XCTAssertEqual(l.problems[0].locations.first?.line, 1)
    }

    func testLedgersByChineseNameAndCSV() {
        let csv = "身份证号,姓名,日期,事由,方式\r\n140105199001011238,张三,2024-06-10,退役返乡,走访\r\n1.40105E+17,李四,2024-06-11,日常联系,电话\r\n"
        let (s, _) = load(["station.yaml": "station: {level: county}\n", "台账/走访慰问.csv": csv])
        guard case .loaded(let l)? = s.ledgers["visits"] else { return XCTFail("visits not loaded: \(s.errors)") }
        XCTAssertEqual(l.records.count, 2)
        XCTAssertEqual(l.updated?.description, "2024-06-11")
        XCTAssertEqual(l.problems.count, 1)
        XCTAssertTrue(l.problems[0].message.contains("科学计数法"), l.problems[0].message)
        XCTAssertEqual(l.problems[0].locations.first?.line, 3)
    }

    func testTwoFilesForOneLedgerIsAnError() {
        let (s, _) = load(["station.yaml": "station: {level: county}\n",
                           "ledgers/visits.yaml": "records: []\n", "台账/走访慰问.yaml": "records: []\n"])
        XCTAssertTrue(s.errors.contains { $0.message.contains("两个文件") }, "\(s.errors)")
    }

    func testDuplicatePersonInAPersonsLedger() {
        let yaml = "updated: 2024-12-01\nrecords:\n  - {id_number: \"140105199001011238\", name: 张三}\n  - {id_number: \"140105199001011238\", name: 张三}\n"
        let (s, _) = load(["station.yaml": "station: {level: county}\n", "ledgers/volunteers.yaml": yaml])
        let l = s.ledgers["volunteers"]?.ledger
        XCTAssertEqual(l?.problems.count, 1)
        XCTAssertEqual(l?.problems.first?.locations.first?.line, 4)
        XCTAssertTrue(l?.problems.first?.message.contains("140105********1238") ?? false, "the ID number is masked")
    }

    func testOneFieldUnderBothNamesInALedgerRecordIsAProblem() {
        let yaml = "updated: 2024-12-01\n更新日期: 2024-12-02\nrecords:\n  - id_number: \"140105199001011238\"\n    身份证号: \"140105198503152319\"\n    name: 张三\n"
        let (s, _) = load(["station.yaml": "station: {level: county}\n", "ledgers/volunteers.yaml": yaml])
        let l = s.ledgers["volunteers"]?.ledger
        XCTAssertEqual(l?.problems.map(\.message), ["“更新日期”与“updated”是同一字段，只能写一次", "“身份证号”与“id_number”是同一字段，只能写一次"])
        XCTAssertEqual(l?.problems.map { $0.locations.first?.line }, [2, 5])
        XCTAssertEqual(l?.updated?.description, "2024-12-01", "the first value is kept")
        XCTAssertEqual(l?.records.first?.values.first??.text, "140105199001011238")
    }

    func testAnInvalidPhoneNumberInALedgerIsMaskedToo() {
        let yaml = "updated: 2024-12-01\nrecords:\n  - {id_number: \"140105199001011238\", name: 张三, category: 退役士兵, discharge_date: 2024-05-20, phone: \"138123456789\"}\n"
        let (s, _) = load(["station.yaml": "station: {level: county}\n", "ledgers/veterans.yaml": yaml])
        let messages = s.ledgers["veterans"]?.ledger?.problems.map(\.message) ?? []
        XCTAssertEqual(messages, ["电话“138*****6789”无效：应为电话号码（11 位手机号或区号-号码）"])
    }

    func testUnparsableStationMakesEveryRuleAnError() {
        let (s, evaluator) = load(["station.yaml": "station:\n\tname: x\n"])
        XCTAssertFalse(s.declarationReadable)
        XCTAssertEqual(s.errors.first?.location.line, 2)
        let report = evaluator.evaluate(s)
        XCTAssertTrue(report.results.isEmpty, "no level: no rules can be selected")
        XCTAssertFalse(report.errors.isEmpty)
    }
}
