/// `stationlint diff` as text, JSON, Markdown and HTML: both as-of dates, then per station (those
/// that changed, or all) the score change and one row per clause — 已销号, 逾期未改, 未到期, 新增 —
/// with the clause title, the deadline and whether only the later as-of date may explain it.
public enum DiffReporter {
    /// The columns of a station's table.
    static func header(_ l: Language) -> [String] {
        [l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("变化", "Change"), l.pick("整改时限", "Deadline"),
         l.pick("说明", "Note"), l.pick("现状", "Found")]
    }

    static func cells(_ i: ReportDiff.Item, _ l: Language) -> [String] {
        [i.clause, i.title, i.change.name(l, deadline: i.deadline), i.deadline?.description ?? "", i.dateOnly?.name(l) ?? "", i.message]
    }

    static func score(_ c: ReportDiff.StationChange, _ l: Language) -> String {
        switch (c.oldScore, c.newScore) {
        case let (o?, n?):
            let d = n - o
            let delta = (d >= 0 ? "+" : "") + formatOneDecimal(d)
            return "\(formatOneDecimal(o)) → \(formatOneDecimal(n))" + l.pick("（\(delta)）", " (\(delta))")
        case (nil, let n?): return l.pick("新增站点，得分 \(formatOneDecimal(n))", "new station, score \(formatOneDecimal(n))")
        case (let o?, nil): return l.pick("本轮未检查（上轮得分 \(formatOneDecimal(o))）", "not in this round (was \(formatOneDecimal(o)))")
        default: return ""
        }
    }

    static func dates(_ d: ReportDiff, _ l: Language) -> String {
        l.pick("上轮基准日 \(d.oldAsOf)，本轮基准日 \(d.newAsOf)", "old round as of \(d.oldAsOf), new round as of \(d.newAsOf)")
    }

    static func totals(_ d: ReportDiff, shown: Int, _ l: Language) -> String {
        let n = { (c: ReportDiff.Change) in d.count(c) }
        return l.pick("合计：已销号 \(n(.fixed)) 项，逾期未改 \(n(.overdue)) 项，未到期 \(n(.pending)) 项，新增 \(n(.new)) 项；列出 \(shown) / \(d.stations.count) 个站点",
                      "total: \(n(.fixed)) fixed, \(n(.overdue)) overdue, \(n(.pending)) not yet due, \(n(.new)) new; \(shown) of \(d.stations.count) stations shown")
    }

    public static func text(_ d: ReportDiff, all: Bool, _ l: Language) -> String {
        let t = Escape.terminal
        var lines = [dates(d, l)]
        let shown = d.shown(all: all)
        for c in shown {
            lines.append("")
            lines.append(t(c.name ?? c.path) + "  " + t(c.path))
            lines.append("  " + l.pick("得分：", "score: ") + score(c, l))
            for i in c.items {
                var line = "  " + i.change.name(l, deadline: i.deadline) + "  " + t(i.clause) + "  " + t(i.title)
                if let deadline = i.deadline { line += l.pick("（整改时限 \(deadline)）", " (deadline \(deadline))") }
                if let why = i.dateOnly { line += l.pick("【\(why.name(l))】", " [\(why.name(l))]") }
                lines.append(line)
                if i.change != .fixed && !i.message.isEmpty { lines.append("      " + t(i.message)) }
            }
        }
        lines.append("")
        lines.append(totals(d, shown: shown.count, l))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ d: ReportDiff, all: Bool) -> JSON {
        let shown = d.shown(all: all)
        return .object([
            ("oldAsOf", .string(d.oldAsOf.description)),
            ("newAsOf", .string(d.newAsOf.description)),
            ("stations", .array(shown.map { c in
                .object([
                    ("path", .string(c.path)), ("name", c.name.map { .string($0) } ?? .null),
                    ("oldScore", c.oldScore.map { .oneDecimal($0) } ?? .null), ("newScore", c.newScore.map { .oneDecimal($0) } ?? .null),
                    ("changes", .array(c.items.map { i in
                        .object([
                            ("rule", .string(i.rule)), ("clause", .string(i.clause)), ("title", .string(i.title)),
                            ("change", .string(i.change.rawValue)), ("deadline", i.deadline.map { .string($0.description) } ?? .null),
                            ("dateOnly", i.dateOnly.map { .string($0.rawValue) } ?? .null), ("message", .string(i.message)),
                        ])
                    })),
                    // The lists of the first diff report, kept: fields are added, never renamed.
                    ("fixed", .array(c.fixed.map { .string($0) })), ("regressed", .array(c.regressed.map { .string($0) })),
                    ("stillFailing", .array(c.stillFailing.map { .string($0) })),
                ])
            })),
            ("summary", .object([
                ("stations", .int(d.stations.count)), ("shown", .int(shown.count)),
                ("fixed", .int(d.count(.fixed))), ("overdue", .int(d.count(.overdue))),
                ("pending", .int(d.count(.pending))), ("new", .int(d.count(.new))),
                ("regressed", .int(d.count(.new))),
            ])),
        ])
    }

    public static func markdown(_ d: ReportDiff, all: Bool, _ l: Language) -> String {
        let e = Escape.markdown
        let shown = d.shown(all: all)
        var out = ["# " + l.pick("整改销号对比", "Follow-up between two rounds"), "", e(dates(d, l)), ""]
        for c in shown {
            out.append("## " + e(c.name ?? c.path))
            out.append("")
            out.append("- " + l.pick("路径：", "Path: ") + e(c.path))
            out.append("- " + l.pick("得分：", "Score: ") + e(score(c, l)))
            out.append("")
            if c.items.isEmpty { out += [l.pick("无条款变化。", "No clause changed."), ""]; continue }
            out.append("| " + header(l).map(e).joined(separator: " | ") + " |")
            out.append("|---|---|---|---|---|---|")
            for i in c.items { out.append("| " + cells(i, l).map(e).joined(separator: " | ") + " |") }
            out.append("")
        }
        out.append(e(totals(d, shown: shown.count, l)))
        out.append("")
        return out.joined(separator: "\n")
    }

    public static func html(_ d: ReportDiff, all: Bool, _ l: Language) -> String {
        let h = Escape.html
        let shown = d.shown(all: all)
        let title = l.pick("整改销号对比", "Follow-up between two rounds")
        var out = ["<!DOCTYPE html>", "<html lang=\"\(l.pick("zh-CN", "en"))\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "<title>\(h(title))</title>",
                   "<style>", HTMLStyle.css, Self.css, "</style>", "</head>", "<body>",
                   "<header class=\"report\">", "<h1>\(h(title))</h1>", "<p class=\"meta\">\(h(dates(d, l)))</p>", "</header>"]
        for c in shown {
            out.append("<section class=\"diff\">")
            out.append("<h2>\(h(c.name ?? c.path))</h2>")
            out.append("<p class=\"meta\">\(h(c.path))<br>\(h(l.pick("得分：", "Score: ") + score(c, l)))</p>")
            if c.items.isEmpty {
                out.append("<p class=\"none\">\(h(l.pick("无条款变化。", "No clause changed.")))</p>")
            } else {
                let kinds = ["clause", "req", "change", "due", "why", "found"]
                out += HTMLReporter.tableHead("diff", Array(zip(kinds, header(l))))
                for i in c.items {
                    let row = cells(i, l)
                    out.append("<tr class=\"ch-\(i.change.rawValue)\">" + row.map { "<td>\(h($0))</td>" }.joined() + "</tr>")
                }
                out += ["</tbody>", "</table>"]
            }
            out.append("</section>")
        }
        out.append("<p class=\"summary\">\(h(totals(d, shown: shown.count, l)))</p>")
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    /// Columns of the diff table; the change in bold for what needs action (prints in black and white).
    static let css = """
    table.diff col.c-clause { width: 9%; } table.diff col.c-req { width: 22%; } col.c-change { width: 10%; }
    table.diff col.c-due { width: 12%; } col.c-why { width: 15%; } table.diff col.c-found { width: 32%; }
    tr.ch-new td:nth-child(3), tr.ch-overdue td:nth-child(3) { font-weight: bold; text-decoration: underline; }
    section.diff { break-inside: avoid-page; }
    """
}
