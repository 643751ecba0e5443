/// The gap report (整改清单) as one self-contained HTML file: inline CSS, no script, no network,
/// printable on A4 (table headers repeat on every page, rows never split, each station starts a
/// page). The same rows as the Markdown report, from `GapList`; every input text is escaped.
public enum HTMLReporter {
    /// `onlyFailing` leaves out the stations with nothing to act on (`RegionView.needsAction`);
    /// they still count in the summary, the roll-up and the charts, and the report says how many.
    public static func render(_ input: ReportInput, onlyFailing: Bool = false) -> String {
        let sink = MemorySink()
        try? Writer(input, to: sink, onlyFailing: onlyFailing, spool: Spool(inMemory: true)).write(input)
        return sink.text
    }

    /// The report a station at a time: each station's section but its numbered heading goes to
    /// the spool as it comes (in two pieces, around where a lone station's chart goes); the head,
    /// the region's summary, rankings, charts and index, which lead, are written at the end, then
    /// the sections in the order the index gives.
    public final class Writer: GapReportWriter, ReportWriter {

        public func part(_ station: StationReport) -> StationPart {
            let (facts, rest) = HTMLReporter.body(GapList(station, input: input), input.run, input.lang)
            let a = Array(facts.joined(separator: "\n").utf8)
            return StationPart(a + Array(rest.joined(separator: "\n").utf8), tally: [a.count])
        }

        // Every station is spooled: whether `onlyFailing` leaves one out depends on how many
        // there are (one station is always shown), known only at the end.
        public func take(_ part: StationPart, _ digest: StationDigest) throws {
            try spool.append(Array(part.bytes[..<part.tally[0]]))
            try spool.append(Array(part.bytes[part.tally[0]...]))
        }

        public func finish(_ summary: RunSummary) throws {
            let run = input.run
            let l = run.lang
            let h = Escape.html
            let title = l.pick("整改清单", "Gap report") + (summary.count == 1 ? l.pick("：", ": ") + (summary.stations[0].name ?? summary.stations[0].path) : "")
            try lines.add([
                "<!DOCTYPE html>",
                "<html lang=\"\(l.pick("zh-CN", "en"))\">",
                "<head>",
                "<meta charset=\"utf-8\">",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "<title>\(h(title))</title>",
                "<style>", HTMLStyle.css, "</style>",
                "</head>",
                "<body>",
                "<header class=\"report\">",
                "<h1>\(h(l.pick("整改清单", "Gap report")))</h1>",
                "<p class=\"meta\">\(h(l.pick("《\(run.packTitle.text(l))》", run.packTitle.text(l))))<br>\(h(GapList.header(run, l)))</p>",
            ] + GapList.runNotes(run, summary, l).map { "<p class=\"meta\">\(h($0))</p>" } + [
                "</header>",
            ])
            if let view = summary.view {
                let shown = shown(view)
                try lines.add(HTMLReporter.summary(summary, view, shownCount: shown.count, l))
                try lines.add(rollUp(summary.rollUp, l))
                try lines.add(charts(view, input))
                try lines.add(clauseRates(view, l))
                try lines.add(index(shown, summary, view, input))
                for (i, k) in shown.enumerated() {
                    if i == view.failingCount {
                        try lines.add("<h2 class=\"passing-head\">\(h(l.pick("通过的站点（\(shown.count - view.failingCount)）", "Stations that pass (\(shown.count - view.failingCount))")))</h2>")
                    }
                    try lines.add(heading(summary.stations[k], index: i, numbered: true, failing: i < view.failingCount))
                    try lines.add(bytes: try spool.part(2 * k))
                    try lines.add(bytes: try spool.part(2 * k + 1))
                }
            } else {
                for (k, s) in summary.stations.enumerated() {
                    try lines.add(heading(s, index: k, numbered: false, failing: true))
                    try lines.add(bytes: try spool.part(2 * k))
                    if let chart = sectionChart(s, summary, input) { try lines.add(chart) }
                    try lines.add(bytes: try spool.part(2 * k + 1))
                }
            }
            if !run.errors.isEmpty {
                try lines.add("<section class=\"inputs\"><h2>\(h(l.pick("无法读取的输入", "Inputs that could not be read")))</h2><ul>")
                for d in run.errors { try lines.add("<li><code>\(h(d.formatted))</code></li>") }
                try lines.add("</ul></section>")
            }
            try lines.add(["</body>", "</html>", ""])
        }
    }

    /// What the region comes to, first: stations, how many need action, the counts, and what
    /// `--only-failing` left out.
    static func summary(_ run: RunSummary, _ view: RegionView, shownCount: Int, _ l: Language) -> [String] {
        let h = Escape.html
        var out = ["<section class=\"summary-block\">", "<h2>\(h(l.pick("汇总", "Summary")))</h2>",
                   "<p class=\"summary\">" + h(RegionText.summary(run, view, l)) + "</p>"]
        if shownCount < run.count {
            out.append("<p class=\"left-out\">" + h(RegionText.leftOut(run.count - shownCount, l)) + "</p>")
        }
        out.append("</section>")
        return out
    }

    /// The station list in report order (those to act on first, lowest score first).
    static func index(_ shown: [Int], _ summary: RunSummary, _ view: RegionView, _ input: ReportInput) -> [String] {
        let h = Escape.html
        let l = input.lang
        var out = ["<nav class=\"index\">", "<h2>\(h(l.pick("站点一览（先列需整改的站点，按得分由低到高）", "Stations (those to act on first, lowest score first)")))</h2>",
                  ] + tableHead("list", [("no", l.pick("序号", "No.")), ("station", l.pick("站点", "Station")), ("level", l.pick("层级", "Level")),
                                         ("code", l.pick("区划代码", "Division code")), ("score", l.pick("得分", "Score")),
                                         ("count", l.pick("整改项", "To fix")), ("count", l.pick("需人工核验", "Manual"))])
        for (i, k) in shown.enumerated() {
            let s = summary.stations[k]
            out.append("<tr><td class=\"num\">\(i + 1)</td><td><a href=\"#\(GapList.anchor(i))\">\(h(s.name ?? s.path))</a>"
                       + (s.name == nil ? "" : "<span class=\"path\">\(h(s.path))</span>") + "</td>"
                       + "<td>\(h(s.level.map { input.levelName($0) } ?? ""))</td><td class=\"code\">\(h(s.divisionCode ?? ""))</td><td class=\"num\">\(formatOneDecimal(s.score))</td>"
                       + "<td class=\"num\">\(s.gapCount)</td><td class=\"num\">\(s.manualCount)</td></tr>")
        }
        out += ["</tbody>", "</table>", "</nav>"]
        return out
    }

    /// The rankings (each with its bars) before the summaries of unranked tiers (5.8.2), then
    /// stations whose code does not fit.
    static func rollUp(_ r: RollUp, _ l: Language) -> [String] {
        let h = Escape.html
        var out = ["<section class=\"rollup\">"]
        let tables = RollUpTable.all(r, l)
        let units = r.tiers.filter { !$0.units.isEmpty }.map(\.units)
        let pairs = Array(zip(tables, units))
        for (t, u) in pairs.filter({ $0.0.ranked }) + pairs.filter({ !$0.0.ranked }) {
            out.append("<h2>\(h(t.title))</h2>")
            let kinds = t.ranked ? ["rank", "ucode", "uname", "n", "n", "n", "share", "failed", "note"] : ["ucode", "uname", "n", "n", "n", "failed"]
            out += tableHead("rollup" + (t.ranked ? " ranking" : ""), Array(zip(kinds, t.header)))
            for row in t.rows {
                out.append("<tr>" + zip(kinds, row).map { k, c in "<td class=\"k-\(k)\">\(h(c))</td>" }.joined() + "</tr>")
            }
            out += ["</tbody>", "</table>"]
            if t.ranked && u.count <= RegionView.chartUnitLimit && u.count > 1 {
                let bars = u.indices.map { i in
                    SVGChart.Bar(label: u[i].name ?? u[i].code, value: u[i].meanScore,
                                 note: (u[i].rank.map { l.pick("第 \($0) 名", "#\($0)") } ?? "") + " · " + formatOneDecimal(u[i].meanScore),
                                 marked: RollUpTable.tiedRank(u, i))
                }
                out.append("<figure class=\"chart\">")
                for (k, part) in parts(bars).enumerated() {
                    out.append(SVGChart.bars(title: l.pick("\(t.title)：平均分", "\(t.title): mean score") + continued(k, l), part, id: "rank-\(u[0].level)-\(k + 1)"))
                }
                out.append("<figcaption>\(h(l.pick("条形长度为平均分（满分 100），右侧印有名次与平均分；斜线条形为并列名次。", "Bar length is the mean score (of 100); rank and score are printed at the right; hatched bars share a rank.")))</figcaption>")
                out.append("</figure>")
            }
        }
        if !r.misplaced.isEmpty {
            out.append("<h2>\(h(l.pick("区划代码有误的站点", "Stations whose division code does not fit")))</h2><ul>")
            for m in r.misplaced { out.append("<li><code>\(h(m.formatted))</code></li>") }
            out.append("</ul>")
        }
        out.append("</section>")
        return out
    }

    /// The score spread and the section heat map per unit of the chart tier, each with its
    /// numbers in a table or printed in the picture.
    static func charts(_ view: RegionView, _ input: ReportInput) -> [String] {
        guard let tier = view.chartTier, !view.spreads.isEmpty else { return [] }
        let l = input.lang
        let h = Escape.html
        let unit = tier.name.text(l)
        var out = ["<section class=\"charts\">"]
        let spreadTitle = l.pick("各\(unit)站点得分分布", "Station scores per \(unit)")
        out.append("<h2>\(h(spreadTitle))</h2>")
        out.append("<figure class=\"chart\">")
        let boxes = view.spreads.map {
            SVGChart.Box(label: $0.name, min: $0.min, q1: $0.q1, median: $0.median, q3: $0.q3, max: $0.max,
                         note: l.pick("中位数 ", "median ") + formatOneDecimal($0.median) + l.pick("（\($0.stations) 站）", " (\($0.stations))"))
        }
        for (k, part) in parts(boxes).enumerated() {
            out.append(SVGChart.boxes(title: spreadTitle + continued(k, l), part, id: "spread-\(k + 1)"))
        }
        out.append("<figcaption>\(h(l.pick("线为最低至最高分，框为四分位（25%–75%），粗线为中位数。", "The line runs from the lowest to the highest score, the box from the lower to the upper quartile, the heavy line is the median.")))</figcaption>")
        out.append("</figure>")
        out += tableHead("spread", [("ucode", l.pick("代码", "Code")), ("uname", l.pick("名称", "Name")), ("n", l.pick("站点", "Stations")),
                                    ("n", l.pick("最低", "Min")), ("n", l.pick("下四分位", "Q1")), ("n", l.pick("中位数", "Median")),
                                    ("n", l.pick("上四分位", "Q3")), ("n", l.pick("最高", "Max"))])
        for s in view.spreads {
            out.append("<tr><td class=\"code\">\(h(s.code))</td><td>\(h(s.name))</td><td class=\"num\">\(s.stations)</td>"
                       + [s.min, s.q1, s.median, s.q3, s.max].map { "<td class=\"num\">\(formatOneDecimal($0))</td>" }.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]

        if !view.sections.isEmpty {
            let heatTitle = l.pick("各\(unit)分章节通过率", "Pass rate per \(unit) and section")
            out.append("<h2>\(h(heatTitle))</h2>")
            out.append("<figure class=\"chart\">")
            for (k, part) in parts(view.sectionRates).enumerated() {
                out.append(SVGChart.heatMap(title: heatTitle + continued(k, l), rows: part.map(\.name), columns: view.sections,
                                            cells: part.map { u in view.sections.map { u.rates[$0] } }, id: "heat-\(k + 1)"))
            }
            let caption = l.pick("每格为该\(unit)各站点在该章节自动检查要求的通过率（通过数 ÷ 适用数），颜色越深越差；“–”为无适用条款。",
                                 "Each cell is the share of automatic requirement results passing in that section over the \(unit)'s stations; darker is worse; – means none applied.")
            out.append("<figcaption>" + h(caption) + "<br>" + view.sections.map { h(input.sectionTitle($0)) }.joined(separator: "　") + "</figcaption>")
            out.append("</figure>")
        }
        out.append("</section>")
        return out
    }

    /// Rows a chart draws in one picture: 40 rows fit an A4 page, and a picture is never split.
    static let rowsPerChart = 40

    /// The rows cut into pictures of at most `rowsPerChart` each.
    static func parts<T>(_ rows: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: rows.count, by: rowsPerChart).map { rows[$0 ..< min($0 + rowsPerChart, rows.count)] }
    }

    /// `（续 2）` on the second and later pictures of one chart.
    static func continued(_ k: Int, _ l: Language) -> String {
        k == 0 ? "" : l.pick("（续 \(k + 1)）", " (cont. \(k + 1))")
    }

    /// The region-wide pass rate of every clause, with its requirement.
    static func clauseRates(_ view: RegionView, _ l: Language) -> [String] {
        guard !view.clauseRates.isEmpty else { return [] }
        let h = Escape.html
        var out = ["<section class=\"clauses\">", "<h2>\(h(l.pick("各条款通过率（全部站点）", "Pass rate per clause (all stations)")))</h2>"]
        out += tableHead("clauses", [("clause", l.pick("条款", "Clause")), ("title", l.pick("要求", "Requirement")), ("n", l.pick("适用站点", "Applied")),
                                     ("n", l.pick("通过", "Pass")), ("n", l.pick("不通过", "Fail")), ("n", l.pick("通过率", "Pass rate"))])
        for c in view.clauseRates {
            out.append("<tr><td>\(h(c.clause))</td><td>\(h(c.title))</td><td class=\"num\">\(c.applicable)</td><td class=\"num\">\(c.passed)</td>"
                       + "<td class=\"num\">\(c.failed)</td><td class=\"num\">\(RegionView.percent(c.passed, c.applicable))</td></tr>")
        }
        out += ["</tbody>", "</table>", "</section>"]
        return out
    }

    /// A single station's sections as bars: the share of its automatic requirements passing.
    static func sectionChart(_ s: StationDigest, _ summary: RunSummary, _ input: ReportInput) -> String? {
        let rows = RegionView.sections(of: s, clauses: summary.clauses, input)
        guard !rows.isEmpty else { return nil }
        let l = input.lang
        let title = l.pick("分章节通过情况（自动检查的要求）", "Per section (automatically checked requirements)")
        let bars = rows.map { SVGChart.Bar(label: input.sectionTitle($0.section), value: $0.applicable == 0 ? 0 : Double($0.passed) * 100 / Double($0.applicable),
                                           note: "\($0.passed)/\($0.applicable) · " + RegionView.percent($0.passed, $0.applicable),
                                           marked: $0.passed < $0.applicable) }
        return "<figure class=\"chart\">" + SVGChart.bars(title: title, bars[...], id: "sections") + "<figcaption>"
            + Escape.html(l.pick("条形长度为通过的要求所占比例，右侧印有通过数/适用数；斜线条形为有不通过的章节。",
                                 "Bar length is the share of requirements passing; passed/applied is printed at the right; hatched bars have a failure."))
            + "</figcaption></figure>"
    }

    /// A station's opening tag and heading: numbered in a batch.
    static func heading(_ s: StationDigest, index: Int, numbered: Bool, failing: Bool) -> [String] {
        ["<section class=\"station \(failing ? "failing" : "passing")\" id=\"\(GapList.anchor(index))\">",
         "<h2>" + (numbered ? "\(index + 1). " : "") + Escape.html(s.name ?? s.path) + "</h2>"]
    }

    /// A station's section after its heading: the facts and the summary line, then (after
    /// where a lone station's chart goes) the rest.
    static func body(_ g: GapList, _ run: RunReport, _ l: Language) -> (facts: [String], rest: [String]) {
        let h = Escape.html
        let s = g.station
        let facts = ["<table class=\"facts\"><tbody>",
                   "<tr><th>\(h(l.pick("路径", "Path")))</th><td>\(h(s.path))</td><th>\(h(l.pick("得分", "Score")))</th><td class=\"score\">\(formatOneDecimal(s.score))</td></tr>",
                   "<tr><th>\(h(l.pick("层级", "Level")))</th><td>\(h(g.levelName ?? l.pick("未知", "unknown")))</td>"
                       + "<th>\(h(l.pick("区划代码", "Division code")))</th><td>\(h(s.divisionCode ?? l.pick("无", "none")))</td></tr>",
                   "</tbody></table>",
                   "<p class=\"summary\">\(h(statusSummary(s.counts, score: s.score, l)))</p>"]
        var out = ["<h3>\(h(l.pick("整改项（\(g.items.count)）", "To fix (\(g.items.count))")))</h3>"]
        if g.items.isEmpty {
            out.append("<p class=\"none\">\(h(l.pick("无不通过的条款。", "No clause fails.")))</p>")
        } else {
            let due = g.hasDeadlines
            out += tableHead(due ? "gap gap-due" : "gap", [("no", l.pick("序号", "No.")), ("clause", l.pick("条款", "Clause")), ("req", l.pick("要求", "Requirement")),
                                     ("found", l.pick("现状", "Found")), ("remedy", l.pick("整改建议", "Remedy")), ("sev", l.pick("严重程度", "Severity"))]
                             + (due ? [("due", l.pick("整改时限", "Deadline"))] : []))
            for item in g.items {
                var found = h(item.finding)
                if !item.locations.isEmpty {
                    found += "<span class=\"loc\">" + item.locations.map(h).joined(separator: "<br>")
                    if item.moreLocations > 0 { found += "<br>" + h(l.pick("……另有 \(item.moreLocations) 处", "… and \(item.moreLocations) more")) }
                    found += "</span>"
                }
                let tone = item.level.map { "sev-\($0.rawValue)" } ?? "sev-unreadable"
                out.append("<tr><td class=\"num\">\(item.number)</td><td>\(h(item.clause))</td><td>\(h(item.requirement))</td>"
                           + "<td>\(found)</td><td>\(h(item.remedy))</td><td><span class=\"\(tone)\">\(h(item.severity))</span>\(item.baseline == .known ? "<span class=\"known\">" + h(l.pick("已知", "known")) + "</span>" : "")</td>"
                           + (due ? "<td class=\"date\">\(h(item.deadline))</td>" : "") + "</tr>")
            }
            out += ["</tbody>", "</table>"]
        }
        if let fixed = g.fixed, !fixed.isEmpty {
            out.append("<h3>\(h(GapList.fixedTitle(fixed.count, l)))</h3>")
            out += tableHead("fixed", [("no", l.pick("序号", "No.")), ("clause", l.pick("条款", "Clause")), ("req", l.pick("要求", "Requirement")),
                                       ("found", l.pick("基线时情况", "In the baseline"))])
            for f in fixed {
                out.append("<tr><td class=\"num\">\(f.number)</td><td>\(h(f.clause))</td><td>\(h(f.requirement))</td><td>\(h(f.then))</td></tr>")
            }
            out += ["</tbody>", "</table>"]
        }
        if !g.waived.isEmpty {
            out.append("<h3>\(h(l.pick("已豁免（\(g.waived.count)）", "Waived (\(g.waived.count))")))</h3>")
            out += tableHead("waived", [("no", l.pick("序号", "No.")), ("clause", l.pick("条款", "Clause")), ("req", l.pick("要求", "Requirement")),
                                        ("found", l.pick("现状", "Found")), ("reason", l.pick("豁免理由", "Reason")),
                                        ("by", l.pick("批准单位", "Approved by")), ("date", l.pick("有效期至", "Expires"))])
            for w in g.waived {
                out.append("<tr><td class=\"num\">\(w.number)</td><td>\(h(w.clause))</td><td>\(h(w.requirement))</td><td>\(h(w.finding))</td>"
                           + "<td>\(h(w.reason))</td><td>\(h(w.approvedBy))</td><td>\(h(w.expires))</td></tr>")
            }
            out += ["</tbody>", "</table>"]
        }
        if let due = g.dueSoon {
            out.append("<h3>\(h(GapList.dueTitle(run, count: due.count, l)))</h3>")
            if due.isEmpty {
                out.append("<p class=\"none\">\(h(l.pick("期内没有将要到期的条款。", "Nothing falls due in the period.")))</p>")
            } else {
                out += tableHead("due", [("no", l.pick("序号", "No.")), ("clause", l.pick("条款", "Clause")), ("req", l.pick("要求", "Requirement")),
                                         ("date", l.pick("到期日", "Falls due")), ("found", l.pick("届时情况", "Then"))])
                for d in due {
                    out.append("<tr><td class=\"num\">\(d.number)</td><td>\(h(d.clause))</td><td>\(h(d.requirement))</td>"
                               + "<td class=\"date\">\(h(d.by))</td><td>\(h(d.finding))</td></tr>")
                }
                out += ["</tbody>", "</table>"]
            }
        }
        out.append("<h3>\(h(l.pick("需人工核验（\(g.manual.count)）", "To verify in person (\(g.manual.count))")))</h3>")
        if g.manual.isEmpty {
            out.append("<p class=\"none\">\(h(l.pick("无需人工核验的条款。", "No clause needs a person's check.")))</p>")
        } else {
            out += tableHead("manual", [("no", l.pick("序号", "No.")), ("clause", l.pick("条款", "Clause")), ("req", l.pick("要求", "Requirement")),
                                        ("verify", l.pick("核验内容", "To verify")), ("attest", l.pick("站点自评", "Station's attestation")),
                                        ("verdict", l.pick("核验结论", "Verdict"))])
            for m in g.manual {
                let attestation = m.attestation.map(h) ?? "<span class=\"missing\">\(h(l.pick("（未填写）", "(none given)")))</span>"
                out.append("<tr><td class=\"num\">\(m.number)</td><td>\(h(m.clause))</td><td>\(h(m.requirement))</td><td>\(h(m.toVerify))</td>"
                           + "<td>\(attestation)</td><td class=\"verdict\">\(l.pick("☐ 符合<br>☐ 不符合", "☐ meets<br>☐ does not"))</td></tr>")
            }
            out += ["</tbody>", "</table>"]
        }
        if !g.problems.isEmpty {
            out.append("<h3>\(h(l.pick("输入问题", "Input problems")))</h3>")
            out.append("<ul class=\"problems\">")
            for p in g.problems { out.append("<li><code>\(h(p))</code></li>") }
            out.append("</ul>")
        }
        if !g.notes.isEmpty {
            out.append("<h3>\(h(l.pick("读取说明", "Reading notes")))</h3>")
            out.append("<ul class=\"problems\">")
            for p in g.notes { out.append("<li><code>\(h(p))</code></li>") }
            out.append("</ul>")
        }
        out.append("<p class=\"sign\">\(h(l.pick("核验人：", "Inspector: ")))<span class=\"blank\"></span>\(h(l.pick("日期：", "Date: ")))<span class=\"blank\"></span></p>")
        out.append("</section>")
        return (facts, out)
    }

    /// `<table>` with a `<colgroup>` (widths from the CSS class of each column) and its `<thead>`.
    static func tableHead(_ kind: String, _ columns: [(String, String)]) -> [String] {
        ["<table class=\"\(kind)\">",
         "<colgroup>" + columns.map { "<col class=\"c-\($0.0)\">" }.joined() + "</colgroup>",
         "<thead><tr>" + columns.map { "<th>\(Escape.html($0.1))</th>" }.joined() + "</tr></thead>",
         "<tbody>"]
    }
}
