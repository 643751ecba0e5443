/// The gap report (整改清单) as Markdown: per station a table 序号 / 条款 / 要求 / 现状 / 整改建议 /
/// 严重程度 for every fail and unreadable clause, the waived ones apart, the manual checklist
/// with the station's attestations, then the score and counts. Several stations get an index.
public enum MarkdownReporter {
    /// `onlyFailing` leaves out the stations with nothing to act on, as the HTML report does.
    public static func render(_ input: ReportInput, onlyFailing: Bool = false) -> String {
        let sink = MemorySink()
        try? Writer(input, to: sink, onlyFailing: onlyFailing, spool: Spool(inMemory: true)).write(input)
        return sink.text
    }

    /// The report a station at a time: each station's section (all but its numbered heading)
    /// goes to the spool as it comes; the head, the region's summary, rankings and index, which
    /// lead, are written at the end, then the sections in the order the index gives.
    public final class Writer: GapReportWriter, ReportWriter {

        public func part(_ station: StationReport) -> StationPart {
            StationPart(lines: MarkdownReporter.body(GapList(station, input: input), input.run, input.lang))
        }

        // Every station is spooled: whether `onlyFailing` leaves one out depends on how many
        // there are (one station is always shown), known only at the end.
        public func take(_ part: StationPart, _ digest: StationDigest) throws { try spool.append(part.bytes) }

        public func finish(_ summary: RunSummary) throws {
            let run = input.run
            let l = run.lang
            let e = Escape.markdown
            var out: [String] = []
            out.append("# " + l.pick("整改清单", "Gap report") + l.pick("：", ": ") + e(run.packTitle.text(l)))
            out.append("")
            out.append(e(GapList.header(run, l)))
            out.append("")
            let notes = GapList.runNotes(run, summary, l)
            for line in notes { out += ["- " + e(line)] }
            if !notes.isEmpty { out.append("") }
            if let view = summary.view {
                let shown = shown(view)
                out += MarkdownReporter.region(summary, view, shown: shown, input)
                try lines.add(out)
                for (i, k) in shown.enumerated() {
                    if i == view.failingCount {
                        try lines.add(["## " + l.pick("通过的站点（\(shown.count - view.failingCount)）", "Stations that pass (\(shown.count - view.failingCount))"), ""])
                    }
                    try lines.add(MarkdownReporter.heading(summary.stations[k], index: i, numbered: true))
                    try lines.add(bytes: try spool.part(k))
                }
            } else {
                try lines.add(out)
                for (k, s) in summary.stations.enumerated() {
                    try lines.add(MarkdownReporter.heading(s, index: k, numbered: false))
                    try lines.add(bytes: try spool.part(k))
                }
            }
            out = []
            if !run.errors.isEmpty {
                out.append("## " + l.pick("无法读取的输入", "Inputs that could not be read"))
                out.append("")
                for d in run.errors { out.append("- " + e(d.formatted)) }
                out.append("")
            }
            try lines.add(out)
        }
    }

    /// What a batch's report says before its stations: the summary, the rankings and tables of
    /// the roll-up, the codes that do not fit, the pass rate per clause, the index.
    static func region(_ summary: RunSummary, _ view: RegionView, shown: [Int], _ input: ReportInput) -> [String] {
        let l = input.lang
        let e = Escape.markdown
        var out: [String] = []
        out.append("## " + l.pick("汇总", "Summary"))
        out.append("")
        out.append(e(RegionText.summary(summary, view, l)))
        out.append("")
        if shown.count < summary.count {
            out.append("*" + e(RegionText.leftOut(summary.count - shown.count, l)) + "*")
            out.append("")
        }
        let rollUp = summary.rollUp
        let tables = RollUpTable.all(rollUp, l)
        for t in tables.filter(\.ranked) + tables.filter({ !$0.ranked }) {
            out.append("## " + e(t.title))
            out.append("")
            out.append(row(t.header))
            out.append("|" + t.header.enumerated().map { i, _ in
                (t.ranked ? [0, 3, 4, 5, 6] : [2, 3, 4]).contains(i) ? "---:|" : "---|" }.joined())
            for r in t.rows { out.append(row(r)) }
            out.append("")
        }
        if !rollUp.misplaced.isEmpty {
            out.append("## " + l.pick("区划代码有误的站点", "Stations whose division code does not fit"))
            out.append("")
            for m in rollUp.misplaced { out.append("- " + e(m.formatted)) }
            out.append("")
        }
        if !view.clauseRates.isEmpty {
            out.append("## " + l.pick("各条款通过率（全部站点）", "Pass rate per clause (all stations)"))
            out.append("")
            out.append(row([l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("适用站点", "Applied"),
                            l.pick("通过", "Pass"), l.pick("不通过", "Fail"), l.pick("通过率", "Pass rate")]))
            out.append("|---|---|---:|---:|---:|---:|")
            for c in view.clauseRates {
                out.append(row([c.clause, c.title, "\(c.applicable)", "\(c.passed)", "\(c.failed)", RegionView.percent(c.passed, c.applicable)]))
            }
            out.append("")
        }
        out.append("## " + l.pick("站点一览（先列需整改的站点，按得分由低到高）", "Stations (those to act on first, lowest score first)"))
        out.append("")
        out.append(row([l.pick("序号", "No."), l.pick("站点", "Station"), l.pick("层级", "Level"), l.pick("区划代码", "Division code"),
                        l.pick("得分", "Score"), l.pick("整改项", "To fix"), l.pick("需人工核验", "Manual")]))
        out.append("|---:|---|---|---|---:|---:|---:|")
        for (i, k) in shown.enumerated() {
            let s = summary.stations[k]
            out.append(row(["\(i + 1)", "[\(e(s.name ?? s.path))](#\(GapList.anchor(i)))" + (s.name == nil ? "" : "<br>" + e(s.path)),
                            e(s.level.map { input.levelName($0) } ?? ""), e(s.divisionCode ?? ""),
                            formatOneDecimal(s.score), "\(s.gapCount)", "\(s.manualCount)"], escaped: true))
        }
        out.append("")
        return out
    }

    /// A station's heading: numbered with its anchor in a batch.
    static func heading(_ s: StationDigest, index: Int, numbered: Bool) -> [String] {
        var out: [String] = []
        if numbered { out.append("<a id=\"\(GapList.anchor(index))\"></a>") ; out.append("") }
        out.append("## " + (numbered ? "\(index + 1). " : "") + Escape.markdown(s.name ?? s.path))
        return out
    }

    /// A station's section after its heading.
    static func body(_ g: GapList, _ run: RunReport, _ l: Language) -> [String] {
        let e = Escape.markdown
        let s = g.station
        var out: [String] = []
        out.append("")
        out.append("- " + l.pick("路径：", "Path: ") + e(s.path))
        out.append("- " + l.pick("层级：", "Level: ") + e(g.levelName ?? l.pick("未知", "unknown"))
                   + l.pick("；区划代码：", "; division code: ") + e(s.divisionCode ?? l.pick("无", "none")))
        out.append("- " + l.pick("得分：", "Score: ") + "**" + formatOneDecimal(s.score) + "**")
        out.append("")

        out.append("### " + l.pick("整改项（\(g.items.count)）", "To fix (\(g.items.count))"))
        out.append("")
        if g.items.isEmpty {
            out.append(l.pick("无不通过的条款。", "No clause fails."))
        } else {
            let due = g.hasDeadlines
            out.append(row([l.pick("序号", "No."), l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("现状", "Found"),
                            l.pick("整改建议", "Remedy"), l.pick("严重程度", "Severity")] + (due ? [l.pick("整改时限", "Deadline")] : [])))
            out.append("|---:|---|---|---|---|---|" + (due ? "---|" : ""))
            for item in g.items {
                var found = e(item.finding)
                if !item.locations.isEmpty {
                    found += "<br>" + item.locations.map(e).joined(separator: "<br>")
                    if item.moreLocations > 0 { found += "<br>" + e(l.pick("……另有 \(item.moreLocations) 处", "… and \(item.moreLocations) more")) }
                }
                out.append(row(["\(item.number)", e(item.clause), e(item.requirement), found, e(item.remedy), e(GapList.severityCell(item, l))]
                               + (due ? [e(item.deadline)] : []), escaped: true))
            }
        }
        out.append("")

        if let fixed = g.fixed, !fixed.isEmpty {
            out.append("### " + e(GapList.fixedTitle(fixed.count, l)))
            out.append("")
            out.append(row([l.pick("序号", "No."), l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("基线时情况", "In the baseline")]))
            out.append("|---:|---|---|---|")
            for f in fixed { out.append(row(["\(f.number)", f.clause, f.requirement, f.then])) }
            out.append("")
        }

        if !g.waived.isEmpty {
            out.append("### " + l.pick("已豁免（\(g.waived.count)）", "Waived (\(g.waived.count))"))
            out.append("")
            out.append(row([l.pick("序号", "No."), l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("现状", "Found"),
                            l.pick("豁免理由", "Reason"), l.pick("批准单位", "Approved by"), l.pick("有效期至", "Expires")]))
            out.append("|---:|---|---|---|---|---|---|")
            for w in g.waived {
                out.append(row(["\(w.number)", e(w.clause), e(w.requirement), e(w.finding), e(w.reason), e(w.approvedBy), e(w.expires)], escaped: true))
            }
            out.append("")
        }

        if let due = g.dueSoon {
            out.append("### " + e(GapList.dueTitle(run, count: due.count, l)))
            out.append("")
            if due.isEmpty {
                out.append(l.pick("期内没有将要到期的条款。", "Nothing falls due in the period."))
            } else {
                out.append(row([l.pick("序号", "No."), l.pick("条款", "Clause"), l.pick("要求", "Requirement"),
                                l.pick("到期日", "Falls due"), l.pick("届时情况", "Then")]))
                out.append("|---:|---|---|---|---|")
                for d in due { out.append(row(["\(d.number)", d.clause, d.requirement, d.by, d.finding])) }
            }
            out.append("")
        }

        out.append("### " + l.pick("需人工核验（\(g.manual.count)）", "To verify in person (\(g.manual.count))"))
        out.append("")
        if g.manual.isEmpty {
            out.append(l.pick("无需人工核验的条款。", "No clause needs a person's check."))
        } else {
            out.append(row([l.pick("序号", "No."), l.pick("条款", "Clause"), l.pick("要求", "Requirement"), l.pick("核验内容", "To verify"),
                            l.pick("站点自评", "Station's attestation"), l.pick("核验结论", "Verdict")]))
            out.append("|---:|---|---|---|---|---|")
            for m in g.manual {
                out.append(row(["\(m.number)", e(m.clause), e(m.requirement), e(m.toVerify),
                                e(m.attestation ?? l.pick("（未填写）", "(none given)")), l.pick("☐ 符合 ☐ 不符合", "☐ meets ☐ does not")], escaped: true))
            }
        }
        out.append("")

        if !g.problems.isEmpty {
            out.append("### " + l.pick("输入问题", "Input problems"))
            out.append("")
            for p in g.problems { out.append("- " + e(p)) }
            out.append("")
        }
        if !g.notes.isEmpty {
            out.append("### " + l.pick("读取说明", "Reading notes"))
            out.append("")
            for p in g.notes { out.append("- " + e(p)) }
            out.append("")
        }

        out.append("### " + l.pick("汇总", "Summary"))
        out.append("")
        out.append(e(statusSummary(s.counts, score: s.score, l)))
        out.append("")
        return out
    }

    /// A table row; cells are escaped unless `escaped` says they already are.
    static func row(_ cells: [String], escaped: Bool = false) -> String {
        "| " + cells.map { escaped ? $0 : Escape.markdown($0) }.joined(separator: " | ") + " |"
    }
}
