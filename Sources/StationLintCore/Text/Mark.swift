/// A position in an input file.
///
/// `line` and `column` count from 1; `column` counts Unicode scalars (so `名称: 值` has the
/// colon at column 3, not at byte 7). `offset` is the 0-based byte offset in the file as read.
public struct Mark: Hashable, Comparable, Sendable {
    public var line: Int32
    public var column: Int32
    public var offset: Int32

    public init(line: Int32, column: Int32, offset: Int32) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of a file.
    public static let start = Mark(line: 1, column: 1, offset: 0)

    public static func < (a: Mark, b: Mark) -> Bool { a.offset < b.offset }
}

/// A position in a named file: what every message points at (`file:line:column`).
public struct Location: Hashable, Comparable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, mark: Mark) {
        self.init(file: file, line: Int(mark.line), column: Int(mark.column))
    }

    /// The one place that formats `file:line:column`.
    public var formatted: String { "\(file):\(line):\(column)" }

    public static func < (a: Location, b: Location) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
