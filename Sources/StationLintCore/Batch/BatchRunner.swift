import Dispatch
import Foundation

/// Checks many stations in parallel and hands their reports over in the order found, so the
/// output is the same bytes whatever `jobs` is. A county centre, whose clauses read its
/// townships' results (5.4.1.3–5.4.1.6), waits for those townships only: the declarations are
/// read first to tell who waits for whom, then stations are checked in order, a county's
/// townships first and the county right after them (`Schedule`). A station's data is loaded,
/// checked and dropped, and its report
/// is handed over as soon as it and every station before it are done, so a batch holds only the
/// reports that wait for an earlier one.
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

    /// Every report, in the order found.
    public func run(_ stations: [Discovery.Found], progress: (@Sendable (Int) -> Void)? = nil) -> [StationReport] {
        let reports = Locked([StationReport]())
        stream(stations, identities: identities(stations), progress: progress, prepare: { _, r in r }) { _, r in
            reports.withLock { $0.append(r) }
        }
        return reports.withLock { $0 }
    }

    /// Checks every station and hands `deliver` what `prepare` made of each report, in the order
    /// found, one call at a time. `prepare` runs on the worker that checked the station (render
    /// its parts there, in parallel); `identities` are the stations' declarations, in order.
    public func stream<T: Sendable>(_ stations: [Discovery.Found], identities: [DeclaredStation], progress: (@Sendable (Int) -> Void)? = nil,
                                    prepare: @Sendable (Int, StationReport) -> T, deliver: @escaping @Sendable (Int, T) -> Void) {
        let needs = RelatedNeeds(evaluator.pack)
        let schedule = Schedule(identities, needs: needs)
        let related = Locked([Int: (today: RelatedResults.Entry, later: RelatedResults.Entry?)]())
        let delivery = OrderedDelivery<T>(deliver)
        parallel(count: stations.count, next: schedule.next) { i in
            let station = evaluator.load(DiskStationFiles(root: stations[i].path), path: stations[i].path)
            let waitsFor = schedule.dependencies(of: i)
            func context(_ later: Bool) -> RelatedResults {
                guard schedule.isReader(i) else { return .none }
                let entries = related.withLock { e in waitsFor.compactMap { later ? e[$0]?.later : e[$0]?.today } }
                return RelatedResults(entries: entries.sorted { $0.path < $1.path }, isBatch: true)
            }
            var report = evaluator.evaluate(station, related: context(false))
            let later = laterEvaluation(station, report, related: context(true))
            report.dueSoon = later?.due
            if schedule.isRead(i), let entry = RelatedResults.Entry(report, needs) {
                let laterEntry = later.flatMap { RelatedResults.Entry($0.report, needs) }
                related.withLock { $0[i] = (entry, laterEntry) }
            }
            schedule.done(i)
            delivery.put(i, prepare(i, report))
            progress?(1)
        }
    }

    /// With `dueWithin`: the station evaluated as of N days later (the same loaded files), and
    /// what falls due between.
    func laterEvaluation(_ station: Station, _ today: StationReport, related: RelatedResults) -> (report: StationReport, due: [DueSoon])? {
        guard let days = dueWithin else { return nil }
        let later = evaluator.moved(to: evaluator.options.asOf.plus(days: days)).evaluate(station, related: related)
        return (later, DueSoon.find(today: today, later: later, station: station, evaluator: evaluator, days: days))
    }

    /// Each station's declaration (level and division code), read on every worker.
    public func identities(_ stations: [Discovery.Found]) -> [DeclaredStation] {
        let out = Locked([DeclaredStation?](repeating: nil, count: stations.count))
        let counter = Counter()
        parallel(count: stations.count, next: { counter.take(below: stations.count) }) { i in
            let path = stations[i].path
            let identity = evaluator.load(DiskStationFiles(root: path), path: path, identityOnly: true)
            let found = DeclaredStation(path: path, level: identity.level, divisionCodeText: identity.divisionCodeText)
            out.withLock { $0[i] = found }
        }
        return out.withLock { $0.compactMap { $0 } }  // every index is set above
    }

    /// For `--shard`: the unit of the pack's highest level each station lies in (its division
    /// code cut to that level's digits, else its path). Every shard job must see the same split,
    /// so each reads every declaration, on all its workers.
    public func shardGroups(_ identities: [DeclaredStation]) -> [String: String] {
        let digits = evaluator.pack.schema.levels.all.first?.codeDigits ?? 12
        var groups = [String: String](minimumCapacity: identities.count)
        for s in identities { groups[s.path] = s.divisionCode?.truncated(to: digits) ?? s.path }
        return groups
    }

    /// Runs `body` on the indices `next` hands out, on `jobs` threads; `next` returns nil when
    /// there are no more.
    func parallel(count: Int, next: @Sendable @escaping () -> Int?, _ body: @Sendable (Int) -> Void) {
        if jobs == 1 || count < 2 {
            while let i = next() { body(i) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            while let i = next() { body(i) }
        }
    }
}

/// A station's declaration as the batch plans with it: who it is, at what level, under which
/// division code.
public struct DeclaredStation: Sendable {
    public let path: String
    public let level: String?
    /// The code as declared (reports give it so).
    public let divisionCodeText: String?

    public var divisionCode: DivisionCode? { divisionCodeText.flatMap(DivisionCode.init) }
}

/// The order stations are checked in: by path, except that the stations a county centre reads
/// (its townships, by division code) are checked first, the county right after them, then the
/// rest of its folder. The county comes first in path order (its folder holds the others), so
/// every report after it waits for it: checking it early keeps that wait, and the reports held
/// meanwhile, short. A county is never taken before its townships are done. Only readers wait,
/// and only for stations that never wait, so the schedule cannot stall.
final class Schedule: Sendable {
    private struct State {
        var nextPlain = 0
        /// Readers still waiting: how many of their stations are not done.
        var waiting: [Int: Int] = [:]
        /// Readers whose stations are done, earliest in the order first.
        var ready: [Int] = []
    }

    /// The stations that never wait, in the order they are checked.
    private let plain: [Int]
    /// Each station's place in that order (readers included).
    private let rank: [Int]
    /// Reader → the stations it reads (every reader has an entry); station → the readers that read it.
    private let reads: [Int: [Int]]
    private let readBy: [Int: [Int]]
    private let state: Locked<State>
    private let wake = NSCondition()

    init(_ identities: [DeclaredStation], needs: RelatedNeeds) {
        var plain: [Int] = [], readers = Set<Int>()
        for (i, s) in identities.enumerated() {
            if let level = s.level, needs.readers.contains(level) { readers.insert(i) } else { plain.append(i) }
        }
        // Read: every station that is no reader, of a level read, with a valid code. A reader
        // waits for those under its own code (the clause picks its level's among them).
        let read = plain.compactMap { i -> (Int, DivisionCode)? in
            guard let level = identities[i].level, needs.levels.contains(level), let code = identities[i].divisionCode else { return nil }
            return (i, code)
        }
        var reads: [Int: [Int]] = [:], readBy: [Int: [Int]] = [:]
        var state = State()
        for r in readers.sorted() {
            let under = identities[r].divisionCode.map { code in read.filter { $0.1.isUnder(code) }.map { $0.0 } } ?? []
            reads[r] = under
            for j in under { readBy[j, default: []].append(r) }
            if under.isEmpty { state.ready.append(r) } else { state.waiting[r] = under.count }
        }
        // A station read goes just before the first reader that reads it; a reader at its own place.
        var key = identities.indices.map { (at: $0, kind: 2, index: $0) }
        for (r, under) in reads {
            key[r] = (r, 1, r)
            for j in under where key[j].kind == 2 || r < key[j].at { key[j] = (r, 0, j) }
        }
        let order = identities.indices.sorted { key[$0] < key[$1] }
        var rank = [Int](repeating: 0, count: identities.count)
        for (k, i) in order.enumerated() { rank[i] = k }
        self.rank = rank
        self.plain = order.filter { !readers.contains($0) }
        state.ready.sort { rank[$0] < rank[$1] }
        self.reads = reads
        self.readBy = readBy
        self.state = Locked(state)
    }

    func isReader(_ i: Int) -> Bool { reads[i] != nil }

    /// Whether a reader waits for this station.
    func isRead(_ i: Int) -> Bool { readBy[i] != nil }

    func dependencies(of i: Int) -> [Int] { reads[i] ?? [] }

    /// The next station to check: a ready reader if it comes before the next plain station,
    /// else that one; waits while only waiting readers are left; nil when all are handed out.
    @Sendable func next() -> Int? {
        wake.lock()
        defer { wake.unlock() }
        while true {
            let taken: Int?? = state.withLock { s in
                if let r = s.ready.first, s.nextPlain >= plain.count || rank[r] < rank[plain[s.nextPlain]] {
                    s.ready.removeFirst()
                    return r
                }
                if s.nextPlain < plain.count {
                    s.nextPlain += 1
                    return plain[s.nextPlain - 1]
                }
                return s.waiting.isEmpty ? .some(nil) : nil
            }
            if let taken { return taken }
            wake.wait()
        }
    }

    /// A station is done: the readers waiting for it that have nothing left to wait for are ready.
    func done(_ i: Int) {
        guard let waiters = readBy[i] else { return }
        wake.lock()
        state.withLock { s in
            for r in waiters {
                guard let left = s.waiting[r] else { continue }
                if left == 1 {
                    s.waiting[r] = nil
                    s.ready.insert(r, at: s.ready.firstIndex { rank[$0] > rank[r] } ?? s.ready.endIndex)
                } else {
                    s.waiting[r] = left - 1
                }
            }
        }
        wake.broadcast()
        wake.unlock()
    }
}

/// Hands values over in index order, one at a time, as soon as every earlier one is in.
final class OrderedDelivery<T: Sendable>: Sendable {
    private struct State {
        var next = 0
        var held: [Int: T] = [:]
        /// Whether a worker is handing values over now.
        var draining = false
    }

    private let state = Locked(State())
    private let deliver: @Sendable (Int, T) -> Void

    init(_ deliver: @escaping @Sendable (Int, T) -> Void) { self.deliver = deliver }

    /// Hands over what is ready, outside the lock: a worker that finished a later station goes
    /// back to checking at once, while the one draining writes (a write the kernel holds back,
    /// as it does once a large report's pages pile up, then stalls one worker, not both). The
    /// flag is set and cleared under the lock, so a value put while another worker drains is
    /// handed over by that worker.
    func put(_ i: Int, _ value: T) {
        let drains = state.withLock { s -> Bool in
            s.held[i] = value
            guard !s.draining else { return false }
            s.draining = true
            return true
        }
        guard drains else { return }
        while true {
            let ready = state.withLock { s -> [(Int, T)] in
                var out: [(Int, T)] = []
                while let v = s.held.removeValue(forKey: s.next) {
                    out.append((s.next, v))
                    s.next += 1
                }
                if out.isEmpty { s.draining = false }
                return out
            }
            if ready.isEmpty { return }
            for (k, v) in ready { deliver(k, v) }
        }
    }
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

    init(levels: Set<String>, rules: Set<String>, readers: Set<String>) {
        self.levels = levels
        self.rules = rules
        self.readers = readers
    }

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

extension RelatedResults.Entry {
    /// What a reader needs of a station's report: its level, code and the status of the rules
    /// read; nil when its level is not read or its code is not valid.
    init?(_ r: StationReport, _ needs: RelatedNeeds) {
        guard let level = r.level, needs.levels.contains(level), let codeText = r.divisionCode, let code = DivisionCode(codeText) else { return nil }
        let read = r.results.filter { needs.rules.contains($0.rule) }
        self.init(path: r.path, name: r.name ?? r.path, code: code, level: level,
                  results: Dictionary(read.map { ($0.rule, $0.status) }, uniquingKeysWith: { a, _ in a }))
    }
}
