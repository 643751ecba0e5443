import Foundation
import XCTest
@testable import StationLintCore

/// The roll-up in the JSON report, written a unit at a time (`RollUp.writeJSON`).
final class RollUpJSONTests: XCTestCase {
    func sample() -> RollUp {
        func tier(_ key: String, _ level: String) -> RollUpTier {
            RollUpTier(key: key, level: level, name: Localized(zh: "县", en: "county"), title: Localized(zh: "县级排名", en: "Counties"),
                       codeDigits: 6, ranked: true)
        }
        func unit(_ code: String, _ level: String, rank: Int?) -> RollUp.Unit {
            RollUp.Unit(code: code, level: level, name: code.hasSuffix("2") ? nil : "名\"\(code)\"", stations: 3, meanScore: 87.25, failing: 1,
                        clausePass: [("4.1", 2, 3), ("5.5.1", 0, 0)], mostFailed: [("4.1", 1)], rank: rank)
        }
        let misplaced = Diagnostic(location: Location(file: "a/b", line: 1, column: 1), severity: .warning, message: "不在其上级文件夹中")
        return RollUp(tiers: [(tier("counties", "county"), (1...3).map { (k: Int) in unit("14010\(k)", "county", rank: k) }),
                              (tier("townships", "township"), []),
                              (tier("villages", "village"), [unit("140101001001", "village", rank: nil)])],
                      misplaced: [misplaced])
    }

    /// Handed over after every unit or all at the end, the same bytes; and they say what the
    /// roll-up holds, as a JSON parser reads them.
    func testWrittenAUnitAtATimeTheSameBytesAsAtOnce() throws {
        let rollUp = sample()
        var whole: [UInt8] = []
        rollUp.writeJSON(into: &whole, level: 1, flushAt: .max) { _ in XCTFail("flushed below the threshold") }
        var pieces: [[UInt8]] = []
        var rest: [UInt8] = []
        rollUp.writeJSON(into: &rest, level: 1, flushAt: 1) { out in
            pieces.append(out)
            out.removeAll()
        }
        XCTAssertEqual(pieces.count, 5, "one hand-over a unit and a misplaced station")
        XCTAssertEqual(pieces.joined() + rest, whole)

        let text = String(decoding: whole, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n    \"counties\": [\n      {\n        \"code\": \"140101\""), text)
        XCTAssertTrue(text.contains("\"townships\": [],"), text)
        XCTAssertTrue(text.hasSuffix("\n  }"), text)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(whole)) as? [String: Any])
        XCTAssertEqual(Set(parsed.keys), ["counties", "townships", "villages", "misplaced"])
        let counties = try XCTUnwrap(parsed["counties"] as? [[String: Any]])
        XCTAssertEqual(counties.map { $0["rank"] as? Int }, [1, 2, 3])
        XCTAssertEqual(counties[0]["name"] as? String, "名\"140101\"")
        XCTAssertTrue(counties[1]["name"] is NSNull)
        XCTAssertEqual(counties[0]["meanScore"] as? Double, 87.3)
        let rates = try XCTUnwrap(counties[0]["clausePassRate"] as? [[String: Any]])
        XCTAssertEqual(rates.map { $0["rate"] as? Double }, [66.7, 0.0])
        XCTAssertEqual((parsed["misplaced"] as? [[String: Any]])?.count, 1)
    }
}
