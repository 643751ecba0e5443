import Foundation

/// Finds files under the repository's top-level `Fixtures/` from the tests (SwiftPM resources
/// cannot reach a top-level folder, so the path is taken from this source file's location).
enum FixturePath {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StationLintCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("Fixtures")

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(relative)))
    }
}
