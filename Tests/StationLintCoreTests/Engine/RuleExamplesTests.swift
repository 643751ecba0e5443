import XCTest
@testable import StationLintCore

/// Every rule's own passing and failing examples are the tests (as SwiftLint does): each is
/// the level's complete base station, changed by the example's patch, checked by that rule.
final class RuleExamplesTests: XCTestCase {
    func testEveryExampleGivesItsExpectedStatus() throws {
        let pack = PackFixture.pack
        var ran = 0
        for rule in pack.rules {
            for example in rule.examples {
                guard let result = PackFixture.run(rule, example) else {
                    XCTFail("\(example.location.formatted): \(rule.id): no base station for level \(example.level)")
                    continue
                }
                ran += 1
                XCTAssertEqual(result.status, example.expect,
                               "\(example.location.formatted): \(rule.id) example expected \(example.expect.rawValue), got \(result.status.rawValue): \(result.message)")
                if let text = example.messageContains {
                    XCTAssertTrue(result.message.contains(text),
                                  "\(example.location.formatted): \(rule.id) message lacks '\(text)': \(result.message)")
                }
                // English messages exist too and differ from the Chinese ones for failures.
                if result.status == .fail, let en = PackFixture.run(rule, example, lang: .en) {
                    XCTAssertFalse(en.message.isEmpty, "\(rule.id): empty English message")
                }
            }
        }
        XCTAssertGreaterThan(ran, 0)
    }

    func testEveryCheckedRuleHasAPassingAndAFailingExample() {
        for rule in PackFixture.pack.rules {
            let statuses = Set(rule.examples.map(\.expect))
            if rule.checks.isEmpty {
                XCTAssertFalse(rule.examples.isEmpty, "\(rule.location.formatted): \(rule.id) has no example")
                continue
            }
            XCTAssertTrue(statuses.contains(.pass) || statuses.contains(.manual), "\(rule.location.formatted): \(rule.id) has no passing example")
            XCTAssertTrue(statuses.contains(.fail), "\(rule.location.formatted): \(rule.id) has no failing example")
        }
    }

    func testEveryRuleHasChineseAndEnglishTexts() {
        for rule in PackFixture.pack.rules {
            XCTAssertFalse(rule.title.zh.isEmpty || rule.title.en.isEmpty, "\(rule.id): title needs zh and en")
            if rule.notApplicable.count < rule.levels.count || rule.checks.count > 0 {
                XCTAssertFalse(rule.remedy.zh.isEmpty || rule.remedy.en.isEmpty, "\(rule.id): remedy needs zh and en")
            }
        }
    }
}
