import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import StationLintCore

/// The ranking's tie notes and the SVG charts' escaping, on numbers made up here.
final class RegionRankingTests: XCTestCase {
    func unit(_ code: String, _ mean: Double, stations: Int, failing: Int) -> RollUp.Unit {
        RollUp.Unit(code: code, level: "county", name: "县\(code.suffix(1))", stations: stations, meanScore: mean, failing: failing,
                    clausePass: [], mostFailed: [], rank: nil)
    }

    func testTiesSayWhatBrokeThemAndTiedRanksAreMarked() {
        var units = [unit("140101", 90, stations: 4, failing: 1), unit("140102", 90, stations: 4, failing: 2),
                     unit("140103", 80, stations: 2, failing: 1), unit("140104", 80, stations: 4, failing: 2), unit("140105", 70, stations: 1, failing: 0)]
        RollUp.rank(&units)
        let t = RollUpTable.ranking("县级排名", units, .zh)
        XCTAssertEqual(t.rows.map { $0[0] }, ["1", "2", "3=", "3=", "5"])
        XCTAssertEqual(t.rows.map { $0[6] }, ["75.0%", "50.0%", "50.0%", "50.0%", "100.0%"])
        XCTAssertEqual(t.rows[0][8], "平均分与县2相同，按达标站点占比排定")
        XCTAssertEqual(t.rows[2][8], "与县4并列：平均分与达标站点占比均相同（按代码列出）")
        XCTAssertEqual(t.rows[4][8], "")
        XCTAssertEqual(RollUpTable.ranking("c", units, .en).rows[1][8], "same mean score as 县1: placed by share passing")
    }

    func testSVGEscapesText() {
        let svg = SVGChart.bars(title: "a<b & \"c\"", [SVGChart.Bar(label: "<x>", value: 50, note: "&")][...], id: "t")
        XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse())
        XCTAssertFalse(svg.contains("<x>"))
    }

}
