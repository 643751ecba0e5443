/// What changed between two inspection rounds (整改销号 follow-up), made from their two JSON
/// reports alone: per station and clause, 已销号 (failed before, passes now), 逾期未改 (fails in
/// both, and the new round's as-of date is past the deadline the old round set), 未到期 (fails in
/// both, not yet due), 新增 (fails now, did not before); the score change; stations added or gone.
///
/// What only the later as-of date may have brought is marked (`dateOnly`): a waiver that expired
/// between the rounds, and a new failure whose findings are all of a time-window kind (a ledger
/// gone stale, a visit or event that aged out of its window). From two reports alone a new
/// failure of such a kind cannot be told apart from one whose files changed: the mark says
/// "may be", never "is".
public struct ReportDiff: Sendable {
    public enum Change: String, Sendable, CaseIterable {
        /// 已销号: failed (or could not be read) before, passes, is waived or not applicable now.
        case fixed
        /// 逾期未改: fails in both rounds and the new as-of date is after the old deadline.
        case overdue
        /// 未到期 (or, without a deadline, 仍未整改): fails in both rounds, not past a deadline.
        case pending
        /// 新增: fails now, passed before (or the station or rule was not in the old round).
        case new

        public func name(_ l: Language, deadline: Day?) -> String {
            switch self {
            case .fixed: return l.pick("已销号", "fixed")
            case .overdue: return l.pick("逾期未改", "overdue")
            case .pending: return deadline == nil ? l.pick("仍未整改", "still failing") : l.pick("未到期", "not yet due")
            case .new: return l.pick("新增", "new")
            }
        }
    }

    /// Why a change may come only from the later as-of date.
    public enum DateOnly: String, Sendable {
        /// The waiver that excused the fail before expired before the new as-of date.
        case waiverExpired = "waiver_expired"
        /// Every finding of the new fail is of a time-window kind.
        case window

        public func name(_ l: Language) -> String {
            switch self {
            case .waiverExpired: return l.pick("豁免已过期，仅因基准日推后", "waiver expired: only the later as-of date")
            case .window: return l.pick("可能仅因基准日推后", "may be only the later as-of date")
            }
        }
    }

    public struct Item: Sendable {
        public let rule: String
        public let clause: String
        public let title: String
        public let change: Change
        /// The deadline the old round set (for fixed, overdue, pending), or the new round's (new).
        public let deadline: Day?
        public let dateOnly: DateOnly?
        /// What the new round says (the old round's for a fixed clause).
        public let message: String
    }

    public struct StationChange: Sendable {
        public let path: String
        public let name: String?
        public let oldScore: Double?
        public let newScore: Double?
        public let items: [Item]

        public func items(_ change: Change) -> [Item] { items.filter { $0.change == change } }
        /// Rules that failed (or could not be read) before and pass (or are waived) now.
        public var fixed: [String] { items(.fixed).map(\.rule) }
        /// Rules that passed before and fail now.
        public var regressed: [String] { items(.new).map(\.rule) }
        /// Rules failing in both rounds.
        public var stillFailing: [String] { items.filter { $0.change == .overdue || $0.change == .pending }.map(\.rule) }

        /// Whether anything changed: a clause fixed, new or overdue, the score, or the station
        /// is in one round only. A station whose failures all stay and are not yet due has not.
        public var changed: Bool {
            oldScore != newScore || items.contains { $0.change != .pending }
        }
    }

    public let oldAsOf: Day
    public let newAsOf: Day
    /// Every station of either round, by path.
    public let stations: [StationChange]

    /// The stations a report shows: those that changed, or all.
    public func shown(all: Bool) -> [StationChange] { all ? stations : stations.filter(\.changed) }

    /// Whether a failure is new or overdue (the exit code 1 of `diff`).
    public var needsAction: Bool { stations.contains { $0.items.contains { $0.change == .new || $0.change == .overdue } } }

    public func count(_ change: Change) -> Int { stations.map { $0.items(change).count }.reduce(0, +) }

    /// The message ids of the checks whose verdict depends on a time window before the as-of
    /// date (how fresh a ledger is, when the last visit or event was, records within a window).
    public static let windowMessagePrefixes = ["fresh.", "visit.", "visited.", "event.", "records_within.", "ledger.empty_not_fresh", "window"]

    static func isWindow(_ m: Message) -> Bool {
        windowMessagePrefixes.contains { m.id == $0 || ($0.hasSuffix(".") && m.id.hasPrefix($0)) }
    }

    /// Matches stations by division code when both have one, by path otherwise. `title` names
    /// a rule (the pack's title; the id when the pack does not know it).
    public init(old: RunReport, new: RunReport, title: (String) -> String = { $0 }) {
        oldAsOf = old.asOf
        newAsOf = new.asOf
        func key(_ s: StationReport) -> String { s.divisionCode.map { "code:" + $0 } ?? "path:" + s.path }
        let oldByKey = Dictionary(old.stations.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let newByKey = Dictionary(new.stations.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let bad: Set<Status> = [.fail, .error]
        let good: Set<Status> = [.pass, .waived, .notApplicable]
        var out: [StationChange] = []
        for k in Set(oldByKey.keys).union(newByKey.keys) {
            let o = oldByKey[k], n = newByKey[k]
            let before = Dictionary((o?.results ?? []).map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
            let after = Dictionary((n?.results ?? []).map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
            let rules = Set(before.keys).union(after.keys).sorted { ClauseOrder.less(Self.clause($0), Self.clause($1)) }
            var items: [Item] = []
            for rule in rules {
                let b = before[rule], a = after[rule]
                let wasBad = b.map { bad.contains($0.status) } ?? false
                let isBad = a.map { bad.contains($0.status) } ?? false
                let change: Change
                if wasBad && a.map({ good.contains($0.status) }) == true {
                    change = .fixed
                } else if wasBad && isBad {
                    change = b?.deadline.map { new.asOf > $0 } == true ? .overdue : .pending
                } else if isBad, b.map({ good.contains($0.status) }) ?? true {
                    change = .new
                } else {
                    continue
                }
                let shown = change == .fixed ? b! : a!
                var dateOnly: DateOnly? = nil
                if change == .new, let b, b.status == .waived, let expires = b.waiver?.expires, expires < new.asOf {
                    dateOnly = .waiverExpired
                } else if change == .new, new.asOf > old.asOf, let a, !a.said.isEmpty, a.said.allSatisfy(Self.isWindow) {
                    dateOnly = .window
                }
                items.append(Item(rule: rule, clause: shown.clause, title: title(rule), change: change,
                                  deadline: change == .new ? a?.deadline : b?.deadline, dateOnly: dateOnly, message: shown.message))
            }
            out.append(StationChange(path: n?.path ?? o!.path, name: n?.name ?? o?.name, oldScore: o?.score, newScore: n?.score, items: items))
        }
        stations = out.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    static func clause(_ ruleID: String) -> String {
        ruleID.split(separator: "-").last.map(String.init) ?? ruleID
    }
}
