import Foundation
@testable import stationlint

/// Runs the command line in-process and captures what it writes.
struct CLIRun {
    let status: ExitStatus
    let out: String
    let err: String

    static func callAsFunction(_ args: String..., environment: [String: String] = [:]) -> CLIRun { run(args, environment: environment) }

    static func run(_ args: [String], environment: [String: String] = [:]) -> CLIRun {
        let box = OutputBox()
        let console = Console(out: { box.out += $0 }, err: { box.err += $0 })
        let status = StationLintCLI.run(["stationlint"] + args, console: console, environment: environment)
        return CLIRun(status: status, out: box.out, err: box.err)
    }
}

final class OutputBox: @unchecked Sendable {
    var out = ""
    var err = ""
}

/// Paths in the repository, found from this file (SwiftPM resources cannot reach Fixtures/).
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A fresh temporary folder.
    static func temporary() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a fixture station to a temporary folder to change it there.
    static func copy(_ fixture: String) -> URL {
        let dest = temporary().appendingPathComponent((fixture as NSString).lastPathComponent)
        try? FileManager.default.copyItem(atPath: path(fixture), toPath: dest.path)
        return dest
    }
}
