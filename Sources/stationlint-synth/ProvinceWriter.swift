import Dispatch
import Foundation
import StationLintCore

/// Writes the planned stations as folders, in parallel; each station from its own seeded
/// generator, so the bytes do not depend on the number of threads.
struct ProvinceWriter {
    let plan: ProvincePlan
    let options: SynthOptions

    /// One station to write: its folder and identity.
    struct Job {
        let path: String
        let identity: StationIdentity
    }

    /// What was written.
    struct Totals {
        var stations = 0, defective = 0, files = 0, bytes = 0
    }

    static let asOf = Day(year: 2024, month: 12, day: 31)!
    /// The bytes of `Fixtures/stations/*/photos/front.jpg`: a placeholder the pack only needs to exist.
    static let photo: [UInt8] = Array("placeholder photo\n".utf8)

    func write() throws -> Totals {
        let out = options.out
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: out), !entries.isEmpty {
            throw SynthProblem(message: "'\(out)' exists and is not empty; give a new folder")
        }
        let jobs = makeJobs(out: out)
        let totals = TotalsBox()
        let next = Counter()
        let workers = max(1, min(options.jobs, jobs.count))
        let seed = options.seed, defects = options.defects
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let k = next.take(below: jobs.count) {
                do {
                    totals.add(try Self.writeStation(jobs[k], seed: seed, defects: defects))
                } catch {
                    totals.fail(SynthProblem.message(of: error))
                }
            }
        }
        if let failure = totals.failure { throw SynthProblem(message: failure) }
        return totals.totals
    }

    /// Counties, then each township and its villages, nested by folder.
    func makeJobs(out: String) -> [Job] {
        var jobs: [Job] = []
        for c in plan.counties {
            let countyPath = out + "/" + c.city.code + "-" + c.city.name + "/" + c.county.code + "-" + c.county.name
            var allVillages: [String] = []
            var townshipJobs: [Job] = []
            for (t, count) in c.townships {
                let townshipPath = countyPath + "/" + t.code + "-" + t.name
                let villages = Self.villageNames(count, township: t.code, seed: options.seed)
                allVillages += villages
                townshipJobs.append(Job(path: townshipPath, identity: StationIdentity(level: .township, code: t.code, region: t.name, villages: villages)))
                for (n, v) in villages.enumerated() {
                    let code = String(t.code.prefix(9)) + String(200 + n + 1)
                    townshipJobs.append(Job(path: townshipPath + "/" + code + "-" + v,
                                            identity: StationIdentity(level: .village, code: code, region: v, villages: [])))
                }
            }
            jobs.append(Job(path: countyPath, identity: StationIdentity(level: .county, code: c.county.code, region: c.county.name, villages: allVillages)))
            jobs += townshipJobs
        }
        return jobs
    }

    /// `count` distinct village names for a township, from common place-name syllables.
    static func villageNames(_ count: Int, township: String, seed: UInt64) -> [String] {
        var rng = SynthRandom(seed: seed, code: township + "names")
        var seen = Set<String>()
        var names: [String] = []
        while names.count < count {
            var name = rng.pick(Words.villagePrefix) + rng.pick(Words.villageMiddle)
            if seen.count > 200 || rng.chance(0.3) { name += rng.pick(Words.villageMiddle) }
            name += rng.pick(Words.villageSuffix)
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    static func writeStation(_ job: Job, seed: UInt64, defects: Double) throws -> Totals {
        var rng = SynthRandom(seed: seed, code: job.identity.code)
        let defect: SynthDefect? = rng.chance(defects) ? rng.pick(SynthDefect.allCases) : nil
        var totals = Totals(stations: 1, defective: defect == nil ? 0 : 1)
        try makeFolder(job.path + "/ledgers")
        try makeFolder(job.path + "/photos")
        let declaration = StationDeclaration.write(job.identity, defect: defect, rng: &rng)
        try writeFile(job.path + "/station.yaml", declaration.bytes, &totals)
        try writeFile(job.path + "/photos/front.jpg", photo, &totals)
        var ledgers = Ledgers(identity: job.identity, defect: defect, asOf: asOf, rng: rng)
        for (name, text) in ledgers.all() {
            try writeFile(job.path + "/ledgers/" + name, text.bytes, &totals)
        }
        return totals
    }

    /// `mkdir -p`.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolder(String(path[..<slash]))
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        }
        throw SynthProblem(message: "cannot create '\(path)': \(String(cString: strerror(errno)))")
    }

    static func writeFile(_ path: String, _ bytes: [UInt8], _ totals: inout Totals) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw SynthProblem(message: "cannot write '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var done = 0
        try bytes.withUnsafeBytes { buf in
            while done < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + done, buf.count - done)
                guard n > 0 else { throw SynthProblem(message: "cannot write '\(path)': \(String(cString: strerror(errno)))") }
                done += n
            }
        }
        totals.files += 1
        totals.bytes += bytes.count
    }
}

/// Totals summed from worker threads, and the first failure.
final class TotalsBox: Sendable {
    private let state = Locked((totals: ProvinceWriter.Totals(), failure: String?.none))

    var totals: ProvinceWriter.Totals { state.withLock { $0.totals } }
    var failure: String? { state.withLock { $0.failure } }

    func add(_ t: ProvinceWriter.Totals) {
        state.withLock { s in
            s.totals.stations += t.stations
            s.totals.defective += t.defective
            s.totals.files += t.files
            s.totals.bytes += t.bytes
        }
    }

    func fail(_ message: String) { state.withLock { if $0.failure == nil { $0.failure = message } } }
}
