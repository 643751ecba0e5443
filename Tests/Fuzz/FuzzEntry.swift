// The libFuzzer entry point for every fuzz target of stationlint.
//
// Not part of any SwiftPM target: `Benchmarks/fuzz.sh` compiles this folder together with
// `Sources/StationLintCore` into one instrumented binary (`swiftc -sanitize=fuzzer`), and
// `STATIONLINT_FUZZ_TARGET` (yaml, csv, station, report, inflate, xlsx, tailoring or baseline) picks the target it feeds.
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

/// The fuzz targets, by the name `STATIONLINT_FUZZ_TARGET` gives.
enum FuzzTarget: String, CaseIterable {
    case yaml, csv, station, report, inflate, xlsx, tailoring, baseline

    /// The target chosen once for the whole run; an unknown name stops at the first input.
    static let chosen: FuzzTarget = {
        guard let raw = getenv("STATIONLINT_FUZZ_TARGET"), let target = FuzzTarget(rawValue: String(cString: raw)) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            fuzzError("set STATIONLINT_FUZZ_TARGET to one of \(names)\n")
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: FuzzYAML.run(bytes)
        case .csv: FuzzCSV.run(bytes)
        case .station: FuzzStation.run(bytes)
        case .report: FuzzReport.run(bytes)
        case .inflate: FuzzInflate.run(bytes)
        case .xlsx: FuzzWorkbook.run(bytes)
        case .tailoring: FuzzTailoring.run(bytes)
        case .baseline: FuzzBaseline.run(bytes)
        }
    }
}

/// libFuzzer's start-up hook. With `STATIONLINT_FUZZ_SEEDS=DIR` it writes the seed inputs the
/// script cannot make by itself (stations and reports, which need the pack) and exits.
@_cdecl("LLVMFuzzerInitialize")
public func stationlintFuzzInitialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    guard let dir = getenv("STATIONLINT_FUZZ_SEEDS").map({ String(cString: $0) }) else { return 0 }
    var written = 0
    for (name, seeds) in [("station", FuzzStation.seeds()), ("report", FuzzStation.reportSeeds())] {
        mkdir(dir + "/" + name, 0o755)
        for (i, seed) in seeds.enumerated() {
            let path = dir + "/" + name + "/seed-\(i)"
            guard let file = fopen(path, "wb") else { continue }
            _ = seed.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
            written += 1
        }
    }
    print("wrote \(written) seeds under \(dir)")
    exit(0)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func stationlintFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzTarget.chosen.run(bytes)
    return 0
}

/// Writes a line to standard error (`stderr` itself is shared mutable state to Swift 6).
func fuzzError(_ message: String) {
    var text = message
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
