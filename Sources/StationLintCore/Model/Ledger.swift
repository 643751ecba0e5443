/// A ledger (台账) read from `ledgers/` or `台账/`: its records typed by the pack's schema.
public struct Ledger: Sendable {
    public let spec: LedgerSpec
    /// The file relative to the station folder (`ledgers/visits.yaml`).
    public let file: String
    /// `updated`, or for CSV the latest date in its date columns.
    public let updated: Day?
    public let updatedMark: Mark?
    /// Where the records start (the `records:` key, or the CSV header).
    public let mark: Mark
    public let records: [Record]
    /// Invalid values, missing required fields, a person twice: each with its position.
    public let problems: [LedgerProblem]
    public let warnings: [Diagnostic]
    /// The worksheet, for a ledger read from a workbook (`台账/台账.xlsx:建档立卡!C7`).
    public var sheet: String? = nil

    public func location(_ mark: Mark) -> Location { Location(file: file, mark: mark, sheet: sheet) }

    /// The index of a field in every record's values.
    public func index(_ field: String) -> Int? { spec.index(of: field) }
}

/// One record of a ledger: a value (or nil) and a position per field of the ledger's spec.
public struct Record: Sendable {
    public let mark: Mark
    public let values: [Value?]
    public let marks: [Mark]

    public func value(_ index: Int?) -> Value? {
        guard let index, index < values.count else { return nil }
        return values[index]
    }

    /// The position of a field, or of the record when the field is absent.
    public func mark(_ index: Int?) -> Mark {
        guard let index, index < marks.count else { return mark }
        return marks[index]
    }
}

/// A ledger file that was found: read, or not readable (its error is the station's error).
public enum LedgerLoad: Sendable {
    case loaded(Ledger)
    case unreadable(file: String, diagnostic: Diagnostic)

    public var ledger: Ledger? { if case .loaded(let l) = self { return l } else { return nil } }
}
