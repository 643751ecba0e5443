/// Reads a station folder into a typed `Station`: the declaration (`station.yaml` or `站点.yaml`),
/// every ledger under `ledgers/` or `台账/` (YAML or CSV, by English or Chinese kind name), and
/// the waivers. Never writes; never stops at the first problem.
public struct StationLoader: Sendable {
    public static let declarationNames = ["station.yaml", "站点.yaml"]
    public static let ledgerFolders = ["ledgers", "台账"]
    public static let waiverNames = ["waivers.yaml", "豁免.yaml"]

    public let schema: Schema
    public let typer: ValueTyper

    public init(schema: Schema, typer: ValueTyper) {
        self.schema = schema
        self.typer = typer
    }

    var lang: Language { typer.lang }

    /// Loads a station; `identityOnly` reads just the declaration (for sampling and sharding).
    public func load(_ files: any StationFiles, path: String, identityOnly: Bool = false) -> Station {
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let present = Self.declarationNames.filter { files.isFile($0) }
        let declarationFile = present.first ?? Self.declarationNames[0]
        if present.count > 1 {
            errors.append(Diagnostic(location: Location(file: present[1], line: 1, column: 1), message: lang.pick(
                "同时有 station.yaml 和 站点.yaml，只能保留一个", "both station.yaml and 站点.yaml exist; keep one")))
        }
        var declaration: DeclarationReader? = nil
        switch parse(files, declarationFile) {
        case .success(let document):
            var reader = DeclarationReader(document: document, file: declarationFile, typer: typer)
            reader.read(schema.station)
            errors += reader.errors
            warnings += reader.warnings
            declaration = reader
        case .failure(let diagnostic):
            errors.append(Self.folderIsGone(files) ? Diagnostic(location: diagnostic.location, message: lang.pick(
                "站点文件夹已不存在（在找到之后、读取之前被移走或删除）", "the station folder is gone (moved or deleted after it was found)")) : diagnostic)
        }
        let station = Station(
            path: path, declarationFile: declarationFile,
            declarationReadable: declaration != nil && !(declaration!.document.root.isNull),
            fields: declaration?.fields ?? [:], attestations: declaration?.attestations ?? [:],
            ledgers: [:], waivers: [], errors: errors, warnings: warnings,
            brokenPaths: declaration?.broken ?? [], files: files)
        return identityOnly ? station : complete(station)
    }

    /// Reads the ledgers and waivers of a station loaded with `identityOnly`.
    public func complete(_ identity: Station) -> Station {
        var station = identity
        let files = station.files
        station.ledgers = loadLedgers(files, &station.errors, &station.warnings)
        if let waiverFile = Self.waiverNames.first(where: { files.isFile($0) }) {
            switch parse(files, waiverFile) {
            case .success(let document):
                let read = WaiverReader.read(document, file: waiverFile, typer: typer)
                station.waivers = read.waivers
                station.errors += read.errors
            case .failure(let diagnostic):
                station.errors.append(diagnostic)
            }
        }
        return station
    }

    /// Whether the station folder itself is no longer there (a batch finds every station first,
    /// then reads each one: a folder can vanish in between).
    static func folderIsGone(_ files: any StationFiles) -> Bool {
        do { return try files.list("") == nil } catch { return false }
    }

    /// Reads and parses a YAML file, or says why not at its position.
    func parse(_ files: any StationFiles, _ file: String) -> Result<YAMLDocument, Diagnostic> {
        let bytes: [UInt8]
        do {
            bytes = try files.read(file)
        } catch {
            return .failure(Diagnostic(location: Location(file: file, line: 1, column: 1), message: error.message(lang)))
        }
        do {
            return .success(try YAMLDocument(bytes: bytes))
        } catch {
            return .failure(error.diagnostic(file: file, lang: lang))
        }
    }

    func loadLedgers(_ files: any StationFiles, _ errors: inout [Diagnostic], _ warnings: inout [Diagnostic]) -> [String: LedgerLoad] {
        var out: [String: LedgerLoad] = [:]
        var unlisted: Diagnostic? = nil
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
            for name in names {
                let file = folder + "/" + name
                guard let dot = name.lastIndex(of: "."), !name.hasPrefix(".") else { continue }
                let stem = String(name[..<dot])
                let ext = name[name.index(after: dot)...].lowercased()
                guard ext == "yaml" || ext == "yml" || ext == "csv" else { continue }
                guard let spec = schema.ledger(named: stem) else {
                    let hint = closestName(stem, schema.ledgers.flatMap { [$0.key, $0.zh] })
                    warnings.append(Diagnostic(location: Location(file: file, line: 1, column: 1), severity: .warning, message: lang.pick(
                        "未知的台账文件“\(name)”，已忽略" + (hint.map { "；您是否想命名为“\($0)”？" } ?? ""),
                        "unknown ledger file '\(name)', ignored" + (hint.map { "; did you mean '\($0)'?" } ?? ""))))
                    continue
                }
                if let existing = out[spec.key] {
                    let other = existing.ledger?.file ?? { if case .unreadable(let f, _) = existing { return f } else { return "" } }()
                    errors.append(Diagnostic(location: Location(file: file, line: 1, column: 1), message: lang.pick(
                        "\(spec.zh)台账有两个文件（\(other) 与 \(file)），只能保留一个",
                        "two files for the \(spec.key) ledger (\(other) and \(file)); keep one")))
                    continue
                }
                let load = loadLedger(files, file: file, csv: ext == "csv", spec: spec)
                if case .unreadable(_, let diagnostic) = load { errors.append(diagnostic) }
                if let ledger = load.ledger { warnings += ledger.warnings }
                out[spec.key] = load
            }
        }
        // A ledger folder that is there but cannot be listed may hold any ledger: each one not
        // found elsewhere is unreadable (its rules give `error`), not missing (`fail`).
        if let unlisted {
            for spec in schema.ledgers where out[spec.key] == nil {
                out[spec.key] = .unreadable(file: unlisted.location.file, diagnostic: unlisted)
            }
        }
        return out
    }

    func loadLedger(_ files: any StationFiles, file: String, csv: Bool, spec: LedgerSpec) -> LedgerLoad {
        let reader = LedgerReader(spec: spec, header: schema.ledgerHeader, file: file, typer: typer)
        let bytes: [UInt8]
        do {
            bytes = try files.read(file)
        } catch {
            return .unreadable(file: file, diagnostic: Diagnostic(location: Location(file: file, line: 1, column: 1), message: error.message(lang)))
        }
        do {
            if csv {
                let table: CSVTable
                do { table = try CSVTable(bytes: bytes) } catch {
                    return .unreadable(file: file, diagnostic: error.diagnostic(file: file, lang: lang))
                }
                return .loaded(try reader.read(csv: table))
            }
            let document: YAMLDocument
            do { document = try YAMLDocument(bytes: bytes) } catch {
                return .unreadable(file: file, diagnostic: error.diagnostic(file: file, lang: lang))
            }
            return .loaded(try reader.read(yaml: document))
        } catch {
            return .unreadable(file: file, diagnostic: Diagnostic(location: Location(file: file, mark: error.mark), message: error.message))
        }
    }
}
