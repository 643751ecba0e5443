import Foundation
import StationLintCore

/// Where a command writes: standard output and standard error, replaceable in tests.
final class Console: Sendable {
    /// The writers, called one at a time so that lines from worker threads never interleave.
    private let handlers: Locked<(out: (String) -> Void, err: (String) -> Void)>
    let stderrIsTerminal: Bool
    let stdoutIsTerminal: Bool

    init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false) {
        handlers = Locked((out, err))
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// The process's own standard output and error.
    static func standard() -> Console {
        Console(
            out: { s in FileHandle.standardOutput.write(Data(s.utf8)) },
            err: { s in FileHandle.standardError.write(Data(s.utf8)) },
            stdoutIsTerminal: isatty(1) == 1,
            stderrIsTerminal: isatty(2) == 1
        )
    }

    func out(_ s: String) { handlers.withLock { $0.out(s) } }
    func err(_ s: String) { handlers.withLock { $0.err(s) } }
    func outLine(_ s: String) { out(s + "\n") }
    func errLine(_ s: String) { err(s + "\n") }
}
