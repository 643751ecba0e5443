/// What a run keeps of one station once its parts of every report are written: its identity,
/// score and counts, what the exit code, the summary, the roll-up, the ranking, the charts and
/// the region index need — a few hundred bytes, where the station's report (every result with
/// its message and findings) is tens of kilobytes. A batch holds one of these per station and
/// drops the report, so its memory stays flat however many stations it checks.
public struct StationDigest: Sendable {
    public let path: String
    public let name: String?
    public let level: String?
    public let divisionCode: String?
    public let score: Double
    /// Results per status, in `Status.allCases` order: six numbers kept inline (a dictionary
    /// per station would be a few hundred bytes more of it).
    private let countsByStatus: SIMD8<Int32>
    /// The inputs that could not be read, as the station reported them (files relative to it).
    public let errors: [Diagnostic]
    /// Whether the station's errors or warnings hold an input warning (`--fail-on warning`).
    public let hasInputWarning: Bool
    /// A failed clause of any severity, an unreadable clause or an unreadable input
    /// (`RegionView.needsAction`).
    public let needsAction: Bool
    /// The highest severity of a fail, and of a fail the baseline does not know; nil for none.
    let worstFail: Severity?
    let worstNewFail: Severity?
    /// The scored results in result order: clause number (in `clauses`) times two, plus one
    /// when it passed.
    let scored: [UInt16]
    /// The gap list's counts: fails and unreadable clauses, and clauses to verify by hand.
    public let gapCount: Int
    public let manualCount: Int
    public let baselineCounts: (known: Int, new: Int, fixed: Int)
    /// The fails as `--write-baseline` records them; nil unless asked for (they are the one
    /// part that grows with the findings).
    public let failures: [Baseline.Entry]?

    /// The digest of a station's rendered report; `clauses` numbers the clause texts.
    public init(_ s: StationReport, clauses: ClauseNumbers, keepFailures baselineKey: String? = nil) {
        path = s.path
        name = s.name
        level = s.level
        divisionCode = s.divisionCode
        score = s.score
        let counts = s.counts
        var byStatus = SIMD8<Int32>()
        for (k, status) in Status.allCases.enumerated() { byStatus[k] = Int32(clamping: counts[status] ?? 0) }
        countsByStatus = byStatus
        errors = s.errors
        hasInputWarning = s.errors.contains { $0.severity == .warning } || s.warnings.contains { $0.severity == .warning }
        needsAction = RegionView.needsAction(s)
        var worst: Severity?, worstNew: Severity?
        var scored: [UInt16] = []
        scored.reserveCapacity(s.results.count)  // kept for the whole run: no room to grow
        var gaps = 0, manual = 0
        for r in s.results {
            if r.status == .fail {
                let severity = r.severity ?? .error
                worst = max(worst ?? severity, severity)
                if r.baseline != .known { worstNew = max(worstNew ?? severity, severity) }
            }
            if r.status == .fail || r.status == .error { gaps += 1 }
            if r.status == .manual { manual += 1 }
            if r.scored { scored.append(clauses.number(r.clause) << 1 | (r.status == .pass ? 1 : 0)) }
        }
        worstFail = worst
        worstNewFail = worstNew
        self.scored = scored
        gapCount = gaps
        manualCount = manual
        baselineCounts = s.baselineCounts
        failures = baselineKey.map { key in
            s.results.filter { $0.status == .fail }.map { Baseline.Entry(station: key, path: s.path, rule: $0.rule, clause: $0.clause, message: $0.message) }
        }
    }

    /// Results per status (every status present).
    public var counts: [Status: Int] {
        Dictionary(uniqueKeysWithValues: Status.allCases.enumerated().map { ($1, Int(countsByStatus[$0])) })
    }

    /// `StationReport.fails(atOrAbove:)`.
    public func fails(atOrAbove severity: Severity) -> Bool { worstFail.map { $0 >= severity } ?? false }

    /// `StationReport.failsAnew(atOrAbove:)`.
    public func failsAnew(atOrAbove severity: Severity) -> Bool { worstNewFail.map { $0 >= severity } ?? false }

    /// Each scored result's clause (an index into `ClauseNumbers.texts`) and whether it passed,
    /// in result order.
    func forEachScored(_ body: (Int, Bool) -> Void) {
        for v in scored { body(Int(v >> 1), v & 1 == 1) }
    }
}

/// Numbers the clause texts of a run's results (`5.4.1.3` → 17), so that a digest keeps two
/// bytes per scored result, not a string. Shared by the threads that make digests.
public final class ClauseNumbers: Sendable {
    /// The pack's clauses, numbered once and read by every worker without a lock.
    private let known: [String: UInt16]
    /// Every clause by number, the pack's first; others (a report from another pack) added.
    private let table: Locked<(numbers: [String: UInt16], texts: [String])>

    public init(_ pack: [String] = []) {
        var numbers: [String: UInt16] = [:], texts: [String] = []
        for c in pack where numbers[c] == nil && texts.count < Int(UInt16.max >> 1) {
            numbers[c] = UInt16(texts.count)
            texts.append(c)
        }
        known = numbers
        table = Locked((numbers, texts))
    }

    func number(_ clause: String) -> UInt16 {
        if let n = known[clause] { return n }
        return table.withLock { t in
            if let n = t.numbers[clause] { return n }
            // A clause beyond 32,767 distinct ones (never in a pack) shares the last number.
            let n = UInt16(min(t.texts.count, Int(UInt16.max >> 1)))
            if Int(n) == t.texts.count { t.texts.append(clause) }
            t.numbers[clause] = n
            return n
        }
    }

    /// All texts by number (read once per roll-up, not per result).
    var texts: [String] { table.withLock { $0.texts } }
}
