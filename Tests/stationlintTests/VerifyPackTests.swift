import Foundation
import XCTest
@testable import stationlint

/// `stationlint verify-pack DIR` end to end: the shipped pack is clean (exit 0); broken copies
/// give one `file:line:column: error:` line per problem and exit 1, or exit 2 when the pack
/// cannot be loaded.
final class VerifyPackTests: XCTestCase {
    var dir: URL!
    var pack: URL!

    override func setUpWithError() throws {
        dir = Repo.temporary()
        pack = dir.appendingPathComponent("pack")
        try FileManager.default.copyItem(atPath: Repo.path("Rules/DB14-T-2024"), toPath: pack.path)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// Replaces the first occurrence of `old` in a file of the copy; the 1-based line it was on.
    @discardableResult
    func edit(_ file: String, _ old: String, _ new: String) throws -> Int {
        let url = pack.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: old), "\(old) is not in \(file)")
        try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
        return text[..<range.lowerBound].components(separatedBy: "\n").count
    }

    func verify(_ extra: [String] = []) -> CLIRun { CLIRun.run(["verify-pack", pack.path] + extra) }

    func testTheShippedPackIsClean() throws {
        let en = CLIRun.run(["verify-pack", "Rules/DB14-T-2024", "--lang", "en"])
        XCTAssertEqual(en.status, .success, en.out + en.err)
        XCTAssertTrue(en.out.hasPrefix("rule pack DB14-T-2024-draft (Rules/DB14-T-2024): 76 rules, "), en.out)
        XCTAssertTrue(en.out.hasSuffix(" examples, 76 clauses, 7 parameters; no problems\n"), en.out)
        let examples = try XCTUnwrap(en.out.components(separatedBy: " examples").first?.components(separatedBy: " ").last)
        let zh = CLIRun.run(["verify-pack", "Rules/DB14-T-2024"])
        XCTAssertEqual(zh.status, .success)
        XCTAssertEqual(zh.out, "规则包 DB14-T-2024-draft（Rules/DB14-T-2024）：76 条规则，\(examples) 个示例，76 个条款，7 个参数；未发现问题\n")
    }

    func testAnExampleWithAWrongExpectation() throws {
        let line = try edit("rules-4.yaml", "    - {expect: pass, level: county}", "    - {expect: fail, level: county}")
        let run = verify()
        XCTAssertEqual(run.status, .failures, run.out)
        XCTAssertTrue(run.out.contains("\(pack.path)/rules-4.yaml:\(line):7: error: DB14-4.1 的示例应为 fail，实际为 pass"), run.out)
        XCTAssertTrue(run.out.hasSuffix("；发现 1 个问题\n"), run.out)
        XCTAssertTrue(verify(["--lang", "en"]).out.contains("rules-4.yaml:\(line):7: error: DB14-4.1 example: expected fail, got pass"))
    }

    func testAClauseNoRuleCovers() throws {
        try edit("rules-4.yaml", "  clause: \"4.4\"", "  clause: \"4.4.9\"")
        let line = try XCTUnwrap(try String(contentsOf: pack.appendingPathComponent("standard.txt"), encoding: .utf8)
            .components(separatedBy: "\n").firstIndex { $0.hasPrefix("4.4 ") }) + 1
        let run = verify(["--lang", "en"])
        XCTAssertEqual(run.status, .failures, run.out)
        XCTAssertTrue(run.out.contains("\(pack.path)/standard.txt:\(line):1: error: the clause 4.4 has no rule"), run.out)
    }

    func testAParameterNoCheckReads() throws {
        let line = try edit("pack.yaml", "  - name: ledger_fresh_days", "  - name: unused_days\n    value: 10\n    note: {zh: 未用, en: unused}\n  - name: ledger_fresh_days")
        let run = verify()
        XCTAssertEqual(run.status, .failures, run.out)
        XCTAssertTrue(run.out.contains("\(pack.path)/pack.yaml:\(line):11: error: 参数 unused_days 没有任何检查使用"), run.out)
    }

    /// The deadline parameters are read by the deadline computation because `remedy_deadlines:`
    /// names them: one it no longer names is read by nothing and reported.
    func testADeadlineParameterRemedyDeadlinesNoLongerNames() throws {
        let line = try edit("pack.yaml", "  info: remedy_days_info\n", "")
        XCTAssertGreaterThan(line, 1)
        let declared = try XCTUnwrap(try String(contentsOf: pack.appendingPathComponent("pack.yaml"), encoding: .utf8)
            .components(separatedBy: "\n").firstIndex { $0 == "  - name: remedy_days_info" }) + 1
        let run = verify()
        XCTAssertEqual(run.status, .failures, run.out)
        XCTAssertTrue(run.out.contains("\(pack.path)/pack.yaml:\(declared):11: error: 参数 remedy_days_info 没有任何检查使用"), run.out)
        XCTAssertFalse(run.out.contains("remedy_days_error 没有"), run.out)
    }

    func testRemedyDeadlinesNamingAnUndeclaredParameterCannotBeLoaded() throws {
        let line = try edit("pack.yaml", "  warning: remedy_days_warning", "  warning: remedy_days_later")
        let run = verify(["--lang", "en"])
        XCTAssertEqual(run.status, .usageOrInput, run.out)
        XCTAssertTrue(run.out.contains("pack.yaml:\(line):12: error: the parameter remedy_days_later in remedy_deadlines is not declared under parameters"), run.out)
        try edit("pack.yaml", "  warning: remedy_days_later", "  severe: remedy_days_warning")
        let key = verify(["--lang", "en"])
        XCTAssertEqual(key.status, .usageOrInput, key.out)
        XCTAssertTrue(key.out.contains("pack.yaml:\(line):3: error: the keys of remedy_deadlines are error, warning and info, not 'severe'"), key.out)
    }

    func testAParameterWithoutAnEnglishNote() throws {
        let line = try edit("pack.yaml", "      en: The return-home visit has no deadline in the text. 30 days after returning home.\n", "")
        let run = verify(["--lang", "en"])
        XCTAssertEqual(run.status, .failures, run.out)
        XCTAssertTrue(run.out.contains("\(pack.path)/pack.yaml:\(line - 1):7: error: the parameter return_visit_days has no English note"), run.out)
        XCTAssertEqual(run.out.components(separatedBy: "\n").filter { $0.contains(": error: ") }.count, 1, run.out)
    }

    func testAYAMLSyntaxErrorCannotBeLoaded() throws {
        let line = try edit("rules-5.1.yaml", "  clause:", "  clause: &anchor")
        let run = verify()
        XCTAssertEqual(run.status, .usageOrInput, run.out)
        let first = run.out.components(separatedBy: "\n")[0]
        XCTAssertTrue(first.hasPrefix("\(pack.path)/rules-5.1.yaml:\(line):11: error: "), first)
        XCTAssertTrue(run.out.contains("无法加载"), run.out)
    }

    func testUsage() {
        XCTAssertEqual(CLIRun.run(["verify-pack"]).status, .usageOrInput)
        let typo = CLIRun.run(["verify-pack", "Rules/DB14-T-2024", "--lnag", "en"])
        XCTAssertEqual(typo.status, .usageOrInput)
        XCTAssertTrue(typo.err.contains("您是否想用“--lang”"), typo.err)
        XCTAssertTrue(CLIRun.run(["verify-pak"]).err.contains("verify-pack"))
        let help = CLIRun.run(["verify-pack", "--help", "--lang", "en"])
        XCTAssertEqual(help.status, .success)
        XCTAssertTrue(help.out.contains("Exit codes: 0 no problem; 1 the pack loads but has problems; 2"), help.out)
        XCTAssertTrue(CLIRun.run(["--help"]).out.contains("verify-pack"))
        let missing = CLIRun.run(["verify-pack", dir.appendingPathComponent("none").path])
        XCTAssertEqual(missing.status, .usageOrInput)
        XCTAssertTrue(missing.out.contains("none:1:1: error: "), missing.out)
    }
}
