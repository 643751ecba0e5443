import XCTest
@testable import StationLintCore

/// `--shard` keeps a county and its townships and villages in one shard: the groups come from
/// the declarations' division codes cut to the pack's highest level, read in parallel, and are
/// the same whatever the number of workers.
final class ShardGroupTests: XCTestCase {
    func testStationsGoWithTheirCountyWhateverTheJobs() throws {
        let region = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Fixtures/region").standardizedFileURL.path
        let found = Discovery.find([region], lang: .zh).stations
        XCTAssertEqual(found.count, 6)
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day(year: 2024, month: 12, day: 31)!))
        let one = BatchRunner(evaluator: evaluator, jobs: 1).shardGroups(BatchRunner(evaluator: evaluator, jobs: 1).identities(found))
        let two = BatchRunner(evaluator: evaluator, jobs: 2).shardGroups(BatchRunner(evaluator: evaluator, jobs: 2).identities(found))
        XCTAssertEqual(one, two)
        XCTAssertEqual(Set(one.keys), Set(found.map(\.path)))
        XCTAssertEqual(Set(one.values), ["140105000000"], "all of 小店区 in one group, its code cut to the county's 6 digits: \(one)")
        let shards = (1...3).map { Shard("\($0)/3")!.select(found) { one[$0.path]! } }
        XCTAssertEqual(shards.map(\.count).sorted(), [0, 0, 6], "one county is never split")
    }
}
