import Foundation
import XCTest
@testable import StationLintCore

/// A batch finds every station first and reads each one later: a folder that is moved or
/// deleted in between is still reported, with what happened, and the others are checked.
/// Deterministic: the folder is removed between `Discovery.find` and `BatchRunner.run`.
final class VanishedStationTests: XCTestCase {
    func testAStationGoneBetweenDiscoveryAndLoadingIsReportedNotDropped() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-vanish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let village = FixturePath.root.appendingPathComponent("stations/village").path
        for name in ["a", "b", "c"] {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: village, toPath: root.appendingPathComponent(name).path)
        }
        let (found, errors) = Discovery.find([root.path], lang: .zh)
        XCTAssertEqual(found.count, 3)
        XCTAssertEqual(errors, [])
        try FileManager.default.removeItem(at: root.appendingPathComponent("b"))

        for (lang, message) in [(Language.zh, "站点文件夹已不存在（在找到之后、读取之前被移走或删除）"),
                                (.en, "the station folder is gone (moved or deleted after it was found)")] {
            let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day(year: 2024, month: 12, day: 31)!, lang: lang))
            let reports = BatchRunner(evaluator: evaluator, jobs: 2).run(found)
            XCTAssertEqual(reports.map(\.path), found.map(\.path), "stations found = stations reported")
            let gone = reports[1]
            XCTAssertEqual(gone.errors.map(\.formatted), ["station.yaml:1:1: error: " + message])
            XCTAssertTrue(gone.results.allSatisfy { $0.status == .error }, "no rule passes or fails on a folder that is not there")
            XCTAssertEqual(reports[0].errors, [])
            XCTAssertEqual(reports[0].counts, reports[2].counts)
        }
    }

    func testAFileWhereTheLedgerFolderShouldBeIsAnError() {
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day(year: 2024, month: 12, day: 31)!, lang: .en))
        let files = MemoryStationFiles(files: ["station.yaml": Array("station:\n  name: x\n  level: village\n".utf8), "台账": []])
        let station = evaluator.load(files, path: "s")
        XCTAssertEqual(station.errors.map(\.formatted), ["台账:1:1: error: '台账' is a file; it must be a folder holding the ledgers"])
        XCTAssertTrue(station.ledgers.values.allSatisfy { if case .unreadable = $0 { true } else { false } })
    }
}
