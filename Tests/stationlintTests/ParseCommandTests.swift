import Foundation
import XCTest
@testable import stationlint

/// `stationlint parse` and the command-line conventions around it, run in process.
final class ParseCommandTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/yaml")

    struct Outcome {
        let status: ExitStatus
        let out: String
        let err: String
    }

    func stationlint(_ arguments: String..., environment: [String: String] = [:]) -> Outcome {
        var out = ""
        var err = ""
        let console = Console(out: { out += $0 }, err: { err += $0 })
        let status = StationLintCLI.run(["stationlint"] + arguments, console: console, environment: environment)
        return Outcome(status: status, out: out, err: err)
    }

    func fixture(_ path: String) -> String { Self.fixtures.appendingPathComponent(path).path }

    // MARK: parse

    func testValidFilePrintsTheTreeAsJSON() throws {
        let path = fixture("valid/003-ledger-veterans.yaml")
        let expected = try String(contentsOfFile: fixture("valid/003-ledger-veterans.json"), encoding: .utf8)
        let r = stationlint("parse", path)
        XCTAssertEqual(r.status, .success)
        XCTAssertEqual(r.status.rawValue, 0)
        XCTAssertEqual(r.out, expected)
        XCTAssertTrue(r.out.contains("\"name\": \"张三\""), r.out)
        XCTAssertEqual(r.err, "")
    }

    func testEmptyDocumentPrintsNull() {
        let r = stationlint("parse", fixture("valid/008-empty-file.yaml"))
        XCTAssertEqual(r.status, .success)
        XCTAssertEqual(r.out, "null\n")
    }

    func testInvalidFileShowsPositionSourceLineAndCaret() {
        let path = fixture("invalid/112-mapping-value-not-allowed-chinese.yaml")
        let r = stationlint("parse", path)
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertEqual(r.status.rawValue, 2)
        XCTAssertEqual(r.out, "")
        // Column 9 counts Unicode scalars; the caret sits under it by display width (汉字 are 2 wide).
        XCTAssertEqual(r.err, """
            \(path):1:9: error: 此处不能出现“键: 值”；如值中含“: ”请加引号
            - 名称: 张三: 李四
                        ^

            """)
    }

    func testInvalidCRLFFileShowsTheLineWithoutCarriageReturn() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("站点.yaml").path
        try Data("名称: 张三\r\n层级: 村级\r\n名称: 李四\r\n".utf8).write(to: URL(fileURLWithPath: path))
        let r = stationlint("parse", path)
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertEqual(r.err, "\(path):3:1: error: 键“名称”重复（第一次出现在第 1 行）\n名称: 李四\n^\n")
    }

    func testMissingFileIsAnInputErrorInChinese() {
        let r = stationlint("parse", "/nonexistent/站点.yaml")
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.err, "/nonexistent/站点.yaml:1:1: error: 文件不存在\n")
    }

    func testDirectoryIsNotAFile() {
        let r = stationlint("parse", Self.fixtures.path)
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertTrue(r.err.hasSuffix(": error: 不是普通文件\n"), r.err)
    }

    func testLangEnGivesEnglishInBothSpellings() {
        let path = fixture("invalid/112-mapping-value-not-allowed-chinese.yaml")
        for arguments in [["parse", "--lang", "en", path], ["parse", "--lang=en", path], ["parse", path, "--lang=en"]] {
            var err = ""
            let console = Console(out: { _ in }, err: { err += $0 })
            let status = StationLintCLI.run(["stationlint"] + arguments, console: console, environment: [:])
            XCTAssertEqual(status, .usageOrInput, "\(arguments)")
            XCTAssertTrue(err.hasPrefix("\(path):1:9: error: a 'key: value' is not allowed here; quote a value that contains ': '\n"), "\(arguments): \(err)")
            XCTAssertFalse(err.contains("此处"), "\(arguments): \(err)")
        }
        let missing = stationlint("parse", "--lang=en", "/nonexistent/station.yaml")
        XCTAssertEqual(missing.err, "/nonexistent/station.yaml:1:1: error: no such file\n")
    }

    func testInvalidLanguageIsAUsageError() {
        let r = stationlint("parse", "--lang", "fr", fixture("valid/008-empty-file.yaml"))
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertEqual(r.out, "")
        XCTAssertTrue(r.err.contains("选项 --lang 的值“fr”无效，应为 zh|en"), r.err)
    }

    func testDoubleDashLetsAFileNamedLikeAnOptionThrough() throws {
        let dir = try temporaryDirectory()
        try Data("名称: 张三\n".utf8).write(to: dir.appendingPathComponent("-x.yaml"))
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(dir.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }

        let through = stationlint("parse", "--", "-x.yaml")
        XCTAssertEqual(through.status, .success, through.err)
        XCTAssertEqual(through.out, "{\n  \"名称\": \"张三\"\n}\n")

        let asOption = stationlint("parse", "-x.yaml")
        XCTAssertEqual(asOption.status, .usageOrInput)
        XCTAssertEqual(asOption.out, "")
        XCTAssertTrue(asOption.err.contains("未知选项“-x.yaml”"), asOption.err)
    }

    func testMissingAndExtraArguments() {
        let none = stationlint("parse")
        XCTAssertEqual(none.status, .usageOrInput)
        XCTAssertTrue(none.err.contains("缺少参数 FILE"), none.err)
        XCTAssertTrue(none.err.contains("stationlint parse --help"), none.err)

        let two = stationlint("parse", "a.yaml", "b.yaml")
        XCTAssertEqual(two.status, .usageOrInput)
        XCTAssertTrue(two.err.contains("多余的参数“b.yaml”"), two.err)
    }

    // MARK: Options and commands

    func testUnknownOptionSuggestsTheNearest() {
        let r = stationlint("parse", "--lnag", "en", fixture("valid/008-empty-file.yaml"))
        XCTAssertEqual(r.status, .usageOrInput)
        XCTAssertEqual(r.out, "")
        XCTAssertTrue(r.err.hasPrefix("stationlint: error: 未知选项“--lnag”；您是否想用“--lang”？\n"), r.err)

        let english = stationlint("parse", "--lnag=en", "--lang=en", fixture("valid/008-empty-file.yaml"))
        XCTAssertTrue(english.err.hasPrefix("stationlint: error: unknown option '--lnag'; did you mean '--lang'?\n"), english.err)
    }

    func testUnknownCommandSuggestsTheNearest() {
        for typo in ["pars", "prase", "parser"] {
            let r = stationlint(typo, "x.yaml")
            XCTAssertEqual(r.status, .usageOrInput, typo)
            XCTAssertTrue(r.err.hasPrefix("stationlint: error: 未知命令“\(typo)”；您是否想用“parse”？\n"), r.err)
        }
        let far = stationlint("frobnicate")
        XCTAssertEqual(far.status, .usageOrInput)
        XCTAssertTrue(far.err.hasPrefix("stationlint: error: 未知命令“frobnicate”\n"), far.err)
    }

    func testHelp() {
        let top = stationlint("--help")
        XCTAssertEqual(top.status, .success)
        XCTAssertEqual(top.err, "")
        XCTAssertTrue(top.out.contains("用法：stationlint 命令 [选项] [参数]"), top.out)
        XCTAssertTrue(top.out.split(separator: "\n").contains { $0.hasPrefix("  parse ") && $0.hasSuffix("把 YAML 文件解析结果输出为 JSON（值均为字符串，空值为 null）") }, top.out)

        let english = stationlint("--help", "--lang", "en")
        XCTAssertTrue(english.out.contains("Usage: stationlint COMMAND [OPTIONS] [ARGUMENTS]"), english.out)

        let bare = stationlint()
        XCTAssertEqual(bare.status, .success)
        XCTAssertEqual(bare.out, top.out)

        let command = stationlint("parse", "--help")
        XCTAssertEqual(command.status, .success)
        XCTAssertTrue(command.out.contains("用法：stationlint parse FILE"), command.out)
        XCTAssertTrue(command.out.contains("--lang zh|en"), command.out)

        let short = stationlint("parse", "-h", "--lang=en")
        XCTAssertEqual(short.status, .success)
        XCTAssertTrue(short.out.contains("Usage: stationlint parse FILE"), short.out)
    }

    func testVersion() {
        let r = stationlint("--version")
        XCTAssertEqual(r.status, .success)
        XCTAssertEqual(r.out, "stationlint \(StationLintCLI.version)\n")
        XCTAssertTrue(r.out.hasPrefix("stationlint 0."), r.out)
        XCTAssertEqual(r.err, "")
    }

    // MARK: Helpers

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }
}
