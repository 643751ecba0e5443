import Foundation
import StationLintCore

/// `stationlint-bench yaml`: parse-to-tree speed of `YAMLDocument(bytes:)` on a corpus in memory.
enum YAMLBench {
    static func run(_ options: YAMLBenchOptions) -> Int32 {
        let loaded = MonotonicClock.time { Corpus.load(options.dirs, suffix: ".yaml") }
        var corpus: Corpus
        switch loaded.result {
        case .success(let c): corpus = c
        case .failure(let problem):
            printError("stationlint-bench: \(problem.message)")
            return 2
        }
        if corpus.files.isEmpty {
            printError("stationlint-bench: no .yaml files below \(options.dirs.joined(separator: " "))")
            return 2
        }
        print("stationlint-bench yaml: \(options.dirs.joined(separator: " "))")
        print("read: \(corpus.files.count) files, \(mb(corpus.totalBytes)) MB into memory in \(fixed(loaded.seconds, 2)) s")

        // Verification pass (untimed): every file must parse; it gives the checksum every timed pass
        // must reproduce, and the total node count.
        var failed = Set<Int>()
        var checksum = 0
        var nodes = 0
        for (i, bytes) in corpus.files.enumerated() {
            do {
                let root = try YAMLDocument(bytes: bytes).root
                checksum &+= ParseRun.outline(root)
                nodes &+= ParseRun.nodeCount(root)
            } catch {
                failed.insert(i)
                if failed.count <= 10 { printError(error.diagnostic(file: corpus.paths[i], lang: .en).formatted) }
            }
        }
        if !failed.isEmpty {
            printError("stationlint-bench: \(failed.count) file(s) did not parse; timing the other \(corpus.files.count - failed.count)")
            corpus = corpus.removing(failed)
        }
        print("corpus: \(corpus.files.count) files, \(mb(corpus.totalBytes)) MB (MB = 10^6 bytes), "
            + "largest file \(mb(corpus.files.map(\.count).max() ?? 0)) MB")
        print("checksum: \(nodes) nodes in \(corpus.files.count) files; each timed run must see \(checksum) roots, keys and records")

        let bytes = corpus.totalBytes
        let files = corpus.files
        var configurations = [1]
        if options.jobs > 1 { configurations.append(options.jobs) }
        let order = ParseRun.largestFirst(files)
        for jobs in configurations {
            var rates: [Double] = []
            var times: [Double] = []
            for _ in 0..<options.repeats {
                let run = MonotonicClock.time {
                    jobs == 1 ? ParseRun.serial(files) : ParseRun.parallel(files, largestFirst: order, jobs: jobs)
                }
                if run.result != checksum {
                    printError("stationlint-bench: a timed run saw \(run.result) roots, keys and records, not \(checksum)")
                    return 1
                }
                times.append(run.seconds)
                rates.append(Double(bytes) / 1e6 / run.seconds)
            }
            let label = jobs == 1 ? "1 job" : "\(jobs) jobs"
            print("parse-to-tree, \(label): median \(fixed(median(rates), 1)) MB/s, \(fixed(median(times), 3)) s"
                + " (\(options.repeats) run\(options.repeats == 1 ? "" : "s"), MB/s: \(rates.map { fixed($0, 1) }.joined(separator: " ")))")
        }
        return failed.isEmpty ? 0 : 1
    }

    static func mb(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 2) }

    static func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
}
