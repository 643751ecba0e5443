import Foundation
import XCTest
@testable import stationlint

/// Golden files under `Fixtures/golden/`: a report is compared byte for byte with its committed
/// file. `UPDATE_GOLDEN=1 swift test --filter GoldenReportTests` rewrites them all (after a rule
/// is added, say); review the diff before committing it.
enum Golden {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // stationlintTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package

    static let directory = packageRoot.appendingPathComponent("Fixtures/golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func assertMatches(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name)
        if updating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                XCTFail("cannot write golden file \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no golden file Fixtures/golden/\(name); create it with UPDATE_GOLDEN=1 swift test --filter GoldenReportTests", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let e = expected.components(separatedBy: "\n")
        let a = actual.components(separatedBy: "\n")
        let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        XCTFail("""
            \(name) differs from Fixtures/golden/\(name) at line \(first + 1):
              expected: \(first < e.count ? e[first] : "<end of file>")
              actual:   \(first < a.count ? a[first] : "<end of file>")
            If the change is intended (a rule was added or reworded): UPDATE_GOLDEN=1 swift test --filter GoldenReportTests
            """, file: file, line: line)
    }
}
