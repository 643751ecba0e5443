import Dispatch
import Foundation

/// Checks many stations in parallel and returns their reports in the order found, so the
/// output is the same bytes whatever `jobs` is. Townships and villages are checked first, then
/// county centres with their townships' results at hand (5.4.1.3–5.4.1.6). A station's data is
/// loaded, checked and dropped: only its report is kept.
public struct BatchRunner: Sendable {
    public let evaluator: Evaluator
    public let jobs: Int
    /// `--due-within N`: each station is evaluated again as of N days later, and what passes now
    /// and fails then is kept (`StationReport.dueSoon`); nil for one evaluation only.
    public let dueWithin: Int?

    public init(evaluator: Evaluator, jobs: Int, dueWithin: Int? = nil) {
        self.evaluator = evaluator
        self.jobs = max(1, jobs)
        self.dueWithin = dueWithin
    }

    public func run(_ stations: [Discovery.Found], progress: (@Sendable (Int) -> Void)? = nil) -> [StationReport] {
        let slots = Slots(count: stations.count)
        // First pass: every station but those whose clauses read others' results (the county
        // centres, which wait for their townships).
        let needs = RelatedNeeds(evaluator.pack)
        let related = RelatedCollector(needs: needs)
        // The later evaluation's own results of the townships, for the county's later evaluation.
        let relatedLater = RelatedCollector(needs: needs)
        parallel(Array(stations.indices)) { i in
            // The declaration alone says the level: a county's ledgers (the largest) are read
            // once, in the second pass, not also here.
            let identity = evaluator.load(DiskStationFiles(root: stations[i].path), path: stations[i].path, identityOnly: true)
            if let level = identity.level, needs.readers.contains(level) {
                slots.defer(i)
                return
            }
            let station = evaluator.complete(identity)
            var report = evaluator.evaluate(station)
            related.add(report)
            if let later = laterEvaluation(station, report, related: .none) {
                relatedLater.add(later.report)
                report.dueSoon = later.due
            }
            slots.set(i, report)
            progress?(1)
        }
        let context = related.results()
        let contextLater = relatedLater.results()
        parallel(slots.secondPass()) { i in
            let station = evaluator.load(DiskStationFiles(root: stations[i].path), path: stations[i].path)
            var report = evaluator.evaluate(station, related: context)
            report.dueSoon = laterEvaluation(station, report, related: contextLater)?.due
            slots.set(i, report)
            progress?(1)
        }
        return slots.all()
    }

    /// With `dueWithin`: the station evaluated as of N days later (the same loaded files), and
    /// what falls due between.
    func laterEvaluation(_ station: Station, _ today: StationReport, related: RelatedResults) -> (report: StationReport, due: [DueSoon])? {
        guard let days = dueWithin else { return nil }
        let later = evaluator.moved(to: evaluator.options.asOf.plus(days: days)).evaluate(station, related: related)
        return (later, DueSoon.find(today: today, later: later, station: station, evaluator: evaluator, days: days))
    }

    /// For `--shard`: the unit of the pack's highest level each station lies in (its division
    /// code cut to that level's digits, else its path), by path. Only declarations are read, on
    /// every job's workers: every shard job must see the same split, so each reads them all.
    public func shardGroups(_ stations: [Discovery.Found]) -> [String: String] {
        let digits = evaluator.pack.schema.levels.all.first?.codeDigits ?? 12
        let groups = Locked([String: String](minimumCapacity: stations.count))
        parallel(Array(stations.indices)) { i in
            let path = stations[i].path
            let identity = evaluator.load(DiskStationFiles(root: path), path: path, identityOnly: true)
            let group = identity.divisionCode?.truncated(to: digits) ?? path
            groups.withLock { $0[path] = group }
        }
        return groups.withLock { $0 }
    }

    func parallel(_ indices: [Int], _ body: @Sendable (Int) -> Void) {
        if jobs == 1 || indices.count < 2 {
            for i in indices { body(i) }
            return
        }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, indices.count)) { _ in
            while let k = next.take(below: indices.count) { body(indices[k]) }
        }
    }
}

/// The reports by position, filled from worker threads.
final class Slots: Sendable {
    private let state: Locked<(reports: [StationReport?], pending: [Int])>

    init(count: Int) { state = Locked((Array(repeating: nil, count: count), [])) }

    func set(_ i: Int, _ r: StationReport) { state.withLock { $0.reports[i] = r } }

    func `defer`(_ i: Int) { state.withLock { $0.pending.append(i) } }

    func secondPass() -> [Int] { state.withLock { $0.pending.sorted() } }

    func all() -> [StationReport] { state.withLock { $0.reports.compactMap { $0 } } }
}

/// Hands out indices 0, 1, 2, … to worker threads, each once.
public final class Counter: Sendable {
    private let value = Locked(0)

    public init() {}

    /// The next index, or nil once `limit` have been handed out.
    public func take(below limit: Int) -> Int? {
        value.withLock { v in
            guard v < limit else { return nil }
            v += 1
            return v - 1
        }
    }
}

/// What the pack's clauses over other stations read (the checks' `relatedNeeds`, also of checks
/// nested in `any_of`): which levels, which rules. Only that much of each station is kept for
/// them, not every result of every station.
struct RelatedNeeds {
    /// The levels whose results are read (township), and the rules read of them.
    var levels: Set<String> = []
    var rules: Set<String> = []
    /// The levels whose stations read them (county): checked after all others.
    var readers: Set<String> = []

    init(_ pack: RulePack) {
        for rule in pack.rules {
            for spec in rule.checks {
                let needs = spec.check.relatedNeeds
                guard !needs.isEmpty else { continue }
                for need in needs {
                    levels.insert(need.level)
                    rules.formUnion(need.rules)
                }
                readers.formUnion(rule.levels.filter { spec.applies(to: $0) })
            }
        }
    }
}

/// Collects what county clauses need of other stations: level, code and the status of the
/// rules they read.
final class RelatedCollector: Sendable {
    private let needs: RelatedNeeds
    private let entries = Locked<[RelatedResults.Entry]>([])

    init(needs: RelatedNeeds) { self.needs = needs }

    func add(_ r: StationReport) {
        guard let level = r.level, needs.levels.contains(level), let codeText = r.divisionCode, let code = DivisionCode(codeText) else { return }
        let read = r.results.filter { needs.rules.contains($0.rule) }
        let entry = RelatedResults.Entry(path: r.path, name: r.name ?? r.path, code: code, level: level,
                                         results: Dictionary(read.map { ($0.rule, $0.status) }, uniquingKeysWith: { a, _ in a }))
        entries.withLock { $0.append(entry) }
    }

    func results() -> RelatedResults {
        RelatedResults(entries: entries.withLock { $0.sorted { $0.path < $1.path } }, isBatch: true)
    }
}
