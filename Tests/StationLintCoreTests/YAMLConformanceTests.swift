import Foundation
import XCTest
@testable import StationLintCore

/// Runs the conformance corpus in `Fixtures/yaml/`:
/// - `valid/*.yaml` must parse, and `stationlint parse` output must equal the `.json` beside it
///   byte for byte (written by `Fixtures/yaml/generate.py` from PyYAML, the reference);
/// - `invalid/*.yaml` must be refused with the code and `line:column` in the `.error` beside it.
final class YAMLConformanceTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/yaml")

    static let parseErrorSource = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/StationLintCore/Text/ParseError.swift")

    /// The `.yaml` files of one folder of the corpus, sorted.
    func documents(_ folder: String) throws -> [URL] {
        let dir = Self.corpus.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { dir.appendingPathComponent($0) }
    }

    func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    func testCorpusHasAtLeast160Documents() throws {
        let valid = try documents("valid")
        let invalid = try documents("invalid")
        XCTAssertGreaterThanOrEqual(valid.count + invalid.count, 160, "\(valid.count) valid + \(invalid.count) invalid")
        XCTAssertGreaterThanOrEqual(valid.count, 80)
        XCTAssertGreaterThanOrEqual(invalid.count, 60)
    }

    func testValidDocumentsGiveTheReferenceTree() throws {
        let files = try documents("valid")
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let name = "valid/" + file.lastPathComponent
            let expectedURL = file.deletingPathExtension().appendingPathExtension("json")
            guard let expected = try? bytes(expectedURL) else {
                XCTFail("\(name): no .json beside it (run Fixtures/yaml/generate.py)")
                continue
            }
            let input = try bytes(file)
            let document: YAMLDocument
            do {
                document = try YAMLDocument(bytes: input)
            } catch {
                XCTFail("\(name): refused at \(error.mark.line):\(error.mark.column) with \(error.code): \(error.message(.en))")
                continue
            }
            let actual = Array((document.json().serialized() + "\n").utf8)
            if actual != expected {
                XCTFail("\(name): tree differs from \(expectedURL.lastPathComponent)\n" + firstDifference(actual, expected))
            }
        }
    }

    func testInvalidDocumentsAreRefusedWithCodeAndPosition() throws {
        let files = try documents("invalid")
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let name = "invalid/" + file.lastPathComponent
            let errorURL = file.deletingPathExtension().appendingPathExtension("error")
            guard let line = try? String(contentsOf: errorURL, encoding: .utf8),
                  let expected = Expected(line) else {
                XCTFail("\(name): no readable .error beside it (one line: CODE LINE:COLUMN)")
                continue
            }
            let input = try bytes(file)
            do {
                let document = try YAMLDocument(bytes: input)
                XCTFail("\(name): accepted, expected \(expected.code) at \(expected.line):\(expected.column); got\n\(document.json().serialized())")
            } catch {
                let got = "\(error.code) \(error.mark.line):\(error.mark.column)"
                XCTAssertEqual(got, "\(expected.code) \(expected.line):\(expected.column)", "\(name): \(error.message(.en))")
                XCTAssertFalse(error.message(.zh).isEmpty, name)
                XCTAssertFalse(error.message(.en).isEmpty, name)
                XCTAssertNotEqual(error.message(.zh), error.message(.en), name)
            }
        }
    }

    /// Every code the YAML parser can give appears in at least one `.error` file (except the two
    /// that need huge inputs, tested below with small limits or not at all).
    func testEveryYAMLCodeIsInTheCorpus() throws {
        var used = Set<String>()
        for file in try documents("invalid") {
            let url = file.deletingPathExtension().appendingPathExtension("error")
            if let line = try? String(contentsOf: url, encoding: .utf8), let e = Expected(line) { used.insert(e.code) }
        }
        let wanted = Self.allKinds.filter(Self.isYAML).map { ParseError($0, at: .start).code }
        for code in wanted where code != "too-large" && code != "line-too-long" {
            XCTAssertTrue(used.contains(code), "no invalid/*.error file uses \(code)")
        }
        for code in used {
            XCTAssertTrue(wanted.contains(code), "\(code) in the corpus is not a YAML ParseError code")
        }
    }

    /// `allKinds` names every kind: the codes it gives are exactly the ones `ParseError.code`
    /// spells out in its source, and every kind has distinct Chinese and English messages.
    func testKindListMatchesParseErrorSource() throws {
        let source = try String(contentsOf: Self.parseErrorSource, encoding: .utf8)
        var inSource = Set<String>()
        for line in source.split(separator: "\n") where line.contains("case .") && line.contains(": return \"") {
            let parts = line.split(separator: "\"")
            if parts.count >= 2 { inSource.insert(String(parts[1])) }
        }
        let listed = Self.allKinds.map { ParseError($0, at: .start).code }
        XCTAssertEqual(Set(listed).count, listed.count, "a kind is listed twice")
        XCTAssertEqual(Set(listed), inSource)
        for kind in Self.allKinds {
            let e = ParseError(kind, at: .start)
            XCTAssertFalse(e.message(.zh).isEmpty, e.code)
            XCTAssertNotEqual(e.message(.zh), e.message(.en), e.code)
        }
    }

    func testTooLargeWithASmallLimit() {
        let limits = YAMLDocument.Limits(maxBytes: 16)
        XCTAssertNoThrow(try YAMLDocument(text: "名称: 张三x\n", limits: limits))  // 16 bytes
        XCTAssertThrowsError(try YAMLDocument(text: "名称: 小店区退役军人服务中心\n", limits: limits)) { error in
            let e = error as! ParseError
            XCTAssertEqual(e.code, "too-large")
            XCTAssertEqual(e.mark, .start)
            XCTAssertNotEqual(e.message(.zh), e.message(.en))
        }
    }

    func testDepthLimitIsConfigurable() throws {
        let limits = YAMLDocument.Limits(maxDepth: 3)
        XCTAssertNoThrow(try YAMLDocument(text: "a: [[x]]\n", limits: limits))
        XCTAssertThrowsError(try YAMLDocument(text: "a: [[[x]]]\n", limits: limits)) { error in
            let e = error as! ParseError
            XCTAssertEqual(e.code, "too-deep")
            XCTAssertEqual(e.mark.column, 6)
        }
        XCTAssertThrowsError(try YAMLDocument(text: "a:\n  b:\n    c:\n      d: 1\n", limits: limits)) { error in
            XCTAssertEqual((error as! ParseError).mark.line, 4)
        }
    }

    // MARK: Helpers

    /// One line of an `.error` file: `CODE LINE:COLUMN`.
    struct Expected {
        let code: String
        let line: Int32
        let column: Int32

        init?(_ text: String) {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard words.count == 2 else { return nil }
            let position = words[1].split(separator: ":")
            guard position.count == 2, let l = Int32(position[0]), let c = Int32(position[1]) else { return nil }
            code = String(words[0])
            line = l
            column = c
        }
    }

    /// The first line where two texts differ, for a readable failure.
    func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String {
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < e.count ? String(e[i]) : "<end>"
            if x != y { return "line \(i + 1):\n  ours:     \(x)\n  expected: \(y)" }
        }
        return "(the texts differ only in encoding)"
    }

    /// One example of every kind of `ParseError`. `isYAML` switches over all of them without a
    /// default, so a new kind does not compile until it is sorted here, and
    /// `testKindListMatchesParseErrorSource` checks that this list names them all.
    static let allKinds: [ParseError.Kind] = [
        .invalidUTF8(byteOffset: 0), .controlCharacter(7), .unicodeLineBreak(0x2028), .tabIndentation,
        .tabCharacter, .anchor, .alias, .tag, .directive, .explicitKey, .complexKey, .keyTooLong(limit: 1024),
        .nullKey, .reservedIndicator("@"), .multilineFlow, .multipleDocuments, .contentAfterDocumentStart,
        .badIndentation(expected: 4, found: 2), .unexpectedIndentation, .multilinePlainScalar,
        .duplicateKey("名称", firstLine: 1), .unterminatedQuote, .invalidEscape("\\q"), .textAfterValue,
        .unexpectedContent, .expectedKey, .mappingValueNotAllowed, .sequenceNotAllowedHere,
        .sequenceInMapping, .blockScalarIndicator("|2"), .blockScalarIndentation, .flowPair,
        .flowMissingValue, .flowUnexpected(","), .tooDeep(limit: 64), .tooLarge(limit: 128 * 1_048_576),
        .lineTooLong(limit: 1_048_576), .csvUnterminatedQuote, .csvTextAfterQuote, .csvEmptyHeader,
        .csvDuplicateHeader("姓名"), .csvFieldCount(expected: 3, found: 2), .csvUndecodable, .csvEmptyHeaderName(column: 2),
        .yamlGB18030, .yamlUTF16(bigEndian: false), .utf16WithoutBOM, .invalidUTF16, .fullWidthColon(key: "名称"),
        .fullWidthSpaceIndentation, .fullWidthCommaInFlow,
    ]

    static func isYAML(_ kind: ParseError.Kind) -> Bool {
        switch kind {
        case .invalidUTF8, .controlCharacter, .unicodeLineBreak, .tabIndentation, .tabCharacter, .anchor,
             .alias, .tag, .directive, .explicitKey, .complexKey, .keyTooLong, .nullKey, .reservedIndicator,
             .multilineFlow, .multipleDocuments, .contentAfterDocumentStart, .badIndentation,
             .unexpectedIndentation, .multilinePlainScalar, .duplicateKey, .unterminatedQuote, .invalidEscape,
             .textAfterValue, .unexpectedContent, .expectedKey, .mappingValueNotAllowed,
             .sequenceNotAllowedHere, .sequenceInMapping, .blockScalarIndicator, .blockScalarIndentation,
             .flowPair, .flowMissingValue, .flowUnexpected, .tooDeep, .tooLarge, .lineTooLong, .yamlGB18030,
             .yamlUTF16, .fullWidthColon, .fullWidthSpaceIndentation, .fullWidthCommaInFlow, .utf16WithoutBOM:
            return true
        case .csvUnterminatedQuote, .csvTextAfterQuote, .csvEmptyHeader, .csvDuplicateHeader, .csvFieldCount,
             .csvUndecodable, .csvEmptyHeaderName, .invalidUTF16:
            return false
        }
    }
}
