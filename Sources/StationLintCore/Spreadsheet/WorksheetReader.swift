/// Reads one sheet part (`xl/worksheets/sheet1.xml`): the cells of `<sheetData>` with their
/// values typed by `t` and, for numbers, by the date-ness of their style; and `<mergeCells>`.
/// Rows and cells without an `r` attribute (LibreOffice and some writers omit it) take the
/// place after the one before.
struct WorksheetReader {
    let sharedStrings: SharedStrings
    let dateStyles: [Bool]

    // Names as instance constants: a static would be looked up through its once-guard on every
    // cell.
    let rowTag = Array("row".utf8), cTag = Array("c".utf8), vTag = Array("v".utf8)
    let isTag = Array("is".utf8), mergeCellTag = Array("mergeCell".utf8)
    let sheetDataTag = Array("sheetData".utf8)
    let rAttribute = Array("r".utf8), tAttribute = Array("t".utf8), sAttribute = Array("s".utf8)
    let refAttribute = Array("ref".utf8)

    init(sharedStrings: SharedStrings, dateStyles: [Bool]) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// The sheet as a model: every row kept, in ascending order.
    func read(_ bytes: [UInt8], part: String, name: String) throws(WorkbookError) -> Worksheet {
        var rows: [WorksheetRow] = []
        let scanned = try scan(bytes, part: part) { number, row in rows.append(WorksheetRow(row: number, cells: row.cells.map(row.cell))) }
        return Worksheet(name: name, rows: scanned.sorted ? rows : Self.merge(rows), mergedRanges: scanned.merged)
    }

    /// Reads the sheet part, handing each row with a non-empty cell to `row` as its `</row>`
    /// is read (its number and its cells by ascending column, their text in one array), with
    /// nothing kept: a ledger is typed from it as it is read (`SheetRecords`), and no `String`
    /// is made for a cell. Rows come in the order written; `sorted` says whether that was
    /// ascending with no row given twice (else `merge` puts them right).
    func scan(_ bytes: [UInt8], part: String, row: (Int, ScannedRow) -> Void) throws(WorkbookError) -> (merged: [CellRange], sorted: Bool) {
        var x = XMLScanner(bytes, part: part)
        var merged: [CellRange] = []
        var scanned = ScannedRow()
        var rowNumber = 0
        var lastRow = 0
        var column = 0
        var cellCount = 0
        var inSheetData = false
        var sorted = true
        func hand(_ number: Int, counted: Bool = true) {
            if counted && lastRow >= number { sorted = false }
            lastRow = number
            scanned.cells = Self.ordered(scanned.cells, column: \.column)
            row(number, scanned)
            scanned.cells.removeAll(keepingCapacity: true)
            scanned.text.removeAll(keepingCapacity: true)
        }
        while true {
            let event = try x.next()
            if event == .endOfDocument { break }
            if event == .end {
                if x.isNamed(rowTag) && inSheetData && !scanned.cells.isEmpty {
                    hand(rowNumber)
                } else if x.isNamed(sheetDataTag) {
                    inSheetData = false
                }
                continue
            }
            guard event == .start else { continue }
            if x.isNamed(sheetDataTag) {
                inSheetData = true
            } else if inSheetData && x.isNamed(rowTag) {
                if let r = x.rawAttribute(rAttribute) {
                    guard let n = Self.integer(r), n >= 1, n <= InputLimits.Workbook.maxRows else {
                        throw x.error(.cellOutOfRange(reference: String(decoding: r, as: UTF8.self)))
                    }
                    rowNumber = n
                } else {
                    rowNumber += 1
                    guard rowNumber <= InputLimits.Workbook.maxRows else { throw x.error(.tooManyRows) }
                }
                column = 0
            } else if inSheetData && x.isNamed(cTag) {
                if let r = x.rawAttribute(rAttribute) {
                    guard let ref = CellReference.parse(r), ref.column > 0 else {
                        throw x.error(.cellOutOfRange(reference: String(decoding: r, as: UTF8.self)))
                    }
                    column = ref.column
                    if rowNumber == 0, let row = ref.row { rowNumber = row }  // a cell outside any <row>
                } else {
                    column += 1
                    guard column <= InputLimits.Workbook.maxColumns else { throw x.error(.cellOutOfRange(reference: "column \(column)")) }
                }
                let at = CellReference(row: max(rowNumber, 1), column: column)
                if let value = try cellValue(&x, at: at, part: part, text: &scanned.text) {
                    cellCount += 1
                    guard cellCount <= InputLimits.Workbook.maxCellsPerSheet else { throw WorkbookError(.tooManyCells, part: part, position: .cell(at)) }
                    scanned.cells.append(ScannedCell(column: column, value: value))
                }
            } else if x.isNamed(mergeCellTag), let ref = x.rawAttribute(refAttribute) {
                let text = String(decoding: ref, as: UTF8.self)
                guard let range = CellRange(text) else { throw x.error(.cellOutOfRange(reference: text)) }
                merged.append(range)
            }
        }
        // Cells left outside any row: one row more, not counted in `sorted` (`SheetRecords` checks
        // the order itself).
        if !scanned.cells.isEmpty { hand(max(rowNumber, 1), counted: false) }
        return (merged, sorted)
    }

    /// Reads a `<c>` up to its end: the value, its text appended to `text`, or nil for an empty
    /// cell.
    private func cellValue(_ x: inout XMLScanner, at: CellReference, part: String, text: inout [UInt8]) throws(WorkbookError) -> ScannedValue? {
        let type = x.rawAttribute(tAttribute).map { String(decoding: $0, as: UTF8.self) } ?? "n"
        let style = x.rawAttribute(sAttribute).flatMap(Self.integer) ?? 0
        let depth = x.depth
        // The texts of every `<v>`, joined; and of the last `<is>`.
        var v: Range<Int>?
        var inline: Range<Int>?
        var inV = false
        while true {
            let event = try x.next()
            if event == .endOfDocument { break }
            if event == .end {
                if x.depth < depth { break }
                if x.isNamed(vTag) { inV = false }
                continue
            }
            if event == .text {
                if inV, var joined = v {
                    if joined.upperBound != text.count {
                        // An `<is>` came between two `<v>`: the first's text goes after it.
                        text.append(contentsOf: text[joined])
                        joined = (text.count - joined.count)..<text.count
                    }
                    v = joined.lowerBound..<(try x.appendText(to: &text)).upperBound
                }
                continue
            }
            if x.isNamed(vTag) {
                inV = true
                if v == nil { v = text.count..<text.count }
            } else if x.isNamed(isTag) {
                inline = try SharedStrings.inline(&x, into: &text)
            } else {
                try x.skipElement()  // <f> and extensions: the cached value is what counts
            }
        }
        func invalid(_ what: String) -> WorkbookError { WorkbookError(.invalidCell(detail: what), part: part, position: .cell(at)) }
        func string(_ r: Range<Int>) -> String { String(decoding: text[r], as: UTF8.self) }
        switch type {
        case "inlineStr":
            guard let r = inline ?? v, !r.isEmpty else { return nil }
            return .text(r)
        case "s":
            guard let r = v else { return nil }
            let raw = string(r)
            guard let index = Int(raw), index >= 0, index < sharedStrings.count else { throw invalid("shared string \(raw) not in the table") }
            let item = sharedStrings.range(index)
            guard !item.isEmpty else { return nil }
            let start = text.count
            text.append(contentsOf: sharedStrings.bytes[item])
            return .text(start..<text.count)
        case "str", "d":
            guard let r = v, !r.isEmpty else { return nil }
            return .text(r)
        case "b":
            guard let r = v else { return nil }
            switch string(r) {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw invalid("boolean \(string(r))")
            }
        case "e":
            guard let r = v, !r.isEmpty else { return nil }
            return .error(r)
        case "n":
            guard let r = v else { return nil }
            let stored = Self.withoutOuterSpaces(r, in: text)
            guard !stored.isEmpty else { return nil }
            guard let number = Double(string(stored)), number.isFinite else { throw invalid("number \(string(r))") }
            return .number(number, raw: stored, isDate: style < dateStyles.count && dateStyles[style])
        default:
            throw invalid("cell type \(type)")
        }
    }

    /// `range` without leading and trailing ASCII spaces (a hand-edited `<v> 12 </v>`).
    private static func withoutOuterSpaces(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        var a = range.lowerBound, z = range.upperBound
        while a < z && space(text[a]) { a += 1 }
        while z > a && space(text[z - 1]) { z -= 1 }
        return a..<z
    }

    static func integer(_ b: ArraySlice<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 9 else { return nil }
        var n = 0
        for c in b {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(c - UInt8(ascii: "0"))
        }
        return n
    }

    /// Cells by ascending column, a column given twice keeping its last value.
    static func ordered<Cell>(_ cells: [Cell], column: (Cell) -> Int) -> [Cell] {
        var ascending = true
        for k in cells.indices.dropFirst() where column(cells[k]) <= column(cells[k - 1]) { ascending = false }
        if ascending { return cells }
        var byColumn: [Int: Cell] = [:]
        for cell in cells { byColumn[column(cell)] = cell }
        return byColumn.values.sorted { column($0) < column($1) }
    }

    /// Rows by ascending number, a row given twice holding the cells of both.
    static func merge(_ rows: [WorksheetRow]) -> [WorksheetRow] {
        var byRow: [Int: [WorksheetCell]] = [:]
        for row in rows { byRow[row.row, default: []].append(contentsOf: row.cells) }
        return byRow.keys.sorted().compactMap { key in byRow[key].map { WorksheetRow(row: key, cells: ordered($0, column: \.column)) } }
    }
}

/// A row as the scanner hands it over: its non-empty cells by ascending column, each cell's text
/// a range of `text` (a shared string copied in, an inline string or a number as written).
struct ScannedRow {
    var cells: [ScannedCell] = []
    var text: [UInt8] = []

    /// A cell as the model of a sheet keeps it.
    func cell(_ c: ScannedCell) -> WorksheetCell {
        func string(_ r: Range<Int>) -> String { String(decoding: text[r], as: UTF8.self) }
        switch c.value {
        case .text(let r): return WorksheetCell(column: c.column, value: .text(string(r)))
        case .error(let r): return WorksheetCell(column: c.column, value: .error(string(r)))
        case .boolean(let b): return WorksheetCell(column: c.column, value: .boolean(b))
        case .number(let d, let raw, let isDate): return WorksheetCell(column: c.column, value: .number(d, raw: string(raw), isDate: isDate))
        }
    }
}

/// A non-empty cell of a `ScannedRow`: its column and its value, text as a range of the row's.
struct ScannedCell {
    let column: Int
    let value: ScannedValue
}

/// `CellValue` with its text as a range of the row's bytes, checked to be UTF-8.
enum ScannedValue {
    case text(Range<Int>)
    case number(Double, raw: Range<Int>, isDate: Bool)
    case boolean(Bool)
    case error(Range<Int>)
}
