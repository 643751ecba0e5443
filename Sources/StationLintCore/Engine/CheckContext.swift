/// What a check sees of one station: the typed station, the pack, "today" and the results of
/// related stations. No language: a check says what it found as data (`Message`).
public struct CheckContext: Sendable {
    public let station: Station
    public let pack: RulePack
    public let asOf: Day
    public let level: String
    /// Results of other stations in the same run (for county-over-township clauses); empty alone.
    public let related: RelatedResults

    public var schema: Schema { pack.schema }

    public func parameter(_ name: String) -> Int { pack.parameters[name]?.value ?? 0 }

    /// The first day inside a window of `parameter` days ending on the as-of date.
    public func windowStart(_ parameter: String) -> Day { asOf.minus(days: self.parameter(parameter)) }

    // MARK: Declaration

    public func field(_ path: String) -> DeclaredField? { station.field(path) }

    /// The field's value, or nil when absent or empty.
    public func value(_ path: String) -> Value? { station.field(path)?.value }

    /// Where a field is (its value), or where it should be (the declaration file's start).
    public func location(_ path: String) -> Location {
        if let f = station.field(path) { return station.location(f.mark) }
        // The nearest declared parent.
        var p = Substring(path)
        while let dot = p.lastIndex(of: ".") {
            p = p[..<dot]
            if let f = station.field(String(p)) { return station.location(f.keyMark) }
        }
        return Location(file: station.declarationFile, line: 1, column: 1)
    }

    // MARK: Ledgers

    /// A ledger's state in this station.
    public func ledger(_ kind: String) -> LedgerState {
        switch station.ledgers[kind] {
        case nil: return .missing
        case .unreadable(let file, let diagnostic)?: return .unreadable(file: file, diagnostic: diagnostic)
        case .loaded(let l)?: return .loaded(l)
        }
    }

    /// The finding for a ledger that is not there, with where to put it.
    public func missingLedger(_ kind: String) -> Finding {
        Finding(CommonMessages.ledgerMissing, ["ledger": .ledger(kind), "key": .text(kind), "name": .text(schema.ledger(kind)?.zh ?? kind)])
    }

    /// A person a record names, for a message (masked by the Report layer).
    public func person(_ record: Record, in ledger: Ledger) -> MessageArgument {
        func text(_ role: FieldRole) -> String? {
            if case .text(let t)? = record.value(ledger.spec.index(of: role)) { return t }
            return nil
        }
        return .person(PersonRef(name: text(.personName), id: text(.personID), line: Int(record.mark.line)))
    }
}

/// A ledger as a check finds it.
public enum LedgerState: Sendable {
    case missing
    case unreadable(file: String, diagnostic: Diagnostic)
    case loaded(Ledger)
}

/// Results of the other stations of a run, by division code, for clauses that judge a county
/// by its townships.
public struct RelatedResults: Sendable {
    public struct Entry: Sendable {
        public let path: String
        public let name: String
        public let code: DivisionCode
        public let level: String
        public let results: [String: Status]
    }

    public let entries: [Entry]
    /// Whether this is a batch in which related stations were checked.
    public let isBatch: Bool

    public static let none = RelatedResults(entries: [], isBatch: false)

    public init(entries: [Entry], isBatch: Bool) {
        self.entries = entries
        self.isBatch = isBatch
    }
}
