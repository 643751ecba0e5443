/// The roll-up and ranking as aligned text tables (after the stations in the text report).
public enum RollUpText {
    public static func render(_ r: RollUp, _ l: Language) -> [String] {
        var out: [String] = []
        for t in RollUpTable.all(r, l) {
            out.append(t.title)
            out += table([t.header] + t.rows)
            out.append("")
        }
        for m in r.misplaced { out.append(Escape.terminal(m.formatted)) }
        return out
    }

    /// Rows padded to the widest cell of each column (by display width).
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        return rows.map { row in
            "  " + row.enumerated().map { i, cell in
                let c = Escape.terminal(cell)
                return i == row.count - 1 ? c : DisplayWidth.pad(c, to: widths[i])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}

extension String {
    /// The line without the spaces that pad an empty last column.
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
