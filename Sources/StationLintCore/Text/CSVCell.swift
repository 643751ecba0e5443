/// One field of a CSV file: its text and where it starts.
///
/// The text is the field as written: an unquoted field verbatim (nothing trimmed), a quoted one
/// without its quotes, with `""` read as `"` and a line break inside it read as `\n` (LF or CRLF
/// in the file alike). The mark is the field's first character (its opening quote if quoted).
public struct CSVCell: Hashable, Sendable {
    public let text: String
    public let mark: Mark

    public init(text: String, mark: Mark) {
        self.text = text
        self.mark = mark
    }

    /// The text without leading and trailing spaces, tabs and ideographic spaces (U+3000): how
    /// header names are compared.
    public var trimmedText: String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !CSVCell.isSpace($0) }),
              let last = scalars.lastIndex(where: { !CSVCell.isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\u{3000}" }
}

/// One data row of a CSV file: exactly one cell per header column, and where the row starts.
public struct CSVRow: Hashable, Sendable {
    public let cells: [CSVCell]
    public let mark: Mark

    public init(cells: [CSVCell], mark: Mark) {
        self.cells = cells
        self.mark = mark
    }
}
