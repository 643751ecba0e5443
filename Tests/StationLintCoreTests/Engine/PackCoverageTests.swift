import Foundation
import ShippedRules
import XCTest
@testable import StationLintCore

/// The pack covers the standard: every clause number in its text is a rule (checked, manual, or
/// not applicable with a reason), and every rule quotes its clause as the standard words it.
final class PackCoverageTests: XCTestCase {
    var standard: String { String(decoding: ShippedRules.files["standard.txt"] ?? [], as: UTF8.self) }

    /// Clause numbers as they start a line of the standard's text (4.1, 5.2.1.6, …).
    func clauseNumbers() -> [String] {
        var out: [String] = []
        for line in standard.split(separator: "\n") {
            var l = line.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("- ") { l = String(l.dropFirst(2)) }
            let number = l.prefix { $0.isNumber || $0 == "." }
            guard number.contains("."), number.first == "4" || number.first == "5",
                  l.dropFirst(number.count).first == " " else { continue }
            let n = String(number)
            // Headings (5.2, 5.2.1) are not clauses; a clause has text after it other than a title.
            if !out.contains(n) { out.append(n) }
        }
        return out
    }

    func testEveryClauseOfTheStandardIsInThePack() {
        let pack = PackFixture.pack
        let headings: Set<String> = ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8",
                                     "5.2.1", "5.2.2", "5.2.3", "5.3.1", "5.3.2", "5.3.3", "5.4.1", "5.4.2", "5.4.3"]
        let clauses = clauseNumbers().filter { !headings.contains($0) }
        XCTAssertEqual(clauses.count, 76, "the standard has 76 clauses from 4.1 to 5.8.2")
        for clause in clauses {
            XCTAssertNotNil(pack.rules.first { $0.clause == clause }, "clause \(clause) of the standard is not in the pack")
        }
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
