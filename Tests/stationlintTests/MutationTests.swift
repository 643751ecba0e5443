import Foundation
import XCTest

/// Every fixture (stations with their YAML and CSV ledgers, the CSV and broken inputs, the
/// regressions) goes through seeded random byte mutations into the built binary, run as a child
/// process: `check` and `parse` must exit 0, 1 or 2 — never a signal, never "Fatal error" on
/// standard error, never a hang. Seeded, so a failure reproduces; a failing input is kept on
/// disk and named in the failure.
final class MutationTests: XCTestCase {
    static let stationRounds = 2_000
    static let parseRounds = 600
    static let batch = 100

    /// Each fixture station: its files by relative path.
    func fixtureStations() throws -> [(name: String, files: [String: [UInt8]])] {
        let base = Repo.path("Fixtures/stations")
        return try FileManager.default.contentsOfDirectory(atPath: base).sorted().map { name in
            var files: [String: [UInt8]] = [:]
            let root = URL(fileURLWithPath: base).appendingPathComponent(name)
            for case let relative as String in FileManager.default.enumerator(atPath: root.path) ?? NSEnumerator() {
                var isDir: ObjCBool = false
                let full = root.appendingPathComponent(relative).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                    files[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: full)))
                }
            }
            return (name, files)
        }
    }

    /// Loose inputs: the CSV fixtures, the reference workbooks, the broken inputs and the regressions.
    func looseInputs(_ extensions: Set<String>) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for folder in ["Fixtures/csv", "Fixtures/xlsx", "Fixtures/broken", "Fixtures/regressions", "Fixtures/yaml/invalid"] {
            let root = URL(fileURLWithPath: Repo.path(folder))
            for case let relative as String in FileManager.default.enumerator(atPath: root.path) ?? NSEnumerator() {
                guard extensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
                if let data = try? Data(contentsOf: root.appendingPathComponent(relative)) { out.append(Array(data)) }
            }
        }
        return out
    }

    /// Writes the mutated files; the others are symbolic links to the fixture (cheaper, and
    /// read the same way: stationlint follows links to files).
    func write(_ files: [String: [UInt8]], unchanged: [String: [UInt8]], fixture: String, to folder: URL) throws {
        for (relative, bytes) in files {
            let url = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if unchanged[relative] == bytes {
                try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: Repo.path("Fixtures/stations/\(fixture)/\(relative)"))
            } else {
                try Data(bytes).write(to: url)
            }
        }
    }

    func testMutatedStationsNeverCrashOrHang() throws {
        let stations = try fixtureStations()
        let loose = looseInputs(["yaml", "csv", "xlsx"])
        var rng = Mutator(seed: 20_241_231)
        let root = Repo.temporary()
        var failures: [String] = []
        var statuses = Set<Int32>()
        for first in stride(from: 0, to: Self.stationRounds, by: Self.batch) {
            let batchDir = root.appendingPathComponent("batch-\(first)")
            var folders: [String] = []
            for round in first..<min(Self.stationRounds, first + Self.batch) {
                let station = stations[round % stations.count]
                var files = station.files
                // Workbook ledgers (.xlsx) are mutated like text ones: the reader must refuse, not trap.
                let inputs = files.keys.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
                for _ in 0..<(rng.next() % 5 == 0 ? 2 : 1) {
                    let target = inputs[rng.below(inputs.count)]
                    let donor = rng.next() % 2 == 0 || loose.isEmpty ? files[inputs[rng.below(inputs.count)]]! : loose[rng.below(loose.count)]
                    // Sometimes a loose input (a CSV fixture, a broken file) takes the file's place.
                    let base = rng.next() % 6 == 0 && !loose.isEmpty ? loose[rng.below(loose.count)] : files[target]!
                    files[target] = rng.mutate(base, donor: donor)
                }
                let folder = batchDir.appendingPathComponent("\(round)-\(station.name)")
                try write(files, unchanged: station.files, fixture: station.name, to: folder)
                folders.append(folder.path)
            }
            let options = first % (2 * Self.batch) == 0 ? ["--format", "json"] : ["--lang", "en"]
            let run = try ChildProcess.run(["check"] + folders + ["--as-of", "2024-12-31"] + options, timeout: 120)
            if let status = run.status { statuses.insert(status) }
            if run.isOrderly {
                try? FileManager.default.removeItem(at: batchDir)
                continue
            }
            // Find the station that did it, one by one; keep its folder as the reproducer.
            var culprit = "the batch \(batchDir.path)"
            for folder in folders {
                let single = try ChildProcess.run(["check", folder, "--as-of", "2024-12-31"] + options, timeout: 60)
                if !single.isOrderly { culprit = folder; break }
            }
            failures.append("check \(culprit) \(options.joined(separator: " ")): \(run.summary)")
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
        XCTAssertTrue(statuses.contains(2), "the mutations must break inputs, or they test nothing")
        if failures.isEmpty { try? FileManager.default.removeItem(at: root) }
    }

    func testMutatedYAMLNeverCrashesParse() throws {
        let stations = try fixtureStations()
        var seeds: [[UInt8]] = stations.flatMap { s in s.files.filter { $0.key.hasSuffix(".yaml") }.sorted { $0.key < $1.key }.map(\.value) }
        seeds += looseInputs(["yaml"])
        var rng = Mutator(seed: 0x5041_5253_45)
        let root = Repo.temporary()
        var inputs: [(path: String, lang: String)] = []
        for round in 0..<Self.parseRounds {
            let bytes = rng.mutate(seeds[round % seeds.count], donor: seeds[rng.below(seeds.count)])
            let url = root.appendingPathComponent("\(round).yaml")
            try Data(bytes).write(to: url)
            inputs.append((url.path, round % 2 == 0 ? "zh" : "en"))
        }
        let failures = LockedList()
        let statuses = LockedList()
        let all = inputs
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for (path, lang) in all[worker...].enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) {
                do {
                    let run = try ChildProcess.run(["parse", path, "--lang", lang], timeout: 30)
                    if run.status != nil { statuses.add(String(run.status ?? 0)) }
                    if !run.isOrderly { failures.add("parse \(path): \(run.summary)") }
                } catch {
                    failures.add("parse \(path): \(error)")
                }
            }
        }
        XCTAssertTrue(failures.all.isEmpty, failures.all.joined(separator: "\n"))
        XCTAssertEqual(Set(statuses.all), ["0", "2"], "some mutations parse, some are refused")
        if failures.all.isEmpty { try? FileManager.default.removeItem(at: root) }
    }

    /// The region's own inputs beside the stations: a mutated tailoring or baseline is refused
    /// (exit 2) or read, never a trap or a hang.
    func testMutatedTailoringsAndBaselinesNeverCrash() throws {
        func seeds(_ folder: String, _ ext: String) throws -> [[UInt8]] {
            try FileManager.default.contentsOfDirectory(atPath: Repo.path(folder)).sorted().filter { $0.hasSuffix(ext) }
                .map { Array(try Data(contentsOf: URL(fileURLWithPath: Repo.path("\(folder)/\($0)")))) }
        }
        let tailorings = try seeds("Fixtures/tailoring", ".yaml") + looseInputs(["yaml"]).prefix(20)
        let baselines = try seeds("Fixtures/baseline", ".json")
        XCTAssertFalse(tailorings.isEmpty || baselines.isEmpty)
        var rng = Mutator(seed: 0x5441_494C)
        let root = Repo.temporary()
        var failures: [String] = []
        var statuses = Set<Int32>()
        for round in 0..<Self.parseRounds / 4 {
            let (option, pool, ext) = round % 2 == 0 ? ("--tailoring", tailorings, "yaml") : ("--baseline", baselines, "json")
            let url = root.appendingPathComponent("\(round).\(ext)")
            try Data(rng.mutate(pool[round / 2 % pool.count], donor: pool[rng.below(pool.count)])).write(to: url)
            let run = try ChildProcess.run(["check", Repo.path("Fixtures/stations/county"), "--as-of", "2024-12-31", option, url.path,
                                            "--lang", round % 4 < 2 ? "zh" : "en"], timeout: 60)
            if let status = run.status { statuses.insert(status) }
            if !run.isOrderly { failures.append("check \(option) \(url.path): \(run.summary)") }
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
        XCTAssertTrue(statuses.contains(2), "some mutations must be refused, or they test nothing")
        XCTAssertTrue(statuses.contains(0) || statuses.contains(1), "some mutations must still read")
        if failures.isEmpty { try? FileManager.default.removeItem(at: root) }
    }

    func testAChildThatOutlivesItsDeadlineIsReportedAsAHang() throws {
        let run = try ChildProcess.run(["check", Repo.path("Fixtures/region"), "--as-of", "2024-12-31", "--jobs", "1"], timeout: 0.001)
        XCTAssertTrue(run.timedOut)
        XCTAssertFalse(run.isOrderly)
        XCTAssertTrue(run.summary.hasPrefix("hung"), run.summary)
    }
}

/// Lines gathered from worker threads.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ s: String) {
        lock.lock()
        items.append(s)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items.sorted()
    }
}
