import XCTest
@testable import StationLintCore

/// A stratified sample takes at least one station from every stratum that has any: a
/// proportional share alone gives a county of 1 among 100 stations none at a sample of 2.
final class SamplingStrataTests: XCTestCase {
    func candidates(_ sizes: [String: Int]) -> [Sampling.Candidate] {
        sizes.flatMap { level, n in (0..<n).map { Sampling.Candidate(path: "\(level)/\($0)", name: nil, level: level, divisionCode: nil) } }
    }

    func testASmallStratumIsNotRoundedAway() {
        let picked = Sampling.sample(candidates(["county": 99, "village": 1]), count: 2, seed: "1", by: .level)
        XCTAssertEqual(picked.map(\.stratum), ["county", "village"])
    }

    func testMoreStrataThanTheCountGrowsTheSample() {
        let picked = Sampling.sample(candidates(["a": 5, "b": 1, "c": 2]), count: 1, seed: "x", by: .level)
        XCTAssertEqual(Set(picked.map(\.stratum)), ["a", "b", "c"])
    }

    func testTheRestIsProportionalAndTheTotalKept() {
        for seed in ["1", "2", "3"] {
            let picked = Sampling.sample(candidates(["a": 60, "b": 30, "c": 10]), count: 10, seed: seed, by: .level)
            XCTAssertEqual(picked.count, 10)
            let per = Dictionary(grouping: picked, by: \.stratum).mapValues(\.count)
            XCTAssertEqual(per, ["a": 6, "b": 3, "c": 1], seed)
            XCTAssertEqual(Set(picked.map(\.candidate.path)).count, 10, "no station twice")
        }
        XCTAssertEqual(Sampling.sample(candidates(["a": 3]), count: 10, seed: "1", by: nil).count, 3, "all of them if fewer")
        XCTAssertEqual(Sampling.sample(candidates(["a": 3, "b": 3]), count: 0, seed: "1", by: .level).count, 0)
    }
}
