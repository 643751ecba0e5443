import Foundation
import StationLintCore

/// `stationlint-bench stages`: where a check's time goes, stage by stage, on every station below
/// a folder held in memory: read (the files from disk), load (the station model: declarations
/// parsed to trees and typed, ledger records typed as the parser reads them), evaluate (the
/// pack's rules) and render (the JSON report); and, for reference outside the total, every YAML
/// file parsed to a tree. One thread; each stage timed on its own, medians of R runs.
enum StagesBench {
    struct Options {
        var dir = ""
        var rules = "Rules/DB14-T-2024"
        var repeats = 3
        var asOf = Day(year: 2024, month: 12, day: 31)!
    }

    static func run(_ args: [String]) -> Int32 {
        var o = Options()
        var i = 0
        while i < args.count {
            let a = args[i]
            func next() -> String? { i += 1; return i < args.count ? args[i] : nil }
            switch a {
            case "--rules": guard let v = next() else { return usage("--rules needs a folder") }; o.rules = v
            case "--repeat": guard let v = next().flatMap(Int.init), v > 0 else { return usage("--repeat needs a number") }; o.repeats = v
            default:
                if a.hasPrefix("--") || !o.dir.isEmpty { return usage("unexpected argument \(a)") }
                o.dir = a
            }
            i += 1
        }
        guard !o.dir.isEmpty else { return usage("stages needs a folder of stations") }
        let pack: RulePack
        do { pack = try RulePackLoader.load(try PackSource.directory(o.rules)) } catch {
            printError("stationlint-bench: the pack at \(o.rules) does not load: \(error)")
            return 2
        }
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: o.asOf))
        let found = Discovery.find([o.dir], lang: .en).stations
        guard !found.isEmpty else { return usage("no station below \(o.dir)") }

        // The station's own files: not those of the stations in its subfolders (a county's
        // townships), which are stations of their own. Listed untimed; read timed.
        let listed: [(path: String, files: [String])] = found.map { s in
            let below = (FileManager.default.subpaths(atPath: s.path) ?? []).sorted()
            let nested = Set(below.compactMap { rel -> String? in
                let first = rel.split(separator: "/").first.map(String.init) ?? rel
                return ["station.yaml", "站点.yaml"].contains(where: { FileManager.default.fileExists(atPath: "\(s.path)/\(first)/\($0)") }) ? first : nil
            })
            return (s.path, below.filter { rel in !nested.contains(rel.split(separator: "/").first.map(String.init) ?? rel) })
        }
        var stations: [(path: String, files: MemoryStationFiles)] = []
        var bytes = 0
        var yaml: [[UInt8]] = []
        let read = timed(o.repeats) {
            stations = []
            bytes = 0
            yaml = []
            for (path, rels) in listed {
                var files: [String: [UInt8]] = [:]
                for rel in rels {
                    guard let b = try? FileReader.read(path + "/" + rel) else { continue }
                    files[rel] = b
                    bytes += b.count
                    if rel.hasSuffix(".yaml") { yaml.append(b) }
                }
                stations.append((path, MemoryStationFiles(files: files)))
            }
        }
        var nodes = 0
        let parse = timed(o.repeats) {
            nodes = 0
            for b in yaml { if let d = try? YAMLDocument(bytes: b) { nodes &+= ParseRun.nodeCount(d.root) } }
        }
        var loaded: [Station] = []
        let load = timed(o.repeats) {
            loaded = stations.map { evaluator.load($0.files, path: $0.path) }
        }
        var reports: [StationReport] = []
        let evaluate = timed(o.repeats) {
            reports = loaded.map { evaluator.evaluate($0) }
        }
        loaded = []
        var written = 0
        let render = timed(o.repeats) {
            let run = RunReport(toolVersion: "bench", packID: pack.id, packTitle: pack.title, asOf: o.asOf, lang: .zh, stations: reports, errors: [])
            written = 0
            try? JSONReporter.write(ReportInput(run, pack: pack)) { written += $0.count }
        }
        let mbIn = Double(bytes) / 1e6
        print("stationlint-bench stages: \(found.count) stations below \(o.dir), \(yaml.count) YAML files, \(YAMLBench.fixed(mbIn, 1)) MB (10^6 bytes); "
            + "\(nodes) YAML nodes; JSON report \(YAMLBench.fixed(Double(written) / 1e6, 1)) MB; medians of \(o.repeats) runs, 1 thread")
        print("| stage | s | MB/s of input | share |")
        print("|---|---:|---:|---:|")
        // A check does not build the ledgers' trees: parse-to-tree is shown beside the load, not in the total.
        let rows: [(String, Double)] = [("read (files into memory)", read),
                                        ("load (parse and type, records typed as parsed)", load),
                                        ("evaluate (rules; counties without their townships)", evaluate),
                                        ("render (ReportInput + JSON)", render)]
        let total = rows.reduce(0) { $0 + $1.1 }
        func row(_ name: String, _ s: Double) -> String {
            "| \(name) | \(YAMLBench.fixed(s, 3)) | \(YAMLBench.fixed(mbIn / max(s, 1e-9), 1)) | \(YAMLBench.fixed(100 * s / total, 1)) % |"
        }
        for (name, s) in rows { print(row(name, s)) }
        print("| all | \(YAMLBench.fixed(total, 3)) | \(YAMLBench.fixed(mbIn / total, 1)) | 100 % |")
        print(row("for reference, not in the total: every YAML file parsed to a tree", parse))
        return 0
    }

    /// The median seconds of `repeats` runs of `body`.
    static func timed(_ repeats: Int, _ body: () -> Void) -> Double {
        median((0..<repeats).map { _ in MonotonicClock.time(body).seconds })
    }

    static func usage(_ message: String) -> Int32 {
        printError("stationlint-bench: \(message)\n\(BenchCLI.usage)")
        return 2
    }
}

/// `stationlint-bench load`: loads one station folder (its declaration and ledgers, from memory)
/// R times and prints the records typed. Run under `valgrind` twice (R and R+10) the difference of
/// the "total heap usage" allocation counts, over 10 × the records, is the allocations per record
/// (Benchmarks/bench-alloc.sh).
enum LoadBench {
    static func run(_ args: [String]) -> Int32 {
        var dir = ""
        var rules = "Rules/DB14-T-2024"
        var repeats = 1
        var i = 0
        while i < args.count {
            let a = args[i]
            func next() -> String? { i += 1; return i < args.count ? args[i] : nil }
            switch a {
            case "--rules": guard let v = next() else { return StagesBench.usage("--rules needs a folder") }; rules = v
            case "--repeat": guard let v = next().flatMap(Int.init), v >= 0 else { return StagesBench.usage("--repeat needs a number") }; repeats = v
            default:
                if a.hasPrefix("--") || !dir.isEmpty { return StagesBench.usage("unexpected argument \(a)") }
                dir = a
            }
            i += 1
        }
        guard !dir.isEmpty else { return StagesBench.usage("load needs a station folder") }
        let pack: RulePack
        do { pack = try RulePackLoader.load(try PackSource.directory(rules)) } catch {
            printError("stationlint-bench: the pack at \(rules) does not load: \(error)")
            return 2
        }
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: Day(year: 2024, month: 12, day: 31)!))
        var files: [String: [UInt8]] = [:]
        for rel in FileManager.default.subpaths(atPath: dir) ?? [] {
            if let b = try? FileReader.read(dir + "/" + rel) { files[rel] = b }
        }
        let memory = MemoryStationFiles(files: files)
        var records = 0
        for _ in 0..<repeats {
            let station = evaluator.load(memory, path: dir)
            records = station.ledgers.values.reduce(0) { $0 + ($1.ledger?.records.count ?? 0) }
        }
        print("stationlint-bench load: \(dir): \(records) records in its ledgers, loaded \(repeats) times")
        return 0
    }
}
