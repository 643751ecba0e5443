import Foundation
import XCTest
@testable import stationlint

/// Each failing fixture fails exactly the clauses it was made to fail, with words a station head
/// understands without the standard in hand; each complete fixture fails none.
final class FixtureVariantsTests: XCTestCase {
    let expected: [String: [String: String]] = [
        "county": [:], "township": [:], "village": [:], "county-zh": [:],
        "fail-4-basics": ["4.1": "应为“竖”", "4.3": "到位率 80.0%", "4.5": "缺少：传真机"],
        "fail-5.1-services": ["5.1.2": "缺少：服务承诺", "5.1.3": "“12345”无效", "5.1.8": "photos/hall.jpg"],
        "fail-5.2-guidance": ["5.2.1.5": "服务品牌", "5.2.1.6": "思想政治指导员 3 名，少于 5 名"],
        "fail-5.3-employment": ["5.3.1.1": "已 213 天未更新", "5.3.1.5": "创业帮扶"],
        "fail-5.4-care": ["5.4.2.1": "退役返乡必访：1 人", "5.4.2.6": "李*（2023-03-15）"],
        "fail-5.5-5.7-rights": ["5.4.3.1": "重要节日", "5.5.2": "重要节日", "5.6.3": "经办人", "5.7.1": "慰问金", "5.7.2": "慰问金"],
    ]

    func testEachFixtureFailsExactlyWhatItShould() throws {
        for (fixture, failures) in expected {
            let r = CLIRun.run(["check", Repo.path("Fixtures/stations/\(fixture)"), "--as-of", "2024-12-31", "--format", "json"])
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], fixture)
            XCTAssertEqual((json["errors"] as? [Any])?.count, 0, "\(fixture): \(json["errors"] ?? "")")
            let station = try XCTUnwrap((json["stations"] as? [[String: Any]])?.first)
            let results = try XCTUnwrap(station["results"] as? [[String: Any]])
            let failed = results.filter { ($0["status"] as? String) == "fail" || ($0["status"] as? String) == "error" }
            XCTAssertEqual(Set(failed.compactMap { $0["clause"] as? String }), Set(failures.keys), fixture)
            for r in failed {
                let clause = r["clause"] as? String ?? ""
                let message = r["message"] as? String ?? ""
                XCTAssertTrue(message.contains(failures[clause] ?? "\u{0}"), "\(fixture) \(clause): \(message)")
                XCTAssertFalse((r["remedy"] as? String ?? "").isEmpty, "\(fixture) \(clause) has a remedy")
                XCTAssertFalse((r["locations"] as? [Any] ?? []).isEmpty && !message.contains("缺少"), "\(fixture) \(clause) points somewhere")
            }
            XCTAssertEqual(r.status, failures.isEmpty ? .success : .failures, fixture)
            // Every complete fixture lists its manual items.
            if failures.isEmpty {
                XCTAssertTrue(results.contains { ($0["status"] as? String) == "manual" }, fixture)
            }
        }
    }
}
