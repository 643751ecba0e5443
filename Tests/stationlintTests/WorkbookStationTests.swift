import Foundation
import XCTest
@testable import stationlint

/// The bundled village and township again, with every ledger in one workbook `台账/台账.xlsx`
/// (a sheet per ledger under a merged title row, written by openpyxl and by LibreOffice:
/// `Fixtures/xlsx/make-stations.py`): the same verdicts as the YAML and CSV originals, and
/// positions a spreadsheet user can go to.
final class WorkbookStationTests: XCTestCase {
    let asOf = "--as-of=2024-12-31"

    /// Per rule: status and score of a station's JSON report.
    func verdicts(_ station: String) throws -> (results: [String: String], score: Double, errors: Int) {
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/\(station)"), asOf, "--format", "json"])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], r.err)
        let s = try XCTUnwrap((json["stations"] as? [[String: Any]])?.first)
        var results: [String: String] = [:]
        for result in s["results"] as? [[String: Any]] ?? [] {
            results[result["rule"] as? String ?? ""] = result["status"] as? String
        }
        return (results, s["score"] as? Double ?? -1, (json["errors"] as? [Any])?.count ?? -1)
    }

    /// township-csv holds the township's ledgers as Excel saves CSV on Chinese Windows (GB18030,
    /// a title row, 序号, dates as 2024/9/10).
    func testAWorkbookStationGetsTheVerdictsOfItsYAMLOriginal() throws {
        for (original, workbook) in [("village", "village-xlsx"), ("township", "township-xlsx"), ("township", "township-csv")] {
            let a = try verdicts(original)
            let b = try verdicts(workbook)
            XCTAssertFalse(a.results.isEmpty)
            XCTAssertEqual(b.results, a.results, "\(workbook) against \(original)")
            XCTAssertEqual(b.score, a.score, workbook)
            XCTAssertEqual(b.errors, 0, workbook)
        }
    }

    func testWhatIsReadOverIsSaidInNotes() throws {
        let text = CLIRun.run(["check", Repo.path("Fixtures/stations/village-xlsx"), asOf])
        XCTAssertEqual(text.status, .success, text.out + text.err)
        XCTAssertTrue(text.out.contains("台账/台账.xlsx:1:1: note: 工作表 “统计” 不是台账（工作表名不是台账名称），未读取"), text.out)
        XCTAssertTrue(text.out.contains("……另有 13 条读取说明（--format json、markdown 或 html 列出全部）"), "text shows 3 of 16 notes: \(text.out)")
        let markdown = CLIRun.run(["check", Repo.path("Fixtures/stations/village-xlsx"), asOf, "--format", "markdown"])
        XCTAssertTrue(markdown.out.contains("### 读取说明"), markdown.out)
        XCTAssertTrue(markdown.out.contains("台账/台账.xlsx:建档立卡\\!A1: note: 表头在第 2 行；其上 1 行（“东沟村退役军人建档立卡台账”）不是台账记录，已略过"), markdown.out)
        XCTAssertTrue(markdown.out.contains("台账/台账.xlsx:活动\\!A1: note: 表头在第 3 行；其上 2 行（“东沟村退役军人活动台账”）不是台账记录，已略过，其中的更新日期 2024-12-01 已读取"), markdown.out)
        XCTAssertFalse(markdown.out.contains("### 输入问题"), "notes are no input problems")
    }

    func testNotesCarrySheetAndCellInJSON() throws {
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/township-xlsx"), asOf, "--format", "json"])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let station = try XCTUnwrap((json["stations"] as? [[String: Any]])?.first)
        let notes = try XCTUnwrap(station["warnings"] as? [[String: Any]])
        let sheetNotes = notes.filter { $0["sheet"] != nil }
        XCTAssertEqual(sheetNotes.count, 15, "one title note per ledger sheet: \(notes)")
        for note in sheetNotes {
            XCTAssertEqual(note["file"] as? String, "台账/台账.xlsx")
            XCTAssertEqual(note["cell"] as? String, "A1")
            XCTAssertEqual(note["line"] as? Int, 1)
            XCTAssertEqual(note["column"] as? Int, 1)
            XCTAssertEqual(note["severity"] as? String, "note")
        }
    }
}
