/// CSV and tab-separated ledgers, read record by record: the rows up to the header are made
/// text (a title, a date line, the header itself), every later record is typed from the
/// parser's bytes as it is read (`TableRecords`), with no table of `String`s in between.
///
/// It answers exactly as reading the whole `CSVTable` and then typing it would: a syntax error
/// anywhere in the file comes first, then a problem with the header's names, then a row of the
/// wrong length (the first), then too many records, then a header that names no field, or
/// names one twice — so errors found early are held until the file is read through.
extension LedgerReader {
    /// The ledger, or the shape error that refuses it; nil when no record is its header by
    /// `isHeader` (the caller then reads the table whole, its first row taken for the header).
    func read(csv bytes: [UInt8], separator: CSVSeparator?, ignoredColumns: [String]) throws(ParseError) -> Result<Ledger, LedgerShapeError>? {
        try CSVTable.parse(bytes, separator: separator) { parser, text throws(ParseError) -> Result<Ledger, LedgerShapeError>? in
            var above: [CSVParser.Record] = []
            var found: CSVParser.Record? = nil
            while let (mark, isBlank) = try parser.nextSpans() {
                if isBlank { continue }
                let record = parser.record(mark, isBlank: false)
                if Self.isHeader(record.cells.map(\.trimmedText), of: spec) {
                    found = record
                    break
                }
                above.append(record)
            }
            guard let found else { return nil }
            var pending: ParseError? = nil
            var width = 0
            do throws(ParseError) { width = try CSVTable.checkedHeader(found, allowingEmptyNames: true).count } catch { pending = error }
            let table = LedgerTable(csvHeader: Array(found.cells.prefix(width)), above: above.map { CSVRow(cells: $0.cells, mark: $0.mark) })
            var shape: LedgerShapeError? = nil
            var head = TableHead()
            if pending == nil {
                do throws(LedgerShapeError) { head = try self.head(table, ignoredColumns) } catch { shape = error }
            }
            var records = TableRecords(self, head)
            // The records' positions count their columns only when shown (in `text`).
            parser.lazyColumns = true
            while let (mark, isBlank) = try parser.nextSpans() {
                guard !isBlank, pending == nil else { continue }
                // Extra fields must all be empty (spreadsheets write trailing commas), as `CSVTable.fitted` says.
                if let problem = CSVTable.fieldCountProblem(parser.spans.count, header: width, at: mark,
                                                            isEmpty: { parser.spans[$0].end == parser.spans[$0].start }) {
                    pending = problem
                    continue
                }
                if shape == nil {
                    parser.withRecord(mark, count: width) { records.add($0) }
                } else {
                    records.count(mark)
                }
            }
            if let pending { throw pending }
            do throws(LedgerShapeError) {
                try checkRecordCount(records.rowCount) { _ in (records.overLimit ?? found.mark).resolved(in: text) }
                if let shape { throw shape }
            } catch { return .failure(error) }
            return .success(ledger(table, head, records, markedText: text))
        }.0
    }

    /// A CSV or tab-separated ledger read as a whole `CSVTable`, then typed: for a file where no
    /// row is the header (its first row is then taken for it), and the reference the record-by-
    /// record reading is compared with.
    func read(wholeCSV bytes: [UInt8], separator: CSVSeparator?, ignoredColumns: [String]) throws(ParseError) -> Result<Ledger, LedgerShapeError> {
        let table = try CSVTable(bytes: bytes, separator: separator) { Self.isHeader($0, of: spec) }
        return Result { () throws(LedgerShapeError) in try read(table: LedgerTable(csv: table), ignoredColumns: ignoredColumns) }
    }
}
