import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// `init` writes a template that parses and checks (failing clauses, never unreadable), made
/// from the pack's schema, and refuses to overwrite anything.
final class InitCommandTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// Every regular file below `dir`, relative to it, sorted.
    func files(under dir: URL) -> [String] {
        let fm = FileManager.default
        return (fm.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).filter { path in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: dir.appendingPathComponent(path).path, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    func testEveryLevelAndLanguageGivesAFolderThatParsesAndChecks() throws {
        let pack = try PackLoading.load(ParsedArguments(), lang: .zh)
        for level in ["county", "township", "village"] {
            for lang in ["zh", "en"] {
                let dir = root.appendingPathComponent("\(level)-\(lang)")
                let made = CLIRun.run(["init", "--level", level, dir.path, "--lang", lang])
                XCTAssertEqual(made.status, .success, made.err)
                let written = files(under: dir)
                let ledgerFolder = lang == "zh" ? "台账/" : "ledgers/"
                // A station head reads Chinese names: 站点.yaml, 台账/, 豁免.yaml (English with --lang en).
                XCTAssertTrue(written.contains(lang == "zh" ? "站点.yaml" : "station.yaml"), "\(written)")
                XCTAssertTrue(written.contains(lang == "zh" ? "豁免.yaml" : "waivers.yaml"), "\(written)")
                XCTAssertFalse(written.contains(lang == "zh" ? "station.yaml" : "站点.yaml"))
                XCTAssertTrue(written.contains(lang == "zh" ? "photos/说明.txt" : "photos/README.txt"))
                XCTAssertEqual(written.filter { $0.hasPrefix(ledgerFolder) }, pack.schema.ledgers.map { ledgerFolder + $0.name(lang == "zh" ? .zh : .en) + ".yaml" }.sorted(),
                               "every ledger kind of the pack")
                for file in written where file.hasSuffix(".yaml") {
                    let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(file)))
                    XCTAssertNoThrow(try YAMLDocument(bytes: bytes), "\(level)/\(lang)/\(file) must load")
                }
                let checked = CLIRun.run(["check", dir.path, "--as-of", "2024-12-31", "--format", "json", "--lang", lang])
                XCTAssertEqual(checked.status, .failures, "placeholders fail clauses but nothing is unreadable: \(checked.err)")
                let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(checked.out.utf8)) as? [String: Any])
                XCTAssertEqual((json["errors"] as? [Any])?.count, 0, "\(level)/\(lang): \(json["errors"] ?? "")")
                let station = try XCTUnwrap((json["stations"] as? [[String: Any]])?.first)
                XCTAssertEqual(station["level"] as? String, level, "the level is filled in")
                XCTAssertEqual((station["counts"] as? [String: Int])?["error"], 0)
            }
        }
    }

    func testChineseKeysByDefaultEnglishWithLangEn() throws {
        let zh = root.appendingPathComponent("zh")
        _ = CLIRun.run(["init", "--level", "township", zh.path])
        let doc = try YAMLDocument(bytes: Array(try Data(contentsOf: zh.appendingPathComponent("站点.yaml"))))
        let keys = doc.json().topKeys
        XCTAssertEqual(keys.first, "站点")
        XCTAssertTrue(keys.contains("编制人员") && keys.contains("自评承诺"), "\(keys)")
        let text = String(decoding: try Data(contentsOf: zh.appendingPathComponent("站点.yaml")), as: UTF8.self)
        XCTAssertTrue(text.contains("  层级: 乡镇级  # level，"), "the level is written, in Chinese")
        XCTAssertTrue(text.contains("    样式:  # orientation，可选值：竖、横；例：竖"), "vocabularies from the pack")
        XCTAssertTrue(text.contains("  区划代码:  # division_code，12 位统计用区划代码；例：\"140105001000\""), text)
        let en = root.appendingPathComponent("en")
        _ = CLIRun.run(["init", "--level", "township", en.path, "--lang", "en"])
        let enKeys = try YAMLDocument(bytes: Array(try Data(contentsOf: en.appendingPathComponent("station.yaml")))).json().topKeys
        XCTAssertEqual(enKeys.first, "station")
        XCTAssertTrue(enKeys.contains("staffing") && enKeys.contains("attestations"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: en.appendingPathComponent("ledgers/visits.yaml").path))
    }

    func testTheCommentedExampleRecordIsAValidRecordOnceUncommented() throws {
        let dir = root.appendingPathComponent("s")
        _ = CLIRun.run(["init", "--level", "county", dir.path])
        let ledger = String(decoding: try Data(contentsOf: dir.appendingPathComponent("台账/走访慰问.yaml")), as: UTF8.self)
        XCTAssertTrue(ledger.contains("#   事由 *：occasion，可选值：退役返乡、立功受奖"), ledger)
        let uncommented = ledger.components(separatedBy: "\n").map { line in
            line.hasPrefix("#  - ") || line.hasPrefix("#    ") ? String(line.dropFirst(2)) : line
        }.joined(separator: "\n")
        let records = try YAMLDocument(text: uncommented).json()
        guard case .object(let top) = records, case .array(let items)? = top.first(where: { $0.0 == "记录" })?.1,
              case .object(let record)? = items.first else { return XCTFail("no record in:\n\(uncommented)") }
        XCTAssertEqual(record.map(\.0), ["身份证号", "姓名", "日期", "事由", "方式", "走访人"])
        XCTAssertEqual(record.first?.1, .string("140105199001011238"), "the ID number stays a quoted string")
    }

    func testInitRefusesToOverwriteAnything() throws {
        let dir = root.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for existing in ["station.yaml", "站点.yaml", "台账", "waivers.yaml"] {
            let path = dir.appendingPathComponent(existing)
            if existing == "台账" {
                try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            } else {
                try Data("# mine\n".utf8).write(to: path)
            }
            let run = CLIRun.run(["init", "--level", "village", dir.path])
            XCTAssertEqual(run.status, .usageOrInput, existing)
            XCTAssertTrue(run.err.contains(path.path), run.err)
            XCTAssertEqual(files(under: dir), existing == "台账" ? [] : [existing], "nothing written, nothing changed")
            try FileManager.default.removeItem(at: path)
        }
        // A link that leads nowhere is there too: writing through it would create its target.
        let target = root.appendingPathComponent("elsewhere.yaml")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("站点.yaml").path, withDestinationPath: target.path)
        XCTAssertEqual(CLIRun.run(["init", "--level", "village", dir.path]).status, .usageOrInput)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "nothing written through the link")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["站点.yaml"])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("站点.yaml"))
        let file = root.appendingPathComponent("a-file")
        try Data().write(to: file)
        XCTAssertEqual(CLIRun.run(["init", "--level", "village", file.path]).status, .usageOrInput)
        XCTAssertEqual(CLIRun.run(["init", dir.path]).status, .usageOrInput, "--level is required")
        XCTAssertEqual(CLIRun.run(["init", "--level", "city", dir.path]).status, .usageOrInput)
    }
}

extension JSON {
    var topKeys: [String] {
        if case .object(let pairs) = self { return pairs.map(\.0) }
        return []
    }
}
