import XCTest
@testable import StationLintCore

/// CLAUSES.md decisions, 5.4.1.3–5.4.1.6 in a batch: a waived township does not fail its
/// county but is named apart from those that pass (never "均通过"); a township whose result is
/// missing or `error` makes the county's clause `error`, never a pass.
final class ChildrenDecisionTests: XCTestCase {
    func county(_ rule: String, _ townships: [(String, [String: Status])]) throws -> RuleResult {
        let pack = PackFixture.pack
        let r = try XCTUnwrap(pack.rules.first { $0.id == rule })
        let example = try XCTUnwrap(r.examples.first { $0.expect == .pass && $0.level == "county" })
        let files = try XCTUnwrap(pack.examples.files(for: example))
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: pack.examples.asOf))
        let station = evaluator.load(files, path: "example")
        let entries = try townships.enumerated().map { i, t in
            RelatedResults.Entry(path: "t\(i)", name: t.0, code: try XCTUnwrap(DivisionCode("14010500\(i + 1)000")), level: "township", results: t.1)
        }
        return try XCTUnwrap(evaluator.evaluate(station, related: RelatedResults(entries: entries, isBatch: true), only: [rule]).rendered(pack, lang: .zh).results.first)
    }

    func testAllPassing() throws {
        let r = try county("DB14-5.4.1.3", [("甲街道", ["DB14-5.4.2.3": .pass]), ("乙街道", ["DB14-5.4.2.3": .pass])])
        XCTAssertEqual(r.status, .pass, r.message)
        XCTAssertTrue(r.message.contains("均通过"), r.message)
    }

    func testWaivedTownshipDoesNotFailButIsNamedApart() throws {
        let r = try county("DB14-5.4.1.4", [("甲街道", ["DB14-5.4.2.4": .pass]), ("乙街道", ["DB14-5.4.2.4": .waived])])
        XCTAssertEqual(r.status, .pass, r.message)
        XCTAssertFalse(r.message.contains("均通过"), r.message)
        XCTAssertTrue(r.message.contains("1 个通过：甲街道"), r.message)
        XCTAssertTrue(r.message.contains("1 个已豁免：乙街道"), r.message)
    }

    func testFailingTownshipFailsAndIsCountedApart() throws {
        let r = try county("DB14-5.4.1.5", [("甲街道", ["DB14-5.4.2.5": .pass]), ("乙街道", ["DB14-5.4.2.5": .waived]), ("丙街道", ["DB14-5.4.2.5": .fail])])
        XCTAssertEqual(r.status, .fail, r.message)
        XCTAssertTrue(r.message.contains("1 个通过") && r.message.contains("1 个已豁免") && r.message.contains("1 个未通过：丙街道"), r.message)
    }

    func testMissingOrErrorResultIsAnErrorNeverAPass() throws {
        let missing = try county("DB14-5.4.1.6", [("甲街道", ["DB14-5.4.2.6": .pass]), ("乙街道", [:])])
        XCTAssertEqual(missing.status, .error, missing.message)
        XCTAssertTrue(missing.message.contains("乙街道"), missing.message)
        let error = try county("DB14-5.4.1.6", [("甲街道", ["DB14-5.4.2.6": .error])])
        XCTAssertEqual(error.status, .error, error.message)
    }

    /// The children check inside `any_of` (one alternative passing by itself would let the
    /// county pass): a missing township result must still not make the whole a pass.
    func testNestedInAnyOfAMissingChildIsNotAPass() throws {
        let pack = PackFixture.pack
        let r = try XCTUnwrap(pack.rules.first { $0.id == "DB14-5.4.1.3" })
        let example = try XCTUnwrap(r.examples.first { $0.expect == .pass && $0.level == "county" })
        let files = try XCTUnwrap(pack.examples.files(for: example))
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: pack.examples.asOf))
        let station = evaluator.load(files, path: "example")
        let children = try XCTUnwrap(r.checks.first?.check)
        let failing = CheckStub(outcome: .fail(.pack(Localized(zh: "另一项未通过", en: "another part fails"))))
        let any = AnyOfCheck(alternatives: [children, failing], message: nil)
        let entries = [RelatedResults.Entry(path: "t", name: "乙街道", code: try XCTUnwrap(DivisionCode("140105002000")), level: "township", results: [:])]
        let context = CheckContext(station: station, pack: pack, asOf: pack.examples.asOf,
                                   level: "county", related: RelatedResults(entries: entries, isBatch: true))
        XCTAssertNotEqual(any.evaluate(context).verdict, .pass)
        let failingChild = [RelatedResults.Entry(path: "t", name: "乙街道", code: try XCTUnwrap(DivisionCode("140105002000")), level: "township", results: ["DB14-5.4.2.3": .fail])]
        let context2 = CheckContext(station: station, pack: pack, asOf: pack.examples.asOf,
                                    level: "county", related: RelatedResults(entries: failingChild, isBatch: true))
        XCTAssertEqual(any.evaluate(context2).verdict, .fail)
    }
}

private struct CheckStub: Check {
    static let name = "stub"
    static let options: [String] = []
    static let messages: [MessageTemplate] = []
    let outcome: CheckOutcome
    init(outcome: CheckOutcome) { self.outcome = outcome }
    init(_ a: CheckArguments) throws(RulePackError) { outcome = .pass() }
    func evaluate(_ c: CheckContext) -> CheckOutcome { outcome }
    func describe() -> Message { .pack(Localized(zh: "stub", en: "stub")) }
}
