/// CSV ledgers: the header names the fields (English or Chinese); `updated` is the latest date
/// in the date columns.
extension LedgerReader {
    func read(csv table: CSVTable) throws(LedgerShapeError) -> Ledger {
        try checkRecordCount(table.rows.count) { table.rows[$0].mark }
        var columns: [Int?] = []
        var problems: [Finding] = []
        var warnings: [Diagnostic] = []
        var seen: [Int: String] = [:]
        for cell in table.header {
            let name = cell.trimmedText
            guard let index = spec.fields.firstIndex(where: { $0.key == name || $0.zh == name }) else {
                warnings.append(unknownKey(name, cell.mark, among: spec.fields))
                columns.append(nil)
                continue
            }
            if let first = seen[index] {
                throw LedgerShapeError(mark: cell.mark, message: lang.pick(
                    "表头“\(name)”与“\(first)”是同一字段", "header '\(name)' and '\(first)' are the same field"))
            }
            seen[index] = name
            columns.append(index)
        }
        var records: [Record] = []
        records.reserveCapacity(table.rows.count)
        var latest: Day? = nil
        var latestMark: Mark? = nil
        for row in table.rows {
            var values = [Value?](repeating: nil, count: spec.fields.count)
            var marks = [Mark](repeating: row.mark, count: spec.fields.count)
            for (i, cell) in row.cells.enumerated() {
                guard i < columns.count, let index = columns[i] else { continue }
                marks[index] = cell.mark
                let value = typed(cell.text, spec.fields[index], cell.mark, &problems)
                values[index] = value
                if let day = value?.day, latest.map({ day > $0 }) ?? true {
                    latest = day
                    latestMark = cell.mark
                }
            }
            records.append(Record(mark: row.mark, values: values, marks: marks))
        }
        finish(&problems, records)
        let headerMark = table.header.first?.mark ?? .start
        return Ledger(spec: spec, file: file, updated: latest, updatedMark: latestMark, mark: headerMark,
                      records: records, problems: problems, warnings: warnings)
    }
}
