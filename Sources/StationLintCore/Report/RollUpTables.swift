/// The roll-up as tables (a title, a header and rows of plain text), shared by every format
/// that shows it: text, Markdown, HTML and CSV each only lay the cells out and escape them.
public struct RollUpTable: Sendable {
    public let title: String
    public let header: [String]
    public let rows: [[String]]

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
                     l.pick("不通过", "failing"), l.pick("平均分", "mean score"), l.pick("最常不通过的条款", "most failed")],
            rows: units.map { [$0.rank.map(String.init) ?? "", $0.code, $0.name ?? "", String($0.stations), String($0.failing),
                               formatOneDecimal($0.meanScore), mostFailed($0)] })
    }

    /// `5.1.2×3 4.3×1`: clause × stations that failed it.
    static func mostFailed(_ u: RollUp.Unit) -> String {
        u.mostFailed.map { "\($0.clause)×\($0.failed)" }.joined(separator: " ")
    }
}

/// The roll-up as a spreadsheet: one row per city, county and township, with its level.
public enum RollUpCSVReporter {
    public static func render(_ input: ReportInput) -> String {
        let l = input.lang
        let r = input.rollUp
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
