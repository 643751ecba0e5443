import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// `stationlint schema` prints or writes the JSON Schemas of a station folder's YAML files, made
/// from the pack (`--rules` too), byte for byte the same every time (golden files under
/// `Fixtures/golden/schema/`; `UPDATE_GOLDEN=1 swift test --filter SchemaCommandTests` rewrites
/// them); `init --schema-dir` starts each YAML file with a modeline that reaches its schema.
/// What the schemas accept is tested in `JSONSchemaPatternTests` and `JSONSchemaFixtureTests`.
final class SchemaCommandTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws { root = Repo.temporary() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testOneSchemaByItsEnglishOrChineseName() throws {
        let english = CLIRun.run(["schema", "veterans"])
        XCTAssertEqual(english.status, .success, english.err)
        XCTAssertEqual(CLIRun.run(["schema", "建档立卡"]).out, english.out, "a ledger kind by its Chinese name")
        let schema = try object(english.out)
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        XCTAssertEqual(Set(properties.keys), ["updated", "更新日期", "records", "记录"], "the header in both languages")
        let record = try XCTUnwrap((schema["$defs"] as? [String: Any])?["record"] as? [String: Any])
        let fields = try XCTUnwrap(record["properties"] as? [String: Any])
        XCTAssertNotNil(fields["id_number"])
        XCTAssertNotNil(fields["身份证号"])
        XCTAssertEqual(record["additionalProperties"] as? Bool, false, "an unknown field is underlined")
        let description = try XCTUnwrap((fields["身份证号"] as? [String: Any])?["description"] as? String)
        XCTAssertTrue(description.contains("身份证号（id_number）：18 位身份证号；每条记录必填"), description)
        XCTAssertTrue(description.contains("id_number (身份证号): an 18-digit ID number; required in every record"), description)
        XCTAssertEqual(CLIRun.run(["schema", "站点"]).out, CLIRun.run(["schema", "station"]).out)
        XCTAssertEqual(CLIRun.run(["schema", "豁免"]).out, CLIRun.run(["schema", "waivers"]).out)
    }

    func testOutputDirWritesEveryDocumentTheSameEveryTime() throws {
        let dir = root.appendingPathComponent("schemas")
        let run = CLIRun.run(["schema", "--output-dir", dir.path])
        XCTAssertEqual(run.status, .success, run.err)
        let pack = try PackLoading.load(ParsedArguments(), lang: .zh)
        let expected = ["station.schema.json", "waivers.schema.json"] + pack.schema.ledgers.map { "ledger-\($0.key).schema.json" }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), expected.sorted())
        let inOrder = ["station.schema.json"] + pack.schema.ledgers.map { "ledger-\($0.key).schema.json" } + ["waivers.schema.json"]
        XCTAssertEqual(run.out.split(separator: "\n").map(String.init), inOrder.map { dir.appendingPathComponent($0).path },
                       "each file named as written: the declaration, the ledgers in pack order, the waivers")
        for name in expected { _ = try object(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) }
        // Again, over the files already there: the same bytes.
        let before = try expected.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        XCTAssertEqual(CLIRun.run(["schema", "--output-dir", dir.path]).status, .success)
        XCTAssertEqual(try expected.map { try Data(contentsOf: dir.appendingPathComponent($0)) }, before)
        for name in ["station.schema.json", "waivers.schema.json", "ledger-visits.schema.json", "ledger-hardship.schema.json"] {
            Golden.assertMatches(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8), "schema/" + name)
        }
        // Only those named.
        let some = root.appendingPathComponent("some")
        XCTAssertEqual(CLIRun.run(["schema", "--output-dir", some.path, "events", "豁免"]).status, .success)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: some.path).sorted(), ["ledger-events.schema.json", "waivers.schema.json"])
    }

    func testWrongNamesAndMissingArgumentsAreUsageErrors() throws {
        let typo = CLIRun.run(["schema", "veteran"])
        XCTAssertEqual(typo.status, .usageOrInput)
        XCTAssertTrue(typo.err.contains("没有名为“veteran”的模式") && typo.err.contains("您是否想写“veterans”"), typo.err)
        XCTAssertTrue(typo.out.isEmpty)
        let english = CLIRun.run(["schema", "建档", "--lang", "en"])
        XCTAssertEqual(english.status, .usageOrInput)
        XCTAssertTrue(english.err.contains("no schema named '建档'"), english.err)
        XCTAssertEqual(CLIRun.run(["schema"]).status, .usageOrInput, "which one, or --output-dir")
        XCTAssertEqual(CLIRun.run(["schema", "station", "waivers"]).status, .usageOrInput, "one at a time on standard output")
        let file = root.appendingPathComponent("a-file")
        try Data().write(to: file)
        let notAFolder = CLIRun.run(["schema", "--output-dir", file.path])
        XCTAssertEqual(notAFolder.status, .usageOrInput)
        XCTAssertTrue(notAFolder.err.contains("\(file.path):1:1: error: 已存在且不是文件夹"), notAFolder.err)
        XCTAssertTrue(CLIRun.run(["--help"]).out.contains("schema"), "the command is listed")
        XCTAssertTrue(CLIRun.run(["schema", "--help"]).out.contains("--output-dir DIR"))
    }

    /// Another pack's fields and values are its schema's: nothing is written by hand.
    func testAnotherPackGivesItsOwnSchemas() throws {
        let pack = root.appendingPathComponent("pack")
        try FileManager.default.copyItem(atPath: Repo.path("Rules/DB14-T-2024"), toPath: pack.path)
        let schemaFile = pack.appendingPathComponent("schema.yaml")
        var schema = try String(contentsOf: schemaFile, encoding: .utf8)
        schema = schema.replacingOccurrences(of: "      - {key: joined, zh: 加入时间, type: date}\n",
                                             with: "      - {key: joined, zh: 加入时间, type: date}\n      - {key: shift, zh: 班次, type: integer}\n")
        try Data(schema.utf8).write(to: schemaFile)
        let vocabularyFile = pack.appendingPathComponent("vocabularies.yaml")
        var vocabularies = try String(contentsOf: vocabularyFile, encoding: .utf8)
        vocabularies = vocabularies.replacingOccurrences(of: "  - {value: 横, aliases: [horizontal, 横牌, 横版]}\n",
                                                         with: "  - {value: 横, aliases: [horizontal, 横牌, 横版]}\n  - {value: 斜, aliases: [diagonal]}\n")
        try Data(vocabularies.utf8).write(to: vocabularyFile)
        let volunteers = CLIRun.run(["schema", "volunteers", "--rules", pack.path])
        XCTAssertEqual(volunteers.status, .success, volunteers.err)
        let record = try XCTUnwrap((try object(volunteers.out)["$defs"] as? [String: Any])?["record"] as? [String: Any])
        XCTAssertNotNil((record["properties"] as? [String: Any])?["班次"])
        XCTAssertNil(((try object(CLIRun.run(["schema", "volunteers"]).out)["$defs"] as? [String: Any])?["record"] as? [String: Any])?["properties"]
            .flatMap { ($0 as? [String: Any])?["班次"] }, "the built-in pack has no such field")
        XCTAssertTrue(CLIRun.run(["schema", "station", "--rules", pack.path]).out.contains("\"diagonal\""))
    }

    /// `init --schema-dir` begins every YAML file with a modeline whose path, read from the
    /// file's folder as the YAML language server reads it, reaches the file's own schema.
    func testInitModelinesReachTheSchemas() throws {
        let schemas = root.appendingPathComponent("schemas")
        let station = root.appendingPathComponent("stations/wucheng")
        XCTAssertEqual(CLIRun.run(["schema", "--output-dir", schemas.path]).status, .success)
        let made = CLIRun.run(["init", "--level", "township", station.path, "--schema-dir", schemas.path])
        XCTAssertEqual(made.status, .success, made.err)
        XCTAssertFalse(made.out.contains("还没有模式文件"), made.out)
        let pack = try PackLoading.load(ParsedArguments(), lang: .zh)
        let writer = JSONSchemaWriter(pack: pack)
        var seen = 0
        let fm = FileManager.default
        for case let relative as String in fm.enumerator(atPath: station.path) ?? NSEnumerator() where relative.hasSuffix(".yaml") {
            let text = try String(contentsOf: station.appendingPathComponent(relative), encoding: .utf8)
            let first = String(text.prefix { $0 != "\n" })
            let prefix = "# yaml-language-server: $schema="
            XCTAssertTrue(first.hasPrefix(prefix), "\(relative): \(first)")
            let reference = String(first.dropFirst(prefix.count))
            XCTAssertFalse(reference.hasPrefix("/"), "a relative path, so the folders can move together")
            let target = station.appendingPathComponent(relative).deletingLastPathComponent().appendingPathComponent(reference).standardized
            XCTAssertEqual(target.lastPathComponent, writer.fileName(forStationFile: relative), relative)
            XCTAssertTrue(fm.fileExists(atPath: target.path), "\(relative) → \(reference)")
            seen += 1
        }
        XCTAssertEqual(seen, 2 + pack.schema.ledgers.count, "the declaration, every ledger and the waivers")
        let checked = CLIRun.run(["check", station.path, "--as-of", "2024-12-31", "--format", "json"])
        XCTAssertEqual((try object(checked.out)["errors"] as? [Any])?.count, 0, "a modeline is a comment: \(checked.out.prefix(300))")

        let remote = root.appendingPathComponent("remote")
        let url = CLIRun.run(["init", "--level", "village", remote.path, "--schema-dir", "https://example.org/stationlint/schemas", "--lang", "en"])
        XCTAssertEqual(url.status, .success, url.err)
        XCTAssertTrue(try String(contentsOf: remote.appendingPathComponent("ledgers/visits.yaml"), encoding: .utf8)
            .hasPrefix("# yaml-language-server: $schema=https://example.org/stationlint/schemas/ledger-visits.schema.json\n"))

        let later = root.appendingPathComponent("later")
        let missing = CLIRun.run(["init", "--level", "village", later.path, "--schema-dir", root.appendingPathComponent("none-yet").path])
        XCTAssertEqual(missing.status, .success)
        XCTAssertTrue(missing.out.contains("请运行 stationlint schema --output-dir"), "says how to make them: \(missing.out)")

        let spaced = root.appendingPathComponent("spaced")
        let refused = CLIRun.run(["init", "--level", "village", spaced.path, "--schema-dir", root.appendingPathComponent("my schemas").path])
        XCTAssertEqual(refused.status, .usageOrInput)
        XCTAssertTrue(refused.err.contains("含空格"), refused.err)
        XCTAssertFalse(fm.fileExists(atPath: spaced.path), "nothing written")
    }
}
