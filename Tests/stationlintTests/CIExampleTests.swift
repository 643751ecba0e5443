import Foundation
import XCTest

/// The README's CI examples (section "Shards in CI"), run as far as this machine allows: every
/// `stationlint …` shell step of each example, read from the README itself, with the variables
/// the CI would set (GitLab's `CI_NODE_INDEX`/`CI_NODE_TOTAL`, a matrix value, a Kubernetes
/// `JOB_COMPLETION_INDEX`), over `Fixtures/region` linked as `stations/`.
final class CIExampleTests: XCTestCase {
    /// The `stationlint` steps of each YAML example, in order.
    static func examples() throws -> [[String]] {
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "### Shards in CI"))
        let end = try XCTUnwrap(readme.range(of: "\n## Reports", range: start.upperBound..<readme.endIndex))
        let section = readme[start.upperBound..<end.lowerBound]
        var blocks: [[String]] = []
        var current: [String]? = nil
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```yaml") { current = []; continue }
            if line.hasPrefix("```"), let c = current { blocks.append(c); current = nil; continue }
            guard current != nil else { continue }
            var t = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["#", " ", "- ", "run: "] { while t.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) } }
            if t.hasPrefix("stationlint ") { current!.append(t) }
        }
        return blocks
    }

    func workspace() throws -> URL {
        let dir = Repo.temporary()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("stations").path, withDestinationPath: Repo.path("Fixtures/region"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports"), withIntermediateDirectories: true)
        return dir
    }

    /// Runs one shell step as the CI would (`sh -c`), with `stationlint` on PATH.
    func sh(_ command: String, in dir: URL, _ variables: [String: String]) throws -> (status: Int32, err: String) {
        let binary = try XCTUnwrap(ChildProcess.binary, "stationlint is not built beside the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment.filter { !["CI_NODE_INDEX", "CI_NODE_TOTAL", "JOB_COMPLETION_INDEX"].contains($0.key) }
        env["PATH"] = URL(fileURLWithPath: binary).deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["AS_OF"] = "2024-12-31"
        for (k, v) in variables { env[k] = v }
        process.environment = env
        let errURL = dir.appendingPathComponent(".err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    func oneRun(in dir: URL) throws -> Data {
        _ = try sh("stationlint check stations/ --as-of 2024-12-31 --format json --output whole.json", in: dir, [:])
        return try Data(contentsOf: dir.appendingPathComponent("whole.json"))
    }

    func testTheREADMEHasTheThreeExamplesAndTheyKeepTheirReports() throws {
        let examples = try Self.examples()
        XCTAssertEqual(examples.count, 3, "GitLab, GitHub Actions, Kubernetes")
        XCTAssertEqual(examples.map(\.count), [2, 2, 2], "one check and one merge each: \(examples)")
        for e in examples { XCTAssertTrue(e[0].contains("--fail-on never"), "a shard job always writes its reports: \(e[0])") }
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        XCTAssertGreaterThanOrEqual(readme.components(separatedBy: "    when: always").count - 1, 2, "GitLab keeps both jobs' artifacts whatever the verdict")
        XCTAssertGreaterThanOrEqual(readme.components(separatedBy: "if: always()").count - 1, 3, "GitHub uploads whatever the verdict, and merges after a failing shard")
    }

    func testGitLabParallelWithShardAuto() throws {
        let steps = try Self.examples()[0]
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        for k in 1...8 {
            let r = try sh(steps[0], in: dir, ["CI_NODE_INDEX": "\(k)", "CI_NODE_TOTAL": "8"])
            XCTAssertEqual(r.status, 0, "shard \(k)/8: \(r.err)")
            for f in ["part-\(k).json", "junit-\(k).xml", "part-\(k).sarif"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent(f).path), f)
            }
        }
        let merge = try sh(steps[1], in: dir, [:])
        XCTAssertEqual(merge.status, 1, "the region has failing stations: merge gives the verdict. \(merge.err)")
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("report.json")), try oneRun(in: dir), "the merge is the one run")
        for f in ["report.html", "report.csv"] { XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent(f).path), f) }
        // Without the variables the job stops with a usage error that names them.
        let bare = try sh(steps[0], in: dir, [:])
        XCTAssertEqual(bare.status, 2)
        XCTAssertTrue(bare.err.contains("CI_NODE_INDEX"), bare.err)
    }

    func testGitHubActionsMatrix() throws {
        let steps = try Self.examples()[1]
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        for k in 1...4 {
            let r = try sh(steps[0].replacingOccurrences(of: "${{ matrix.shard }}", with: "\(k)"), in: dir, [:])
            XCTAssertEqual(r.status, 0, "shard \(k)/4: \(r.err)")
        }
        let merge = try sh(steps[1], in: dir, [:])
        XCTAssertEqual(merge.status, 1, merge.err)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("report.json")), try oneRun(in: dir))
    }

    func testKubernetesIndexedJob() throws {
        let steps = try Self.examples()[2]
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<4 {
            let r = try sh(steps[0], in: dir, ["JOB_COMPLETION_INDEX": "\(i)"])
            XCTAssertEqual(r.status, 0, "index \(i): \(r.err)")
        }
        // Merging before every pod has finished is refused, naming what is missing.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("reports/part-2.json"))
        let early = try sh(steps[1], in: dir, [:])
        XCTAssertEqual(early.status, 2)
        XCTAssertTrue(early.err.contains("3"), "names shard 3 (index 2): \(early.err)")
        _ = try sh(steps[0], in: dir, ["JOB_COMPLETION_INDEX": "2"])
        let merge = try sh(steps[1], in: dir, [:])
        XCTAssertEqual(merge.status, 1, merge.err)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("reports/report.json")), try oneRun(in: dir))
        XCTAssertEqual(try sh(steps[0], in: dir, ["JOB_COMPLETION_INDEX": "4"]).status, 2, "an index past --shard-total is a usage error")
    }
}
