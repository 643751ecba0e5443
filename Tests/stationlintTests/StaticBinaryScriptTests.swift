import Foundation
import XCTest

/// The proof that the release binary runs without Swift is a CI step (a release build is too
/// slow for `swift test`): `.ci/static-binary.sh`, called by `.ci/run`. This keeps it there,
/// executable, well-formed and still proving what the README says it proves.
final class StaticBinaryScriptTests: XCTestCase {
    func testTheStaticBinaryProofIsACIStep() throws {
        let script = Repo.path(".ci/static-binary.sh")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: script), "\(script) must exist and be executable")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        for needed in ["swift build -c release --static-swift-stdlib", "ldd", "chroot", "env -i PATH=/bin", "--version", "check data/county",
                       "check data/township", "check data/village-xlsx", "explain", "schema"] {
            XCTAssertTrue(text.contains(needed), "the script no longer does: \(needed)")
        }
        let ci = try String(contentsOfFile: Repo.path(".ci/run"), encoding: .utf8)
        let steps = ci.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertTrue(steps.contains { $0.trimmingCharacters(in: .whitespaces) == ".ci/static-binary.sh" }, ".ci/run must call .ci/static-binary.sh")
        // bash -n: the script parses.
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["-n", script]
        try bash.run()
        bash.waitUntilExit()
        XCTAssertEqual(bash.terminationStatus, 0, "bash -n \(script)")
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("--static-swift-stdlib"), "the README gives the station head that binary")
    }
}
