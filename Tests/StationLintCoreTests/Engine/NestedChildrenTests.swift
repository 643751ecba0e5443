import Foundation
import ShippedRules
import XCTest
@testable import StationLintCore

/// Issue 11, item 2: a `children` check nested in `any_of` is found by its capabilities (not by a
/// downcast), so a batch checks the county after its townships; and an alternative judging the
/// townships' results decides when the run holds them — a failing township is not outvoted by
/// the county's own records, a missing township result is `error`, never a pass.
final class NestedChildrenTests: XCTestCase {
    static let childrenLine = "    - {children: [DB14-5.4.2.3], level: township, fallback_event: [业务指导], within: recent_activity_days}"

    /// The shipped pack with 5.4.1.3's `children` check moved into `any_of`, beside an
    /// alternative the county passes by itself (its own 业务指导 record).
    static let nestedPack: RulePack = {
        var files = ShippedRules.files
        let text = String(decoding: files["rules-5.4.yaml"] ?? [], as: UTF8.self)
        precondition(text.contains(childrenLine), "5.4.1.3's children check has changed; update this test")
        let nested = "    - any_of: [{children: [DB14-5.4.2.3], level: township, fallback_event: [业务指导], within: recent_activity_days}, {event: [业务指导], within: recent_activity_days}]"
        files["rules-5.4.yaml"] = Array(text.replacingOccurrences(of: childrenLine, with: nested).utf8)
        do throws(RulePackError) {
            return try RulePackLoader.load(PackSource(origin: "nested", files: files))
        } catch {
            fatalError("the nested pack does not load: \(error.diagnostic(.en).formatted)")
        }
    }()

    static func example(_ level: String, _ patch: JSON = .object([])) -> RuleExample {
        RuleExample(expect: .pass, level: level, patch: patch, messageContains: nil, asOf: nil, location: Location(file: "t", line: 1, column: 1))
    }

    /// Writes a station's files below `dir/name`.
    func write(_ files: MemoryStationFiles, to dir: URL, _ name: String) throws -> Discovery.Found {
        let root = dir.appendingPathComponent(name)
        for (path, bytes) in files.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return Discovery.Found(path: root.path)
    }

    func testTheBatchFindsTheNestedChildrenCheck() {
        let needs = RelatedNeeds(Self.nestedPack)
        XCTAssertTrue(needs.readers.contains("county"), "the county waits for its townships")
        XCTAssertTrue(needs.levels.contains("township"))
        XCTAssertTrue(needs.rules.contains("DB14-5.4.2.3"))
    }

    func testACountyWhoseTownshipFailsDoesNotPassWithTheChildrenCheckInAnyOf() throws {
        let pack = Self.nestedPack
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-nested-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let county = try write(try XCTUnwrap(pack.examples.files(for: Self.example("county"))), to: dir, "county")
        // The township (140105001000, under the county 140105000000) keeps no card ledger: it fails 5.4.2.3.
        let township = try write(try XCTUnwrap(pack.examples.files(for: Self.example("township", .object([("ledgers", .object([("preferential_cards", .null)]))])))),
                                 to: dir, "township")
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: pack.examples.asOf))
        let reports = BatchRunner(evaluator: evaluator, jobs: 1).run([county, township]).map { $0.rendered(pack, lang: .zh) }
        let townshipResult = try XCTUnwrap(reports[1].results.first { $0.rule == "DB14-5.4.2.3" })
        XCTAssertEqual(townshipResult.status, .fail, townshipResult.message)
        let countyResult = try XCTUnwrap(reports[0].results.first { $0.rule == "DB14-5.4.1.3" })
        XCTAssertEqual(countyResult.status, .fail, countyResult.message)
        XCTAssertTrue(countyResult.message.contains("坞城街道退役军人服务站"), countyResult.message)
        XCTAssertTrue(countyResult.message.contains("以其为准"), "says why the county's own record does not stand in: \(countyResult.message)")

        // Checked alone, the county's own guidance record stands in.
        let alone = evaluator.evaluate(evaluator.load(DiskStationFiles(root: county.path), path: county.path), only: ["DB14-5.4.1.3"])
        XCTAssertEqual(alone.results.first?.status, .pass, alone.results.first?.message ?? "")
    }

    /// Built directly: `any_of` of the shipped `children` check and an alternative that passes.
    func anyOf(_ townships: [String: Status]?) throws -> CheckOutcome {
        let pack = PackFixture.pack
        let rule = try XCTUnwrap(pack.rules.first { $0.id == "DB14-5.4.1.3" })
        let children = try XCTUnwrap(rule.checks.first?.check)
        let any = AnyOfCheck(alternatives: [children, PassingStub()], message: nil)
        let station = Evaluator(pack: pack, options: EvaluationOptions(asOf: pack.examples.asOf))
            .load(try XCTUnwrap(pack.examples.files(for: Self.example("county"))), path: "county")
        let entries = try townships.map { results in
            [RelatedResults.Entry(path: "t", name: "乙街道", code: try XCTUnwrap(DivisionCode("140105002000")), level: "township", results: results)]
        } ?? []
        let context = CheckContext(station: station, pack: pack, asOf: pack.examples.asOf,
                                   level: "county", related: RelatedResults(entries: entries, isBatch: true))
        return any.evaluate(context)
    }

    func testAMissingOrUnreadableTownshipResultIsAnErrorNotOutvotedByAPass() throws {
        XCTAssertEqual(try anyOf([:]).verdict, .error, "no result for DB14-5.4.2.3")
        XCTAssertEqual(try anyOf(["DB14-5.4.2.3": .error]).verdict, .error)
        let renderer = MessageRenderer(lang: .zh, privacy: PersonalData(show: false), names: ReportNames(PackFixture.pack))
        XCTAssertTrue(renderer.joined(try anyOf([:]).findings.map(\.message)).contains("乙街道"))
    }

    func testAFailingTownshipIsNotOutvotedButAPassingOneIsAPass() throws {
        XCTAssertEqual(try anyOf(["DB14-5.4.2.3": .fail]).verdict, .fail)
        XCTAssertEqual(try anyOf(["DB14-5.4.2.3": .pass]).verdict, .pass)
    }

    func testWithNoTownshipInTheRunTheOtherAlternativeStandsIn() throws {
        XCTAssertEqual(try anyOf(nil).verdict, .pass)
    }
}

private struct PassingStub: Check {
    static let name = "stub"
    static let options: [String] = []
    static let messages: [MessageTemplate] = []
    init() {}
    init(_ a: CheckArguments) throws(RulePackError) {}
    func evaluate(_ c: CheckContext) -> CheckOutcome { .pass([Finding(.pack(Localized(zh: "另一种证明方式满足", en: "another way of proof holds")))]) }
    func describe() -> Message { .pack(Localized(zh: "stub", en: "stub")) }
}
