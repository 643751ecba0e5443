import Foundation
import ShippedRules
import XCTest
@testable import StationLintCore

/// The pack covers the standard: every clause number in its text is a rule (checked, manual, or
/// not applicable with a reason), and every rule quotes its clause as the standard words it.
final class PackCoverageTests: XCTestCase {
    var standard: String { String(decoding: ShippedRules.files["standard.txt"] ?? [], as: UTF8.self) }

    /// The clauses as `stationlint verify-pack` finds them (headings such as 5.2 and 5.2.1 left out).
    var clauses: StandardClauses { StandardClauses(ShippedRules.files["standard.txt"] ?? [], file: "standard.txt") }

    func testEveryClauseOfTheStandardIsInThePack() {
        XCTAssertEqual(clauses.clauses.count, 76, "the standard has 76 clauses from 4.1 to 5.8.2")
        XCTAssertEqual(clauses.clauses.first?.number, "4.1")
        XCTAssertEqual(clauses.clauses.last?.number, "5.8.2")
        for heading in ["5.1", "5.2", "5.2.1", "5.4.3", "5.8"] {
            XCTAssertFalse(clauses.clauses.contains { $0.number == heading }, "\(heading) is a heading")
        }
        for p in clauses.uncovered(by: PackFixture.pack) { XCTFail(p.diagnostic(.en).formatted) }
    }

    func testAClauseWithoutARuleIsAProblemAtItsLine() throws {
        let clause = try XCTUnwrap(clauses.clauses.first { $0.number == "5.2.2.3" })
        XCTAssertEqual(clause.location.column, 3, "after the stray '- ' of the PDF text")
        let pack = PackFixture.pack
        let fewer = RulePack(id: pack.id, title: pack.title, standard: pack.standard, schema: pack.schema, parameterList: pack.parameterList,
                             parameters: pack.parameters, province: pack.province, rules: pack.rules.filter { $0.clause != "5.2.2.3" },
                             examples: pack.examples, sections: pack.sections, divisions: pack.divisions, rollUpTiers: pack.rollUpTiers)
        let problems = clauses.uncovered(by: fewer)
        XCTAssertEqual(problems.map(\.location), [clause.location])
        XCTAssertTrue(problems[0].message.zh.contains("条款 5.2.2.3 没有对应的规则"), problems[0].message.zh)
    }

    func testTheShippedPackVerifiesClean() throws {
        let verified = try PackVerification.verify(PackSource(origin: ShippedRules.origin, files: ShippedRules.files))
        for p in verified.problems { XCTFail(p.diagnostic(.en).formatted) }
        XCTAssertEqual(verified.clauses, 76)
    }

    func testTheDigestIsTheSameBuiltInAndFromTheFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/DB14-T-2024")
        let fromFolder = try RulePackLoader.load(try PackSource.directory(folder.path))
        XCTAssertEqual(fromFolder.digest, PackFixture.pack.digest)
        XCTAssertTrue(PackFixture.pack.digest.hasPrefix("sha256:") && PackFixture.pack.digest.count == 71, PackFixture.pack.digest)
        let name = try XCTUnwrap(PackFixture.pack.parameterList.first?.name)
        let value = try XCTUnwrap(PackFixture.pack.parameterList.first?.value)
        XCTAssertEqual(PackFixture.pack.with(parameters: [name: value]).digest, PackFixture.pack.digest, "an override to the same value is the same pack")
        XCTAssertNotEqual(PackFixture.pack.with(parameters: [name: value + 1]).digest, PackFixture.pack.digest)
    }

    func testRuleTextsQuoteTheStandard() {
        let folded = TextNormalizer.widthFolded(standard.replacingOccurrences(of: "\n- ", with: "\n"))
        for rule in PackFixture.pack.rules {
            let text = TextNormalizer.widthFolded(rule.text)
            XCTAssertTrue(folded.contains(text), "\(rule.location.formatted): \(rule.id) text is not the standard's words: \(rule.text)")
            XCTAssertFalse(rule.text.contains(","), "\(rule.id): use full-width punctuation in the clause text")
        }
    }

    func testModalityMatchesTheClauseText() {
        for rule in PackFixture.pack.rules {
            if rule.modality == .recommendation {
                XCTAssertTrue(rule.text.contains("宜"), "\(rule.id): a recommendation needs 宜 in its text")
            }
        }
    }

    func testTheShippedFileListMatchesTheFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/DB14-T-2024")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(names), Set(ShippedRules.files.keys), "Rules/ShippedRules.swift must list every file of Rules/DB14-T-2024")
    }

    func testEveryPrimitiveIsRegisteredOnce() {
        let names = CheckRegistry.all.map { $0.name }
        XCTAssertEqual(names.count, Set(names).count)
    }
}
