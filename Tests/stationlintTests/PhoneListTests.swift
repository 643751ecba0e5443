import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// `sample --persons N`: the phone spot-check list (5.8.1 电话抽查) of the bundled region, as
/// text, CSV and HTML goldens (masked, and one shown), reproducible by seed, persons found by
/// their fields' roles in both packs, and a stratified sample that leaves no stratum out.
extension GoldenReportTests {
    static let phoneList = ["sample", "Fixtures/region", "--count", "1", "--seed", "20250301", "--by", "level", "--persons", "2"]

    func testPhoneListText() {
        let run = CLIRun.run(Self.phoneList)
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertTrue(run.out.contains("已隐去") && run.out.contains("--show-personal-data"), "a masked list says so and how to show the numbers")
        XCTAssertFalse(run.out.contains("13912345678"), "masked")
        Golden.assertMatches(run.out, "sample-persons.txt")
    }

    func testPhoneListShown() {
        let run = CLIRun.run(Self.phoneList + ["--show-personal-data"])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertFalse(run.out.contains("已隐去"))
        XCTAssertTrue(run.out.contains("13912345678"), "the number to dial")
        Golden.assertMatches(run.out, "sample-persons-shown.txt")
    }

    func testPhoneListCSV() throws {
        let run = CLIRun.run(Self.phoneList + ["--format", "csv"])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertTrue(run.err.contains("已隐去"), "the masked notice on standard error, the CSV stays rectangular")
        XCTAssertTrue(run.out.hasPrefix("\u{FEFF}站点,路径,序号,姓名,证件号,电话,最近走访日期,事由,走访人,走访次数,核实结果\r\n"))
        let rows = run.out.split(separator: "\r\n")
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 11 }, run.out)
        XCTAssertTrue(run.out.contains(",'2024-12-10,"), "a date stays text")
        Golden.assertMatches(run.out, "sample-persons.csv")
    }

    func testPhoneListHTML() {
        let run = CLIRun.run(Self.phoneList + ["--format", "html", "--lang", "en"])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertEqual(run.out.components(separatedBy: "<section>").count - 1, 3, "a table per sampled station")
        XCTAssertEqual(run.out.components(separatedBy: "<td class=\"verify\"></td>").count - 1, 6, "an empty 核实结果 cell per person")
        XCTAssertTrue(run.out.contains("class=\"notice\""))
        Golden.assertMatches(run.out, "sample-persons-en.html")
    }

    func testPhoneListIsReproducibleBySeed() {
        let a = CLIRun.run(Self.phoneList + ["--format", "json"])
        XCTAssertEqual(a.out, CLIRun.run(Self.phoneList + ["--format", "json"]).out)
        var other = Self.phoneList
        other[5] = "another seed"
        XCTAssertNotEqual(a.out, CLIRun.run(other + ["--format", "json"]).out, "another seed, other persons")
        XCTAssertEqual(CLIRun.run(Self.phoneList + ["--persons", "0"]).status, .usageOrInput)
        XCTAssertEqual(CLIRun.run(["sample", "Fixtures/region", "--count", "1", "--seed", "1", "--format", "csv"]).status, .usageOrInput, "csv needs --persons")
    }

    /// The fictional pack names its fields otherwise (person_code, full_name, on, why, staff):
    /// the roles find them all the same.
    func testPhoneListOfTheSecondPack() {
        let run = CLIRun.run(["sample", "--rules", "Fixtures/packs/haibin", "Fixtures/packs/haibin/stations", "--count", "1", "--seed", "1",
                              "--persons", "3", "--show-personal-data", "--format", "json"])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertTrue(run.out.contains("\"visitor\": \"") && !run.out.contains("\"visitor\": \"\""), "the visitor from the role: visitor field\n\(run.out)")
        XCTAssertTrue(run.out.contains("\"phone\": \"137"), "the phone from the person ledger's phone-typed field")
        XCTAssertTrue(run.out.contains("\"reason\": \"关爱走访\"") || run.out.contains("\"reason\": \"节日慰问\""), run.out)
    }

    func testAStratifiedSampleSmallerThanItsStrataGrowsAndSaysSo() {
        let run = CLIRun.run(["sample", "Fixtures/region", "--count", "1", "--seed", "1", "--by", "level"])
        XCTAssertEqual(run.status, .success, run.err)
        XCTAssertTrue(run.out.contains("样本由 1 个增至 3 个"), run.out)
        XCTAssertEqual(run.out.split(separator: "\n").filter { $0.first?.isNumber == true }.count, 3, "one station per level")
    }
}
