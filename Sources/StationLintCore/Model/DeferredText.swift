/// A text made only when it is read: the reason a value does not read, or a ledger problem's
/// message, which may never be shown (a ledger check shows a ledger's first 20 problems and
/// counts the rest; a check quotes an invalid value's reason only where it fails on it), so a
/// ledger full of bad values builds no message it does not show.
public struct DeferredText: Sendable, Equatable, CustomStringConvertible {
    private enum Source: Sendable {
        case text(String)
        case made(@Sendable () -> String)
    }

    private let source: Source

    /// A text there already.
    public init(_ text: String) { source = .text(text) }

    /// A text `make` builds each time it is read (a message is read once or twice: per format).
    public init(making make: @escaping @Sendable () -> String) { source = .made(make) }

    public var text: String {
        switch source {
        case .text(let s): return s
        case .made(let make): return make()
        }
    }

    public var description: String { text }

    public static func == (a: DeferredText, b: DeferredText) -> Bool { a.text == b.text }
}
