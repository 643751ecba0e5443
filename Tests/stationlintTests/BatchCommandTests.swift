import Foundation
import XCTest
@testable import stationlint

/// Whole regions: discovery, determinism, shards and merge, diff, sample, roll-up.
final class BatchCommandTests: XCTestCase {
    let asOf = "--as-of=2024-12-31"
    var region: String { Repo.path("Fixtures/region") }

    func json(_ r: CLIRun) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], r.err)
    }

    func testEveryStationBelowAFolderIsFoundAndReportedOnce() throws {
        let r = CLIRun.run(["check", region, asOf, "--format", "json"])
        XCTAssertEqual(r.status, .failures)
        let stations = try XCTUnwrap(try json(r)["stations"] as? [[String: Any]])
        let paths = stations.compactMap { ($0["path"] as? String)?.components(separatedBy: "Fixtures/region/").last }
        XCTAssertEqual(paths, ["xiaodian", "xiaodian/wucheng", "xiaodian/wucheng/beilu", "xiaodian/wucheng/nanlu",
                               "xiaodian/yingpan", "xiaodian/yingpan/dongli"])
    }

    func testTheSameBytesWhateverTheJobs() {
        let one = CLIRun.run(["check", region, asOf, "--format", "json", "--jobs", "1"])
        let four = CLIRun.run(["check", region, asOf, "--format", "json", "--jobs", "4"])
        XCTAssertEqual(one.out, four.out)
        XCTAssertFalse(one.out.isEmpty)
    }

    func testShardsMergeToTheSameReportAsOneRun() throws {
        let dir = Repo.temporary()
        let full = CLIRun.run(["check", region, asOf, "--format", "json"]).out
        var parts: [String] = []
        for k in 1...3 {
            let path = dir.appendingPathComponent("part\(k).json").path
            _ = CLIRun.run(["check", region, asOf, "--shard", "\(k)/3", "--format", "json", "--output", path])
            parts.append(path)
        }
        let counts = try parts.map { p -> Int in
            let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: p))) as? [String: Any])
            return (o["stations"] as? [Any])?.count ?? -1
        }
        XCTAssertEqual(counts.reduce(0, +), 6, "every station in exactly one shard")
        let merged = CLIRun.run(["merge"] + parts)
        XCTAssertEqual(merged.out, full)
        XCTAssertEqual(CLIRun.run(["merge", parts[0], parts[0]]).status, .usageOrInput, "overlapping shards are refused")
        XCTAssertEqual(CLIRun.run(["check", region, "--shard", "4/3"]).status, .usageOrInput)
    }

    func testCountyClausesAreJudgedOverItsTownships() throws {
        let r = CLIRun.run(["check", region, asOf, "--format", "json"])
        let stations = try XCTUnwrap(try json(r)["stations"] as? [[String: Any]])
        let county = try XCTUnwrap(stations.first { ($0["level"] as? String) == "county" })
        let results = try XCTUnwrap(county["results"] as? [[String: Any]])
        let r5413 = try XCTUnwrap(results.first { ($0["rule"] as? String) == "DB14-5.4.1.3" }, "5.4.1.3 is in the pack")
        XCTAssertEqual(r5413["status"] as? String, "fail")
        XCTAssertTrue((r5413["message"] as? String ?? "").contains("营盘街道"), "\(r5413["message"] ?? "")")
        let r5414 = try XCTUnwrap(results.first { ($0["rule"] as? String) == "DB14-5.4.1.4" })
        XCTAssertEqual(r5414["status"] as? String, "pass")
    }

    func testRollUpRanksCountiesAndCities() throws {
        let o = try json(CLIRun.run(["check", region, asOf, "--format", "json"]))
        let rollup = try XCTUnwrap(o["rollup"] as? [String: Any])
        let counties = try XCTUnwrap(rollup["counties"] as? [[String: Any]])
        XCTAssertEqual(counties.count, 1)
        XCTAssertEqual(counties[0]["code"] as? String, "140105000000")
        XCTAssertEqual(counties[0]["stations"] as? Int, 6)
        XCTAssertEqual(counties[0]["rank"] as? Int, 1)
        XCTAssertEqual((rollup["townships"] as? [Any])?.count, 2)
        let text = CLIRun.run(["check", region, asOf]).out
        XCTAssertTrue(text.contains("县级排名"), text)
    }

    func testRollUpInTheGapReportsAndItsOwnCSV() {
        let md = CLIRun.run(["check", region, asOf, "--format", "markdown"]).out
        XCTAssertTrue(md.contains("## 县级排名\n\n| 名次 | 代码 | 名称 | 站点 | 不通过 | 平均分 | 达标站点占比 | 最常不通过的条款 | 名次说明 |"), md)
        XCTAssertTrue(md.contains("| 1 | 140105000000 | 小店区 | 6 | 3 | 98.3 |"), md)
        XCTAssertTrue(md.contains("## 乡镇汇总"), md)
        let html = CLIRun.run(["check", region, asOf, "--format", "html"]).out
        XCTAssertTrue(html.contains("<h2>市级排名</h2>"), "html")
        XCTAssertTrue(html.contains("<td class=\"k-uname\">太原市</td>"), "html names the city from the pack's division table")
        let csv = CLIRun.run(["check", region, asOf, "--format", "rollup-csv"]).out
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(lines.first?.hasPrefix("\u{FEFF}级别,名次,代码,名称") ?? false, csv)
        XCTAssertEqual(lines.count, 1 + 1 + 1 + 2, "header, one city, one county, two townships")
        XCTAssertTrue(lines.contains { $0.hasPrefix("县,1,'140105000000,小店区,6,3,98.3,") }, csv)
    }

    func testDiffNamesWhatWasFixed() throws {
        let dir = Repo.temporary()
        let station = Repo.copy("Fixtures/region/xiaodian/yingpan")
        let yaml = station.appendingPathComponent("station.yaml")
        let old = dir.appendingPathComponent("old.json").path, new = dir.appendingPathComponent("new.json").path
        _ = CLIRun.run(["check", station.path, asOf, "--format", "json", "--output", old])
        try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "in_post: 2", with: "in_post: 3").write(to: yaml, atomically: true, encoding: .utf8)
        _ = CLIRun.run(["check", station.path, asOf, "--format", "json", "--output", new])
        let d = CLIRun.run(["diff", old, new])
        XCTAssertEqual(d.status, .success, d.err)
        XCTAssertTrue(d.out.contains("已销号  4.3  "), d.out)
        let dj = CLIRun.run(["diff", old, new, "--format", "json"])
        XCTAssertTrue(dj.out.contains("\"fixed\": ["), dj.out)
    }

    func testSamplesAreReproducibleAndStratified() throws {
        let a = CLIRun.run(["sample", region, "--count", "3", "--seed", "2024", "--by", "level", "--format", "json"])
        let b = CLIRun.run(["sample", region, "--count=3", "--seed=2024", "--by=level", "--format=json"])
        XCTAssertEqual(a.out, b.out)
        let sample = try XCTUnwrap((try json(a)["sample"] as? [[String: Any]]))
        XCTAssertEqual(Set(sample.compactMap { $0["level"] as? String }), ["county", "township", "village"], "one per level for 3 of 1+2+3")
        let c = CLIRun.run(["sample", region, "--count", "3", "--seed", "other"])
        XCTAssertEqual(c.status, .success)
        XCTAssertEqual(CLIRun.run(["sample", region, "--count", "3"]).status, .usageOrInput, "--seed is required")
    }

    func testNestedStationsOutsideTheirParentCodeAreReported() throws {
        let root = Repo.copy("Fixtures/region/xiaodian")
        let yaml = root.appendingPathComponent("wucheng/station.yaml")
        try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "\"140105001000\"", with: "\"140106001000\"").write(to: yaml, atomically: true, encoding: .utf8)
        let o = try json(CLIRun.run(["check", root.path, asOf, "--format", "json"]))
        let misplaced = try XCTUnwrap((o["rollup"] as? [String: Any])?["misplaced"] as? [[String: Any]])
        XCTAssertTrue(misplaced.contains { ($0["message"] as? String ?? "").contains("140106001000") }, "\(misplaced)")
    }
}
