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

    /// A mark whose column is counted only when it is needed (`resolved(in:)`): the parser
    /// takes these for the records it hands to a sink, thousands of which are never named in a
    /// message. The column field holds the line's start instead, as `-1 - lineStart`.
    static func unresolved(line: Int32, lineStart: Int, offset: Int) -> Mark {
        Mark(line: line, column: -1 &- Int32(truncatingIfNeeded: lineStart), offset: Int32(truncatingIfNeeded: offset))
    }

    /// Whether the column is still to be counted.
    var isUnresolved: Bool { column < 0 }

    /// The mark with its column counted in the text it was taken in, as the parser counts it
    /// (Unicode scalars from the line's start, from 1); a resolved mark as it is.
    func resolved(in text: UnsafeBufferPointer<UInt8>) -> Mark {
        guard column < 0 else { return self }
        var i = Int(-1 &- column)
        let end = min(Int(offset), text.count)
        var counted: Int32 = 1
        while i < end {
            if text[i] & 0xC0 != 0x80 { counted &+= 1 }
            i &+= 1
        }
        return Mark(line: line, column: counted, offset: offset)
    }

    func resolved(in text: [UInt8]) -> Mark {
        guard column < 0 else { return self }
        return text.withUnsafeBufferPointer { resolved(in: $0) }
    }
}

/// A position in a named file: what every message points at (`file:line:column`).
///
/// A position in a workbook also names its sheet: then `line` is the row and `column` the
/// column, both from 1, and it is written as a spreadsheet user finds it
/// (`台账/台账.xlsx:建档立卡!C7`, SPEC §5a).
public struct Location: Hashable, Comparable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    /// The worksheet, for a cell of a workbook; nil for a text file.
    public var sheet: String?

    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    public init(file: String, mark: Mark, sheet: String? = nil) {
        self.init(file: file, line: Int(mark.line), column: Int(mark.column), sheet: sheet)
    }

    /// The cell's name (`C7`), for a position in a worksheet.
    public var cell: String? {
        sheet == nil ? nil : CellReference(row: line, column: column).name
    }

    /// The one place that formats `file:line:column` (`file:sheet!C7` in a workbook).
    public var formatted: String {
        if let sheet, let cell { return "\(file):\(sheet)!\(cell)" }
        return "\(file):\(line):\(column)"
    }

    public static func < (a: Location, b: Location) -> Bool {
        (a.file, a.sheet ?? "", a.line, a.column) < (b.file, b.sheet ?? "", b.line, b.column)
    }
}
