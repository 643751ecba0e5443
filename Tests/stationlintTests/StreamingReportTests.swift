import Foundation
import XCTest
@testable import stationlint

/// `check` streams its stations to every format (each station's part written as soon as it and
/// every earlier one are done, the heads that depend on the whole run written from digests at
/// the end); `merge` renders a report held in memory. Both must give the same bytes: here every
/// format of a streamed region check is compared with the merge of its own JSON report, with a
/// baseline, a tailoring, --due-within, --only-failing and --quiet, at one job and at two.
final class StreamingReportTests: XCTestCase {
    static let formats = ["text", "json", "markdown", "html", "junit", "sarif", "csv", "rollup-csv", "xlsx"]
    static let variants: [[String]] = [
        [],
        ["--baseline", "Fixtures/baseline/county-2024-06.json"],
        ["--tailoring", "Fixtures/tailoring/taiyuan-2025.yaml", "--due-within", "30"],
        ["--only-failing", "--quiet"],
    ]

    func testEveryFormatStreamedIsTheReportHeldInMemory() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (v, variant) in Self.variants.enumerated() {
            for jobs in ["1", "2"] {
                let json = dir.appendingPathComponent("run-\(v)-\(jobs).json").path
                var args = ["check", "Fixtures/region", "Fixtures/stations/county", "--as-of", "2024-12-31", "--jobs", jobs] + variant
                args += ["--fail-on", "never"]
                for f in Self.formats { args += ["--format", f, "--output", dir.appendingPathComponent("check-\(v)-\(jobs).\(f)").path] }
                args += ["--format", "json", "--output", json]
                let check = CLIRun.run(args)
                XCTAssertEqual(check.status, .success, check.err)
                // merge takes the rendering flags only: the rest is in the report.
                let rendering = variant.filter { $0 == "--only-failing" || $0 == "--quiet" }
                var merge = ["merge", json, "--fail-on", "never"] + rendering
                for f in Self.formats { merge += ["--format", f, "--output", dir.appendingPathComponent("merge-\(v)-\(jobs).\(f)").path] }
                let merged = CLIRun.run(merge)
                XCTAssertEqual(merged.status, .success, merged.err)
                for f in Self.formats {
                    let streamed = try Data(contentsOf: dir.appendingPathComponent("check-\(v)-\(jobs).\(f)"))
                    let held = try Data(contentsOf: dir.appendingPathComponent("merge-\(v)-\(jobs).\(f)"))
                    XCTAssertGreaterThan(streamed.count, 100, "\(f) \(variant)")
                    XCTAssertTrue(streamed == held, "\(f) with \(variant), --jobs \(jobs): the streamed report differs from the one held in memory")
                }
                if jobs == "2" {
                    for f in Self.formats {
                        let one = try Data(contentsOf: dir.appendingPathComponent("check-\(v)-1.\(f)"))
                        let two = try Data(contentsOf: dir.appendingPathComponent("check-\(v)-2.\(f)"))
                        XCTAssertTrue(one == two, "\(f) with \(variant): --jobs 1 and 2 differ")
                    }
                }
            }
        }
    }

    func testStandardOutputIsTheSameBytesAsTheFile() throws {
        let dir = Repo.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in ["text", "html", "sarif"] {
            let file = dir.appendingPathComponent("out.\(f)").path
            let base = ["check", "Fixtures/region", "--as-of", "2024-12-31", "--format", f]
            _ = CLIRun.run(base + ["--output", file])
            XCTAssertEqual(CLIRun.run(base).out, try String(contentsOfFile: file, encoding: .utf8), f)
        }
    }
}
