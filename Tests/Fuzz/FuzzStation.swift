// The whole check of one station: load, evaluate every rule, render text and JSON reports.
//
// The fixture stations under `Fixtures/stations/` are read once into memory. An input's first
// byte picks a station (and, by its top bit, the report language), its second byte picks one
// of that station's files or a new ledger file, and the rest of the input replaces that file.
// So the other files stay valid and the mutated one reaches the rules that read it.
#if canImport(StationLintCore)
// Built by SwiftPM as a test target (Package.swift); fuzz.sh compiles these files into one module
// with the library's sources instead, where there is no StationLintCore to import.
@testable import StationLintCore
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FuzzStation {
    /// The repository, found from this file (or `STATIONLINT_ROOT`).
    static let root: String = {
        if let env = getenv("STATIONLINT_ROOT") { return String(cString: env) }
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/Fuzz/FuzzStation.swift
        return parts.joined(separator: "/")
    }()

    static let pack: RulePack = {
        do throws(RulePackError) {
            return try RulePackLoader.load(try PackSource.directory(root + "/Rules/DB14-T-2024"))
        } catch {
            fuzzError("cannot load the rule pack: \(error.diagnostic(.en).formatted)\n")
            exit(2)
        }
    }()

    /// Each fixture station's files (relative path → bytes), by station name, sorted.
    static let stations: [(name: String, files: [String: [UInt8]])] = {
        let base = root + "/Fixtures/stations"
        let names = DirectoryListing.names(base) ?? []
        return names.compactMap { name -> (String, [String: [UInt8]])? in
            var files: [String: [UInt8]] = [:]
            collect(base + "/" + name, "", &files)
            return files.isEmpty ? nil : (name, files)
        }
    }()

    /// Files a station may not have yet, so inputs can add them.
    static let extraFiles = ["waivers.yaml", "ledgers/veterans.csv", "台账/走访慰问.csv", "站点.yaml"]

    static func collect(_ dir: String, _ prefix: String, _ files: inout [String: [UInt8]]) {
        for name in DirectoryListing.names(dir) ?? [] {
            let path = dir + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            if let bytes = try? FileReader.read(path) {
                files[relative] = bytes
            } else {
                collect(path, relative, &files)
            }
        }
    }

    /// The file names a station's inputs can replace, in a fixed order.
    static func targets(_ files: [String: [UInt8]]) -> [String] {
        files.keys.sorted() + extraFiles.filter { files[$0] == nil }
    }

    static let evaluators: [Language: Evaluator] = {
        let asOf = Day(year: 2024, month: 12, day: 31)!
        return [.zh: Evaluator(pack: pack, options: EvaluationOptions(asOf: asOf, lang: .zh)),
                .en: Evaluator(pack: pack, options: EvaluationOptions(asOf: asOf, lang: .en, showPersonalData: true))]
    }()

    static func run(_ bytes: [UInt8]) {
        guard bytes.count >= 2, !stations.isEmpty else { return }
        let station = stations[Int(bytes[0] & 0x7F) % stations.count]
        let lang: Language = bytes[0] & 0x80 == 0 ? .zh : .en
        let names = targets(station.files)
        var files = station.files
        files[names[Int(bytes[1]) % names.count]] = Array(bytes[2...])
        let evaluator = evaluators[lang]!
        let loaded = evaluator.load(MemoryStationFiles(files: files), path: station.name)
        let report = evaluator.evaluate(loaded)
        let run = RunReport(toolVersion: "fuzz", packID: pack.id, packTitle: pack.title, asOf: evaluator.options.asOf,
                            lang: lang, stations: [report], errors: [])
        _ = TextReporter(color: lang == .en, quiet: false).render(ReportInput(run, pack: pack))
        _ = JSONReporter.render(ReportInput(run, pack: pack))
    }

    /// Seed inputs: every file of every station, as the input that replaces it by itself.
    static func seeds() -> [[UInt8]] {
        var out: [[UInt8]] = []
        for (s, station) in stations.enumerated() {
            for (f, name) in targets(station.files).enumerated() where name.hasSuffix(".yaml") || name.hasSuffix(".csv") {
                out.append([UInt8(s), UInt8(truncatingIfNeeded: f)] + (station.files[name] ?? []))
            }
        }
        return out
    }

    /// Seed reports for the `report` target: each fixture station's JSON report, and all of them in one.
    static func reportSeeds() -> [[UInt8]] {
        var reports: [StationReport] = []
        var out: [[UInt8]] = []
        for (i, station) in stations.enumerated() {
            let lang: Language = i % 2 == 0 ? .zh : .en
            let evaluator = evaluators[lang]!
            let report = evaluator.evaluate(evaluator.load(MemoryStationFiles(files: station.files), path: station.name))
            reports.append(report)
            out.append(Array(JSONReporter.render(ReportInput(RunReport(toolVersion: "fuzz", packID: pack.id, packTitle: pack.title,
                                                           asOf: evaluator.options.asOf, lang: lang, stations: [report], errors: []), pack: pack)).utf8))
        }
        let all = RunReport(toolVersion: "fuzz", packID: pack.id, packTitle: pack.title, asOf: evaluators[.zh]!.options.asOf,
                            lang: .zh, stations: reports, errors: [])
        out.append(Array(JSONReporter.render(ReportInput(all, pack: pack)).utf8))
        return out
    }
}
