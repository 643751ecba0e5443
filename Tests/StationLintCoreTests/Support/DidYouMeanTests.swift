import XCTest
@testable import StationLintCore

/// The one "did you mean" clause: the same words wherever a name is offered.
final class DidYouMeanTests: XCTestCase {
    func testTheClauseInBothLanguagesForEachVerb() {
        let names = ["station", "staffing"]
        XCTAssertEqual(DidYouMean.hint(for: "statoin", among: names), Localized(zh: "；您是否想写“station”？", en: "; did you mean 'station'?"))
        XCTAssertEqual(DidYouMean.hint(for: "statoin", among: names, verb: .use).zh, "；您是否想用“station”？")
        XCTAssertEqual(DidYouMean.hint(for: "statoin", among: names, verb: .look).zh, "；您是否想查“station”？")
        XCTAssertEqual(DidYouMean.hint(for: "statoin", among: names, verb: .name).zh, "；您是否想命名为“station”？")
        XCTAssertEqual(DidYouMean.hint(for: "statoin", among: names, verb: .name, lang: .en), "; did you mean 'station'?")
    }

    func testNoClauseWhenNothingIsNear() {
        XCTAssertEqual(DidYouMean.hint(for: "区划代码", among: ["station"]), Localized(zh: "", en: ""))
        XCTAssertEqual(DidYouMean.hint(for: "区划代码", among: [], lang: .en), "")
        XCTAssertEqual(DidYouMean.hint(suggesting: nil).text(.zh), "")
    }
}
