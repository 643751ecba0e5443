import Foundation
import XCTest
@testable import stationlint

/// Every kind of damage under `Fixtures/broken/` (see its README): each folder changes a copy of
/// the village fixture station (`remove.txt` lists what to delete, `input/` what to add or put
/// in place) and `expected.txt` / `expected.en.txt` pin what `check` must say in Chinese and
/// English — the exit code, exactly the `file:line:column: error|warning|note: …` lines, and result
/// lines that must appear. The largest inputs are made here rather than committed.
final class BrokenFixtureTests: XCTestCase {
    static let base = "Fixtures/stations/village"
    static let broken = Repo.path("Fixtures/broken")

    /// Inputs too large to commit, by the kind they stand for.
    static let generated: [String: (relative: String, text: @Sendable () -> String)] = [
        "huge-line": ("ledgers/events.yaml", { "updated: 2024-12-01\nrecords:\n  - title: " + String(repeating: "长", count: 400_000) + "\n" }),
        "deep-nesting-flow": ("ledgers/events.yaml", { "updated: 2024-12-01\nrecords: " + String(repeating: "[", count: 100_000) + "\n" }),
        "deep-nesting-block": ("ledgers/events.yaml", { "updated: 2024-12-01\nrecords:\n" + (1...200).map { String(repeating: " ", count: $0) + "-\n" }.joined() }),
    ]

    static var kinds: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: broken)) ?? []).filter { !$0.hasSuffix(".md") }.sorted()
    }

    /// The kind's name without its number (`01-yaml-tab-indent` → `yaml-tab-indent`).
    static func name(_ folder: String) -> String { String(folder.drop { $0 != "-" }.dropFirst()) }

    /// A copy of the base station with the kind's damage applied, as `DIR/station`.
    func damagedStation(_ folder: String) throws -> URL {
        let fm = FileManager.default
        let station = Repo.temporary().appendingPathComponent("station")
        try fm.copyItem(atPath: Repo.path(Self.base), toPath: station.path)
        let kind = URL(fileURLWithPath: Self.broken).appendingPathComponent(folder)
        if let remove = try? String(contentsOf: kind.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for relative in remove.split(separator: "\n") { try fm.removeItem(at: station.appendingPathComponent(String(relative))) }
        }
        let input = kind.appendingPathComponent("input")
        for case let relative as String in fm.enumerator(atPath: input.path) ?? NSEnumerator() {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input.appendingPathComponent(relative).path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let target = station.appendingPathComponent(relative)
            try? fm.removeItem(at: target)  // an input file takes the place of whatever is there, a folder too
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: input.appendingPathComponent(relative), to: target)
        }
        // Files beside the station (a tailoring, a baseline), which `args.txt` names as {dir}/….
        let beside = kind.appendingPathComponent("beside")
        for name in (try? fm.contentsOfDirectory(atPath: beside.path)) ?? [] {
            try fm.copyItem(at: beside.appendingPathComponent(name), to: station.deletingLastPathComponent().appendingPathComponent(name))
        }
        if let (relative, text) = Self.generated[Self.name(folder)] {
            try Data(text().utf8).write(to: station.appendingPathComponent(relative))
        }
        return station
    }

    /// A `file:line:column: error|warning|note: …` line (`file:sheet!C7: …` in a workbook).
    static func isDiagnostic(_ line: String) -> Bool {
        line.range(of: #"(:\d+:\d+|:[^:!]+![A-Z]+\d+): (error|warning|note): "#, options: .regularExpression) != nil
    }

    func testThereAreAtLeastTwentyFiveKindsAndTheREADMENamesEach() throws {
        XCTAssertGreaterThanOrEqual(Self.kinds.count, 25)
        let readme = try String(contentsOfFile: Self.broken + "/README.md", encoding: .utf8)
        for folder in Self.kinds {
            XCTAssertTrue(readme.contains("`\(folder)`"), "README.md does not describe \(folder)")
            for file in ["expected.txt", "expected.en.txt"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: "\(Self.broken)/\(folder)/\(file)"), "\(folder)/\(file)")
            }
        }
        for kind in Self.generated.keys { XCTAssertTrue(Self.kinds.contains { Self.name($0) == kind }, kind) }
    }

    func testEachKindOfDamageGivesItsExactMessages() throws {
        for folder in Self.kinds {
            let station = try damagedStation(folder)
            defer { try? FileManager.default.removeItem(at: station.deletingLastPathComponent()) }
            for (lang, file) in [("zh", "expected.txt"), ("en", "expected.en.txt")] {
                let expected = try String(contentsOfFile: "\(Self.broken)/\(folder)/\(file)", encoding: .utf8)
                    .split(separator: "\n").map(String.init)
                let extra = ((try? String(contentsOf: URL(fileURLWithPath: Self.broken).appendingPathComponent(folder + "/args.txt"), encoding: .utf8)) ?? "")
                    .split(separator: "\n").map { $0.replacingOccurrences(of: "{dir}", with: station.deletingLastPathComponent().path) }
                let run = CLIRun.run(["check", station.path, "--as-of", "2024-12-31", "--lang", lang] + extra)
                // Paths as the user would see them from the folder holding the station.
                let prefix = station.deletingLastPathComponent().path + "/"
                let lines = (run.out + run.err).replacingOccurrences(of: prefix, with: "")
                    .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                let label = "\(folder) (\(lang))"
                XCTAssertEqual(expected.first, "# exit \(run.status.rawValue)", label)
                let wanted = expected.dropFirst()
                XCTAssertEqual(lines.filter { Self.isDiagnostic($0) }.sorted(),
                               wanted.filter { Self.isDiagnostic($0) }.sorted(), "\(label): the diagnostics")
                for line in wanted where !Self.isDiagnostic(line) {
                    XCTAssertTrue(lines.contains(line), "\(label): missing the line\n\(line)\nin\n\(lines.joined(separator: "\n"))")
                }
            }
        }
    }
}
