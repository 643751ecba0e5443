/// The terminal report: per station, results grouped by section with aligned columns (mark,
/// clause, status, title; Chinese characters count two columns), then the summary line
/// `通过 52，不通过 6，需人工核验 12，不适用 3，已豁免 1，得分 87.5`.
public struct TextReporter: Sendable {
    public var color: Bool
    /// Only failures, errors and the summary.
    public var quiet: Bool
    /// Leaves out the stations with nothing to act on (`RegionView.needsAction`), saying how many.
    public var onlyFailing: Bool
    public init(color: Bool, quiet: Bool, onlyFailing: Bool = false) {
        self.color = color
        self.quiet = quiet
        self.onlyFailing = onlyFailing
    }

    public func render(_ input: ReportInput) -> String {
        let sink = MemorySink()
        try? writer(input, to: sink).write(input)
        return sink.text
    }

    public func writer(_ input: ReportInput, to sink: any ByteSink) -> Writer { Writer(self, input, sink) }

    /// The report a station at a time: each station's lines as it comes, then the lines of the
    /// run (what was left out, unreadable inputs, the roll-up, the totals, the baseline).
    public final class Writer: ReportWriter {
        let reporter: TextReporter
        let input: ReportInput
        let sink: any ByteSink
        private let lines: LineSink
        private var started: Bool { lines.started }
        private var shown = 0

        init(_ reporter: TextReporter, _ input: ReportInput, _ sink: any ByteSink) {
            self.reporter = reporter
            self.input = input
            self.sink = sink
            lines = LineSink(sink)
        }

        public func part(_ station: StationReport) -> StationPart {
            reporter.onlyFailing && !RegionView.needsAction(station) ? StationPart() : StationPart(lines: reporter.render(station.forTerminal(), input))
        }

        public func take(_ part: StationPart, _ digest: StationDigest) throws {
            guard !reporter.onlyFailing || digest.needsAction else { return }
            if shown > 0 { try line("") }
            try line(part.bytes)
            shown += 1
        }

        public func finish(_ summary: RunSummary) throws {
            let run = input.run
            let l = run.lang
            if shown < summary.count {
                if started { try line("") }
                try line(reporter.paint(RegionText.leftOut(summary.count - shown, l), .dim))
            }
            if started && !run.errors.isEmpty { try line("") }
            for e in run.errors { try line(reporter.paint(Escape.terminal(e.formatted), .red)) }
            if summary.count > 1 && !reporter.quiet {
                try line("")
                for text in RollUpText.render(summary.rollUp, l) { try line(text) }
            }
            if summary.count != 1 {
                if started { try line("") }
                let failing = summary.failingStations(atOrAbove: .error)
                try line(l.pick("共检查 \(summary.count) 个站点，\(failing) 个有不通过的要求；",
                                "\(summary.count) stations checked, \(failing) fail a requirement; ") + reporter.summary(summary.statusTotals, score: nil, l))
            }
            let notes = GapList.runNotes(run, summary, l).map(Escape.terminal)
            if !notes.isEmpty {
                if started { try line("") }
                for n in notes { try line(n) }
            }
            try sink.write([0x0A])
        }

        private func line(_ text: String) throws { try lines.add(text) }

        private func line(_ bytes: [UInt8]) throws { try lines.add(bytes: bytes) }
    }

    /// How many warnings a station's text shows before counting the rest (JSON has them all).
    static let shownWarnings = 30
    /// How many reading notes a station's text shows before counting the rest.
    static let notesShown = 3

    func render(_ s: StationReport, _ input: ReportInput) -> [String] {
        let l = input.lang
        var out: [String] = []
        let level = s.level.map { input.levelName($0) } ?? l.pick("层级未知", "unknown level")
        let title = (s.name ?? s.path) + l.pick("（\(level)，\(s.divisionCode ?? "无区划代码")）", " (\(level), \(s.divisionCode ?? "no division code"))")
        out.append(paint(title, .bold) + "  " + s.path)
        for e in s.errors { out.append("  " + paint(e.inStation(s.path).formatted, .red)) }
        // Problems to fix, kept by --quiet too; then notes on what was read over (a title row per
        // sheet). A long list is shortened here only: the JSON report carries every one (SPEC §5a).
        let warnings = s.warnings.filter { $0.severity != .note }
        out += shortened(warnings, s.path, limit: Self.shownWarnings, tone: .yellow) { more in
            l.pick("……另有 \(more) 条警告未列出，完整列表见 --format json 报告", "… and \(more) more warnings, all listed in the --format json report")
        }
        out += shortened(s.warnings.filter { $0.severity == .note }, s.path, limit: Self.notesShown, tone: .plain) { more in
            l.pick("……另有 \(more) 条读取说明（--format json、markdown 或 html 列出全部）",
                   "… and \(more) more reading notes (--format json, markdown or html lists them all)")
        }
        let shown = quiet ? s.results.filter { $0.status == .fail || $0.status == .error } : s.results
        let clauseWidth = shown.map { DisplayWidth.of($0.clause) }.max() ?? 0
        let titles = input.rules.mapValues { Escape.terminal($0.title.text(l)) }
        let statusWidth = shown.map { DisplayWidth.of(Self.statusCell($0, l)) }.max() ?? 0
        var section = ""
        for r in shown {
            let sec = input.section(of: r.clause)
            if sec != section {
                section = sec
                out.append("  " + paint(input.sectionTitle(sec), .bold))
            }
            let (mark, tone) = Self.mark(r.status)
            // Status before title: the short columns line up and a long title never needs cutting.
            let cell = Self.statusCell(r, l)
            out.append("    " + paint(mark, tone) + " " + DisplayWidth.pad(r.clause, to: clauseWidth) + "  " + paint(cell, tone)
                       + String(repeating: " ", count: statusWidth - DisplayWidth.of(cell)) + "  " + (titles[r.rule] ?? r.rule))
            if r.status != .pass || !quiet {
                if r.status != .pass || !r.notes.isEmpty || r.said != [Message(CommonMessages.meets)] {
                    out.append("        " + r.message)
                }
                if r.status == .fail || r.status == .error {
                    for loc in r.locations.prefix(GapList.maxLocations) { out.append("        " + paint(joinPath(s.path, loc.formatted), .dim)) }
                    if r.locations.count > GapList.maxLocations {
                        let more = r.locations.count - GapList.maxLocations
                        out.append("        " + paint(l.pick("……另有 \(more) 处", "… and \(more) more"), .dim))
                    }
                    if !r.remedy.isEmpty { out.append("        " + l.pick("整改建议：", "Remedy: ") + r.remedy) }
                    if let d = r.deadline { out.append("        " + l.pick("整改时限：", "Deadline: ") + d.description) }
                }
                if r.status != .pass { for n in r.notes { out.append("        " + paint(n, .dim)) } }
            }
        }
        if let due = s.dueSoon {
            out.append("  " + paint(GapList.dueTitle(input.run, count: due.count, l), .bold))
            let width = due.map { DisplayWidth.of($0.clause) }.max() ?? 0
            let dates = due.map { GapList.dueDate($0, l) }
            let dateWidth = dates.map { DisplayWidth.of($0) }.max() ?? 0
            for (d, date) in zip(due, dates) {
                out.append("    " + paint("»", .yellow) + " " + DisplayWidth.pad(d.clause, to: width) + "  " + paint(DisplayWidth.pad(date, to: dateWidth), .yellow)
                           + "  " + (titles[d.rule] ?? d.rule))
                if !d.result.message.isEmpty { out.append("        " + l.pick("届时：", "then: ") + d.result.message) }
            }
        }
        if let fixed = s.baselineFixed, !fixed.isEmpty {
            out.append("  " + paint(l.pick("基线中已修复（\(fixed.count) 项）", "Fixed since the baseline (\(fixed.count))"), .bold))
            let width = fixed.map { DisplayWidth.of($0.clause) }.max() ?? 0
            for f in fixed {
                out.append("    " + paint("✔", .green) + " " + DisplayWidth.pad(f.clause, to: width) + "  " + (titles[f.rule] ?? f.rule))
                if !f.message.isEmpty { out.append("        " + paint(l.pick("基线时：", "then: ") + Escape.terminal(f.message), .dim)) }
            }
        }
        out.append("  " + summary(s.counts, score: s.score, l))
        return out
    }

    /// `不通过 [严重（应）]`, `通过`: the status, with the severity of a fail, and `[已知]` for a
    /// fail the baseline already has.
    static func statusCell(_ r: RuleResult, _ l: Language) -> String {
        guard r.status == .fail else { return r.status.name(l) }
        return r.status.name(l) + " [" + (r.severity ?? .error).name(l) + "]" + (r.baseline == .known ? " [" + BaselineMark.known.name(l) + "]" : "")
    }

    public func summary(_ counts: [Status: Int], score: Double?, _ l: Language) -> String {
        statusSummary(counts, score: score, l)
    }

    enum Tone: String { case red = "31", green = "32", yellow = "33", dim = "2", bold = "1", plain = "" }

    static func mark(_ s: Status) -> (String, Tone) {
        switch s {
        case .pass: return ("✔", .green)
        case .fail: return ("✘", .red)
        case .error: return ("!", .red)
        case .manual: return ("?", .yellow)
        case .waived: return ("~", .yellow)
        case .notApplicable: return ("-", .dim)
        }
    }

    /// At most `limit` diagnostics of a station, then one dim line counting the rest.
    func shortened(_ list: [Diagnostic], _ station: String, limit: Int, tone: Tone, more: (Int) -> String) -> [String] {
        var out = list.prefix(limit).map { "  " + paint($0.inStation(station).formatted, tone) }
        if list.count > limit { out.append("  " + paint(more(list.count - limit), .dim)) }
        return out
    }

    func paint(_ s: String, _ tone: Tone) -> String {
        guard color, tone != .plain else { return s }
        return "\u{1B}[\(tone.rawValue)m\(s)\u{1B}[0m"
    }
}

extension StationReport {
    /// A copy whose every text from the input is safe to print on a terminal (`Escape.terminal`).
    func forTerminal() -> StationReport {
        let t = Escape.terminal
        func clean(_ d: Diagnostic) -> Diagnostic {
            var d = d
            d.message = t(d.message)
            d.location.file = t(d.location.file)
            return d
        }
        var copy = self
        copy.path = t(path)
        copy.name = name.map(t)
        copy.level = level.map(t)
        copy.divisionCode = divisionCode.map(t)
        copy.errors = errors.map(clean)
        copy.warnings = warnings.map(clean)
        copy.dueSoon = dueSoon?.map { d in
            var d = d
            d.result.message = t(d.result.message)
            return d
        }
        copy.results = results.map { r in
            var r = r
            r.message = t(r.message)
            r.remedy = t(r.remedy)
            r.notes = r.notes.map(t)
            r.locations = r.locations.map { var l = $0; l.file = t(l.file); return l }
            return r
        }
        return copy
    }
}
