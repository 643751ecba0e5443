/// What changed between two inspection rounds (整改销号 follow-up): per station, the rules fixed,
/// the rules that regressed, and the score change; stations added or gone.
public struct ReportDiff: Sendable {
    public struct StationChange: Sendable {
        public let path: String
        public let name: String?
        public let oldScore: Double?
        public let newScore: Double?
        /// Rules that failed (or could not be read) before and pass (or are waived) now.
        public let fixed: [String]
        /// Rules that passed before and fail now.
        public let regressed: [String]
        /// Rules failing in both rounds.
        public let stillFailing: [String]
    }

    public let changes: [StationChange]

    /// Matches stations by division code when both have one, by path otherwise.
    public init(old: RunReport, new: RunReport) {
        func key(_ s: StationReport) -> String { s.divisionCode.map { "code:" + $0 } ?? "path:" + s.path }
        let oldByKey = Dictionary(old.stations.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let newByKey = Dictionary(new.stations.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        var out: [StationChange] = []
        for k in Set(oldByKey.keys).union(newByKey.keys) {
            let o = oldByKey[k], n = newByKey[k]
            let before = Dictionary((o?.results ?? []).map { ($0.rule, $0.status) }, uniquingKeysWith: { a, _ in a })
            let after = Dictionary((n?.results ?? []).map { ($0.rule, $0.status) }, uniquingKeysWith: { a, _ in a })
            let bad: Set<Status> = [.fail, .error]
            let good: Set<Status> = [.pass, .waived, .notApplicable]
            let rules = Set(before.keys).union(after.keys).sorted { ClauseOrder.less(Self.clause($0), Self.clause($1)) }
            out.append(StationChange(
                path: n?.path ?? o!.path, name: n?.name ?? o?.name, oldScore: o?.score, newScore: n?.score,
                fixed: rules.filter { bad.contains(before[$0] ?? .pass) && good.contains(after[$0] ?? .fail) },
                regressed: rules.filter { good.contains(before[$0] ?? .fail) && bad.contains(after[$0] ?? .pass) },
                stillFailing: rules.filter { bad.contains(before[$0] ?? .pass) && bad.contains(after[$0] ?? .pass) }))
        }
        changes = out.sorted { $0.path < $1.path }
    }

    static func clause(_ ruleID: String) -> String {
        ruleID.split(separator: "-").last.map(String.init) ?? ruleID
    }

    public func text(_ l: Language) -> String {
        var lines: [String] = []
        for c in changes {
            let title = (c.name ?? c.path) + "  " + c.path
            var score: String
            switch (c.oldScore, c.newScore) {
            case let (o?, n?):
                let d = n - o
                score = "\(formatOneDecimal(o)) → \(formatOneDecimal(n))（\(d >= 0 ? "+" : "")\(formatOneDecimal(d))）"
                if l == .en { score = score.replacingOccurrences(of: "（", with: " (").replacingOccurrences(of: "）", with: ")") }
            case (nil, let n?): score = l.pick("新增站点，得分 \(formatOneDecimal(n))", "new station, score \(formatOneDecimal(n))")
            case (let o?, nil): score = l.pick("本轮未检查（上轮得分 \(formatOneDecimal(o))）", "not in this round (was \(formatOneDecimal(o)))")
            default: score = ""
            }
            lines.append(title)
            lines.append("  " + l.pick("得分：", "score: ") + score)
            if !c.fixed.isEmpty { lines.append("  " + l.pick("已整改：", "fixed: ") + c.fixed.joined(separator: l.pick("、", ", "))) }
            if !c.regressed.isEmpty { lines.append("  " + l.pick("新增不通过：", "regressed: ") + c.regressed.joined(separator: l.pick("、", ", "))) }
            if !c.stillFailing.isEmpty { lines.append("  " + l.pick("仍未整改：", "still failing: ") + c.stillFailing.joined(separator: l.pick("、", ", "))) }
        }
        let fixed = changes.map(\.fixed.count).reduce(0, +), regressed = changes.map(\.regressed.count).reduce(0, +)
        lines.append(l.pick("合计：已整改 \(fixed) 项，新增不通过 \(regressed) 项，\(changes.count) 个站点",
                            "total: \(fixed) fixed, \(regressed) regressed, \(changes.count) stations"))
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSON {
        .object([
            ("stations", .array(changes.map { c in
                .object([
                    ("path", .string(c.path)), ("name", c.name.map { .string($0) } ?? .null),
                    ("oldScore", c.oldScore.map { .oneDecimal($0) } ?? .null), ("newScore", c.newScore.map { .oneDecimal($0) } ?? .null),
                    ("fixed", .array(c.fixed.map { .string($0) })), ("regressed", .array(c.regressed.map { .string($0) })),
                    ("stillFailing", .array(c.stillFailing.map { .string($0) })),
                ])
            })),
            ("summary", .object([
                ("fixed", .int(changes.map(\.fixed.count).reduce(0, +))),
                ("regressed", .int(changes.map(\.regressed.count).reduce(0, +))),
            ])),
        ])
    }
}
