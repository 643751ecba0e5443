/// A worksheet's ledger typed row by row as the sheet part is scanned (`WorksheetReader.scan`):
/// the rows up to the header become text cells (a title, a date line, the header itself);
/// every later row is typed from the workbook's cells (`TableRecords`), with no model of the
/// sheet in between. It answers exactly as typing the sheet's model does (`LedgerTable(sheet:)`
/// then `read(table:)`): too many records first, then a header that names a field twice or none.
/// A sheet whose rows are not in ascending order, or where no row is the header, is left to
/// that reading (`result` is nil).
struct SheetRecords {
    private let reader: LedgerReader
    private let ignoredColumns: [String]
    private let uses1904: Bool
    /// The rows above the header, until it is found; then the header too.
    private var table = LedgerTable(header: [], rows: [], above: [])
    private var found = false
    private var head = TableHead()
    /// What refuses the ledger once the rows are counted: its header's names.
    private var shape: LedgerShapeError? = nil
    private var records: TableRecords? = nil
    /// For each header column, the index of its cell in the row being typed (-1: empty).
    private var slots: [Int32] = []
    private var unheaded: [Int: Mark] = [:]
    private var lastRow = 0
    private var inOrder = true
    /// Whether the sheet has a row with a non-empty cell.
    private(set) var hasData = false

    init(_ reader: LedgerReader, ignoredColumns: [String], uses1904: Bool) {
        self.reader = reader
        self.ignoredColumns = ignoredColumns
        self.uses1904 = uses1904
    }

    /// One row as the scanner hands it over: its number and its non-empty cells by column.
    mutating func add(_ number: Int, _ row: ScannedRow) {
        hasData = true
        guard inOrder, number > lastRow else {
            inOrder = false
            return
        }
        lastRow = number
        guard found else { return seek(number, row.cells.map(row.cell)) }
        let width = slots.count
        for c in row.cells where c.column > width && unheaded[c.column] == nil {
            unheaded[c.column] = LedgerTable.mark(row: number, column: c.column)
        }
        let mark = LedgerTable.mark(row: number, column: 1)
        guard shape == nil else {
            records?.count(mark)
            return
        }
        for k in slots.indices { slots[k] = -1 }
        for (k, c) in row.cells.enumerated() where c.column <= width { slots[c.column - 1] = Int32(k) }
        records?.add(SheetRow(number: number, row: row, slots: slots, uses1904: uses1904))
    }

    /// A row before the header: the header, if `isHeader` takes it; else a row above it.
    private mutating func seek(_ number: Int, _ cells: [WorksheetCell]) {
        let shown = cells.map { LedgerTable.cell($0, row: number, uses1904: uses1904) }
        guard LedgerReader.isHeader(shown.map { $0.text.trimmingSpaces() }, of: reader.spec) else {
            table.above.append(LedgerTable.Row(cells: shown, mark: LedgerTable.mark(row: number, column: 1)))
            return
        }
        found = true
        let width = shown.last { !$0.text.trimmingSpaces().isEmpty }.map { Int($0.mark.column) } ?? 0
        table.header = LedgerTable.dense(shown, row: number, width: width)
        slots = Array(repeating: -1, count: width)
        do throws(LedgerShapeError) { head = try reader.head(table, ignoredColumns) } catch { shape = error }
        records = TableRecords(reader, head)
    }

    /// The ledger, or what refuses it, once the sheet is read through; nil when it must be read
    /// as a model (rows out of order, or no header found).
    func result() -> Result<Ledger, LedgerShapeError>? {
        guard inOrder, found, let records else { return nil }
        do throws(LedgerShapeError) {
            try reader.checkRecordCount(records.rowCount) { _ in records.overLimit ?? LedgerTable.mark(row: lastRow, column: 1) }
            if let shape { throw shape }
        } catch { return .failure(error) }
        var table = table
        table.unheadedColumns = unheaded.keys.sorted().compactMap { unheaded[$0] }
        return .success(reader.ledger(table, head, records))
    }
}

/// A row of a worksheet as `TableRecords` types it: the header's columns, each the cell the
/// workbook stored or empty, its bytes what the program shows (`LedgerTable.Shown`).
private struct SheetRow: TableRow {
    let number: Int
    let row: ScannedRow
    let slots: [Int32]
    let uses1904: Bool

    var mark: Mark { LedgerTable.mark(row: number, column: 1) }
    var count: Int { slots.count }
    func mark(_ cell: Int) -> Mark { LedgerTable.mark(row: number, column: cell + 1) }
    func resolved(_ mark: Mark) -> Mark { mark }

    private func shown(_ cell: Int) -> LedgerTable.Shown? {
        let k = Int(slots[cell])
        return k < 0 ? nil : LedgerTable.Shown(row.cells[k].value, in: row.text, uses1904: uses1904)
    }

    func kind(_ cell: Int) -> LedgerTable.Kind { shown(cell)?.kind ?? .text }

    func withBytes<T>(_ cell: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let shown = shown(cell) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return shown.withBytes(body)
    }
}

extension LedgerReader {
    /// A sheet's ledger, typed as `reader` scans the sheet's part; a sheet that must be read as
    /// a model (`SheetRecords.result`) is read so from the same bytes. Also whether it has data.
    func read(sheet bytes: [UInt8], part: String, name: String, with reader: WorksheetReader, uses1904: Bool,
              ignoredColumns: [String]) throws(WorkbookError) -> (ledger: Result<Ledger, LedgerShapeError>, hasData: Bool) {
        var records = SheetRecords(self, ignoredColumns: ignoredColumns, uses1904: uses1904)
        _ = try reader.scan(bytes, part: part) { records.add($0, $1) }
        if let read = records.result() { return (read, true) }
        let sheet = try reader.read(bytes, part: part, name: name)
        return (read(worksheet: sheet, uses1904: uses1904, ignoredColumns: ignoredColumns), records.hasData)
    }

    /// A sheet's ledger from its model: the reading `SheetRecords` answers as.
    func read(worksheet: Worksheet, uses1904: Bool, ignoredColumns: [String]) -> Result<Ledger, LedgerShapeError> {
        let table = LedgerTable(sheet: worksheet, uses1904: uses1904) { Self.isHeader($0, of: spec) }
        return Result { () throws(LedgerShapeError) in try read(table: table, ignoredColumns: ignoredColumns) }
    }
}
