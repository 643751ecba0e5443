import XCTest
@testable import StationLintCore

/// Every rule's own passing and failing examples are the tests (as SwiftLint does): each is
/// the level's complete base station, changed by the example's patch, checked by that rule.
final class RuleExamplesTests: XCTestCase {
    /// The same code as `stationlint verify-pack`: every example gives its status and message
    /// (and an English message for a fail), every checked rule has a passing and a failing one.
    func testEveryExampleGivesItsExpectedStatus() throws {
        let (problems, ran) = PackFixture.pack.exampleProblems()
        for p in problems { XCTFail(p.diagnostic(.en).formatted) }
        XCTAssertGreaterThan(ran, 100)
    }

    func testAWrongExpectationIsAProblemAtTheExample() throws {
        let rule = try XCTUnwrap(PackFixture.pack.rules.first { $0.examples.contains { $0.expect == .pass } })
        let example = try XCTUnwrap(rule.examples.first { $0.expect == .pass })
        let wrong = RuleExample(expect: .fail, level: example.level, patch: example.patch, messageContains: "no such words",
                                asOf: example.asOf, location: example.location)
        let problems = PackFixture.pack.problems(of: wrong, rule)
        XCTAssertEqual(problems.map(\.location), [example.location, example.location])
        XCTAssertTrue(problems[0].message.zh.contains("应为 fail，实际为 pass"), problems[0].message.zh)
        XCTAssertTrue(problems[1].message.en.contains("lacks 'no such words'"), problems[1].message.en)
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
