import XCTest
@testable import StationLintCore

/// The streaming batch's parts: the schedule (a county waits for its own townships only, which
/// are checked first, and goes as soon as they are done), delivery in order whatever order stations finish in, and
/// the spool that keeps a format's station parts on disk until its head can be written.
final class StreamingBatchTests: XCTestCase {
    static let needs = RelatedNeeds(levels: ["township"], rules: ["R"], readers: ["county"])

    static func station(_ path: String, _ level: String, _ code: String?) -> DeclaredStation {
        DeclaredStation(path: path, level: level, divisionCodeText: code)
    }

    /// Two counties, each before its townships in path order, and a village nobody reads.
    static let region = [
        station("a", "county", "140105000000"),           // 0 reads 1, 2
        station("a/t1", "township", "140105001000"),      // 1
        station("a/t2", "township", "140105002000"),      // 2
        station("b", "county", "140106000000"),           // 3 reads 5
        station("b/v", "village", "140106001001"),        // 4 not read (a village)
        station("b/t", "township", "140106001000"),       // 5
        station("c", "county", "not a code"),             // 6 reads nothing: ready at once
    ]

    func testACountyWaitsForItsOwnTownshipsOnly() {
        let schedule = Schedule(Self.region, needs: Self.needs)
        XCTAssertEqual(schedule.dependencies(of: 0), [1, 2])
        XCTAssertEqual(schedule.dependencies(of: 3), [5])
        XCTAssertEqual(schedule.dependencies(of: 6), [])
        XCTAssertTrue(schedule.isRead(1) && schedule.isRead(5))
        XCTAssertFalse(schedule.isRead(4), "a village is not read by a county clause")
        // One worker: each station done as soon as it is handed out.
        var order: [Int] = []
        while let i = schedule.next() {
            order.append(i)
            schedule.done(i)
        }
        XCTAssertEqual(order, [1, 2, 0, 5, 3, 4, 6], "a county's townships first, then the county, then the rest of its folder")
        XCTAssertEqual(Set(order), Set(0..<7))
    }

    func testWorkersNeverTakeACountyBeforeItsTownshipsAreDone() {
        let schedule = Schedule(Self.region, needs: Self.needs)
        let done = Locked(Set<Int>())
        let broken = Locked([String]())
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            while let i = schedule.next() {
                let missing = Set(schedule.dependencies(of: i)).subtracting(done.withLock { $0 })
                if !missing.isEmpty { broken.withLock { $0.append("\(i) before \(missing.sorted())") } }
                usleep(UInt32.random(in: 0...2000))
                done.withLock { _ = $0.insert(i) }
                schedule.done(i)
            }
        }
        XCTAssertEqual(broken.withLock { $0 }, [])
        XCTAssertEqual(done.withLock { $0 }, Set(0..<7))
    }

    func testDeliveryIsInOrderWhateverOrderItemsFinish() {
        let got = Locked([Int]())
        let delivery = OrderedDelivery<Int> { i, v in
            XCTAssertEqual(i, v)
            got.withLock { $0.append(v) }
        }
        for i in [3, 1, 0, 2, 5, 4] {
            delivery.put(i, i)
            // Nothing is handed over while an earlier one is missing.
            XCTAssertEqual(got.withLock { $0 }, Array(0..<got.withLock { $0.count }))
        }
        XCTAssertEqual(got.withLock { $0 }, [0, 1, 2, 3, 4, 5])
    }

    func testDeliveryFromManyThreadsIsInOrderAndOneAtATime() {
        let got = Locked([Int]())
        let inside = Locked(0)
        let overlapped = Locked(false)
        let delivery = OrderedDelivery<Int> { _, v in
            if inside.withLock({ n -> Bool in n += 1; return n > 1 }) { overlapped.withLock { $0 = true } }
            usleep(UInt32.random(in: 0...200))  // a write that takes a while
            got.withLock { $0.append(v) }
            inside.withLock { $0 -= 1 }
        }
        let order = Array(0..<400).shuffled()
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let k = next.take(below: order.count) { delivery.put(order[k], order[k]) }
        }
        XCTAssertEqual(got.withLock { $0 }, Array(0..<400), "every value once, in order, after the last put returned")
        XCTAssertFalse(overlapped.withLock { $0 }, "never two deliveries at once")
    }

    func testTheSpoolGivesBackEachPartAndLeavesNoFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-spool-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        setenv("TMPDIR", folder, 1)
        defer { unsetenv("TMPDIR") }
        let spool = Spool(inMemory: false)
        var parts: [[UInt8]] = []
        for i in 0..<300 {
            // Parts of every size around the one-megabyte buffer, Chinese text included.
            let part = Array(String(repeating: "第\(i)站，", count: i * 37 + (i == 150 ? 200_000 : 0)).utf8)
            parts.append(part)
            try spool.append(part)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], "the spool's file is unlinked as soon as it is opened")
        for i in [299, 0, 150, 7, 151] { XCTAssertEqual(try spool.part(i), parts[i], "part \(i)") }
        XCTAssertEqual(spool.count, 300)
    }
}
