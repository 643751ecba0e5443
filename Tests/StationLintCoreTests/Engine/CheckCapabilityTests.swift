import XCTest
@testable import StationLintCore

/// Capabilities are declared by each check (`relatedNeeds`, `judgedLedgers`, `parametersRead`),
/// never found by downcasting in the engine. Here, and only here, reflection looks inside every
/// check of the shipped pack to catch a check that forgets to declare or forward one.
final class CheckCapabilityTests: XCTestCase {
    /// Every check of the pack, and composites built around the shipped `children` check.
    var checks: [any Check] {
        let shipped = PackFixture.pack.rules.flatMap { $0.checks.map(\.check) }
        let children = shipped.filter { !$0.relatedNeeds.isEmpty }
        return shipped + [AnyOfCheck(alternatives: children + shipped.prefix(3), message: nil),
                          AnyOfCheck(alternatives: [AnyOfCheck(alternatives: children, message: nil)] + shipped.suffix(2), message: nil)]
    }

    /// The checks a check holds, found by reflection (stored properties, arrays of them).
    func parts(_ value: Any, depth: Int = 0) -> [any Check] {
        guard depth < 4 else { return [] }
        var out: [any Check] = []
        for child in Mirror(reflecting: value).children {
            if let check = child.value as? any Check { out.append(check) } else { out += parts(child.value, depth: depth + 1) }
        }
        return out
    }

    /// The strings a check holds that name a parameter of the pack.
    func storedParameterNames(_ value: Any, depth: Int = 0) -> Set<String> {
        if let s = value as? String { return PackFixture.pack.parameters[s] != nil ? [s] : [] }
        guard depth < 6 else { return [] }
        var out = Set<String>()
        for child in Mirror(reflecting: value).children { out.formUnion(storedParameterNames(child.value, depth: depth + 1)) }
        return out
    }

    func testEveryCheckThatHoldsChecksForwardsTheirCapabilities() {
        var composites = 0
        for check in checks {
            let held = parts(check)
            if held.isEmpty { continue }
            composites += 1
            let name = type(of: check).name
            for part in held {
                XCTAssertTrue(Set(part.relatedNeeds).isSubset(of: Set(check.relatedNeeds)), "\(name) does not forward relatedNeeds of \(type(of: part).name)")
                XCTAssertTrue(part.judgedLedgers.isSubset(of: check.judgedLedgers), "\(name) does not forward judgedLedgers of \(type(of: part).name)")
                XCTAssertTrue(part.parametersRead.isSubset(of: check.parametersRead), "\(name) does not forward parametersRead of \(type(of: part).name)")
            }
        }
        XCTAssertGreaterThan(composites, 4, "the children checks (holding their fallback) and the any_of built here")
    }

    /// A check that stores a parameter's name reads it, and says so; the one exception is the
    /// freshness parameter of a `ledger` check that may not be empty (stored, never read).
    func testEveryStoredParameterNameIsDeclaredAsRead() {
        var read = Set<String>()
        for check in checks {
            read.formUnion(check.parametersRead)
            let stored = storedParameterNames(check)
            XCTAssertTrue(check.parametersRead.isSubset(of: stored), "\(type(of: check).name) declares a parameter it does not hold")
            if let ledger = check as? LedgerExistsCheck, !ledger.allowEmpty {
                XCTAssertEqual(check.parametersRead, [])
                continue
            }
            XCTAssertEqual(check.parametersRead, stored, "\(type(of: check).name): \(check.describe().id)")
        }
        // The deadline parameters are read by the deadline of a failure, which `remedy_deadlines` names.
        let deadlines = Set(PackFixture.pack.remedyDeadlines.values)
        XCTAssertEqual(deadlines, ["remedy_days_error", "remedy_days_warning", "remedy_days_info"])
        XCTAssertTrue(read.isDisjoint(with: deadlines))
        XCTAssertEqual(read.union(deadlines), Set(PackFixture.pack.parameterList.map(\.name)), "every parameter of the shipped pack is read by some check or the deadline")
    }

    func testLedgersJudgedInsideAnyOfAreJudged() throws {
        let pack = PackFixture.pack
        let ledgers = pack.rules.flatMap { $0.checks.map(\.check) }.filter { !$0.judgedLedgers.isEmpty }
        let any = AnyOfCheck(alternatives: Array(ledgers.prefix(2)), message: nil)
        XCTAssertEqual(any.judgedLedgers, ledgers[0].judgedLedgers.union(ledgers[1].judgedLedgers))
    }

    func testExplainListsTheParametersOfANestedCheck() throws {
        let rule = try XCTUnwrap(NestedChildrenTests.nestedPack.rules.first { $0.id == "DB14-5.4.1.3" })
        XCTAssertEqual(rule.parameters(in: NestedChildrenTests.nestedPack).map(\.name), ["recent_activity_days"])
    }
}
