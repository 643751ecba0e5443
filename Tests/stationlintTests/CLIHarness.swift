import Foundation
@testable import stationlint

/// One in-process run of the command line, as a user would type it, in the package folder
/// (so relative fixture paths work), capturing what it writes.
struct CLIRun {
    let status: ExitStatus
    let out: String
    let err: String

    static func run(_ args: [String], environment: [String: String] = [:], terminal: Bool = false) -> CLIRun {
        let inPackage = FileManager.default.changeCurrentDirectoryPath(Repo.root.path)
        precondition(inPackage, "cannot enter the package folder \(Repo.root.path)")
        let out = Collected()
        let err = Collected()
        let console = Console(out: { out.add($0) }, err: { err.add($0) }, stdoutIsTerminal: terminal, stderrIsTerminal: terminal)
        let status = StationLintCLI.run(["stationlint"] + args, console: console, environment: environment)
        return CLIRun(status: status, out: out.text, err: err.text)
    }

    /// Text written from any thread.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func add(_ s: String) { lock.lock(); parts.append(s); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }
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
