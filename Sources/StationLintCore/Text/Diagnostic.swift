/// An error or warning about an input file, at a position: `file:line:column: error: message`.
public struct Diagnostic: Sendable, Equatable {
    /// `note` says what was done with an input that is fine as it is (a title row skipped, a
    /// sheet not read), so that nothing is passed over in silence; it is no problem to fix.
    public enum Severity: String, Sendable { case error, warning, note }

    public var location: Location
    public var severity: Severity
    public var message: String

    public init(location: Location, severity: Severity = .error, message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: error: message` (the `error`/`warning` word stays English, as compilers write it).
    public var formatted: String { "\(location.formatted): \(severity.rawValue): \(message)" }

    /// The formatted line, then the source line and a caret under the column (aligned by display
    /// width). A long line is shown as a window of `SourceLine.window` characters around the column.
    public func formatted(withSource bytes: [UInt8]) -> String {
        guard let line = SourceLine.text(of: location.line, in: bytes) else { return formatted }
        let scalars = Array(line.unicodeScalars)
        let column = min(max(location.column, 1) - 1, scalars.count)
        var from = 0
        var to = scalars.count
        if scalars.count > SourceLine.window {
            from = max(0, min(column - SourceLine.window / 2, scalars.count - SourceLine.window))
            to = from + SourceLine.window
        }
        var shown = from > 0 ? "…" : ""
        var prefix = from > 0 ? String(repeating: " ", count: DisplayWidth.of("…")) : ""
        for (i, u) in scalars[from..<to].enumerated() {
            shown.unicodeScalars.append(u)
            if from + i < column { prefix += u == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(u)) }
        }
        if to < scalars.count { shown += "…" }
        return formatted + "\n" + shown + "\n" + prefix + "^"
    }
}

/// Reads one line of a file's text, for showing under a message.
public enum SourceLine {
    /// How many characters of a long line are shown around a position.
    public static let window = 300

    /// The text of a line (from 1), without its line break; nil past the last line.
    public static func text(of lineNumber: Int, in bytes: [UInt8]) -> String? {
        var line = 1
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        var i = start
        while line < lineNumber {
            guard let nl = bytes[i...].firstIndex(of: 0x0A) else { return nil }
            i = nl + 1
            line += 1
        }
        guard i <= bytes.count else { return nil }
        var e = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
        if e > i && bytes[e - 1] == 0x0D { e -= 1 }
        return String(decoding: bytes[i..<e], as: UTF8.self)
    }
}

extension ParseError: UserFacingError {
    /// This error at its line and column in `file`.
    public func diagnostic(file: String?, lang: Language) -> Diagnostic {
        Diagnostic(location: file.map { Location(file: $0, mark: mark) } ?? .commandLine, message: message(lang))
    }
}
