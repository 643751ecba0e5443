/// A problem a ledger reader found in one record or value, in the run's language: a message
/// (made when it is shown: `DeferredText`) and where it points.
public struct LedgerProblem: Sendable, Equatable {
    private let text: DeferredText
    public var locations: [Location]

    public var message: String { text.text }

    public init(_ message: String, _ locations: [Location] = []) {
        self.init(DeferredText(message), locations)
    }

    public init(_ message: DeferredText, _ locations: [Location] = []) {
        text = message
        self.locations = locations
    }
}

/// One field that `station.yaml` declares, typed, with the key the user wrote.
public struct DeclaredField: Sendable {
    public let spec: FieldSpec
    /// The dotted English path (`station.plaque.text`).
    public let path: String
    /// The key as written (English or Chinese): reports quote it.
    public let label: String
    public let keyMark: Mark
    public let mark: Mark
    /// Nil when the value is empty or null; nil also for a mapping (its fields are listed apart).
    public let value: Value?
}

/// A station's self-declaration text for a clause that needs a person's judgement.
public struct Attestation: Sendable {
    public let text: String
    public let location: Location
}

/// Everything read from one station folder, typed: the declaration, the ledgers, the waivers,
/// and what could not be read. Loaded, checked and dropped; nothing is kept across stations.
public struct Station: Sendable {
    /// The folder as given on the command line (relative, `/`-separated).
    public let path: String
    /// `station.yaml` or `站点.yaml`.
    public let declarationFile: String
    /// Whether the declaration parsed; when false every rule's result is `error`.
    public let declarationReadable: Bool
    public let fields: [String: DeclaredField]
    public let attestations: [String: Attestation]
    public internal(set) var ledgers: [String: LedgerLoad]
    public internal(set) var waivers: [Waiver]
    /// Inputs that could not be read (they make the exit code 2).
    public internal(set) var errors: [Diagnostic]
    public internal(set) var warnings: [Diagnostic]
    /// Declaration paths whose structure was wrong: rules reading them give `error`.
    public let brokenPaths: Set<String>
    public let files: any StationFiles
    /// Where the pack says the declaration gives the station's name, level and division code.
    public let identity: StationIdentity

    public var level: String? { fields[identity.level]?.value?.text }
    public var name: String? { fields[identity.name]?.value?.text }
    /// The division code as written, if it was given.
    public var divisionCodeText: String? { fields[identity.divisionCode]?.value?.text }
    public var divisionCode: DivisionCode? { divisionCodeText.flatMap(DivisionCode.init) }

    /// The field at a path, if declared with a value.
    public func field(_ path: String) -> DeclaredField? { fields[path] }

    /// Whether a path or one of its parents was unreadable.
    public func isBroken(_ path: String) -> Bool {
        if !declarationReadable { return true }
        var p = Substring(path)
        while true {
            if brokenPaths.contains(String(p)) { return true }
            guard let dot = p.lastIndex(of: ".") else { return false }
            p = p[..<dot]
        }
    }

    /// The location of a declaration mark.
    public func location(_ mark: Mark) -> Location { Location(file: declarationFile, mark: mark) }
}
