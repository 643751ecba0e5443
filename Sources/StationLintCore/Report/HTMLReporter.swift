/// The gap report (整改清单) as one self-contained HTML file: inline CSS, no script, no network,
/// printable on A4 (table headers repeat on every page, rows never split, each station starts a
/// page). The same rows as the Markdown report, from `GapList`; every input text is escaped.
public enum HTMLReporter {
    public static func render(_ input: ReportInput) -> String {
        let run = input.run
        let l = run.lang
        let h = Escape.html
        let lists = run.stations.map { GapList($0, input: input) }
        let title = l.pick("整改清单", "Gap report") + (lists.count == 1 ? l.pick("：", ": ") + GapList.stationName(lists[0].station) : "")
        var out: [String] = [
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
            "</header>",
        ]
        if lists.count > 1 {
            out += index(lists, run, l)
            out += rollUp(input.rollUp, l)
        }
        for (i, g) in lists.enumerated() { out += station(g, index: i, numbered: lists.count > 1, run, l) }
        if !run.errors.isEmpty {
            out.append("<section class=\"inputs\"><h2>\(h(l.pick("无法读取的输入", "Inputs that could not be read")))</h2><ul>")
            for d in run.errors { out.append("<li><code>\(h(d.formatted))</code></li>") }
            out.append("</ul></section>")
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    static func index(_ lists: [GapList], _ run: RunReport, _ l: Language) -> [String] {
        let h = Escape.html
        var out = ["<nav class=\"index\">", "<h2>\(h(l.pick("站点一览", "Stations")))</h2>",
                   "<p>" + h(l.pick("共 \(run.stations.count) 个站点，\(run.failingStations(atOrAbove: .error)) 个有不通过的要求；",
                                    "\(run.stations.count) stations, \(run.failingStations(atOrAbove: .error)) failing a requirement; ")
                             + statusSummary(run.statusTotals, score: nil, l)) + "</p>",
                  ] + tableHead("list", [("no", l.pick("序号", "No.")), ("station", l.pick("站点", "Station")), ("level", l.pick("层级", "Level")),
                                         ("code", l.pick("区划代码", "Division code")), ("score", l.pick("得分", "Score")),
                                         ("count", l.pick("整改项", "To fix")), ("count", l.pick("需人工核验", "Manual"))])
        for (i, g) in lists.enumerated() {
            let s = g.station
            out.append("<tr><td class=\"num\">\(i + 1)</td><td><a href=\"#\(GapList.anchor(i))\">\(h(GapList.stationName(s)))</a>"
                       + (s.name == nil ? "" : "<span class=\"path\">\(h(s.path))</span>") + "</td>"
                       + "<td>\(h(g.levelName ?? ""))</td><td class=\"code\">\(h(s.divisionCode ?? ""))</td><td class=\"num\">\(formatOneDecimal(s.score))</td>"
                       + "<td class=\"num\">\(g.items.count)</td><td class=\"num\">\(g.manual.count)</td></tr>")
        }
        out += ["</tbody>", "</table>", "</nav>"]
        return out
    }

    /// The rankings and township summary (5.8.2), then stations whose code does not fit.
    static func rollUp(_ r: RollUp, _ l: Language) -> [String] {
        let h = Escape.html
        var out = ["<section class=\"rollup\">"]
        for t in RollUpTable.all(r, l) {
            out.append("<h2>\(h(t.title))</h2>")
            let kinds = (t.header.count == 7 ? ["rank"] : []) + ["ucode", "uname", "n", "n", "n", "failed"]
            out += tableHead("rollup", Array(zip(kinds, t.header)))
            for row in t.rows { out.append("<tr>" + row.map { "<td>\(h($0))</td>" }.joined() + "</tr>") }
            out += ["</tbody>", "</table>"]
        }
        if !r.misplaced.isEmpty {
            out.append("<h2>\(h(l.pick("区划代码有误的站点", "Stations whose division code does not fit")))</h2><ul>")
            for m in r.misplaced { out.append("<li><code>\(h(m.formatted))</code></li>") }
            out.append("</ul>")
        }
        out.append("</section>")
        return out
    }

    static func station(_ g: GapList, index: Int, numbered: Bool, _ run: RunReport, _ l: Language) -> [String] {
        let h = Escape.html
        let s = g.station
        var out = ["<section class=\"station\" id=\"\(GapList.anchor(index))\">",
                   "<h2>" + (numbered ? "\(index + 1). " : "") + h(GapList.stationName(s)) + "</h2>",
                   "<table class=\"facts\"><tbody>",
                   "<tr><th>\(h(l.pick("路径", "Path")))</th><td>\(h(s.path))</td><th>\(h(l.pick("得分", "Score")))</th><td class=\"score\">\(formatOneDecimal(s.score))</td></tr>",
                   "<tr><th>\(h(l.pick("层级", "Level")))</th><td>\(h(g.levelName ?? l.pick("未知", "unknown")))</td>"
                       + "<th>\(h(l.pick("区划代码", "Division code")))</th><td>\(h(s.divisionCode ?? l.pick("无", "none")))</td></tr>",
                   "</tbody></table>",
                   "<p class=\"summary\">\(h(statusSummary(s.counts, score: s.score, l)))</p>",
                   "<h3>\(h(l.pick("整改项（\(g.items.count)）", "To fix (\(g.items.count))")))</h3>"]
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
                           + "<td>\(found)</td><td>\(h(item.remedy))</td><td><span class=\"\(tone)\">\(h(item.severity))</span></td>"
                           + (due ? "<td class=\"date\">\(h(item.deadline))</td>" : "") + "</tr>")
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
        return out
    }

    /// `<table>` with a `<colgroup>` (widths from the CSS class of each column) and its `<thead>`.
    static func tableHead(_ kind: String, _ columns: [(String, String)]) -> [String] {
        ["<table class=\"\(kind)\">",
         "<colgroup>" + columns.map { "<col class=\"c-\($0.0)\">" }.joined() + "</colgroup>",
         "<thead><tr>" + columns.map { "<th>\(Escape.html($0.1))</th>" }.joined() + "</tr></thead>",
         "<tbody>"]
    }
}
