/// What the region report (Markdown and HTML of a batch) shows beyond the stations' own gap
/// lists, in the order it shows it: the stations ordered as an inspector acts on them, the
/// region-wide pass rate per clause with its title, and the numbers behind every chart (score
/// spread and section pass rates per unit of one tier, the ranking). Numbers only: each format
/// lays them out, `SVGChart` draws them.
public struct RegionView: Sendable {
    /// A clause's pass rate over every station where it applied automatically.
    public struct ClauseRate: Sendable {
        public let clause: String
        public let title: String
        public let passed: Int
        public let applicable: Int
        public var failed: Int { applicable - passed }
    }

    /// The five numbers of a unit's station scores.
    public struct Spread: Sendable {
        public let code: String
        public let name: String
        public let stations: Int
        public let min: Double, q1: Double, median: Double, q3: Double, max: Double
    }

    /// A unit's share of automatic requirement results passing, per section of the pack.
    public struct SectionRates: Sendable {
        public let code: String
        public let name: String
        /// Section → (passed, applicable); a section with nothing applicable is absent.
        public let rates: [String: (passed: Int, applicable: Int)]
    }

    /// The stations in report order: those needing action first (lowest score first, then
    /// path), then the passing ones in path order. Indices into `run.stations`.
    public let order: [Int]
    /// How many of `order` need action (`needsAction`).
    public let failingCount: Int
    public let clauseRates: [ClauseRate]
    /// The tier the spread and heat map are drawn per (the deepest with at most
    /// `chartUnitLimit` units), with its units' numbers.
    public let chartTier: RollUpTier?
    public let spreads: [Spread]
    public let sectionRates: [SectionRates]
    /// The sections of the pack that any station was scored in, in clause order.
    public let sections: [String]

    /// At most this many units per chart row set: beyond it a tier is too fine to draw legibly.
    public static let chartUnitLimit = 150

    /// A station an inspector must act on: a failed clause of any severity, a clause that
    /// could not be read, or an input that could not be read. `--only-failing` keeps these.
    public static func needsAction(_ s: StationReport) -> Bool {
        !s.errors.isEmpty || s.results.contains { $0.status == .fail || $0.status == .error }
    }

    /// The view of a batch's stations (their digests, in report order) and its roll-up.
    init(_ stations: [StationDigest], clauses: [String], rollUp: RollUp, _ input: ReportInput) {
        let failing = stations.indices.filter { stations[$0].needsAction }.sorted { a, b in
            stations[a].score != stations[b].score ? stations[a].score < stations[b].score : a < b
        }
        let passing = stations.indices.filter { !stations[$0].needsAction }
        order = failing + passing
        failingCount = failing.count

        // The region as one unit: the same counting as every unit of the roll-up.
        let region = RollUp.unit("", "", Array(stations.indices), of: stations, clauses, nil, 0)
        var titles: [String: [String]] = [:]
        for r in input.ruleList where titles[r.clause]?.contains(r.title.text(input.lang)) != true {
            titles[r.clause, default: []].append(r.title.text(input.lang))
        }
        clauseRates = stations.isEmpty ? [] : region.clausePass.map {
            ClauseRate(clause: $0.clause, title: (titles[$0.clause] ?? []).joined(separator: input.lang.pick("；", "; ")),
                       passed: $0.passed, applicable: $0.applicable)
        }
        var seen = Set<String>()
        sections = (stations.isEmpty ? [] : region.clausePass.map { input.section(of: $0.clause) }).filter { seen.insert($0).inserted }

        // The deepest ranked tier small enough (counties in DB14), else the deepest small one.
        let candidates = rollUp.tiers.filter { !$0.units.isEmpty && $0.units.count <= Self.chartUnitLimit }
        guard let chosen = candidates.last(where: { $0.tier.ranked }) ?? candidates.last else {
            chartTier = nil
            spreads = []
            sectionRates = []
            return
        }
        chartTier = chosen.tier
        let digits = chosen.tier.codeDigits
        var scores: [String: [Double]] = [:]
        for s in stations {
            guard let t = s.divisionCode, let c = DivisionCode(t), let d = c.significantDigits, d >= digits else { continue }
            scores[c.truncated(to: digits), default: []].append(s.score)
        }
        spreads = chosen.units.compactMap { u in
            guard let list = scores[u.code], !list.isEmpty else { return nil }
            let v = list.sorted()
            return Spread(code: u.code, name: u.name ?? u.code, stations: v.count, min: v[0], q1: Self.quantile(v, 0.25),
                          median: Self.quantile(v, 0.5), q3: Self.quantile(v, 0.75), max: v[v.count - 1])
        }
        sectionRates = chosen.units.map { u in
            var rates: [String: (passed: Int, applicable: Int)] = [:]
            for c in u.clausePass {
                let sec = input.section(of: c.clause)
                let old = rates[sec] ?? (0, 0)
                rates[sec] = (old.passed + c.passed, old.applicable + c.applicable)
            }
            return SectionRates(code: u.code, name: u.name ?? u.code, rates: rates)
        }
    }

    /// Linear interpolation between the closest ranks of sorted values, rounded to one decimal.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let pos = p * Double(sorted.count - 1)
        let lo = Int(pos), hi = Swift.min(lo + 1, sorted.count - 1)
        let v = sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
        return (v * 10).rounded() / 10
    }

    /// A station's share of automatic requirements passing, per section, in clause order.
    public static func sections(of s: StationDigest, clauses: [String], _ input: ReportInput) -> [(section: String, passed: Int, applicable: Int)] {
        var results: [(clause: String, passed: Bool)] = []
        s.forEachScored { results.append((clauses[$0], $1)) }
        var out: [(section: String, passed: Int, applicable: Int)] = []
        for r in results.sorted(by: { ClauseOrder.less($0.clause, $1.clause) }) {
            let sec = input.section(of: r.clause)
            if out.last?.section != sec { out.append((sec, 0, 0)) }
            out[out.count - 1].applicable += 1
            if r.passed { out[out.count - 1].passed += 1 }
        }
        return out
    }

    /// `85%` (whole percent, rounded down so that 99.6% never shows as 100%).
    public static func percent(_ passed: Int, _ of: Int) -> String {
        of == 0 ? "–" : "\(passed * 100 / of)%"
    }
}

/// The sentences the region report says in every format (text, Markdown, HTML), raw: each
/// format escapes them.
public enum RegionText {
    /// `共 373 个站点，41 个需整改（其中 30 个有不通过的要求）；通过 …`.
    public static func summary(_ run: RunSummary, _ view: RegionView, _ l: Language) -> String {
        let failing = run.failingStations(atOrAbove: .error)
        return l.pick("共 \(run.count) 个站点，\(view.failingCount) 个需整改（其中 \(failing) 个有不通过的要求）；",
                      "\(run.count) stations, \(view.failingCount) to act on (\(failing) failing a requirement); ")
            + statusSummary(run.statusTotals, score: nil, l)
    }

    /// What `--only-failing` left out.
    public static func leftOut(_ count: Int, _ l: Language) -> String {
        l.pick("按 --only-failing 未列出 \(count) 个无需整改的站点（仍计入汇总、排名和图表）。",
               "--only-failing left out \(count) stations with nothing to act on (still counted in the summary, ranking and charts).")
    }
}
