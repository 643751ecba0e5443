import Foundation
import XCTest
@testable import stationlint

/// `check` reads and never writes: after single-station and batch runs in every format, to
/// standard output and to `--output` files, every byte, size, mode and modification time under
/// the stations is what it was (folders too, so a file created and removed again shows), and
/// nothing was written to the working folder. A report aimed into a station folder is refused.
final class ReadOnlyTests: XCTestCase {
    let fm = FileManager.default

    /// What can be seen of one entry without reading the access time.
    struct Entry: Equatable, CustomStringConvertible {
        let mode: UInt32
        let size: Int64
        let modified: String
        let bytes: Data?
        var description: String { "mode \(String(mode, radix: 8)) size \(size) mtime \(modified)" }
    }

    /// Every entry below a folder (links not followed), by relative path.
    func snapshot(_ root: URL) throws -> [String: Entry] {
        var out: [String: Entry] = [:]
        let all = (fm.enumerator(atPath: root.path)?.allObjects as? [String] ?? []) + [""]
        for relative in all {
            let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
            var info = stat()
            XCTAssertEqual(lstat(path, &info), 0, path)
            let isFile = (info.st_mode & S_IFMT) == S_IFREG
            #if canImport(Darwin)
            let mtime = info.st_mtimespec
            #else
            let mtime = info.st_mtim
            #endif
            out[relative] = Entry(mode: UInt32(info.st_mode), size: Int64(info.st_size),
                                  modified: "\(mtime.tv_sec).\(mtime.tv_nsec)",
                                  bytes: isFile ? try Data(contentsOf: URL(fileURLWithPath: path)) : nil)
        }
        return out
    }

    func assertUnchanged(_ before: [String: Entry], _ root: URL, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let after = try snapshot(root)
        XCTAssertEqual(Set(after.keys), Set(before.keys), "\(what): entries added or removed", file: file, line: line)
        for (path, entry) in before where after[path] != entry {
            XCTFail("\(what): \(path) changed: \(entry) → \(after[path].map { "\($0)" } ?? "gone")", file: file, line: line)
        }
    }

    /// A region, the report fixtures (waivers, odd names) and a CSV station, copied to `tree/`;
    /// the runs start in `work/`.
    func setUpTree() throws -> (dir: URL, tree: URL, work: URL) {
        let dir = Repo.temporary()
        addTeardownBlock { [fm] in try? fm.removeItem(at: dir) }
        let tree = dir.appendingPathComponent("tree")
        let work = dir.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try fm.createDirectory(at: tree, withIntermediateDirectories: true)
        for fixture in ["Fixtures/region", "Fixtures/report-stations", "Fixtures/stations/village"] {
            try fm.copyItem(atPath: Repo.path(fixture), toPath: tree.appendingPathComponent((fixture as NSString).lastPathComponent).path)
        }
        return (dir, tree, work)
    }

    func testCheckChangesNothingItReadsAndWritesOnlyWhereOutputSays() throws {
        let (dir, tree, work) = try setUpTree()
        let before = try snapshot(tree)
        let out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        let batch = ["check", "../tree/region", "../tree/report-stations", "../tree/village", "--as-of", "2024-12-31"]
        let single = ["check", "../tree/village", "--as-of", "2024-12-31"]
        var runs: [[String]] = []
        // A workbook is refused on standard output (binary); it is written with --output below.
        for format in ReportFormat.allCases.map(\.rawValue) where format != ReportFormat.xlsx.rawValue {
            runs.append(batch + ["--format", format])
            runs.append(single + ["--format", format, "--lang", "en", "--show-personal-data"])
        }
        var all = batch
        for format in ReportFormat.allCases.map(\.rawValue) { all += ["--format", format, "--output", "../out/report.\(format)"] }
        runs.append(all)
        runs.append(batch + ["--shard", "1/2", "--quiet"])
        for args in runs {
            let run = try ChildProcess.run(args, timeout: 120, directory: work)
            XCTAssertTrue(run.isOrderly && run.status != 2, "\(args.joined(separator: " ")): \(run.summary)")
            try assertUnchanged(before, tree, args.joined(separator: " "))
        }
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: work.path), [], "nothing written to the working folder")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: out.path).sorted(), ReportFormat.allCases.map { "report.\($0.rawValue)" }.sorted())
        XCTAssertEqual(Set(try fm.contentsOfDirectory(atPath: dir.path)), ["out", "tree", "work"], "nothing written beside them")
    }

    func testAReportAimedIntoAStationFolderIsRefused() throws {
        let (dir, tree, work) = try setUpTree()
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link").path, withDestinationPath: "tree/village")
        let before = try snapshot(tree)
        let refused = [
            ("../tree/region", "../tree/region/xiaodian/wucheng/report.json", "region/xiaodian/wucheng"),
            ("../tree/region", "../tree/region/xiaodian/ledgers/new/report.json", "region/xiaodian"),  // folders not made yet
            ("../tree/village", "../tree/village/station.yaml", "tree/village"),  // would overwrite the declaration
            ("../tree/village", "../link/report.json", "tree/village"),  // through a link
            ("../link", "../tree/village/photos/report.json", "link"),
        ]
        for (input, output, station) in refused {
            for lang in ["zh", "en"] {
                let run = try ChildProcess.run(["check", input, "--as-of", "2024-12-31", "--format", "json", "--output", output, "--lang", lang],
                                               timeout: 60, directory: work)
                XCTAssertEqual(run.status, 2, "\(output): \(run.summary)")
                XCTAssertTrue(run.err.contains(lang == "zh" ? "stationlint 不向站点文件夹写入任何文件" : "stationlint never writes into a station folder"), run.err)
                XCTAssertTrue(run.err.contains(output) && run.err.contains(station), run.err)
                XCTAssertTrue(run.out.isEmpty, "no report at all: \(run.out.prefix(200))")
                try assertUnchanged(before, tree, output)
            }
        }
        // Beside the stations, not inside one, is allowed: the region folder itself is no station.
        let beside = try ChildProcess.run(["check", "../tree/region", "--as-of", "2024-12-31", "--format", "json", "--output", "../tree/region/report.json"],
                                          timeout: 60, directory: work)
        XCTAssertEqual(beside.status, 1, beside.summary)
        XCTAssertTrue(fm.fileExists(atPath: tree.appendingPathComponent("region/report.json").path))
    }
}
