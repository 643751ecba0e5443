/// Table ledgers, from a CSV file or a worksheet: the header names the fields (English or
/// Chinese); `updated` is the latest date in the date columns. What people put around the
/// header (a title above it, 序号 and 备注 columns, empty columns and rows) is read over, and
/// said in a note where it is not obvious (SPEC §5a).
extension LedgerReader {
    /// Whether a row's trimmed cells can be this ledger's header: at least two of them name its
    /// fields (SPEC §5a), so that a title that happens to be a field name is not taken for it.
    static func isHeader(_ cells: [String], of spec: LedgerSpec) -> Bool {
        var named = 0
        for c in cells where spec.index(named: c) != nil {
            named += 1
            if named >= 2 { return true }
        }
        return false
    }

    /// A worksheet's table (or a CSV table read whole), typed row by row.
    func read(table: LedgerTable, ignoredColumns: [String]) throws(LedgerShapeError) -> Ledger {
        try checkRecordCount(table.rows.count) { table.rows[$0].mark }
        let head = try head(table, ignoredColumns)
        var records = TableRecords(self, head, capacity: table.rows.count)
        for row in table.rows { records.add(row) }
        return ledger(table, head, records)
    }

    /// The header's part of a table ledger, from the rows above and at it: refuses a header that
    /// names one field twice, or none.
    func head(_ table: LedgerTable, _ ignoredColumns: [String]) throws(LedgerShapeError) -> TableHead {
        var head = TableHead()
        head.stated = statedUpdate(table, &head.problems)
        head.aboveNote = aboveHeaderNote(table, stated: head.stated?.day)
        var seen: [Int: String] = [:]
        for (position, cell) in table.header.enumerated() {
            let name = cell.text.trimmingSpaces()
            guard let index = spec.index(named: name) else {
                if name.isEmpty {
                    head.unnamed.append(position)
                } else if !ignoredColumns.contains(name) {
                    head.unknown[position] = unknownKey(name, cell.mark, among: spec.fields)
                }
                head.columns.append(nil)
                continue
            }
            if let first = seen[index] {
                throw LedgerShapeError(mark: cell.mark, message: lang.pick(
                    "表头“\(name)”与“\(first)”是同一字段", "header '\(name)' and '\(first)' are the same field"))
            }
            seen[index] = name
            head.columns.append(index)
        }
        if let first = table.header.first, !head.columns.contains(where: { $0 != nil }) {
            // No column names a field: every record would be empty, so the table is no evidence.
            throw LedgerShapeError(mark: first.mark, message: noHeader(table))
        }
        return head
    }

    /// The ledger, once every row is typed: the date stated above the header counts as the
    /// latest when it is not earlier; the warnings come in the order of the columns.
    /// `markedText`: the text the rows' marks count their columns in, when they were left to count.
    func ledger(_ table: LedgerTable, _ head: TableHead, _ typed: TableRecords, markedText: [UInt8] = []) -> Ledger {
        var warnings: [Diagnostic] = head.aboveNote.map { [$0] } ?? []
        for position in head.columns.indices {
            if let unknown = head.unknown[position] { warnings.append(unknown) }
            if let data = typed.unnamedData[position] { warnings.append(unheaded(data)) }
        }
        warnings += table.unheadedColumns.map(unheaded)
        var problems = head.problems + typed.problems
        let store = RecordStore(typed.records, markedText: markedText)
        finish(&problems, store)
        var latest = typed.latest
        var latestMark = typed.latestMark?.resolved(in: markedText)
        if let stated = head.stated, latest.map({ stated.day >= $0 }) ?? true {
            latest = stated.day
            latestMark = stated.mark
        }
        let headerMark = table.header.first?.mark ?? .start
        return Ledger(spec: spec, file: file, updated: latest, updatedMark: latestMark, mark: headerMark,
                      records: Records(store: store), problems: problems, warnings: warnings, sheet: sheet)
    }

    /// A column with data but no heading, at its first such cell.
    func unheaded(_ mark: Mark) -> Diagnostic {
        Diagnostic(location: location(mark), severity: .warning, message: lang.pick(
            "此列没有表头，其中的内容未读取；请在表头行写上字段名，或删除此列",
            "this column has no heading, so nothing in it was read; name its field in the header row, or delete the column"))
    }

    /// The date a line above the header states (`更新日期：2024年11月30日`, or the name in one cell
    /// and the date in the next): the table's own `updated`, as YAML ledgers write it. A date that
    /// does not read is a problem at its cell, not a silent omission.
    func statedUpdate(_ table: LedgerTable, _ problems: inout [LedgerProblem]) -> (day: Day, mark: Mark)? {
        guard let spec = header.first(where: { $0.type == .date }) else { return nil }
        for row in table.above {
            for (i, cell) in row.cells.enumerated() {
                let text = cell.text.trimmingSpaces()
                for name in [spec.zh, spec.key] where text.hasPrefix(name) {
                    var rest = Substring(text.dropFirst(name.count))
                    while let c = rest.first, c == ":" || c == "：" || c == " " || c == "\u{3000}" { rest = rest.dropFirst() }
                    var dateCell = cell
                    if rest.isEmpty {
                        guard i + 1 < row.cells.count else { continue }
                        dateCell = row.cells[i + 1]
                        rest = Substring(dateCell.text.trimmingSpaces())
                    }
                    let value = typer.value(String(rest), as: .date)
                    if case .invalid(let raw, let problem) = value {
                        problems.append(LedgerProblem(invalidMessage(spec, raw, problem), [location(dateCell.mark)]))
                    }
                    if let day = value.day { return (day, dateCell.mark) }
                    return nil
                }
            }
        }
        return nil
    }

    /// Why no header was found, and what to do: a header written with tabs in a comma file, or
    /// one that names no field of this ledger.
    func noHeader(_ table: LedgerTable) -> String {
        let examples = spec.fields.prefix(3).map { lang.pick("“\($0.zh)”", "'\($0.key)'") }.joined(separator: lang.pick("、", ", "))
        if table.header.contains(where: { $0.text.contains("\t") }) {
            return lang.pick("表头没有\(spec.title(.zh))的字段名：此文件用制表符（Tab）分隔；请另存为“CSV（逗号分隔）”，或把扩展名改为 .txt",
                             "the header names no field of \(spec.title(.en)): the file is separated by tabs; save it as “CSV (Comma delimited)”, or rename it to .txt")
        }
        let firstRow = VisibleText.shown(table.header.prefix(3).map { $0.text.trimmingSpaces() }.joined(separator: ","))
        return lang.pick("找不到表头：没有一行写有\(spec.title(.zh))的字段名（如 \(examples)），第一行是“\(firstRow)”；请在记录上方加一行字段名（若显示为乱码，请以 UTF-8 或 GBK 编码重新保存）",
                         "no header found: no row names fields of \(spec.title(.en)) (such as \(examples)), the first row is “\(firstRow)”; add a row of field names above the records (if it shows as garbage, save the file again as UTF-8 or GBK)")
    }

    /// One note for the rows skipped above the header, quoting the first (the title).
    func aboveHeaderNote(_ table: LedgerTable, stated: Day?) -> Diagnostic? {
        guard let first = table.above.first, let headerCell = table.header.first else { return nil }
        let title = first.cells.map { $0.text.trimmingSpaces() }.first { !$0.isEmpty } ?? ""
        let shown = VisibleText.shown(title.count > 40 ? String(title.prefix(40)) + "…" : title)
        let n = table.above.count
        let date = stated.map { lang.pick("，其中的更新日期 \($0) 已读取", "; the update date \($0) there was read") } ?? ""
        return Diagnostic(location: location(first.mark), severity: .note, message: lang.pick(
            "表头在第 \(headerCell.mark.line) 行；其上 \(n) 行（“\(shown)”）不是台账记录，已略过\(date)",
            "the header is row \(headerCell.mark.line); the \(n) row\(n == 1 ? "" : "s") above it (“\(shown)”) \(n == 1 ? "is not a record and was" : "are not records and were") skipped\(date)"))
    }

    /// A cell typed by its field, with what a workbook stored: a number in an ID-number column
    /// has lost its last digits, and a formula's error value is no value.
    func typed(_ text: String, _ kind: LedgerTable.Kind, _ field: FieldSpec, _ mark: Mark, _ problems: inout [LedgerProblem]) -> Value? {
        switch kind {
        case .number where field.type.element == .idNumber:
            let problem = DeferredText(SpreadsheetNumber.advice(lang))
            problems.append(LedgerProblem(invalidMessage(field, text, problem), [location(mark)]))
            return .invalid(raw: text, problem: problem)
        case .formulaError:
            let problem = DeferredText(lang.pick("公式的结果是错误值，请在表格软件中修正公式", "the formula's result is an error value; correct the formula in the spreadsheet program"))
            problems.append(LedgerProblem(invalidMessage(field, text, problem), [location(mark)]))
            return .invalid(raw: text, problem: problem)
        default:
            return typed(text, field, mark, &problems)
        }
    }
}
