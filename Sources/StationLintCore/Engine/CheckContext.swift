/// What a check sees of one station: the typed station, the pack, "today", the language, and
/// helpers that name fields and ledgers the way the user wrote them.
public struct CheckContext: Sendable {
    public let station: Station
    public let pack: RulePack
    public let asOf: Day
    public let lang: Language
    public let privacy: PersonalData
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

    /// How to name a field in a message: its name in the report's language (公示,
    /// public_notices) whichever key the station wrote, so that a message reads the same for every
    /// station ("公示缺少：服务承诺") and its location points at the key as written; with its
    /// parent's name (`牌匾·内容`) when absent.
    public func label(_ path: String) -> String {
        guard station.field(path) != nil, let spec = schema.field(path) else { return qualifiedName(path) }
        return lang == .zh ? spec.zh : spec.key
    }

    /// The pack's name of a field with its parent (`牌匾·内容`), for fields not declared.
    public func qualifiedName(_ path: String) -> String {
        var names: [String] = []
        var fields = schema.station
        for part in path.split(separator: ".") {
            guard let f = fields.first(where: { $0.key == part }) else { break }
            names.append(lang == .zh ? f.zh : f.key)
            fields = f.fields
        }
        if names.count > 1 && names.first == (lang == .zh ? "站点" : "station") { names.removeFirst() }
        return names.joined(separator: lang.pick("·", "."))
    }

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

    public func ledgerName(_ kind: String) -> String {
        schema.ledger(kind).map { $0.name(lang) } ?? kind
    }

    /// The message for a ledger that is not there, with where to put it.
    public func missingLedger(_ kind: String) -> String {
        let spec = schema.ledger(kind)
        let zh = spec?.zh ?? kind
        return lang.pick("缺少\(zh)台账（ledgers/\(kind).yaml 或 台账/\(zh).yaml / .csv）",
                         "no \(kind) ledger (ledgers/\(kind).yaml or 台账/\(zh).yaml / .csv)")
    }

    /// A person named in a message: masked name (and masked ID when there is no name).
    public func person(_ record: Record, in ledger: Ledger) -> String {
        if case .text(let name)? = record.value(ledger.index("name")) { return privacy.name(name) }
        if case .text(let id)? = record.value(ledger.index("id_number")) { return privacy.id(id) }
        return lang.pick("第 \(record.mark.line) 行的记录", "the record on line \(record.mark.line)")
    }

    /// Fills `{name}` placeholders of a message template.
    public func fill(_ template: Localized?, default fallback: String, _ values: [String: String]) -> String {
        guard let template else { return fallback }
        var text = template.text(lang)
        for (k, v) in values { text = text.replacing("{\(k)}", with: v) }
        return text
    }

    /// Joins names for a message: 、 in Chinese, commas in English.
    public func list(_ items: [String]) -> String { items.joined(separator: lang.pick("、", ", ")) }
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
