/// Ledgers from an .xlsx workbook (SPEC §5a): a workbook named for a kind holds that ledger (its
/// sheet named for the kind, else its first sheet); any other workbook holds a ledger per sheet
/// named for a kind. Sheets that are not read are listed in one note.
extension StationLoader {
    func loadWorkbook(_ files: any StationFiles, file: String, kind: LedgerSpec?,
                      _ errors: inout [Diagnostic], _ warnings: inout [Diagnostic]) -> [(LedgerSpec, LedgerLoad, String)] {
        let at = Location(file: file, line: 1, column: 1)
        let bytes: [UInt8]
        do { bytes = try files.read(file) } catch {
            return unreadableWorkbook(error.diagnostic(file: file, lang: lang), file: file, kind: kind, &errors)
        }
        // Each sheet is inflated, scanned and dropped in tab order; a sheet that may be a ledger
        // is typed as it is scanned. An error in any sheet makes the workbook unreadable.
        var package: WorkbookPackage
        do { package = try WorkbookPackage(bytes: bytes) } catch {
            return unreadableWorkbook(error.diagnostic(file: file, lang: lang), file: file, kind: kind, &errors)
        }
        let sheets = package.sheets
        let specs = sheets.map { schema.ledger(named: $0.name.trimmingSpaces()) }
        // The kind's sheet: the one named for it, else the first with data, else the first.
        let named = kind.flatMap { kind in specs.firstIndex { $0?.key == kind.key } }
        var typed: [Int: Result<Ledger, LedgerShapeError>] = [:]
        var withData: [Int] = []
        do {
            for (k, sheet) in sheets.enumerated() {
                let sheetBytes = try package.bytes(of: sheet)
                let part = sheet.part ?? ""
                let spec = kind.map { kind in k == named || (named == nil && withData.isEmpty) ? kind : nil } ?? specs[k]
                guard let spec else {
                    var hasData = false
                    _ = try package.reader.scan(sheetBytes, part: part) { _, _ in hasData = true }
                    if hasData { withData.append(k) }
                    continue
                }
                let read = try reader(spec, file, sheet: sheet.name).read(
                    sheet: sheetBytes, part: part, name: sheet.name, with: package.reader,
                    uses1904: package.uses1904DateSystem, ignoredColumns: schema.ignoredColumns)
                typed[k] = read.ledger
                if read.hasData { withData.append(k) }
            }
        } catch {
            return unreadableWorkbook(error.diagnostic(file: file, lang: lang), file: file, kind: kind, &errors)
        }
        var chosen: [(LedgerSpec, Int)] = []
        if let kind {
            if let sheet = named ?? withData.first ?? sheets.indices.first { chosen.append((kind, sheet)) }
        } else {
            for k in sheets.indices {
                if let spec = specs[k] { chosen.append((spec, k)) }
            }
            if chosen.isEmpty {
                // Two of the pack's own ledger names, as examples of what a sheet is called.
                let names = schema.ledgers.prefix(2).map(\.zh)
                let quoted = names.map { "“\($0)”" }.joined()
                let first = names.first ?? ""
                errors.append(Diagnostic(location: at, message: lang.pick(
                    "工作簿中没有以台账名称命名的工作表（如\(quoted)），未读取任何台账；请把工作表改名为台账名称，或把文件改名为台账名称（如“\(first).xlsx”）",
                    "no sheet of the workbook is named for a ledger (such as \(names.joined(separator: " or "))), so no ledger was read; rename the sheets after their ledgers, or name the file after its ledger (such as \(first).xlsx)")))
                return []
            }
        }
        let unread = withData.filter { k in !chosen.contains { sheets[$0.1].name == sheets[k].name } }.map { sheets[$0].name }
        if !unread.isEmpty {
            let names = unread.map { "“\(VisibleText.shown($0))”" }.joined(separator: lang.pick("、", ", "))
            warnings.append(Diagnostic(location: at, severity: .note, message: lang.pick(
                "工作表 \(names) 不是台账（工作表名不是台账名称），未读取",
                "the sheet\(unread.count == 1 ? "" : "s") \(names) \(unread.count == 1 ? "is" : "are") not named for a ledger and \(unread.count == 1 ? "was" : "were") not read")))
        }
        return chosen.compactMap { spec, k in
            guard let read = typed[k] else { return nil }
            let place = file + ":" + sheets[k].name
            switch read {
            case .success(let ledger): return (spec, .loaded(ledger), place)
            case .failure(let error):
                let reader = reader(spec, file, sheet: sheets[k].name)
                return (spec, .unreadable(file: file, diagnostic: Diagnostic(location: reader.location(error.mark), message: error.message)), place)
            }
        }
    }

    /// A workbook that cannot be opened: the ledger it is named for is unreadable (its rules give
    /// `error`, not `fail`); a workbook of several ledgers may hold any kind, so each kind is
    /// unreadable unless it is found elsewhere (`StationLoader.loadLedgers` fills them in).
    func unreadableWorkbook(_ diagnostic: Diagnostic, file: String, kind: LedgerSpec?, _ errors: inout [Diagnostic]) -> [(LedgerSpec, LedgerLoad, String)] {
        guard let kind else {
            errors.append(diagnostic)
            return schema.ledgers.map { ($0, .unreadable(file: file, diagnostic: diagnostic), Self.anyKind) }
        }
        return [(kind, .unreadable(file: file, diagnostic: diagnostic), file)]
    }

    /// The place of a kind that an unreadable workbook of several ledgers might hold: it gives
    /// way to the kind found in a file, and is never "found twice".
    static let anyKind = ""
}
