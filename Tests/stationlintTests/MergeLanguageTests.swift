import XCTest

/// `merge --lang en` renders a Chinese report set in English from the findings the JSON keeps:
/// the same words an English check gives (input diagnostics, read in the check's language, stay
/// as they were written).
final class MergeLanguageTests: XCTestCase {
    func testAChineseReportMergesIntoEnglish() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let region = Repo.path("Fixtures/region")
        let zh = dir.appendingPathComponent("zh.json").path
        _ = CLIRun.run(["check", region, "--as-of", "2024-12-31", "--format", "json", "--output", zh])
        XCTAssertTrue(FileManager.default.fileExists(atPath: zh))
        let merged = CLIRun.run(["merge", zh, "--lang", "en", "--format", "text"])
        let direct = CLIRun.run(["check", region, "--as-of", "2024-12-31", "--lang", "en", "--format", "text"])
        func resultLines(_ text: String) -> [String] {
            text.split(separator: "\n").map(String.init).filter { $0.range(of: #": (warning|error|note): "#, options: .regularExpression) == nil }
        }
        XCTAssertEqual(resultLines(merged.out), resultLines(direct.out))
        XCTAssertTrue(merged.out.contains("stations checked"), merged.out)
        XCTAssertFalse(merged.out.contains("不通过"), "no Chinese status left")
        let json = CLIRun.run(["merge", zh, "--lang", "en"]).out
        XCTAssertTrue(json.contains("\"lang\": \"en\""), "the merged report says its language")
    }
}
