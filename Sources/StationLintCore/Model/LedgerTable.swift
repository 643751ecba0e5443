/// A ledger laid out as a table, from a CSV file or a worksheet, once its header row is found:
/// what `LedgerReader` types, whichever program wrote it (SPEC §5a).
struct LedgerTable {
    /// One cell: the text a person sees in it, where it is, and what the program stored.
    struct Cell {
        var text: String
        var mark: Mark
        var kind: Kind = .text
    }

    /// What a cell held beyond its text, where typing must know it. A date cell is text (the day
    /// as `YYYY-MM-DD`), a boolean `true`/`false`: both read as any text of their form does.
    enum Kind: Equatable {
        case text
        /// A number without a date format (an ID number stored so has lost its digits).
        case number
        /// A formula whose cached result is an error value (`#N/A`).
        case formulaError
    }

    /// One row after the header: one cell per header column.
    struct Row {
        var cells: [Cell]
        var mark: Mark
    }

    var header: [Cell]
    var rows: [Row]
    /// The non-empty rows above the header (a title, a date line), skipped.
    var above: [Row]
    /// Columns past the header that hold data in some row: their first such cell (a workbook
    /// only; a CSV file refuses such rows).
    var unheadedColumns: [Mark] = []
}

extension LedgerTable {
    /// A CSV file's table: every cell is text.
    init(csv table: CSVTable) {
        self.init(csvHeader: table.header, above: table.above, rows: table.rows)
    }

    /// A CSV file's header, the rows above it and those after it (none when they are typed as
    /// they are read: `LedgerReader.read(csv:separator:ignoredColumns:)`).
    init(csvHeader: [CSVCell], above: [CSVRow], rows: [CSVRow] = []) {
        func row(_ r: CSVRow) -> Row { Row(cells: r.cells.map { Cell(text: $0.text, mark: $0.mark) }, mark: r.mark) }
        header = csvHeader.map { Cell(text: $0.text, mark: $0.mark) }
        self.rows = rows.map(row)
        self.above = above.map(row)
    }

    /// A worksheet's table: the header is the first row `isHeader` accepts (else the first row);
    /// each cell keeps what the workbook stored.
    init(sheet: Worksheet, uses1904: Bool, isHeader: ([String]) -> Bool) {
        let all = sheet.rows.map { row in (row.row, row.cells.map { Self.cell($0, row: row.row, uses1904: uses1904) }) }
        let at = all.firstIndex { isHeader($0.1.map { $0.text.trimmingSpaces() }) } ?? 0
        guard at < all.count else {
            header = []
            rows = []
            above = []
            return
        }
        let headerCells = all[at].1.filter { !$0.text.trimmingSpaces().isEmpty }
        let width = headerCells.last.map { Int($0.mark.column) } ?? 0
        header = Self.dense(all[at].1, row: all[at].0, width: width)
        above = all[..<at].map { Row(cells: $0.1, mark: Self.mark(row: $0.0, column: 1)) }
        var rows: [Row] = []
        rows.reserveCapacity(all.count - at - 1)
        var unheaded: [Int: Mark] = [:]
        for (number, cells) in all[(at + 1)...] {
            for c in cells where Int(c.mark.column) > width && unheaded[Int(c.mark.column)] == nil {
                unheaded[Int(c.mark.column)] = c.mark
            }
            rows.append(Row(cells: Self.dense(cells, row: number, width: width), mark: Self.mark(row: number, column: 1)))
        }
        self.rows = rows
        unheadedColumns = unheaded.keys.sorted().compactMap { unheaded[$0] }
    }

    /// A row's cells for columns 1...width, empty ones filled in.
    static func dense(_ cells: [Cell], row: Int, width: Int) -> [Cell] {
        var out = (0..<width).map { Cell(text: "", mark: mark(row: row, column: $0 + 1)) }
        for c in cells where c.mark.column >= 1 && Int(c.mark.column) <= width { out[Int(c.mark.column) - 1] = c }
        return out
    }

    /// A cell's position: the row as its line and the column as its column (`Location` names
    /// the cell from these); the offset orders cells row by row.
    static func mark(row: Int, column: Int) -> Mark {
        Mark(line: Int32(clamping: row), column: Int32(clamping: column), offset: Int32(clamping: row &* 16_384 &+ column))
    }

    /// A workbook cell as the text a person sees in it.
    static func cell(_ c: WorksheetCell, row: Int, uses1904: Bool) -> Cell {
        let at = mark(row: row, column: c.column)
        switch c.value {
        case .text(let s):
            return Cell(text: s, mark: at)
        case .boolean(let b):
            return Cell(text: b ? "true" : "false", mark: at)
        case .error(let e):
            return Cell(text: e, mark: at, kind: .formulaError)
        case .number(let d, let raw, let isDate):
            if isDate, let day = SpreadsheetDate.day(serial: d, uses1904: uses1904) {
                return Cell(text: day.description, mark: at)
            }
            // As the program shows a whole number in a General cell: without a decimal point.
            let shown = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : raw
            return Cell(text: shown, mark: at, kind: .number)
        }
    }
}
