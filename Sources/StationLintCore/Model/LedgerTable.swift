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
        let shown = Shown(c.value, uses1904: uses1904)
        return Cell(text: shown.text, mark: mark(row: row, column: c.column), kind: shown.kind)
    }

    /// What a workbook cell shows, as the program shows it, and what typing must know of it:
    /// as text for the rows above the header (`cell`), as bytes for the rows typed as the sheet
    /// is read (`SheetRecords`), with no `String` made for a number, a date or a scanned text.
    enum Shown {
        /// Text, a formula's error value (kind `.formulaError`) or a number as the file stores
        /// it (kind `.number`).
        case text(String, Kind)
        /// The same, as the bytes of a scanned row.
        case bytes(ArraySlice<UInt8>, Kind)
        case boolean(Bool)
        /// A number in a date format, as `YYYY-MM-DD`.
        case day(Day)
        /// A whole number in a General cell, without a decimal point.
        case integer(Int)

        init(_ value: CellValue, uses1904: Bool) {
            switch value {
            case .text(let s): self = .text(s, .text)
            case .boolean(let b): self = .boolean(b)
            case .error(let e): self = .text(e, .formulaError)
            case .number(let d, let raw, let isDate): self = Self.number(d, isDate: isDate, uses1904: uses1904) ?? .text(raw, .number)
            }
        }

        /// A scanned cell, its text in `text` (`ScannedRow`).
        init(_ value: ScannedValue, in text: [UInt8], uses1904: Bool) {
            switch value {
            case .text(let r): self = .bytes(text[r], .text)
            case .boolean(let b): self = .boolean(b)
            case .error(let r): self = .bytes(text[r], .formulaError)
            case .number(let d, let raw, let isDate): self = Self.number(d, isDate: isDate, uses1904: uses1904) ?? .bytes(text[raw], .number)
            }
        }

        /// A number shown as a day or a whole number; nil when it is shown as stored.
        private static func number(_ d: Double, isDate: Bool, uses1904: Bool) -> Shown? {
            if isDate, let day = SpreadsheetDate.day(serial: d, uses1904: uses1904) { return .day(day) }
            return d == d.rounded() && abs(d) < 1e15 ? .integer(Int(d)) : nil
        }

        /// A date and a boolean read as any text of their form does; a number is a number.
        var kind: Kind {
            switch self {
            case .text(_, let kind), .bytes(_, let kind): return kind
            case .boolean, .day: return .text
            case .integer: return .number
            }
        }

        var text: String {
            switch self {
            case .text(let s, _): return s
            case .bytes(let b, _): return String(decoding: b, as: UTF8.self)
            case .boolean(let b): return b ? "true" : "false"
            case .day(let d): return d.description
            case .integer(let n): return String(n)
            }
        }

        /// The UTF-8 of `text`; a day or a whole number is written on the stack.
        func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            switch self {
            case .text(var s, _):
                return s.withUTF8(body)
            case .bytes(let b, _):
                return b.withUnsafeBufferPointer(body)
            case .boolean(let b):
                let s: StaticString = b ? "true" : "false"
                return s.withUTF8Buffer(body)
            case .integer(let n):
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
                    body(UnsafeBufferPointer(rebasing: buffer[..<Self.write(n, buffer, at: 0)]))
                }
            case .day(let d):
                let (year, month, day) = d.components
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
                    var end = Self.write(year, buffer, at: 0)
                    for part in [month, day] {
                        buffer[end] = UInt8(ascii: "-")
                        if part < 10 {
                            buffer[end + 1] = UInt8(ascii: "0")
                            end += 1
                        }
                        end = Self.write(part, buffer, at: end + 1)
                    }
                    return body(UnsafeBufferPointer(rebasing: buffer[..<end]))
                }
            }
        }

        /// Writes `n` in decimal as `String(n)` does, from `at`; where it ends. `|n|` < 10^18.
        private static func write(_ n: Int, _ buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
            var at = start
            if n < 0 {
                buffer[at] = UInt8(ascii: "-")
                at += 1
            }
            var digits = n.magnitude
            var count = 1
            while digits >= 10 {
                digits /= 10
                count += 1
            }
            var rest = n.magnitude
            for k in stride(from: at + count - 1, through: at, by: -1) {
                buffer[k] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return at + count
        }
    }
}
