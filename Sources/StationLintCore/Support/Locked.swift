import Foundation

/// A value shared between threads, reached only under its lock: the one lock type of the code
/// base (workers filling report slots, handing out indices, collecting related results; the
/// console and the progress line).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, the lock held.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
