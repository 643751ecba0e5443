/// One row of a table ledger, as `TableRecords` types it: a worksheet's row of cells, or a CSV
/// record seen from the parser's bytes (no `String` per cell).
protocol TableRow {
    var mark: Mark { get }
    /// The cells, one per header column (fewer where the row ends early).
    var count: Int { get }
    func mark(_ cell: Int) -> Mark
    func kind(_ cell: Int) -> LedgerTable.Kind
    func withBytes<T>(_ cell: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T
    /// A mark of this row with its column counted, for a message (`Mark.resolved(in:)`).
    func resolved(_ mark: Mark) -> Mark
}

extension TableRow {
    /// Whether a cell holds nothing but spaces, tabs and ideographic spaces (U+3000): what
    /// `trimmingSpaces().isEmpty` says of its text.
    func isBlank(_ cell: Int) -> Bool {
        withBytes(cell) { b in
            var i = 0
            while i < b.count {
                switch b[i] {
                case 0x20, 0x09: i &+= 1
                case 0xE3 where i &+ 2 < b.count && b[i &+ 1] == 0x80 && b[i &+ 2] == 0x80: i &+= 3
                default: return false
                }
            }
            return true
        }
    }
}

extension LedgerTable.Row: TableRow {
    var count: Int { cells.count }
    func mark(_ cell: Int) -> Mark { cells[cell].mark }
    func kind(_ cell: Int) -> LedgerTable.Kind { cells[cell].kind }
    func withBytes<T>(_ cell: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = cells[cell].text
        return text.withUTF8(body)
    }
    func resolved(_ mark: Mark) -> Mark { mark }
}

extension CSVRecordView: TableRow {
    func mark(_ cell: Int) -> Mark { spans[cell].mark }
    func kind(_ cell: Int) -> LedgerTable.Kind { .text }
    func resolved(_ mark: Mark) -> Mark { mark.resolved(in: input) }
}

/// A table ledger's records, typed row by row as they come (a worksheet's rows, or a CSV file's
/// records as the parser reads them): a cell written the usual way goes into the store from its
/// bytes through its field's decoder (`LedgerLayout`), as a YAML ledger's values do, and
/// anything else takes the typer's way, which makes the messages. Rows past the ledger's record
/// limit are counted, not typed (the reader then refuses the ledger).
struct TableRecords {
    let reader: LedgerReader
    /// The field each column holds (nil: not read).
    let columns: [Int?]
    /// The columns without a heading, and the first cell with data in each (said in a warning).
    private let unnamed: [Int]
    private(set) var unnamedData: [Int: Mark] = [:]
    private(set) var records: RecordStoreBuilder
    private(set) var problems: [LedgerProblem] = []
    /// The latest date in the date columns, and its cell.
    private(set) var latest: Day? = nil
    private(set) var latestMark: Mark? = nil
    /// The rows seen (blank ones of a CSV file are never seen), and the first past the limit.
    private(set) var rowCount = 0
    private(set) var overLimit: Mark? = nil

    init(_ reader: LedgerReader, _ head: TableHead, capacity: Int = 0) {
        self.reader = reader
        columns = head.columns
        unnamed = head.unnamed
        records = RecordStoreBuilder(fields: reader.spec.fields, capacity: capacity)
    }

    /// Counts a row that is not typed (the ledger is refused already); whether it is within the limit.
    @discardableResult
    mutating func count(_ mark: Mark) -> Bool {
        rowCount &+= 1
        guard rowCount <= reader.maxRecords else {
            if overLimit == nil { overLimit = mark }
            return false
        }
        return true
    }

    mutating func add<Row: TableRow>(_ row: Row) {
        guard count(row.mark) else { return }
        for position in unnamed where position < row.count && unnamedData[position] == nil && !row.isBlank(position) {
            unnamedData[position] = row.resolved(row.mark(position))
        }
        let width = min(row.count, columns.count)
        // A row with nothing in any field (only a 序号 filled in ahead) is no record.
        guard (0..<width).contains(where: { columns[$0] != nil && !row.isBlank($0) }) else { return }
        records.begin(row.mark)
        for i in 0..<width {
            guard let index = columns[i] else { continue }
            let day = set(index, row, i)
            if let day, latest.map({ day > $0 }) ?? true {
                latest = day
                latestMark = row.mark(i)
            }
        }
    }

    /// Types cell `i` into field `index` of the record begun last; its day, for a date.
    private mutating func set<Row: TableRow>(_ index: Int, _ row: Row, _ i: Int) -> Day? {
        let mark = row.mark(i)
        let kind = row.kind(i)
        // A number reads as its digits do, except where an ID number has lost its last ones.
        if kind == .text || (kind == .number && reader.spec.fields[index].type.element != .idNumber) {
            let decoder = reader.layout.decoders[index]
            let asOf = reader.typer.asOf
            let decoded = row.withBytes(i) { b -> FieldDecoder.Decoded? in
                guard let d = decoder.decode(b, asOf: asOf) else { return nil }
                records.set(index, d, b, at: mark)
                return d
            }
            if let decoded {
                guard case .slot(let s) = decoded, s.tag == .date else { return nil }
                return Day(ordinal: Int(Int64(bitPattern: s.word)))
            }
        }
        let text = row.withBytes(i) { String(decoding: $0, as: UTF8.self) }
        let at = row.resolved(mark)
        let value = reader.typed(text, kind, reader.spec.fields[index], at, &problems)
        records.set(index, value, at: at)
        return value?.day
    }
}

/// What a table ledger's rows above and at its header say: the date stated above it, the note
/// on the rows skipped, the field each column holds and the warnings on its headings.
struct TableHead {
    var columns: [Int?] = []
    /// The columns whose heading is empty.
    var unnamed: [Int] = []
    /// A warning per heading that names no field, by column.
    var unknown: [Int: Diagnostic] = [:]
    var stated: (day: Day, mark: Mark)? = nil
    var problems: [LedgerProblem] = []
    var aboveNote: Diagnostic? = nil
}
