// Replays every input a fuzz run once broke stationlint with (Fixtures/regressions/TARGET/),
// through the very target that found it. Only in the SwiftPM test target: fuzz.sh compiles this
// folder without XCTest or a StationLintCore module, and this file then holds nothing.
#if canImport(StationLintCore) && canImport(XCTest)
@testable import StationLintCore
import XCTest
import Foundation

final class FuzzRegressionTests: XCTestCase {
    static let folder = FuzzStation.root + "/Fixtures/regressions"

    /// Each regression input, by the target that must take it without a trap.
    static func inputs() throws -> [(target: FuzzTarget, name: String, bytes: [UInt8])] {
        var out: [(FuzzTarget, String, [UInt8])] = []
        for target in FuzzTarget.allCases {
            for name in DirectoryListing.names(folder + "/" + target.rawValue) ?? [] where !name.hasSuffix(".md") {
                out.append((target, name, try FileReader.read(folder + "/" + target.rawValue + "/" + name)))
            }
        }
        return out
    }

    func testEveryRegressionInputComesBackThroughItsTarget() throws {
        let readme = try String(contentsOfFile: Self.folder + "/README.md", encoding: .utf8)
        for (target, name, bytes) in try Self.inputs() {
            XCTAssertTrue(readme.contains(name), "Fixtures/regressions/README.md does not say what \(target.rawValue)/\(name) was")
            target.run(bytes)  // a trap here fails the whole run: that is the regression
        }
        let stray = (DirectoryListing.names(Self.folder) ?? []).filter { $0 != "README.md" && FuzzTarget(rawValue: $0) == nil }
        XCTAssertEqual(stray, [], "regressions go under a target's folder: \(FuzzTarget.allCases.map(\.rawValue))")
    }

    /// The targets themselves keep working: each takes its first seeds (fixture files, reports).
    func testEachTargetTakesItsSeeds() throws {
        let station = FuzzStation.seeds()
        XCTAssertFalse(station.isEmpty)
        for seed in station.prefix(8) {
            FuzzTarget.station.run(seed)
            FuzzTarget.yaml.run(Array(seed.dropFirst(2)))
            FuzzTarget.csv.run(Array(seed.dropFirst(2)))
        }
        let reports = FuzzStation.reportSeeds()
        XCTAssertGreaterThan(reports.count, 1)
        for seed in reports.prefix(2) { FuzzTarget.report.run(seed) }
        for target in FuzzTarget.allCases { target.run([]) }
        // The CSV target's seeds, the CSV fixtures: each also read as a ledger both ways, which must agree.
        var csvSeeds = 0
        for case let path as String in FileManager.default.enumerator(atPath: FuzzStation.root + "/Fixtures") ?? NSEnumerator() where path.hasSuffix(".csv") {
            FuzzTarget.csv.run(try FileReader.read(FuzzStation.root + "/Fixtures/" + path))
            csvSeeds += 1
        }
        XCTAssertGreaterThan(csvSeeds, 30)
        // Every workbook of the fixtures: each sheet also read as a ledger both ways, which must agree.
        var workbooks = 0
        for case let path as String in FileManager.default.enumerator(atPath: FuzzStation.root + "/Fixtures") ?? NSEnumerator() where path.hasSuffix(".xlsx") {
            FuzzTarget.xlsx.run(try FileReader.read(FuzzStation.root + "/Fixtures/" + path))
            workbooks += 1
        }
        XCTAssertGreaterThan(workbooks, 10)
        FuzzTarget.inflate.run([0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00])
    }
}
#endif
