/// One run of `check`: the pack, the as-of date, every station's report in a fixed order, and
/// the inputs that could not be read at all. Every report format is made from this (its totals
/// from `RunSummary`, which a streaming batch builds without holding the stations).
public struct RunReport: Sendable {
    public static let schemaVersion = 1

    public var toolVersion: String
    public var packID: String
    public var packTitle: Localized
    public var asOf: Day
    public var lang: Language
    public var stations: [StationReport]
    /// Problems not tied to one station (a path that does not exist, a folder that cannot be read).
    public var errors: [Diagnostic]
    /// Names of division codes, from the pack, for the roll-up.
    public var divisionNames: [String: String] = [:]
    /// Which shard of how many this run checked (`--shard`); nil for a run over everything (and
    /// for a merge of all shards, so that it is byte for byte the report of one run).
    public var shard: Shard?
    /// The pack's content digest (`RulePack.digest`), JSON `rulePack.digest`; nil in a report
    /// written before reports carried it (`merge` then goes by the pack's id alone).
    public var packDigest: String?
    /// `check --due-within N`: the days ahead the stations' `dueSoon` looks; nil when not asked.
    public var dueWithin: Int?
    /// `check --baseline`: which baseline the fails were compared with; nil without one.
    public var baseline: BaselineSource?
    /// `check --tailoring`: the region's tailoring the run applied; nil without one.
    public var tailoring: Tailoring?

    public init(toolVersion: String, packID: String, packTitle: Localized, asOf: Day, lang: Language,
                stations: [StationReport], errors: [Diagnostic]) {
        self.toolVersion = toolVersion
        self.packID = packID
        self.packTitle = packTitle
        self.asOf = asOf
        self.lang = lang
        self.stations = stations
        self.errors = errors
    }
}

extension Diagnostic {
    /// The diagnostic with its file given from the run's point of view (`station/ledgers/x.yaml`).
    public func inStation(_ stationPath: String) -> Diagnostic {
        var copy = self
        copy.location.file = joinPath(stationPath, location.file)
        return copy
    }
}

/// `a/b` joined without doubled or leading `./` separators.
public func joinPath(_ base: String, _ relative: String) -> String {
    if base.isEmpty || base == "." { return relative }
    return base.hasSuffix("/") ? base + relative : base + "/" + relative
}
