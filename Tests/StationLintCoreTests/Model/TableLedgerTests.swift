import XCTest
@testable import StationLintCore

/// Table ledgers as people keep them (SPEC §5a): the header found under a title, 序号 and 备注
/// read over, empty columns and rows ignored, a stated 更新日期, and every file of the ledger
/// folder that is not read named with the fix.
final class TableLedgerTests: XCTestCase {
    let asOf = Day(year: 2024, month: 12, day: 31)!

    func load(_ files: [String: [UInt8]], lang: Language = .zh) -> Station {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: asOf, lang: lang))
        return evaluator.load(MemoryStationFiles(files: files), path: "s")
    }

    func load(_ files: [String: String], lang: Language = .zh) -> Station {
        load(files.mapValues { Array($0.utf8) }, lang: lang)
    }

    static let declaration = "站点:\n  名称: 东沟村退役军人服务站\n  层级: 村级\n"

    func testTitleRowsAboveTheHeaderAreSkippedWithOneNote() throws {
        let csv = """
            东沟村退役军人走访慰问台账,,,,,,,
            更新日期：2024年11月30日,,,,,,,
            序号,身份证号,姓名,日期,事由,方式,走访人,备注
            1,140105199001011238,张三,2024/9/10,退役返乡,走访,王五,
            2,140105198503152319,李四,2024/10/1,重要节日,电话,王五,已回访
            3,,,,,,,
            ,,,,,,,

            """
        let s = load(["station.yaml": Self.declaration, "台账/走访慰问.csv": csv])
        XCTAssertEqual(s.errors, [])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        XCTAssertEqual(ledger.records.count, 2, "the row with only 序号 is no record")
        XCTAssertEqual(ledger.problems.map(\.message), [], "2024/9/10 is a date as Excel writes it")
        XCTAssertEqual(ledger.records[0].value(ledger.index("date")), .date(Day(year: 2024, month: 9, day: 10)!))
        XCTAssertEqual(ledger.updated, Day(year: 2024, month: 11, day: 30), "the stated 更新日期, later than any record")
        let notes = s.warnings.filter { $0.severity == .note }
        XCTAssertEqual(notes.map(\.formatted), ["台账/走访慰问.csv:1:1: note: 表头在第 3 行；其上 2 行（“东沟村退役军人走访慰问台账”）不是台账记录，已略过，其中的更新日期 2024-11-30 已读取"])
        XCTAssertEqual(s.warnings.filter { $0.severity == .warning }, [], "序号 and 备注 are no unknown fields")
    }

    func testTheNoteInEnglish() {
        let csv = "Visits ledger of Donggou\nid_number,name,date,occasion,method,visitor\n140105199001011238,张三,2024-09-10,退役返乡,走访,王五\n"
        let s = load(["station.yaml": Self.declaration, "ledgers/visits.csv": csv], lang: .en)
        XCTAssertEqual(s.warnings.map(\.formatted), ["ledgers/visits.csv:1:1: note: the header is row 2; the 1 row above it (“Visits ledger of Donggou”) is not a record and was skipped"])
    }

    func testAColumnWithDataButNoHeadingIsSaid() throws {
        let csv = "身份证号,姓名,,日期,事由,方式,走访人\n140105199001011238,张三,多余,2024-09-10,退役返乡,走访,王五\n"
        let s = load(["station.yaml": Self.declaration, "台账/走访慰问.csv": csv])
        XCTAssertEqual(s.warnings.map(\.formatted), ["台账/走访慰问.csv:2:23: warning: 此列没有表头，其中的内容未读取；请在表头行写上字段名，或删除此列"])
        XCTAssertEqual(s.ledgers["visits"]?.ledger?.records.count, 1)
    }

    func testAnEmptyColumnIsIgnoredWithoutAWord() {
        let csv = "身份证号,姓名,,日期,事由,方式,走访人\n140105199001011238,张三,,2024-09-10,退役返乡,走访,王五\n"
        let s = load(["station.yaml": Self.declaration, "台账/走访慰问.csv": csv])
        XCTAssertEqual(s.warnings, [])
        XCTAssertEqual(s.errors, [])
    }

    func testAStatedUpdateThatDoesNotReadIsAProblemAtItsCell() throws {
        let csv = "更新日期：2024年13月1日\n身份证号,姓名,日期,事由,方式,走访人\n140105199001011238,张三,2024-09-10,退役返乡,走访,王五\n"
        let s = load(["station.yaml": Self.declaration, "台账/走访慰问.csv": csv])
        let ledger = try XCTUnwrap(s.ledgers["visits"]?.ledger)
        XCTAssertEqual(ledger.problems.map { $0.locations.map(\.formatted) }, [["台账/走访慰问.csv:1:1"]])
        XCTAssertTrue(ledger.problems[0].message.contains("没有 13 月"), ledger.problems[0].message)
        XCTAssertEqual(ledger.updated, Day(year: 2024, month: 9, day: 10), "then the latest record date, as for any table")
    }

    func testEveryFileOfTheLedgerFolderThatIsNotReadIsNamed() throws {
        let s = load([
            "station.yaml": Array(Self.declaration.utf8),
            "台账/建档立卡.xls": [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            "台账/台账.et": [0xD0, 0xCF, 0x11, 0xE0],
            "台账/照片.jpg": [0xFF, 0xD8, 0xFF],
            "台账/~$台账.xlsx": [0],
            "台账/.DS_Store": [0],
            "台账/2023/活动.yaml": Array("records: []\n".utf8),
        ])
        XCTAssertEqual(s.errors.map(\.formatted).sorted(), [
            "台账/台账.et:1:1: error: “台账.et”是WPS 表格的专有格式（.et），stationlint 不读取：请在 WPS/Excel 中打开，选“另存为”，保存类型选“Excel 工作簿（*.xlsx）”或“CSV”",
            "台账/建档立卡.xls:1:1: error: “建档立卡.xls”是旧版 Excel 97–2003 格式（.xls），stationlint 不读取：请在 WPS/Excel 中打开，选“另存为”，保存类型选“Excel 工作簿（*.xlsx）”或“CSV”",
        ])
        guard case .unreadable(let file, _)? = s.ledgers["veterans"] else { return XCTFail("建档立卡.xls makes the registry unreadable, not missing") }
        XCTAssertEqual(file, "台账/建档立卡.xls")
        XCTAssertEqual(s.warnings.map(\.formatted).sorted(), [
            "台账/2023:1:1: warning: 台账文件夹中的子文件夹“2023”不读取；台账文件请直接放在台账文件夹中",
            "台账/~$台账.xlsx:1:1: note: “~$台账.xlsx”是 Excel/WPS 打开工作簿时留下的临时文件，未读取（关闭工作簿后会消失，也可删除）",
            "台账/照片.jpg:1:1: warning: “照片.jpg”不是台账文件（台账应为 .xlsx、.csv 或 .yaml），未读取；若是台账，请在 WPS/Excel 中打开，选“另存为”，保存类型选“Excel 工作簿（*.xlsx）”或“CSV”",
        ])
    }

    func testATabSeparatedTextFileIsALedger() throws {
        let txt = "身份证号\t姓名\t日期\t事由\t方式\t走访人\n140105199001011238\t张三\t2024-09-10\t退役返乡\t走访\t王五\n"
        let s = load(["station.yaml": Self.declaration, "台账/走访慰问.txt": txt])
        XCTAssertEqual(s.errors, [])
        XCTAssertEqual(s.ledgers["visits"]?.ledger?.records.count, 1)
    }

    func testAWorkbookPositionNamesTheSheetAndCell() throws {
        let at = Location(file: "台账/台账.xlsx", line: 7, column: 3, sheet: "建档立卡")
        XCTAssertEqual(at.formatted, "台账/台账.xlsx:建档立卡!C7")
        XCTAssertEqual(at.cell, "C7")
        XCTAssertEqual(Location(file: "a.csv", line: 7, column: 3).formatted, "a.csv:7:3")
        let json = at.json().serialized()
        XCTAssertTrue(json.contains("\"sheet\""), json)
        XCTAssertTrue(json.contains("\"C7\""), json)
    }
}
