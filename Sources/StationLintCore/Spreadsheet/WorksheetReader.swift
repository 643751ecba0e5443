/// Reads one sheet part (`xl/worksheets/sheet1.xml`): the cells of `<sheetData>` with their
/// values typed by `t` and, for numbers, by the date-ness of their style; and `<mergeCells>`.
/// Rows and cells without an `r` attribute (LibreOffice and some writers omit it) take the
/// place after the one before.
struct WorksheetReader {
    let sharedStrings: [String]
    let dateStyles: [Bool]

    // Names as instance constants: a static would be looked up through its once-guard on every
    // cell.
    let rowTag = Array("row".utf8), cTag = Array("c".utf8), vTag = Array("v".utf8)
    let isTag = Array("is".utf8), mergeCellTag = Array("mergeCell".utf8)
    let sheetDataTag = Array("sheetData".utf8)
    let rAttribute = Array("r".utf8), tAttribute = Array("t".utf8), sAttribute = Array("s".utf8)
    let refAttribute = Array("ref".utf8)

    init(sharedStrings: [String], dateStyles: [Bool]) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// The sheet as a model: every row kept, in ascending order.
    func read(_ bytes: [UInt8], part: String, name: String) throws(WorkbookError) -> Worksheet {
        var rows: [WorksheetRow] = []
        let scanned = try scan(bytes, part: part) { number, cells in rows.append(WorksheetRow(row: number, cells: cells)) }
        return Worksheet(name: name, rows: scanned.sorted ? rows : Self.merge(rows), mergedRanges: scanned.merged)
    }

    /// Reads the sheet part, handing each row with a non-empty cell to `row` as its `</row>`
    /// is read (its number and its cells by ascending column), with nothing kept: a ledger is
    /// typed from it as it is read (`SheetRecords`). Rows come in the order written; `sorted`
    /// says whether that was ascending with no row given twice (else `merge` puts them right).
    func scan(_ bytes: [UInt8], part: String, row: (Int, [WorksheetCell]) -> Void) throws(WorkbookError) -> (merged: [CellRange], sorted: Bool) {
        var x = XMLScanner(bytes, part: part)
        var merged: [CellRange] = []
        var cells: [WorksheetCell] = []
        var rowNumber = 0
        var lastRow = 0
        var column = 0
        var cellCount = 0
        var inSheetData = false
        var sorted = true
        func hand(_ number: Int, counted: Bool = true) {
            if counted && lastRow >= number { sorted = false }
            lastRow = number
            row(number, Self.ordered(cells))
            cells.removeAll(keepingCapacity: true)
        }
        while true {
            let event = try x.next()
            if event == .endOfDocument { break }
            if event == .end {
                if x.isNamed(rowTag) && inSheetData && !cells.isEmpty {
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
                if let value = try cellValue(&x, at: at, part: part) {
                    cellCount += 1
                    guard cellCount <= InputLimits.Workbook.maxCellsPerSheet else { throw WorkbookError(.tooManyCells, part: part, position: .cell(at)) }
                    cells.append(WorksheetCell(column: column, value: value))
                }
            } else if x.isNamed(mergeCellTag), let ref = x.rawAttribute(refAttribute) {
                let text = String(decoding: ref, as: UTF8.self)
                guard let range = CellRange(text) else { throw x.error(.cellOutOfRange(reference: text)) }
                merged.append(range)
            }
        }
        // Cells left outside any row: one row more, not counted in `sorted` (`SheetRecords` checks
        // the order itself).
        if !cells.isEmpty { hand(max(rowNumber, 1), counted: false) }
        return (merged, sorted)
    }

    /// Reads a `<c>` up to its end: the value, or nil for an empty cell.
    private func cellValue(_ x: inout XMLScanner, at: CellReference, part: String) throws(WorkbookError) -> CellValue? {
        let type = x.rawAttribute(tAttribute).map { String(decoding: $0, as: UTF8.self) } ?? "n"
        let style = x.rawAttribute(sAttribute).flatMap(Self.integer) ?? 0
        let depth = x.depth
        var v: String?
        var inline: String?
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
                if inV {
                    let t = try x.text()
                    v = v.map { $0.isEmpty ? t : $0 + t } ?? t
                }
                continue
            }
            if x.isNamed(vTag) {
                inV = true
                if v == nil { v = "" }
            } else if x.isNamed(isTag) {
                inline = try SharedStrings.inline(&x)
            } else {
                try x.skipElement()  // <f> and extensions: the cached value is what counts
            }
        }
        func invalid(_ what: String) -> WorkbookError { WorkbookError(.invalidCell(detail: what), part: part, position: .cell(at)) }
        switch type {
        case "inlineStr":
            let text = inline ?? v ?? ""
            return text.isEmpty ? nil : .text(text)
        case "s":
            guard let raw = v else { return nil }
            guard let index = Int(raw), index >= 0, index < sharedStrings.count else { throw invalid("shared string \(raw) not in the table") }
            return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
        case "str", "d":
            guard let text = v, !text.isEmpty else { return nil }
            return .text(text)
        case "b":
            guard let raw = v else { return nil }
            switch raw {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw invalid("boolean \(raw)")
            }
        case "e":
            guard let raw = v, !raw.isEmpty else { return nil }
            return .error(raw)
        case "n":
            guard let raw = v else { return nil }
            let stored = raw.withoutOuterSpaces
            guard !stored.isEmpty else { return nil }
            guard let number = Double(stored), number.isFinite else { throw invalid("number \(raw)") }
            return .number(number, raw: stored, isDate: style < dateStyles.count && dateStyles[style])
        default:
            throw invalid("cell type \(type)")
        }
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
    static func ordered(_ cells: [WorksheetCell]) -> [WorksheetCell] {
        var ascending = true
        for k in cells.indices.dropFirst() where cells[k].column <= cells[k - 1].column { ascending = false }
        if ascending { return cells }
        var byColumn: [Int: WorksheetCell] = [:]
        for cell in cells { byColumn[cell.column] = cell }
        return byColumn.values.sorted { $0.column < $1.column }
    }

    /// Rows by ascending number, a row given twice holding the cells of both.
    static func merge(_ rows: [WorksheetRow]) -> [WorksheetRow] {
        var byRow: [Int: [WorksheetCell]] = [:]
        for row in rows { byRow[row.row, default: []].append(contentsOf: row.cells) }
        return byRow.keys.sorted().compactMap { key in byRow[key].map { WorksheetRow(row: key, cells: ordered($0)) } }
    }
}

private extension String {
    /// Without leading and trailing ASCII spaces (a hand-edited `<v> 12 </v>`).
    var withoutOuterSpaces: String {
        func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        guard let first = utf8.first, let last = utf8.last, space(first) || space(last) else { return self }
        let u = Array(utf8)
        var a = 0, z = u.count
        while a < z && (u[a] == 0x20 || u[a] == 0x09 || u[a] == 0x0A || u[a] == 0x0D) { a += 1 }
        while z > a && (u[z - 1] == 0x20 || u[z - 1] == 0x09 || u[z - 1] == 0x0A || u[z - 1] == 0x0D) { z -= 1 }
        return a == 0 && z == u.count ? self : String(decoding: u[a..<z], as: UTF8.self)
    }
}
