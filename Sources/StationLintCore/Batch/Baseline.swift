/// A baseline (`check --baseline FILE`, `--write-baseline FILE`), as ESLint's suppressions and
/// SwiftLint's `--baseline` keep one: the failures a region already knows, each keyed by its
/// station and rule. A fail of the same station and rule in a later check is 已知 (known) and
/// stays out of the exit code; any other fail is new, and a baselined fail that now passes is
/// 基线中已修复 (fixed since the baseline). A station is its declared division code when that
/// is valid and no other station of the report declares it, else its path as reports give it:
/// a failure that moved to another station is new there.
public struct Baseline: Sendable, Equatable {
    public static let schemaVersion = 1
    /// `format` of a baseline file, which tells it from a JSON report.
    public static let format = "stationlint-baseline"

    /// One known failure.
    public struct Entry: Sendable, Equatable {
        /// The station's key (`Baseline.keys`): its division code or its path.
        public let station: String
        public let path: String
        public let rule: String
        public let clause: String
        /// What the failure said when the baseline was made, in that report's language.
        public let message: String

        public init(station: String, path: String, rule: String, clause: String, message: String) {
            self.station = station
            self.path = path
            self.rule = rule
            self.clause = clause
            self.message = message
        }
    }

    public var toolVersion: String
    public var packID: String
    /// nil when the source did not record one.
    public var packDigest: String?
    public var asOf: Day
    /// Sorted by station key, path, rule, clause (bytes).
    public var entries: [Entry]

    public init(toolVersion: String, packID: String, packDigest: String?, asOf: Day, entries: [Entry]) {
        self.toolVersion = toolVersion
        self.packID = packID
        self.packDigest = packDigest
        self.asOf = asOf
        self.entries = entries.sorted {
            [$0.station, $0.path, $0.rule, $0.clause].map { Array($0.utf8) }.lexicographicallyPrecedes(
                [$1.station, $1.path, $1.rule, $1.clause].map { Array($0.utf8) }) { $0.lexicographicallyPrecedes($1) }
        }
    }

    /// The failures of a run (rendered: the messages are those of its report), each once.
    public init(_ run: RunReport) {
        let keys = Baseline.keys(run.stations)
        var entries: [Entry] = []
        for (s, key) in zip(run.stations, keys) {
            for r in s.results where r.status == .fail {
                entries.append(Entry(station: key, path: s.path, rule: r.rule, clause: r.clause, message: r.message))
            }
        }
        self.init(toolVersion: run.toolVersion, packID: run.packID, packDigest: run.packDigest, asOf: run.asOf, entries: entries)
    }

    /// The failures a streaming batch kept in its digests (`StationDigest.failures`).
    public init(_ run: RunReport, digests: [StationDigest]) {
        self.init(toolVersion: run.toolVersion, packID: run.packID, packDigest: run.packDigest, asOf: run.asOf,
                  entries: digests.flatMap { $0.failures ?? [] })
    }

    /// Each station's key, in order: its division code when valid and declared by it alone among
    /// `stations`, else its path.
    public static func keys(_ stations: [StationReport]) -> [String] {
        keys(stations.map { ($0.path, $0.divisionCode) })
    }

    /// The same keys from each station's path and declared code (a batch knows them from the
    /// declarations, before any station is checked).
    public static func keys(_ stations: [(path: String, divisionCode: String?)]) -> [String] {
        var seen: [String: Int] = [:]
        let codes = stations.map { s in s.divisionCode.flatMap(DivisionCode.init)?.digits }
        for c in codes.compactMap({ $0 }) { seen[c, default: 0] += 1 }
        return zip(stations, codes).map { s, code in code.flatMap { seen[$0] == 1 ? $0 : nil } ?? s.path }
    }

    /// The file `--write-baseline` writes.
    public func json() -> JSON {
        .object([
            ("schemaVersion", .int(Baseline.schemaVersion)),
            ("format", .string(Baseline.format)),
            ("tool", .object([("name", .string("stationlint")), ("version", .string(toolVersion))])),
            ("rulePack", .object([("id", .string(packID))] + (packDigest.map { [("digest", .string($0))] } ?? []))),
            ("asOf", .string(asOf.description)),
            ("entries", .array(entries.map { e in
                .object([("station", .string(e.station)), ("path", .string(e.path)), ("rule", .string(e.rule)),
                         ("clause", .string(e.clause)), ("message", .string(e.message))])
            })),
        ])
    }
}

/// A baselined failure of a station that now passes (基线中已修复).
public struct BaselineFixed: Sendable, Equatable {
    public let rule: String
    public let clause: String
    /// What it said in the baseline.
    public let message: String

    public init(rule: String, clause: String, message: String) {
        self.rule = rule
        self.clause = clause
        self.message = message
    }
}

/// Which baseline a run was compared with: every report names it.
public struct BaselineSource: Sendable, Equatable {
    /// The file as given on the command line.
    public var file: String
    /// `sha256:` and the SHA-256 of its bytes: which baseline, byte for byte (`merge` compares it).
    public var digest: String
    /// The baseline's as-of date.
    public var asOf: Day

    public init(file: String, digest: String, asOf: Day) {
        self.file = file
        self.digest = digest
        self.asOf = asOf
    }
}

extension Baseline {
    /// Marks every fail of `run` known or new and gives each station the baselined failures it
    /// has fixed. Returns what the run should say about the baseline (notes): another pack
    /// version, rule ids the pack does not know.
    public func apply(to run: inout RunReport, source: BaselineSource, knownRules: Set<String>) -> [Diagnostic] {
        let marker = Marker(self)
        for (i, key) in Baseline.keys(run.stations).enumerated() { marker.mark(&run.stations[i], key: key) }
        run.baseline = source
        return notes(for: run, source: source, knownRules: knownRules)
    }

    /// Marks one station's fails against the baseline, by the station's key.
    public struct Marker: Sendable {
        let byStation: [String: [String: Entry]]

        public init(_ baseline: Baseline) {
            var byStation: [String: [String: Entry]] = [:]
            for e in baseline.entries { byStation[e.station, default: [:]][e.rule] = byStation[e.station]?[e.rule] ?? e }
            self.byStation = byStation
        }

        /// Every fail (and waived fail) known or new; the baselined failures that now pass as fixed.
        public func mark(_ station: inout StationReport, key: String) {
            let known = byStation[key] ?? [:]
            var fixed: [BaselineFixed] = []
            for k in station.results.indices {
                let r = station.results[k]
                if r.status == .fail || r.status == .waived { station.results[k].baseline = known[r.rule] == nil ? .new : .known }
                if r.status == .pass, let e = known[r.rule] { fixed.append(BaselineFixed(rule: r.rule, clause: r.clause, message: e.message)) }
            }
            station.baselineFixed = fixed
        }
    }

    /// What a run (its pack and language) should say about the baseline: another pack version,
    /// rule ids the pack does not know.
    public func notes(for run: RunReport, source: BaselineSource, knownRules: Set<String>) -> [Diagnostic] {
        let lang = run.lang
        var notes: [Diagnostic] = []
        let at = Location.start(of: source.file)
        if packID != run.packID || (packDigest != nil && run.packDigest != nil && packDigest != run.packDigest) {
            notes.append(Diagnostic(location: at, severity: .note, message: lang.pick(
                "基线由规则包 \(ReportPacks.name(packID, packDigest, .zh))生成，本次检查用的是 \(ReportPacks.name(run.packID, run.packDigest, .zh))；仍按规则编号对照",
                "the baseline was made with the rule pack \(ReportPacks.name(packID, packDigest, .en)), this check uses \(ReportPacks.name(run.packID, run.packDigest, .en)); failures are still matched by rule id")))
        }
        var unknown: [String] = []
        for e in entries where !knownRules.contains(e.rule) && !unknown.contains(e.rule) { unknown.append(e.rule) }
        if !unknown.isEmpty {
            notes.append(Diagnostic(location: at, severity: .note, message: lang.pick(
                "基线中有 \(unknown.count) 个规则包中没有的规则编号，其记录不再对照：" + unknown.joined(separator: "、"),
                "the baseline names \(unknown.count) rule id(s) the pack does not have; their entries match nothing: " + unknown.joined(separator: ", "))))
        }
        return notes
    }
}

extension StationReport {
    /// The station's known, new and fixed failures.
    public var baselineCounts: (known: Int, new: Int, fixed: Int) {
        let fails = results.filter { $0.status == .fail }
        return (fails.filter { $0.baseline == .known }.count, fails.filter { $0.baseline == .new }.count, baselineFixed?.count ?? 0)
    }
}

extension BaselineMark {
    /// 已知 / 新增.
    public func name(_ l: Language) -> String {
        self == .known ? l.pick("已知", "known") : l.pick("新增", "new")
    }
}

/// The summary's words for a baseline: `已知 3，新增 1，基线中已修复 2`.
public func baselineSummary(_ counts: (known: Int, new: Int, fixed: Int), _ l: Language) -> String {
    l.pick("已知 \(counts.known)，新增 \(counts.new)，基线中已修复 \(counts.fixed)",
           "known \(counts.known), new \(counts.new), fixed since baseline \(counts.fixed)")
}
