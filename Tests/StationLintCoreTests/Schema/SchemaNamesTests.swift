import XCTest
@testable import StationLintCore

final class SchemaNamesTests: XCTestCase {
    func testPathsAndLedgersReadInChinese() {
        let pack = PackFixture.pack
        let text = "staffing.in_post / staffing.authorized; veterans 中每人; recent_activity_days 天; veterans_hired"
        XCTAssertEqual(SchemaNames.readable(text, pack.schema, .zh, parameters: pack.parameterList),
                       "编制人员·在编在岗 / 编制人员·核定编制; 建档立卡台账 中每人; 365 天; veterans_hired")
        XCTAssertEqual(SchemaNames.readable(text, pack.schema, .en), text, "English stays as written")
    }
}
