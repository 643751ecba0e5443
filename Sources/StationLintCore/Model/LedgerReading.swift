/// A ledger reading as text, one line each — the header's date, every record's values and
/// positions, the problems and warnings; or the refusal; or the parse error — so that two ways
/// of reading the same file can be compared whole: by the tests (`StreamedLedgerTests`,
/// `StreamedTableLedgerTests`, `StreamedSheetLedgerTests`) and by the `csv` and `xlsx` fuzz
/// targets, which read every input as a ledger both ways and stop where the two differ.
enum LedgerReading {
    static func describe(_ read: () throws(ParseError) -> Result<Ledger, LedgerShapeError>) -> String {
        do throws(ParseError) {
            switch try read() {
            case .failure(let error): return "refused at \(error.mark): \(error.message)"
            case .success(let l): return describe(l)
            }
        } catch {
            return "parse error \(error.code) at \(error.mark)"
        }
    }

    static func describe(_ l: Ledger) -> String {
        var lines = ["updated \(String(describing: l.updated)) at \(String(describing: l.updatedMark)); records at \(l.mark)"]
        for r in l.records {
            lines.append("record at \(r.mark): " + (0..<l.spec.fields.count).map { "\(String(describing: r.value($0)))@\(r.mark($0))" }.joined(separator: " "))
        }
        lines += l.problems.map { "problem \($0.message) \($0.locations.map(\.formatted))" }
        lines += l.warnings.map { "warning \($0.message) \($0.location.formatted)" }
        return lines.joined(separator: "\n")
    }
}
