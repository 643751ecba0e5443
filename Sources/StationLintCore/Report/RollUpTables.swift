/// The roll-up as tables (a title, a header and rows of plain text), shared by every format
/// that shows it: text, Markdown, HTML and CSV each only lay the cells out and escape them.
public struct RollUpTable: Sendable {
    public let title: String
    public let header: [String]
    public let rows: [[String]]
    /// A ranking (名次 first, the share and the tie note after the mean score).
    public let ranked: Bool

    /// A table per tier of the pack that has units: a ranking where the tier is ranked, a
    /// summary otherwise.
    public static func all(_ r: RollUp, _ l: Language) -> [RollUpTable] {
        r.tiers.filter { !$0.units.isEmpty }.map { tier, units in
            if tier.ranked { return ranking(tier.title.text(l), units, l) }
            return RollUpTable(
                title: tier.title.text(l),
                header: [l.pick("代码", "code"), l.pick("名称", "name"), l.pick("站点", "stations"), l.pick("不通过", "failing"),
                         l.pick("平均分", "mean score"), l.pick("最常不通过的条款", "most failed")],
                rows: units.map { [$0.code, $0.name ?? "", String($0.stations), String($0.failing), formatOneDecimal($0.meanScore), mostFailed($0)] })
        }
    }

    static func ranking(_ title: String, _ units: [RollUp.Unit], _ l: Language) -> RollUpTable {
        RollUpTable(
            title: title,
            header: [l.pick("名次", "rank"), l.pick("代码", "code"), l.pick("名称", "name"), l.pick("站点", "stations"),
                     l.pick("不通过", "failing"), l.pick("平均分", "mean score"), l.pick("达标站点占比", "share passing"),
                     l.pick("最常不通过的条款", "most failed"), l.pick("名次说明", "tie note")],
            rows: units.indices.map { i in
                let u = units[i]
                let tied = tiedRank(units, i)
                return [(u.rank.map(String.init) ?? "") + (tied ? "=" : ""), u.code, u.name ?? "", String(u.stations), String(u.failing),
                        formatOneDecimal(u.meanScore), sharePercent(u), mostFailed(u), tieNote(units, i, l)]
            },
            ranked: true)
    }

    public init(title: String, header: [String], rows: [[String]], ranked: Bool = false) {
        self.title = title
        self.header = header
        self.rows = rows
        self.ranked = ranked
    }

    /// Share of the unit's stations without a failed requirement, the ranking's second key
    /// (`RollUp.rank`), to one decimal of a percent: `87.5%`.
    static func sharePercent(_ u: RollUp.Unit) -> String {
        formatOneDecimal(Double(u.stations - u.failing) * 100 / Double(max(1, u.stations))) + "%"
    }

    /// Whether another unit shares this one's rank.
    static func tiedRank(_ units: [RollUp.Unit], _ i: Int) -> Bool {
        units.indices.contains { $0 != i && units[$0].rank != nil && units[$0].rank == units[i].rank }
    }

    /// What placed the unit among those of the same mean score (`RollUp.rank`: mean score,
    /// then the share of stations without a failed requirement, then the code): empty when no
    /// other unit has its mean score.
    static func tieNote(_ units: [RollUp.Unit], _ i: Int, _ l: Language) -> String {
        let u = units[i]
        let same = units.indices.filter { $0 != i && units[$0].meanScore == u.meanScore }
        if same.isEmpty { return "" }
        func named(_ k: Int) -> String { units[k].name ?? units[k].code }
        let tied = same.filter { units[$0].rank == u.rank }.map(named)
        if tied.count == same.count {
            return l.pick("与\(tied.joined(separator: "、"))并列：平均分与达标站点占比均相同（按代码列出）",
                          "tied with \(tied.joined(separator: ", ")): same mean score and share passing (listed by code)")
        }
        let others = same.filter { units[$0].rank != u.rank }.map(named)
        return l.pick("平均分与\(others.joined(separator: "、"))相同，按达标站点占比排定"
                        + (tied.isEmpty ? "" : "；与\(tied.joined(separator: "、"))并列"),
                      "same mean score as \(others.joined(separator: ", ")): placed by share passing"
                        + (tied.isEmpty ? "" : "; tied with \(tied.joined(separator: ", "))"))
    }

    /// `5.1.2×3 4.3×1`: clause × stations that failed it.
    static func mostFailed(_ u: RollUp.Unit) -> String {
        u.mostFailed.map { "\($0.clause)×\($0.failed)" }.joined(separator: " ")
    }
}

/// The roll-up as a spreadsheet: one row per city, county and township, with its level.
public enum RollUpCSVReporter {
    public static func render(_ input: ReportInput) -> String { render(input.rollUp, input.lang) }

    /// The sheet of a run's roll-up: nothing of a station's own.
    public final class Writer: ReportWriter {
        let input: ReportInput
        let sink: any ByteSink

        public init(_ input: ReportInput, to sink: any ByteSink) {
            self.input = input
            self.sink = sink
        }

        public func part(_ station: StationReport) -> StationPart { StationPart() }

        public func take(_ part: StationPart, _ digest: StationDigest) throws {}

        public func finish(_ summary: RunSummary) throws { try sink.write(render(summary.rollUp, input.lang)) }
    }

    static func render(_ r: RollUp, _ l: Language) -> String {
        let header = [l.pick("级别", "level"), l.pick("名次", "rank"), l.pick("代码", "code"), l.pick("名称", "name"), l.pick("站点", "stations"),
                      l.pick("不通过", "failing"), l.pick("平均分", "mean score"), l.pick("最常不通过的条款", "most failed")]
        var lines = [header.map(Escape.csv).joined(separator: ",")]
        for (tier, units) in r.tiers {
            let level = tier.name.text(l)
            for u in units {
                // Codes, names and clause lists are text (a code must not become 1.40105E+11); the rest are numbers.
                let cells = [Escape.csv(level), Escape.csv(u.rank.map(String.init) ?? ""), Escape.csvText(u.code), Escape.csvText(u.name ?? ""),
                             Escape.csv(String(u.stations)), Escape.csv(String(u.failing)), Escape.csv(formatOneDecimal(u.meanScore)),
                             Escape.csvText(RollUpTable.mostFailed(u))]
                lines.append(cells.joined(separator: ","))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
