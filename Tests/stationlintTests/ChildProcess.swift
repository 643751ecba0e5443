import Foundation
import XCTest
import StationLintCore

/// Runs the built `stationlint` binary as a child process with a deadline, so that a trap (a
/// signal), a "Fatal error" or a hang shows as what it is instead of taking the tests down.
struct ChildRun {
    /// The exit status, when the child exited.
    let status: Int32?
    /// The signal that ended the child, when one did (a trap is SIGILL or SIGTRAP).
    let signal: Int32?
    let timedOut: Bool
    let out: String
    let err: String
    let seconds: Double

    /// Exited with 0, 1 or 2 within the deadline, and said nothing of a fatal error.
    var isOrderly: Bool {
        !timedOut && signal == nil && status.map { (0...2).contains($0) } == true && !err.contains("Fatal error")
    }

    var summary: String {
        if timedOut { return "hung (killed after \(Int(seconds)) s)" }
        if let signal { return "killed by signal \(signal)" + (err.isEmpty ? "" : ": " + String(err.suffix(600))) }
        return "exit \(status.map(String.init) ?? "?")" + (err.isEmpty ? "" : ": " + String(err.suffix(600)))
    }
}

enum ChildProcess {
    /// The binary SwiftPM built beside the test bundle (`.build/debug/stationlint`).
    static let binary: String? = {
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("stationlint").path)
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("stationlint").path)
        candidates.append(Repo.path(".build/debug/stationlint"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `stationlint ARGS`; standard output and error go through files (a pipe could fill
    /// and stall a child that writes a large report). `directory` is its working folder;
    /// `launcher` a command it runs under (`setpriv …`).
    static func run(_ args: [String], timeout: Double, environment: [String: String]? = nil,
                    directory: URL? = nil, launcher: [String] = []) throws -> ChildRun {
        let binary = try XCTUnwrap(binary, "stationlint is not built beside the tests")
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? binary)
        process.arguments = launcher.isEmpty ? args : Array(launcher.dropFirst()) + [binary] + args
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let environment { process.environment = environment }
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let start = Date()
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if done.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                done.wait()
            }
        }
        try outHandle.close()
        try errHandle.close()
        let signaled = process.terminationReason == .uncaughtSignal
        return ChildRun(
            status: signaled ? nil : process.terminationStatus,
            signal: signaled && !timedOut ? process.terminationStatus : nil,
            timedOut: timedOut,
            out: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            err: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            seconds: Date().timeIntervalSince(start))
    }
}

extension ChildProcess {
    /// A launcher under which permission bits are obeyed, or why there is none. Root reads any
    /// file whatever its mode, so as root the child runs without the two capabilities that let
    /// it (`setpriv`, util-linux); as anyone else it needs none.
    static func obeyingPermissions() -> (launcher: [String]?, reason: String) {
        if geteuid() != 0 { return ([], "not root: chmod 000 denies") }
        let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let setpriv else { return (nil, "running as root without setpriv: chmod 000 would not deny a read") }
        return ([setpriv, "--bounding-set=-dac_override,-dac_read_search"], "root without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH (setpriv)")
    }
}

/// Seeded byte mutations of input files: flips, inserts, deletes, truncations, repeats and
/// splices, biased toward the bytes the YAML and CSV readers care about.
struct Mutator {
    static let interesting: [UInt8] = Array(":- \n\r\t[]{}\"',#|>&*!%?\\~".utf8) + [0x00, 0x7F, 0xEF, 0xBB, 0xBF, 0x80, 0xC0, 0xE4, 0xF0, 0xFF, 0x30, 0x39]

    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// The same numbers on every machine.
    mutating func next() -> UInt64 { rng.next() }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    /// One to four mutations of `bytes`; `donor` supplies spliced-in text.
    mutating func mutate(_ bytes: [UInt8], donor: [UInt8]) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + below(4)) {
            let at = below(b.count + 1)
            let value = next() % 3 == 0 ? UInt8(truncatingIfNeeded: next()) : Self.interesting[below(Self.interesting.count)]
            switch below(8) {
            case 0 where at < b.count: b[at] = value
            case 1: b.insert(value, at: at)
            case 2 where at < b.count: b.remove(at: at)
            case 3 where at < b.count: b.removeSubrange(at..<min(b.count, at + 1 + below(64)))
            case 4 where at < b.count && next() % 4 == 0: b.removeSubrange(at...)
            case 5 where at < b.count:
                let chunk = Array(b[at..<min(b.count, at + 1 + below(32))])
                for _ in 0..<(1 + below(8)) { b.insert(contentsOf: chunk, at: at) }
            case 6 where !donor.isEmpty:
                let from = below(donor.count)
                b.insert(contentsOf: donor[from..<min(donor.count, from + 1 + below(200))], at: at)
            default:
                if at < b.count { b[at] ^= UInt8(1) << UInt8(below(8)) } else { b.append(value) }
            }
        }
        return b
    }
}
