import Foundation

/// Where a command writes: standard output and standard error, replaceable in tests.
final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private var outHandler: (String) -> Void
    private var errHandler: (String) -> Void
    let stderrIsTerminal: Bool
    let stdoutIsTerminal: Bool

    init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false) {
        outHandler = out
        errHandler = err
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

    func out(_ s: String) { lock.lock(); outHandler(s); lock.unlock() }
    func err(_ s: String) { lock.lock(); errHandler(s); lock.unlock() }
    func outLine(_ s: String) { out(s + "\n") }
    func errLine(_ s: String) { err(s + "\n") }
}
