import XCTest
@testable import stationlint

final class CommandLineTests: XCTestCase {
    func testUnknownCommandSuggestsNearest() {
        var err = ""
        let console = Console(out: { _ in }, err: { err += $0 })
        let status = StationLintCLI.run(["stationlint", "pars"], console: console, environment: [:])
        XCTAssertEqual(status, .usageOrInput)
        XCTAssertTrue(err.contains("parse"), err)
    }
}
