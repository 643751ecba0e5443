import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// The one place errors are said: every error reaches the user as our words in the user's
/// language and exit code 2, never as a Swift value.
final class ErrorReportTests: XCTestCase {
    /// An error no part of stationlint knows, holding what must not be shown.
    struct SomeUnforeseenSwiftError: Error {
        let detail = "身份证号 140105199001011234"
    }

    func testAnErrorNobodySaidIsADefectInWordsNotASwiftValue() {
        for lang in Language.allCases {
            var err = ""
            let console = Console(out: { _ in }, err: { err += $0 })
            let status = ErrorReport.report(SomeUnforeseenSwiftError(), lang: lang, console: console)
            XCTAssertEqual(status, .usageOrInput)
            XCTAssertFalse(err.contains("SomeUnforeseenSwiftError") || err.contains("detail") || err.contains("140105"), err)
            XCTAssertFalse(err.contains("ErrorReportTests") || err.contains("stationlintTests"), err)
            XCTAssertTrue(err.hasPrefix("stationlint: error: " + lang.pick("内部错误：", "internal error: ")), err)
            XCTAssertTrue(err.contains(lang.pick("请把所用的命令和输入文件报告给", "please report the command and its input files")), err)
            XCTAssertEqual(err.filter { $0 == "\n" }.count, 1, err)
        }
    }

    func testAFoundationFileErrorIsSaidInTheUsersLanguage() {
        XCTAssertEqual(ErrorReport.lines(CocoaError(.fileWriteOutOfSpace), lang: .zh, command: nil), ["stationlint: error: 文件操作失败：磁盘已满"])
        XCTAssertEqual(ErrorReport.lines(POSIXError(.EACCES), lang: .en, command: nil), ["stationlint: error: a file operation failed: permission denied"])
    }

    func testUsageAndInputErrorsKeepTheirShape() {
        XCTAssertEqual(ErrorReport.lines(UsageError.missingValue("--level"), lang: .zh, command: InitCommand.spec),
                       ["stationlint: error: 选项 --level 需要一个值", "用法说明：stationlint init --help"])
        let bytes = Array("a: 1\n\tb: 2\n".utf8)
        let parse = ParseError(.tabIndentation, at: Mark(line: 2, column: 1, offset: 5))
        let lines = ErrorReport.lines(InputError(parse, file: "x.yaml", lang: .en, source: bytes), lang: .zh, command: nil)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix("x.yaml:2:1: error: "), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("\n\tb: 2\n^"), lines[0])
        let pack = RulePackError(Location(file: "pack.yaml", line: 4, column: 3), "未知的键“x”", "unknown key 'x'")
        XCTAssertEqual(ErrorReport.lines(pack, lang: .en, command: nil), ["pack.yaml:4:3: error: unknown key 'x'"])
    }

    /// `init` says why a file cannot be written in the user's language (it used the system's
    /// `localizedDescription`). A name longer than any file system allows fails on every system.
    func testInitSaysWhyItCannotWriteInOurWords() {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = dir.appendingPathComponent(String(repeating: "站", count: 100)).path
        let zh = CLIRun.run(["init", "--level", "county", long])
        XCTAssertEqual(zh.status, .usageOrInput, zh.err)
        XCTAssertTrue(zh.err.hasSuffix(": error: 无法写入（文件名无效或过长）\n"), zh.err)
        let en = CLIRun.run(["init", "--level", "county", long, "--lang", "en"])
        XCTAssertTrue(en.err.hasSuffix(": error: cannot be written (the file name is invalid or too long)\n"), en.err)
    }

    /// A report that cannot be written says why.
    func testAReportFileThatCannotBeWrittenSaysWhy() {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("missing/report.txt").path
        let r = CLIRun.run(["check", Repo.path("Fixtures/stations/county"), "--as-of", "2024-12-31", "--output", output])
        XCTAssertEqual(r.status, .usageOrInput, r.err)
        XCTAssertTrue(r.err.hasSuffix("\(output):1:1: error: 无法写入报告文件（文件或文件夹不存在）\n"), r.err)
    }
}
