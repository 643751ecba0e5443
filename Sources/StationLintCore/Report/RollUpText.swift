/// The roll-up and ranking as aligned text tables (after the stations in the text report).
public enum RollUpText {
    public static func render(_ r: RollUp, _ l: Language) -> [String] {
        var out: [String] = []
        for (title, units) in [(l.pick("市级排名", "Ranking of cities"), r.cities), (l.pick("县级排名", "Ranking of counties"), r.counties)] where !units.isEmpty {
            out.append(title)
            out += table([[l.pick("名次", "rank"), l.pick("代码", "code"), l.pick("名称", "name"), l.pick("站点", "stations"),
                           l.pick("不通过", "failing"), l.pick("平均分", "mean"), l.pick("最常不通过的条款", "most failed")]]
                         + units.map { u in
                             [u.rank.map(String.init) ?? "", u.code, u.name ?? "", String(u.stations), String(u.failing),
                              formatOneDecimal(u.meanScore), u.mostFailed.map { "\($0.clause)×\($0.failed)" }.joined(separator: " ")]
                         })
            out.append("")
        }
        if !r.townships.isEmpty {
            out.append(l.pick("乡镇汇总", "Townships"))
            out += table([[l.pick("代码", "code"), l.pick("名称", "name"), l.pick("站点", "stations"), l.pick("不通过", "failing"), l.pick("平均分", "mean")]]
                         + r.townships.map { [$0.code, $0.name ?? "", String($0.stations), String($0.failing), formatOneDecimal($0.meanScore)] })
            out.append("")
        }
        for m in r.misplaced { out.append(m.formatted) }
        return out
    }

    /// Rows padded to the widest cell of each column (by display width).
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        return rows.map { row in
            "  " + row.enumerated().map { i, cell in i == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i]) }.joined(separator: "  ")
        }
    }
}
