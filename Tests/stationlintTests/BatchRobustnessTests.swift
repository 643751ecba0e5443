import Foundation
import XCTest

/// A region of stations damaged in every way a file system allows, checked by the built binary:
/// each damage is reported at its path (`file:line:column` where there is one) in Chinese by
/// default and in English with `--lang en`, every other station is still checked, and every
/// station found is a station reported.
final class BatchRobustnessTests: XCTestCase {
    let fm = FileManager.default

    /// A folder holding `region/` (so output paths read `region/…`), removed after the test.
    func workspace() -> URL {
        let dir = Repo.temporary()
        addTeardownBlock { [fm] in
            // Give back what the test took away, or the folder cannot be removed.
            if let all = fm.enumerator(atPath: dir.path)?.allObjects as? [String] {
                for relative in all { chmod(dir.appendingPathComponent(relative).path, 0o755) }
            }
            try? fm.removeItem(at: dir)
        }
        return dir
    }

    /// A copy of the village fixture at `region/NAME`.
    @discardableResult
    func station(_ name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("region/\(name)")
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(atPath: Repo.path("Fixtures/stations/village"), toPath: url.path)
        return url
    }

    func write(_ bytes: [UInt8], _ url: URL) throws {
        try? fm.removeItem(at: url)
        try Data(bytes).write(to: url)
    }

    /// The JSON report's station paths and summary count, and the text lines of both languages.
    struct Outcome {
        let json: ChildRun
        let zh: ChildRun
        let en: ChildRun
        let paths: [String]
        let summaryStations: Int?

        func lines(_ run: ChildRun) -> [String] { (run.out + run.err).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    func check(_ dir: URL, launcher: [String] = []) throws -> Outcome {
        let args = ["check", "region", "--as-of", "2024-12-31"]
        let json = try ChildProcess.run(args + ["--format", "json"], timeout: 120, directory: dir, launcher: launcher)
        let zh = try ChildProcess.run(args, timeout: 120, directory: dir, launcher: launcher)
        let en = try ChildProcess.run(args + ["--lang", "en"], timeout: 120, directory: dir, launcher: launcher)
        for run in [json, zh, en] { XCTAssertTrue(run.isOrderly, run.summary) }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], json.err)
        let stations = try XCTUnwrap(object["stations"] as? [[String: Any]])
        let summary = object["summary"] as? [String: Any]
        return Outcome(json: json, zh: zh, en: en, paths: stations.compactMap { $0["path"] as? String },
                       summaryStations: summary?["stations"] as? Int)
    }

    /// Asserts each expected line appears in the run's output.
    func assertLines(_ expected: [String], in run: ChildRun, _ outcome: Outcome, file: StaticString = #filePath, line: UInt = #line) {
        let lines = outcome.lines(run)
        for text in expected {
            XCTAssertTrue(lines.contains(text), "missing: \(text)\nin:\n\(lines.filter { $0.contains(": error: ") || $0.contains(": warning: ") }.joined(separator: "\n"))",
                          file: file, line: line)
        }
    }

    func testDamagedStationsAreReportedAndTheRestChecked() throws {
        let dir = workspace()
        try station("ok", in: dir)
        // Symbolic link loops: a folder linking back to its parent, a link to itself as a ledger,
        // and two links naming each other.
        let loop = try station("loop", in: dir)
        try fm.createSymbolicLink(atPath: loop.appendingPathComponent("up").path, withDestinationPath: "..")
        let knot = try station("knot", in: dir)
        try fm.removeItem(at: knot.appendingPathComponent("ledgers/events.yaml"))
        try fm.createSymbolicLink(atPath: knot.appendingPathComponent("ledgers/events.yaml").path, withDestinationPath: "events.yaml")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("region/tie-a").path, withDestinationPath: "tie-b")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("region/tie-b").path, withDestinationPath: "tie-a")
        // A folder named station.yaml, an empty one, binary bytes, invalid UTF-8.
        let folder = dir.appendingPathComponent("region/folder-declaration/station.yaml")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try write([], try station("empty", in: dir).appendingPathComponent("station.yaml"))
        try write((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }, try station("binary", in: dir).appendingPathComponent("station.yaml"))
        try write(Array("station:\n  name: 测".utf8) + [0xE8, 0x0A], try station("bad-utf8", in: dir).appendingPathComponent("station.yaml"))
        try write([], try station("empty-ledger", in: dir).appendingPathComponent("ledgers/events.yaml"))
        try write([0x00, 0x01, 0x02, 0xFF, 0xFE], try station("binary-ledger", in: dir).appendingPathComponent("ledgers/party_members.yaml"))
        let ledgersFile = try station("ledgers-file", in: dir)
        try fm.removeItem(at: ledgersFile.appendingPathComponent("ledgers"))
        try write(Array("x\n".utf8), ledgersFile.appendingPathComponent("ledgers"))

        let outcome = try check(dir)
        let found = ["bad-utf8", "binary", "binary-ledger", "empty", "empty-ledger", "folder-declaration", "knot", "ledgers-file", "loop", "ok"]
        XCTAssertEqual(outcome.paths, found.map { "region/" + $0 }, "each station once, the loop not followed twice")
        XCTAssertEqual(outcome.summaryStations, found.count, "stations found = stations reported")
        XCTAssertEqual(outcome.json.status, 2, "an input that could not be read")
        assertLines([
            "region/bad-utf8/station.yaml:2:10: error: 不是有效的 UTF-8 编码（字节偏移 20）；请以 UTF-8 保存文件",
            "region/binary/station.yaml:1:1: error: 不允许的控制字符 U+000B",
            "region/binary-ledger/ledgers/party_members.yaml:1:1: error: 不允许的控制字符 U+0000",
            "region/empty/station.yaml:1:1: error: station.yaml 是空文件",
            "region/empty-ledger/ledgers/events.yaml:1:1: error: 台账应为键值映射（updated: 与 records:），实为空值",
            "region/folder-declaration/station.yaml:1:1: error: 不是普通文件",
            "region/knot/ledgers/events.yaml:1:1: error: 符号链接指向自身（链接循环）",
            "region/ledgers-file/ledgers:1:1: error: “ledgers”是文件，应为存放台账的文件夹",
        ], in: outcome.zh, outcome)
        assertLines([
            "region/bad-utf8/station.yaml:2:10: error: invalid UTF-8 (byte offset 20); save the file as UTF-8",
            "region/binary/station.yaml:1:1: error: control character U+000B is not allowed",
            "region/empty/station.yaml:1:1: error: station.yaml is empty",
            "region/folder-declaration/station.yaml:1:1: error: not a regular file",
            "region/knot/ledgers/events.yaml:1:1: error: a symbolic link that loops back on itself",
            "region/ledgers-file/ledgers:1:1: error: 'ledgers' is a file; it must be a folder holding the ledgers",
        ], in: outcome.en, outcome)
        // The undamaged stations are checked in full, the same as on their own.
        let alone = try ChildProcess.run(["check", "region/ok", "--as-of", "2024-12-31", "--format", "json"], timeout: 60, directory: dir)
        let counts = { (run: ChildRun, path: String) -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
            let station = (object?["stations"] as? [[String: Any]])?.first { $0["path"] as? String == path }
            return (station?["counts"] as? [String: Int]).map { "\($0.sorted { $0.key < $1.key })" }
        }
        XCTAssertNotNil(counts(alone, "region/ok"))
        XCTAssertEqual(counts(outcome.json, "region/ok"), counts(alone, "region/ok"))
        XCTAssertEqual(counts(outcome.json, "region/loop"), counts(alone, "region/ok"))
        // A station whose declaration could not be read selects no rule: it scores 0, not a perfect 100.
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.json.out.utf8)) as? [String: Any])
        let scores = Dictionary(uniqueKeysWithValues: (object["stations"] as? [[String: Any]] ?? []).map { ($0["path"] as? String ?? "", $0["score"] as? Double) })
        for unread in ["binary", "bad-utf8", "empty", "folder-declaration"] { XCTAssertEqual(scores["region/" + unread], 0, unread) }
        XCTAssertEqual(scores["region/ok"], 100)
    }

    func testUnreadableFilesAndFoldersAreReported() throws {
        let (launcher, reason) = ChildProcess.obeyingPermissions()
        guard let launcher else { throw XCTSkip(reason) }
        let dir = workspace()
        try station("ok", in: dir)
        chmod(try station("file", in: dir).appendingPathComponent("ledgers/party_members.yaml").path, 0)
        chmod(try station("ledger-folder", in: dir).appendingPathComponent("ledgers").path, 0)
        chmod(try station("declaration", in: dir).appendingPathComponent("station.yaml").path, 0)
        try station("sealed/inner", in: dir)
        chmod(dir.appendingPathComponent("region/sealed").path, 0)

        let outcome = try check(dir, launcher: launcher)
        XCTAssertEqual(outcome.paths, ["region/declaration", "region/file", "region/ledger-folder", "region/ok"], reason)
        XCTAssertEqual(outcome.summaryStations, 4, "stations found = stations reported")
        XCTAssertEqual(outcome.json.status, 2)
        assertLines([
            "region/declaration/station.yaml:1:1: error: 没有读取权限",
            "region/file/ledgers/party_members.yaml:1:1: error: 没有读取权限",
            "region/ledger-folder/ledgers:1:1: error: 无法读取台账文件夹：没有读取权限",
            "region/sealed:1:1: error: 无法读取文件夹",
        ], in: outcome.zh, outcome)
        assertLines([
            "region/declaration/station.yaml:1:1: error: permission denied",
            "region/ledger-folder/ledgers:1:1: error: cannot list the ledger folder: permission denied",
            "region/sealed:1:1: error: cannot read the folder",
        ], in: outcome.en, outcome)
        // An unlistable ledger folder makes its ledgers' rules `error`, never a misleading `fail`.
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.json.out.utf8)) as? [String: Any])
        let folder = try XCTUnwrap((object["stations"] as? [[String: Any]])?.first { $0["path"] as? String == "region/ledger-folder" })
        let counts = try XCTUnwrap(folder["counts"] as? [String: Int])
        XCTAssertEqual(counts["fail"], 0, "\(counts)")
        XCTAssertGreaterThan(counts["error"] ?? 0, 0, "\(counts)")
    }
}
