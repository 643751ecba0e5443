import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// The terminal report: colour only on a terminal and never against `NO_COLOR`/`--no-color`,
/// aligned columns, `--quiet`, and nothing from the input that a terminal would execute.
final class TextReportTests: XCTestCase {
    let check = ["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31"]
    let esc = "\u{1B}["

    func testColourOnlyOnATerminalAndNeverWhenAskedNotTo() {
        let coloured = CLIRun.run(check, terminal: true)
        XCTAssertTrue(coloured.out.contains("\u{1B}[31m✘\u{1B}[0m"), coloured.out)
        XCTAssertTrue(coloured.out.contains("\u{1B}[32m✔\u{1B}[0m"))
        XCTAssertFalse(CLIRun.run(check, terminal: false).out.contains(esc), "a pipe gets no colour")
        XCTAssertFalse(CLIRun.run(check, environment: ["NO_COLOR": "1"], terminal: true).out.contains(esc), "NO_COLOR")
        XCTAssertFalse(CLIRun.run(check, environment: ["NO_COLOR": ""], terminal: true).out.contains(esc), "NO_COLOR set, even empty")
        XCTAssertFalse(CLIRun.run(check + ["--no-color"], terminal: true).out.contains(esc), "--no-color")
    }

    func testAReportWrittenToAFileHasNoColour() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-text-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = CLIRun.run(check + ["--output", file.path], terminal: true)
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        XCTAssertTrue(text.contains("不通过 [严重（应）]"))
        XCTAssertFalse(text.contains(esc))
    }

    func testResultColumnsLineUpByDisplayWidth() {
        let lines = CLIRun.run(check).out.components(separatedBy: "\n").filter { $0.hasPrefix("    ") && !$0.hasPrefix("        ") }
        // Section 4's five clauses, whose titles all start with 有.
        let section4 = lines.filter { $0.split(separator: " ").dropFirst().first?.hasPrefix("4.") ?? false }
        XCTAssertEqual(section4.count, 5)
        // The title starts at the same display column on every result line of a section.
        let columns = Set(section4.compactMap { line -> Int? in
            guard let titleStart = line.range(of: "有")?.lowerBound else { return nil }
            return DisplayWidth.of(String(line[..<titleStart]))
        })
        XCTAssertEqual(columns.count, 1, lines.joined(separator: "\n"))
    }

    func testQuietShowsOnlyFailuresWarningsAndTheSummary() {
        let out = CLIRun.run(check + ["--quiet"]).out
        XCTAssertTrue(out.contains("✘ 4.3"))
        XCTAssertTrue(out.contains("✘ 4.4"))
        XCTAssertFalse(out.contains("✔"), "no passes")
        XCTAssertFalse(out.contains("~ 4.5"), "no waived")
        XCTAssertTrue(out.contains("warning:"), "warnings are things to fix: kept")
        XCTAssertTrue(out.hasSuffix("通过 37，不通过 2，需人工核验 3，不适用 2，已豁免 1，得分 94.9\n"), out)
    }

    func testInputCannotSendTerminalEscapes() {
        let run = CLIRun.run(["check", "Fixtures/report-stations/恶意 输入#1", "--as-of", "2024-12-31"])
        XCTAssertTrue(run.out.contains("=HYPERLINK(\"http://x\",\"y\") <script>alert(1)</script>"), "shown as text")
        XCTAssertFalse(run.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control characters reach the terminal")
        XCTAssertTrue(run.out.contains("更多\u{FFFD}[31m红字"))
    }
}
