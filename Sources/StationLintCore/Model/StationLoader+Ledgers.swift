/// The ledgers of a station: every file of `ledgers/` and `台账/` read as its kind says (YAML,
/// CSV, tab-separated text, an .xlsx workbook of one ledger or a sheet per ledger), and every
/// file that is not read named with the fix (SPEC §5, §5a).
extension StationLoader {
    /// Where a ledger was found, for the message when a kind is found twice.
    struct Found {
        var load: LedgerLoad
        var place: String
    }

    func loadLedgers(_ files: any StationFiles, _ errors: inout [Diagnostic], _ warnings: inout [Diagnostic]) -> [String: LedgerLoad] {
        var found: [String: Found] = [:]
        var unlisted: Diagnostic? = nil
        func add(_ spec: LedgerSpec, _ load: LedgerLoad, place: String, at location: Location) {
            if place == Self.anyKind {
                if found[spec.key] == nil { found[spec.key] = Found(load: load, place: place) }
                return
            }
            if let existing = found[spec.key], existing.place == Self.anyKind {
                found[spec.key] = nil
            }
            if let existing = found[spec.key] {
                errors.append(Diagnostic(location: location, message: existing.place.contains(":") || place.contains(":")
                    ? LedgerFolderMessages.twoPlaces(spec, existing.place, place, lang)
                    : lang.pick("\(spec.title(.zh))有两个文件（\(existing.place) 与 \(place)），只能保留一个",
                                "two files for \(spec.title(.en)) (\(existing.place) and \(place)); keep one")))
                return
            }
            if case .unreadable(_, let diagnostic) = load { errors.append(diagnostic) }
            if let ledger = load.ledger { warnings += ledger.warnings }
            found[spec.key] = Found(load: load, place: place)
        }
        for folder in Self.ledgerFolders {
            let names: [String]
            do {
                guard let listed = try files.list(folder) else { continue }
                names = listed
            } catch {
                let d = Diagnostic(location: Location(file: folder, line: 1, column: 1), message: error == .notAFile
                    ? lang.pick("“\(folder)”是文件，应为存放台账的文件夹", "'\(folder)' is a file; it must be a folder holding the ledgers")
                    : lang.pick("无法读取台账文件夹：", "cannot list the ledger folder: ") + error.message(lang))
                errors.append(d)
                unlisted = unlisted ?? d
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let file = folder + "/" + name
                let at = Location(file: file, line: 1, column: 1)
                // A folder is said and left; anything else that is no regular file (a link
                // loop, a device) is read, so that its own error is reported.
                if !files.isFile(file), (try? files.list(file)) != nil {
                    warnings.append(Diagnostic(location: at, severity: .warning, message: LedgerFolderMessages.subfolder(name, lang)))
                    continue
                }
                let kind = LedgerFileKind(name: name)
                let spec = schema.ledger(named: LedgerFileKind.stem(name))
                switch kind {
                case .lockFile:
                    warnings.append(Diagnostic(location: at, severity: .note, message: LedgerFolderMessages.lockFile(name, lang)))
                case .other:
                    warnings.append(Diagnostic(location: at, severity: .warning, message: LedgerFolderMessages.other(name, lang)))
                case .unreadSpreadsheet:
                    let d = Diagnostic(location: at, message: LedgerFolderMessages.unreadSpreadsheet(name, lang))
                    if let spec { add(spec, .unreadable(file: file, diagnostic: d), place: file, at: at) } else { errors.append(d) }
                case .workbook:
                    for (spec, load, place) in loadWorkbook(files, file: file, kind: spec, &errors, &warnings) {
                        add(spec, load, place: place, at: at)
                    }
                case .yaml, .table:
                    guard let spec else {
                        let stem = LedgerFileKind.stem(name)
                        let hint = DidYouMean.hint(for: stem, among: schema.ledgers.flatMap { [$0.key, $0.zh] }, verb: .name)
                        warnings.append(Diagnostic(location: at, severity: .warning, message: lang.pick(
                            "未知的台账文件“\(name)”，已忽略" + hint.zh,
                            "unknown ledger file '\(name)', ignored" + hint.en)))
                        continue
                    }
                    add(spec, loadTextLedger(files, file: file, kind: kind, spec: spec), place: file, at: at)
                }
            }
        }
        var out = found.mapValues(\.load)
        // A ledger folder that is there but cannot be listed may hold any ledger: each one not
        // found elsewhere is unreadable (its rules give `error`), not missing (`fail`).
        if let unlisted {
            for spec in schema.ledgers where out[spec.key] == nil {
                out[spec.key] = .unreadable(file: unlisted.location.file, diagnostic: unlisted)
            }
        }
        return out
    }

    func reader(_ spec: LedgerSpec, _ file: String, sheet: String? = nil) -> LedgerReader {
        var reader = LedgerReader(spec: spec, header: schema.ledgerHeader, file: file, typer: typer, layout: schema.layout(of: spec))
        reader.sheet = sheet
        return reader
    }

    /// A YAML, CSV or tab-separated ledger file.
    func loadTextLedger(_ files: any StationFiles, file: String, kind: LedgerFileKind, spec: LedgerSpec) -> LedgerLoad {
        let reader = reader(spec, file)
        let bytes: [UInt8]
        do {
            bytes = try files.read(file)
        } catch {
            return .unreadable(file: file, diagnostic: error.diagnostic(file: file, lang: lang))
        }
        do {
            if case .table(let tabs) = kind { return loadTable(bytes, tabs: tabs, reader) }
            // The records are typed as the parser reads them, with no tree of them.
            let entries = LedgerEntries(reader)
            let document: YAMLDocument
            do { document = try YAMLDocument(bytes: bytes, entries: entries) } catch {
                return .unreadable(file: file, diagnostic: error.diagnostic(file: file, lang: lang))
            }
            return .loaded(try reader.read(yaml: document, streamed: entries))
        } catch {
            return .unreadable(file: file, diagnostic: Diagnostic(location: reader.location(error.mark), message: error.message))
        }
    }

    /// A CSV or tab-separated ledger, typed record by record; a file where no row is the header
    /// is read whole, its first row taken for the header (and the message made from that).
    func loadTable(_ bytes: [UInt8], tabs: Bool, _ reader: LedgerReader) -> LedgerLoad {
        let separator: CSVSeparator? = tabs ? .tab : nil
        let read: Result<Ledger, LedgerShapeError>
        do throws(ParseError) {
            if let streamed = try reader.read(csv: bytes, separator: separator, ignoredColumns: schema.ignoredColumns) {
                read = streamed
            } else {
                read = try reader.read(wholeCSV: bytes, separator: separator, ignoredColumns: schema.ignoredColumns)
            }
        } catch {
            return .unreadable(file: reader.file, diagnostic: error.diagnostic(file: reader.file, lang: lang))
        }
        switch read {
        case .success(let ledger): return .loaded(ledger)
        case .failure(let error): return .unreadable(file: reader.file, diagnostic: Diagnostic(location: reader.location(error.mark), message: error.message))
        }
    }
}
