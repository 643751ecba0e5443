/// The terminal report: per station, results grouped by section with aligned columns (Chinese
/// characters count two columns), then the summary line
/// `通过 52，不通过 6，需人工核验 12，不适用 3，已豁免 1，得分 87.5`.
public struct TextReporter: Sendable {
    public var color: Bool
    /// Only failures, errors and the summary.
    public var quiet: Bool
    public let pack: RulePack

    public init(pack: RulePack, color: Bool, quiet: Bool) {
        self.pack = pack
        self.color = color
        self.quiet = quiet
    }

    public func render(_ run: RunReport) -> String {
        let l = run.lang
        var out: [String] = []
        for station in run.stations {
            out += render(station, l)
            out.append("")
        }
        for e in run.errors { out.append(paint(e.formatted, .red)) }
        if run.stations.count > 1 && !quiet { out += RollUpText.render(run.rollUp, l) }
        if run.stations.count != 1 {
            let failing = run.failingStations(atOrAbove: .error)
            out.append(l.pick("共检查 \(run.stations.count) 个站点，\(failing) 个有不通过的要求；",
                              "\(run.stations.count) stations checked, \(failing) fail a requirement; ") + summary(run.statusTotals, score: nil, l))
        }
        return out.joined(separator: "\n") + "\n"
    }

    func render(_ s: StationReport, _ l: Language) -> [String] {
        var out: [String] = []
        let level = s.level.map { pack.levelName($0, l) } ?? l.pick("层级未知", "unknown level")
        let title = (s.name ?? s.path) + l.pick("（\(level)，\(s.divisionCode ?? "无区划代码")）", " (\(level), \(s.divisionCode ?? "no division code"))")
        out.append(paint(title, .bold) + "  " + s.path)
        for e in s.errors { out.append("  " + paint(e.inStation(s.path).formatted, .red)) }
        if !quiet { for w in s.warnings { out.append("  " + paint(w.inStation(s.path).formatted, .yellow)) } }
        let shown = quiet ? s.results.filter { $0.status == .fail || $0.status == .error } : s.results
        let clauseWidth = shown.map { DisplayWidth.of($0.clause) }.max() ?? 0
        let titles = Dictionary(pack.rules.map { ($0.id, $0.title.text(l)) }, uniquingKeysWith: { a, _ in a })
        let titleWidth = min(44, shown.map { DisplayWidth.of(titles[$0.rule] ?? "") }.max() ?? 0)
        var section = ""
        for r in shown {
            let sec = RulePack.section(of: r.clause)
            if sec != section {
                section = sec
                out.append("  " + paint(pack.sectionTitle(sec, l), .bold))
            }
            let (mark, tone) = Self.mark(r.status)
            var line = "    " + paint(mark, tone) + " " + DisplayWidth.pad(r.clause, to: clauseWidth) + "  "
                + DisplayWidth.pad(titles[r.rule] ?? "", to: titleWidth) + "  " + paint(r.status.name(l), tone)
            if r.status == .fail, let sev = r.severity { line += " " + paint("[" + sev.name(l) + "]", tone) }
            out.append(line)
            if r.status != .pass || !quiet {
                if r.status != .pass || !r.notes.isEmpty || r.message != l.pick("符合要求", "meets the requirement") {
                    out.append("        " + r.message)
                }
                if r.status == .fail || r.status == .error {
                    for loc in r.locations.prefix(5) { out.append("        " + paint(joinPath(s.path, loc.formatted), .dim)) }
                    if !r.remedy.isEmpty { out.append("        " + l.pick("整改建议：", "Remedy: ") + r.remedy) }
                }
                if r.status != .pass { for n in r.notes { out.append("        " + paint(n, .dim)) } }
            }
        }
        out.append("  " + summary(s.counts, score: s.score, l))
        return out
    }

    public func summary(_ counts: [Status: Int], score: Double?, _ l: Language) -> String {
        var parts = [
            l.pick("通过 \(counts[.pass] ?? 0)", "pass \(counts[.pass] ?? 0)"),
            l.pick("不通过 \(counts[.fail] ?? 0)", "fail \(counts[.fail] ?? 0)"),
            l.pick("需人工核验 \(counts[.manual] ?? 0)", "manual \(counts[.manual] ?? 0)"),
            l.pick("不适用 \(counts[.notApplicable] ?? 0)", "not applicable \(counts[.notApplicable] ?? 0)"),
            l.pick("已豁免 \(counts[.waived] ?? 0)", "waived \(counts[.waived] ?? 0)"),
        ]
        if let e = counts[.error], e > 0 { parts.append(l.pick("无法读取 \(e)", "error \(e)")) }
        if let score { parts.append(l.pick("得分 \(formatOneDecimal(score))", "score \(formatOneDecimal(score))")) }
        return parts.joined(separator: l.pick("，", ", "))
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

    func paint(_ s: String, _ tone: Tone) -> String {
        guard color, tone != .plain else { return s }
        return "\u{1B}[\(tone.rawValue)m\(s)\u{1B}[0m"
    }
}
