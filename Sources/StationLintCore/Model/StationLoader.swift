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
            brokenPaths: declaration?.broken ?? [], files: files, identity: schema.identity)
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
            return .failure(error.diagnostic(file: file, lang: lang))
        }
        do {
            return .success(try YAMLDocument(bytes: bytes))
        } catch {
            return .failure(error.diagnostic(file: file, lang: lang))
        }
    }
}
