import Foundation
import XCTest

/// The code that reads inputs holds none of the calls that stop a program on purpose: a bad
/// input is a message and exit code 2 (STYLE.md), never `try!`, `fatalError` or a failed
/// `precondition`. (Force unwraps that remain are of invariants of our own data, reviewed by
/// hand; the fuzz and mutation tests are the evidence for everything else.)
final class NoTrapSourceTests: XCTestCase {
    func testNoDeliberateTrapsInTheLibraryOrTheCommandLine() throws {
        let sources = FixturePath.root.deletingLastPathComponent().appendingPathComponent("Sources")
        var found: [String] = []
        for target in ["StationLintCore", "stationlint"] {
            let folder = sources.appendingPathComponent(target)
            for case let relative as String in FileManager.default.enumerator(atPath: folder.path) ?? NSEnumerator() where relative.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                    for call in ["try!", "fatalError(", "precondition(", "preconditionFailure(", "assertionFailure(", "unsafelyUnwrapped"] where code.contains(call) {
                        found.append("\(target)/\(relative):\(n + 1): \(call)")
                    }
                }
            }
        }
        XCTAssertEqual(found, [])
    }
}
