/// One sheet of a workbook: its name as the tab shows it, its non-empty cells row by row, and its
/// merged ranges (a title across the columns, above the header row).
public struct Worksheet: Sendable {
    public let name: String
    /// Only rows holding at least one non-empty cell, in ascending row order.
    public let rows: [WorksheetRow]
    public let mergedRanges: [CellRange]

    public init(name: String, rows: [WorksheetRow], mergedRanges: [CellRange]) {
        self.name = name
        self.rows = rows
        self.mergedRanges = mergedRanges
    }
}

/// A row of a sheet and its non-empty cells.
public struct WorksheetRow: Sendable {
    /// 1-based.
    public let row: Int
    /// Non-empty cells only, in ascending column order.
    public let cells: [WorksheetCell]

    public init(row: Int, cells: [WorksheetCell]) {
        self.row = row
        self.cells = cells
    }
}

/// A non-empty cell: its column and the value stored (for a formula, its cached result).
public struct WorksheetCell: Sendable, Equatable {
    /// 1-based.
    public let column: Int
    public let value: CellValue

    public init(column: Int, value: CellValue) {
        self.column = column
        self.value = value
    }
}

/// What a cell holds, as the file stores it; the field reading it decides what it means.
public enum CellValue: Sendable, Equatable {
    /// A shared string (rich-text runs joined, phonetic `<rPh>` runs dropped), an inline string,
    /// or a formula's string result.
    case text(String)
    /// A number: its value, the `<v>` text as stored (an 18-digit ID saved as a number keeps
    /// its digits there as far as Excel kept them), and whether the cell's style is a date.
    case number(Double, raw: String, isDate: Bool)
    case boolean(Bool)
    /// An error value: `#N/A`, `#DIV/0!`, …
    case error(String)
}
