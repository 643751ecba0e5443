/// Everything a report says of the run as a whole — totals, the stations that fail, the inputs
/// that could not be read, the roll-up and ranking, the region view — worked out from the
/// stations' digests alone, so a batch that streams its stations says exactly what a report held
/// in memory says. Reporters read this for their headers and trailers, and each station's own
/// part from its report.
public struct RunSummary: Sendable {
    /// The digests in report order.
    public let stations: [StationDigest]
    /// The clause texts the digests number.
    let clauses: [String]
    public let statusTotals: [Status: Int]
    public let baselineCounts: (known: Int, new: Int, fixed: Int)
    /// Every unreadable input, sorted: the stations' (their files joined to the station path)
    /// and the run's.
    public let allErrors: [Diagnostic]
    public let rollUp: RollUp
    /// The region view of a batch (more than one station); nil for one station or none.
    public let view: RegionView?
    private let hasInputWarning: Bool

    /// `run` gives the run's own fields and errors (its `stations` are not read).
    public init(_ run: RunReport, stations: [StationDigest], context: ReportInput) {
        self.stations = stations
        let clauses = context.clauseNumbers.texts
        self.clauses = clauses
        var totals: [Status: Int] = [:]
        var baseline = (known: 0, new: 0, fixed: 0)
        for s in stations {
            for (k, v) in s.counts { totals[k, default: 0] += v }
            baseline = (baseline.known + s.baselineCounts.known, baseline.new + s.baselineCounts.new, baseline.fixed + s.baselineCounts.fixed)
        }
        statusTotals = totals
        baselineCounts = baseline
        allErrors = (stations.flatMap { s in s.errors.map { $0.inStation(s.path) } } + run.errors).sorted { $0.location < $1.location }
        hasInputWarning = stations.contains(where: \.hasInputWarning) || allErrors.contains { $0.severity == .warning }
        rollUp = RollUp.build(stations, clauses: clauses, lang: run.lang, names: run.divisionNames, tiers: context.rollUpTiers, levels: context.levels)
        view = stations.count > 1 ? RegionView(stations, clauses: clauses, rollUp: rollUp, context) : nil
    }

    private init() {
        stations = []
        clauses = []
        statusTotals = [:]
        baselineCounts = (0, 0, 0)
        allErrors = []
        rollUp = RollUp(tiers: [], misplaced: [])
        view = nil
        hasInputWarning = false
    }

    /// Of nothing: what a header `ReportInput` holds (and any while it is being made).
    static let empty = RunSummary()

    public var count: Int { stations.count }

    /// Whether the run fails `--fail-on severity` (`RunReport.fails(atOrAbove:)`).
    public func fails(atOrAbove severity: Severity) -> Bool {
        stations.contains { $0.failsAnew(atOrAbove: severity) } || (severity <= .warning && hasInputWarning)
    }

    public func failingStations(atOrAbove severity: Severity) -> Int {
        stations.filter { $0.fails(atOrAbove: severity) }.count
    }
}
