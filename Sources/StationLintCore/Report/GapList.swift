/// The inspector's gap list (整改清单) of one station, as rows: what the Markdown and HTML
/// reports both print. Made only from the station's results (already masked) and the pack's
/// rule titles; every text is raw here and escaped by the format that prints it.
public struct GapList: Sendable {
    /// A fail or an unreadable clause: 序号 / 条款 / 要求 / 现状 / 整改建议 / 严重程度.
    public struct Item: Sendable {
        public let number: Int
        public let rule: String
        public let clause: String
        public let requirement: String
        public let finding: String
        /// `file:line:column` inside the station folder, at most `GapList.maxLocations`.
        public let locations: [String]
        /// How many more locations the result carries beyond those shown.
        public let moreLocations: Int
        public let remedy: String
        public let severity: String
        public let status: Status
        /// The severity itself (nil for an unreadable clause), for styling.
        public let level: Severity?
        /// 整改时限 (`YYYY-MM-DD`), empty when the run set none.
        public let deadline: String
        /// `check --baseline`: whether the fail was already known; nil without a baseline.
        public let baseline: BaselineMark?
    }

    /// A baselined failure that now passes (基线中已修复).
    public struct Fixed: Sendable {
        public let number: Int
        public let clause: String
        public let requirement: String
        /// What it said in the baseline.
        public let then: String
    }

    /// A fail an unexpired waiver excuses.
    public struct Waived: Sendable {
        public let number: Int
        public let clause: String
        public let requirement: String
        public let finding: String
        public let reason: String
        public let approvedBy: String
        public let expires: String
    }

    /// A clause a person must verify, with what the station attests.
    public struct Manual: Sendable {
        public let number: Int
        public let clause: String
        public let requirement: String
        public let toVerify: String
        /// nil when the station gave none.
        public let attestation: String?
    }

    /// A clause that passes now and fails within `--due-within` days (即将到期).
    public struct Due: Sendable {
        public let number: Int
        public let clause: String
        public let requirement: String
        /// `2025-01-15`, or, when only the window's end is known, `2025-01-30 前` / `by 2025-01-30`.
        public let by: String
        /// What the clause would say then.
        public let finding: String
    }

    public static let maxLocations = 5

    /// Whether any item has a 整改时限 (the gap table then has the column).
    public var hasDeadlines: Bool { items.contains { !$0.deadline.isEmpty } }

    public let station: StationReport
    public let levelName: String?
    public let items: [Item]
    public let waived: [Waived]
    public let manual: [Manual]
    /// nil when `--due-within` was not asked.
    public let dueSoon: [Due]?
    /// nil without `--baseline`.
    public let fixed: [Fixed]?
    /// Inputs that could not be read, and warnings (expired waivers, unknown files), formatted.
    public let problems: [String]
    /// What was read over and how (a title row, a sheet that is no ledger): no gap, but said.
    public let notes: [String]

    public init(_ s: StationReport, input: ReportInput) {
        let lang = input.lang
        station = s
        levelName = s.level.map { input.levelName($0) }
        let rules = input.rules
        func title(_ r: RuleResult) -> String { rules[r.rule]?.title.text(lang) ?? r.rule }
        var items: [Item] = []
        var waived: [Waived] = []
        var manual: [Manual] = []
        for r in s.results {
            switch r.status {
            case .fail, .error:
                let locations = r.locations.map(\.formatted)
                items.append(Item(
                    number: items.count + 1, rule: r.rule, clause: r.clause, requirement: title(r), finding: r.message,
                    locations: Array(locations.prefix(GapList.maxLocations)), moreLocations: max(0, locations.count - GapList.maxLocations),
                    remedy: r.remedy, severity: r.status == .error ? Status.error.name(lang) : (r.severity ?? .error).name(lang),
                    status: r.status, level: r.status == .error ? nil : (r.severity ?? .error), deadline: r.deadline?.description ?? "",
                    baseline: r.baseline))
            case .waived:
                waived.append(Waived(
                    number: waived.count + 1, clause: r.clause, requirement: title(r), finding: input.renderer.joined(r.said.filter { $0.id != CommonMessages.waived.id }),
                    reason: r.waiver?.reason ?? "", approvedBy: r.waiver?.approvedBy ?? "",
                    expires: r.waiver?.expires?.description ?? ""))
            case .manual:
                manual.append(Manual(
                    number: manual.count + 1, clause: r.clause, requirement: title(r),
                    toVerify: rules[r.rule]?.manual?.text(lang) ?? r.message,
                    attestation: r.attestation.flatMap { $0.isEmpty ? nil : $0 }))
            case .pass, .notApplicable:
                break
            }
        }
        self.items = items
        self.waived = waived
        self.manual = manual
        dueSoon = s.dueSoon?.enumerated().map { i, d in
            Due(number: i + 1, clause: d.clause, requirement: rules[d.rule]?.title.text(lang) ?? d.rule,
                by: GapList.dueDate(d, lang), finding: d.result.message)
        }
        fixed = s.baselineFixed?.enumerated().map { i, f in
            Fixed(number: i + 1, clause: f.clause, requirement: rules[f.rule]?.title.text(lang) ?? f.rule, then: f.message)
        }
        problems = (s.errors + s.warnings).filter { $0.severity != .note }.map { $0.formatted }
        notes = s.warnings.filter { $0.severity == .note }.map { $0.formatted }
    }
}

extension GapList {
    /// `规则包 DB14-T-2024-draft，检查基准日 2024-12-31，stationlint 0.1.0`.
    static func header(_ run: RunReport, _ l: Language) -> String {
        l.pick("规则包 \(run.packID)，检查基准日 \(run.asOf)，stationlint \(run.toolVersion)",
               "rule pack \(run.packID), as of \(run.asOf), stationlint \(run.toolVersion)")
    }

    /// Lines under the header of every human-readable report: the baseline compared with (and
    /// the tailoring applied, when there is one).
    static func runNotes(_ run: RunReport, _ summary: RunSummary, _ l: Language) -> [String] {
        var lines: [String] = []
        if let t = run.tailoring {
            lines.append(t.heading(l) + (t.changes.isEmpty ? l.pick("：未改变任何内容", ": changes nothing") : l.pick("：", ": ")
                         + t.changeLines(l).joined(separator: l.pick("；", "; "))))
        }
        if let b = run.baseline {
            lines.append(l.pick("基线 \(b.file)（\(b.asOf)）：", "Baseline \(b.file) (\(b.asOf)): ") + baselineSummary(summary.baselineCounts, l)
                         + l.pick("；已知的不通过项不计入退出码", "; known failures do not count toward the exit code"))
        }
        return lines
    }

    /// `严重（应）`, then `（已知）` for a fail the baseline already has.
    static func severityCell(_ item: Item, _ l: Language) -> String {
        item.severity + (item.baseline == .known ? l.pick("（已知）", " (known)") : "")
    }

    /// `基线中已修复（2）`.
    static func fixedTitle(_ count: Int, _ l: Language) -> String {
        l.pick("基线中已修复（\(count)）", "Fixed since the baseline (\(count))")
    }

    /// When a clause falls due: its first failing day, or `最迟 <day>` when only the window's end is known.
    static func dueDate(_ d: DueSoon, _ l: Language) -> String {
        d.exact ? d.by.description : l.pick("最迟 \(d.by)", "by \(d.by)")
    }

    /// `即将到期（30 天内）`.
    static func dueTitle(_ run: RunReport, count: Int, _ l: Language) -> String {
        l.pick("即将到期（\(run.dueWithin ?? 0) 天内，\(count) 项）", "Falling due (within \(run.dueWithin ?? 0) days: \(count))")
    }

    /// The station's declared name, or its path when it declares none.
    static func stationName(_ s: StationReport) -> String { s.name ?? s.path }

    /// The anchor the index links to (`station-1`).
    static func anchor(_ index: Int) -> String { "station-\(index + 1)" }
}

extension RulePack {
    /// Rules by id (the first of a duplicated id wins; the loader refuses duplicates anyway).
    public var rulesByID: [String: Rule] {
        Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The summary line every human-readable format ends a station with:
/// `通过 52，不通过 6，需人工核验 12，不适用 3，已豁免 1，得分 87.5` (errors only when there are any).
public func statusSummary(_ counts: [Status: Int], score: Double?, _ l: Language) -> String {
    var parts = [Status.pass, .fail, .manual, .notApplicable, .waived].map { "\($0.name(l)) \(counts[$0] ?? 0)" }
    if let e = counts[.error], e > 0 { parts.append("\(Status.error.name(l)) \(e)") }
    if let score { parts.append(l.pick("得分 \(formatOneDecimal(score))", "score \(formatOneDecimal(score))")) }
    return parts.joined(separator: l.pick("，", ", "))
}

/// What the two gap reports (Markdown and HTML) keep while stations stream in: their input,
/// where their lines go, and the spool of station sections, which they write after the region's
/// head in the order the index gives.
public class GapReportWriter {
    let input: ReportInput
    let lines: LineSink
    let onlyFailing: Bool
    let spool: Spool

    public init(_ input: ReportInput, to sink: any ByteSink, onlyFailing: Bool, spool: Spool) {
        self.input = input
        lines = LineSink(sink)
        self.onlyFailing = onlyFailing
        self.spool = spool
    }

    /// The stations shown, in report order: `--only-failing` keeps those to act on.
    func shown(_ view: RegionView) -> [Int] { onlyFailing ? Array(view.order.prefix(view.failingCount)) : view.order }
}
