import Dispatch
import Foundation
import StationLintCore

/// One timed pass over a corpus: parse every file to a tree, take a checksum, drop the tree.
///
/// A timed pass's checksum reads the top two levels of each tree (`outline`: a ledger's keys and
/// its records), which needs the whole tree built but costs almost nothing; walking every node
/// (`nodeCount`, done once in the untimed verification pass) would add about 10% to the time and
/// measure the walk, not the parser. Every timed pass must reproduce the verification's outline.
enum ParseRun {
    /// Parses each file on the calling thread; returns the checksum.
    static func serial(_ files: [[UInt8]]) -> Int {
        var sum = 0
        for bytes in files { sum &+= parse(bytes) }
        return sum
    }

    /// Parses the files on `jobs` worker threads, each taking the next file (largest first) until
    /// none is left; returns the checksum.
    static func parallel(_ files: [[UInt8]], largestFirst order: [Int], jobs: Int) -> Int {
        let queue = WorkQueue(order)
        let tally = Tally()
        inParallel(workers: jobs) { _ in
            var sum = 0
            while let i = queue.next() { sum &+= parse(files[i]) }
            tally.add(sum)
        }
        return tally.total
    }

    /// Indices of `files`, largest first (ties by index), so no worker is left with a big file at the end.
    static func largestFirst(_ files: [[UInt8]]) -> [Int] {
        files.indices.sorted { files[$0].count != files[$1].count ? files[$0].count > files[$1].count : $0 < $1 }
    }

    /// Parses one file; its outline, or 0 when it does not parse (the verification pass has already
    /// set those aside).
    static func parse(_ bytes: [UInt8]) -> Int {
        guard let document = try? YAMLDocument(bytes: bytes) else { return 0 }
        return outline(document.root)
    }

    /// The root, its children, and their children: for a ledger, 1 + its keys + its records.
    static func outline(_ node: Node) -> Int {
        var n = 1
        switch node.content {
        case .null, .scalar: break
        case .sequence(let items):
            for item in items { n &+= 1 &+ width(item) }
        case .mapping(let pairs):
            for pair in pairs { n &+= 1 &+ width(pair.value) }
        }
        return n
    }

    static func width(_ node: Node) -> Int {
        switch node.content {
        case .null, .scalar: return 0
        case .sequence(let items): return items.count
        case .mapping(let pairs): return pairs.count
        }
    }

    /// Every node: mappings, sequences, scalars, nulls, and each mapping key.
    static func nodeCount(_ node: Node) -> Int {
        switch node.content {
        case .null, .scalar: return 1
        case .sequence(let items):
            var n = 1
            for item in items { n &+= nodeCount(item) }
            return n
        case .mapping(let pairs):
            var n = 1
            for pair in pairs { n &+= 1 &+ nodeCount(pair.value) }
            return n
        }
    }
}

/// Runs `body(worker)` for each worker index on `workers` threads and returns when all are done.
/// Parallel work lives in ordinary functions like this one: a closure written in top-level code
/// would belong to the main actor and trap on a worker thread.
func inParallel(workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
    DispatchQueue.concurrentPerform(iterations: workers, execute: body)
}

/// Hands out work items to worker threads, each exactly once.
final class WorkQueue: Sendable {
    private let items: [Int]
    private let taken = Counter()

    init(_ items: [Int]) { self.items = items }

    func next() -> Int? { taken.take(below: items.count).map { items[$0] } }
}

/// A sum that worker threads add to.
final class Tally: Sendable {
    private let sum = Locked(0)

    func add(_ n: Int) { sum.withLock { $0 &+= n } }

    var total: Int { sum.withLock { $0 } }
}
