import Foundation
import XCTest
@testable import StationLintCore

/// The emitted schemas against the fixtures, validated as an editor would: every YAML file of
/// every fixture station loaded as YAML 1.2 and validated by jsonschema (Draft 2020-12, and
/// draft-07 as the YAML language server reads schemas, with the same verdict), through
/// `Fixtures/schema/validate.py`.
///
/// - What the schema refuses in a fixture station, stationlint reports at the same place (no
///   squiggle the tool does not stand behind), and the complete stations pass whole.
/// - A broken fixture whose damage a schema can see is refused for the same reason at the same
///   place as stationlint refuses it (`Fixtures/broken/*/expected.txt`); those whose damage only
///   the tool can see (a check digit, a date after the as-of day) pass the schema.
///
/// Needs python3 with jsonschema and PyYAML; skipped, saying so, without them.
final class JSONSchemaFixtureTests: XCTestCase {
    static let script = FixturePath.root.appendingPathComponent("schema/validate.py").path
    let writer = JSONSchemaWriter(pack: PackFixture.pack)

    struct SchemaError: Decodable {
        let path: [PathStep]
        let key: Bool
        let keyword: String
        let leaves: [String]
        let message: String
    }

    enum PathStep: Decodable, CustomStringConvertible {
        case key(String), index(Int)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int.self) { self = .index(i) } else { self = .key(try c.decode(String.self)) }
        }
        var description: String { switch self { case .key(let k): return k; case .index(let i): return String(i) } }
    }

    struct Report: Decodable {
        struct File: Decodable {
            let errors: [SchemaError]
            let draft7Agrees: Bool
        }
        let schemaProblems: [String]
        let files: [String: File]
    }

    override func setUpWithError() throws {
        guard Python.has("jsonschema"), Python.has("yaml") else {
            throw XCTSkip("python3 with jsonschema and PyYAML is needed to validate the fixtures with the emitted schemas; install them with: pip install jsonschema PyYAML")
        }
    }

    /// Writes the schemas and validates `files` (absolute path → schema file name).
    func validate(_ files: [(String, String)]) throws -> Report {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-schemas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for document in writer.documents {
            try Data(writer.text(document).utf8).write(to: dir.appendingPathComponent(JSONSchemaWriter.fileName(document)))
        }
        guard let run = Python.run([Self.script, dir.path] + files.map { "\($0.1)=\($0.0)" }), run.status == 0 else {
            struct ScriptFailed: Error {}
            XCTFail("Fixtures/schema/validate.py failed: run it by hand to see why")
            throw ScriptFailed()
        }
        let report = try JSONDecoder().decode(Report.self, from: run.out)
        XCTAssertEqual(report.schemaProblems, [], "every schema is valid against the 2020-12 and the draft-07 meta-schemas")
        for (file, result) in report.files where !result.draft7Agrees {
            XCTFail("\(file): draft-07 (the YAML language server's reading) and 2020-12 disagree")
        }
        return report
    }

    /// The place a schema error names, as stationlint writes it: the value's line and column, or
    /// the key's when the error is about the key.
    func position(_ error: SchemaError, in file: String) throws -> (line: Int, column: Int) {
        let document = try YAMLDocument(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        var node = document.root
        var keyMark: Mark? = nil
        for step in error.path {
            switch step {
            case .index(let i):
                node = try XCTUnwrap(node.items?[i], "\(file): no item \(i) at \(error.path)")
                keyMark = nil
            case .key(let k):
                let pair = try XCTUnwrap(node.pairs?.first { document.string($0.key) == k }, "\(file): no key \(k) at \(error.path)")
                node = pair.value
                keyMark = pair.keyMark
            }
        }
        let mark = error.key ? (keyMark ?? node.mark) : node.mark
        return (Int(mark.line), Int(mark.column))
    }

    /// The YAML files of a station folder with the schema each takes.
    func yamlFiles(_ station: URL) -> [(String, String)] {
        var out: [(String, String)] = []
        let fm = FileManager.default
        var names = (try? fm.contentsOfDirectory(atPath: station.path)) ?? []
        for folder in StationLoader.ledgerFolders {
            names += ((try? fm.contentsOfDirectory(atPath: station.appendingPathComponent(folder).path)) ?? []).map { folder + "/" + $0 }
        }
        for name in names.sorted() {
            if let schema = writer.fileName(forStationFile: name) { out.append((station.appendingPathComponent(name).path, schema)) }
        }
        return out
    }

    /// Every folder at or below `root` that holds a declaration.
    func stations(under root: URL) -> [URL] {
        let fm = FileManager.default
        var out: [URL] = []
        if StationLoader.declarationNames.contains(where: { fm.fileExists(atPath: root.appendingPathComponent($0).path) }) { out.append(root) }
        for name in ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted() where !name.hasPrefix(".") {
            var isDir: ObjCBool = false
            let child = root.appendingPathComponent(name)
            if fm.fileExists(atPath: child.path, isDirectory: &isDir), isDir.boolValue, !StationLoader.ledgerFolders.contains(name) {
                out += stations(under: child)
            }
        }
        return out
    }

    func testEveryFixtureStationValidatesWhereStationlintReadsItAndFailsOnlyWhereItReports() throws {
        let roots = ["stations", "region", "report-stations"].map { FixturePath.root.appendingPathComponent($0) }
        let all = roots.flatMap { stations(under: $0) }
        let files = all.flatMap { yamlFiles($0) }
        XCTAssertGreaterThan(files.count, 250, "the YAML files of \(all.count) fixture stations")
        let report = try validate(files)
        XCTAssertEqual(report.files.count, files.count)
        let evaluator = Evaluator(pack: PackFixture.pack, options: EvaluationOptions(asOf: Day(year: 2024, month: 12, day: 31)!, lang: .zh))
        var refused = 0
        for station in all {
            let mine = yamlFiles(station).filter { !(report.files[$0.0]?.errors.isEmpty ?? true) }
            guard !mine.isEmpty else { continue }
            // What stationlint says of the station: its input problems and every clause's evidence.
            let result = evaluator.evaluate(evaluator.load(DiskStationFiles(root: station.path), path: station.path))
            let said = Set((result.errors + result.warnings).map(\.location) + result.results.flatMap(\.locations))
                .map { "\($0.file):\($0.line):\($0.column)" }
            let name = station.path.replacingOccurrences(of: FixturePath.root.path + "/", with: "")
            XCTAssertFalse(["stations/county", "stations/county-zh", "stations/township", "stations/village", "region/xiaodian"].contains(name),
                           "\(name) is a complete, passing example: the schemas must take all of it")
            for (file, _) in mine {
                let relative = String(file.dropFirst(station.path.count + 1))
                for error in report.files[file]?.errors ?? [] {
                    refused += 1
                    let p = try position(error, in: file)
                    XCTAssertTrue(Set(said).contains("\(relative):\(p.line):\(p.column)"),
                                  "\(name)/\(relative):\(p.line):\(p.column): the schema refuses \(error.path) (\(error.message)), stationlint says nothing there")
                }
            }
        }
        XCTAssertGreaterThan(refused, 0, "the failing fixtures hold values the schema refuses (a phone 12345, a hardship 慰问金, an area 一百八十)")
    }

    /// Why a schema refuses, in the tool's terms.
    enum Reason: String {
        case shape, bothNames, value, vocabulary, missing, unknownRule, unknownKey
    }

    func reason(_ e: SchemaError) -> Reason? {
        switch e.keyword {
        case "type": return .shape
        case "false": return .bothNames
        case "additionalProperties": return .unknownKey
        case "required": return .missing
        case "anyOf":
            if e.leaves == ["required"] { return .missing }
            if e.leaves == ["const"] { return .unknownRule }
            if e.leaves.contains("enum") { return .vocabulary }
            if e.leaves.contains("pattern") { return .value }
            return nil
        default: return nil
        }
    }

    func testBrokenFixturesAreRefusedForTheToolsReasonAtTheToolsPlace() throws {
        // Folder, the file damaged, its schema, why stationlint refuses it.
        let cases: [(String, String, String, [Reason])] = [
            ("17-yaml-not-a-mapping", "ledgers/events.yaml", "ledger-events", [.shape]),
            ("23-key-both-languages", "station.yaml", "station", [.bothNames]),
            ("24-wrong-type", "station.yaml", "station", [.value, .value]),
            ("28-date-impossible", "ledgers/good_news.yaml", "ledger-good_news", [.value]),
            ("31-vocabulary-unknown", "ledgers/honor_plaques.yaml", "ledger-honor_plaques", [.vocabulary]),
            ("38-waiver-malformed", "waivers.yaml", "waivers", [.shape]),
            ("39-waiver-missing-field", "waivers.yaml", "waivers", [.missing]),
            ("41-waiver-unknown-rule", "waivers.yaml", "waivers", [.unknownRule]),
            ("46-key-zero-width-space", "station.yaml", "station", [.missing, .unknownKey]),
        ]
        // What a schema cannot see: a check digit, a date after the as-of day, a division code
        // that does not fit the level or the province, a waiver past its date.
        let unseen: [(String, String, String)] = [
            ("25-id-bad-check-digit", "ledgers/party_members.yaml", "ledger-party_members"),
            ("27-date-in-future", "ledgers/good_news.yaml", "ledger-good_news"),
            ("29-division-code-wrong-level", "station.yaml", "station"),
            ("30-division-code-not-shanxi", "station.yaml", "station"),
            ("40-waiver-expired", "waivers.yaml", "waivers"),
        ]
        let broken = FixturePath.root.appendingPathComponent("broken")
        func path(_ folder: String, _ file: String) -> String { broken.appendingPathComponent("\(folder)/input/\(file)").path }
        let report = try validate(cases.map { (path($0.0, $0.1), $0.2 + ".schema.json") } + unseen.map { (path($0.0, $0.1), $0.2 + ".schema.json") })
        for (folder, file, _, reasons) in cases {
            let errors = try XCTUnwrap(report.files[path(folder, file)]?.errors, folder)
            XCTAssertEqual(errors.map { reason($0)?.rawValue ?? "\($0.keyword) \($0.leaves)" }.sorted(), reasons.map(\.rawValue).sorted(),
                           "\(folder): \(errors.map(\.message))")
            // Where stationlint says it (expected.txt pins its output): the same line and column;
            // a missing field it names at the top of the file, the schema at the mapping lacking it.
            let expected = try String(contentsOf: broken.appendingPathComponent("\(folder)/expected.txt"), encoding: .utf8)
            let said = Set(expected.components(separatedBy: "\n").compactMap { line -> String? in
                guard line.hasPrefix("station/\(file):") else { return nil }
                let parts = line.dropFirst("station/\(file):".count).split(separator: ":")
                return parts.count >= 2 ? "\(parts[0]):\(parts[1])" : nil
            })
            var found: Set<String> = []
            for error in errors {
                let p = try position(error, in: path(folder, file))
                if reason(error) == .missing && said.contains("1:1") && !said.contains("\(p.line):\(p.column)") {
                    found.insert("1:1")
                } else {
                    found.insert("\(p.line):\(p.column)")
                }
            }
            XCTAssertEqual(found, said, "\(folder): the schema's places against stationlint's")
        }
        for (folder, file, _) in unseen {
            XCTAssertEqual(report.files[path(folder, file)]?.errors.map(\.message) ?? ["not validated"], [], "\(folder) is only stationlint's to see")
        }
    }
}
