import XCTest
@testable import StationLintCore

/// The engine says what it found as data; the Report layer says it. These pin what that buys:
/// a JSON report renders again in another language with the same words a direct run gives, a
/// field has one name in a whole report, nothing doubles a noun, and personal data is masked in
/// the findings the JSON keeps as in its prose.
final class FindingsAsDataTests: XCTestCase {
    let pack = PackFixture.pack
    let stations = ["stations/fail-4-basics", "stations/fail-5.2-guidance", "stations/fail-5.4-care", "stations/township"]

    /// A Chinese run written as JSON, read back and rendered in English, says exactly what an
    /// English run says (results, notes and remedies).
    func testAChineseJSONReportRendersAgainInEnglish() throws {
        let zh = ReportInput(ReportSample.fixtures(stations, lang: .zh), pack: pack)
        var decoded = try ReportDecoding.decode(Array(JSONReporter.render(zh).utf8))
        decoded.lang = .en
        let again = ReportInput(decoded, pack: pack)
        let en = ReportInput(ReportSample.fixtures(stations, lang: .en), pack: pack)
        var compared = 0
        for (a, b) in zip(again.run.stations, en.run.stations) {
            for (x, y) in zip(a.results, b.results) {
                XCTAssertEqual(x.message, y.message, "\(a.path) \(x.rule)")
                XCTAssertEqual(x.notes, y.notes, "\(a.path) \(x.rule)")
                XCTAssertEqual(x.remedy, y.remedy, "\(a.path) \(x.rule)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 100)
        let failures = again.run.stations.flatMap(\.results).filter { $0.status == .fail }
        XCTAssertTrue(failures.contains { $0.message == "political_instructors: 3, fewer than 5" }, failures.map(\.message).joined(separator: "\n"))
    }

    /// A field has one name in every message: its own when no other field shares it, with its
    /// parent's when one does; the block holding the station's identity is not said.
    func testAFieldHasOneName() {
        let names = ReportNames(pack)
        XCTAssertEqual(names.field("station.name", .zh), "名称")
        XCTAssertEqual(names.field("volunteer_team.name", .zh), "志愿服务队·名称")
        XCTAssertEqual(names.field("staffing.authorized", .zh), "核定编制")
        XCTAssertEqual(names.field("staffing.authorized", .en), "authorized")
        XCTAssertEqual(names.ledger("party_members", .zh), "党员台账")
        XCTAssertEqual(names.ledger("party_members", .en), "the party_members ledger")
    }

    /// No description of a check doubles the ledger's noun (`有党员台账台账`) or shows a raw key
    /// where the pack has a name.
    func testNoDescriptionDoublesANoun() {
        let renderer = MessageRenderer(lang: .zh, privacy: PersonalData(show: false), names: ReportNames(pack))
        var said = 0
        for rule in pack.rules {
            for spec in rule.checks {
                let text = renderer.text(spec.check.describe())
                XCTAssertFalse(text.contains("台账台账"), "\(rule.id): \(text)")
                XCTAssertFalse(text.contains("{"), "\(rule.id): a placeholder left unfilled: \(text)")
                XCTAssertFalse(text.contains("_days"), "\(rule.id): a parameter said by its name: \(text)")
                said += 1
            }
        }
        XCTAssertGreaterThan(said, 70)
    }

    /// Every rendered result of the fixture stations has its placeholders filled, in both languages.
    func testNoPlaceholderIsLeftInAnyReport() {
        for lang in [Language.zh, .en] {
            let input = ReportInput(ReportSample.fixtures(stations + ["stations/county", "stations/village"], lang: lang), pack: pack)
            for s in input.run.stations {
                for r in s.results {
                    for text in [r.message] + r.notes {
                        XCTAssertNil(text.range(of: #"\{[a-z_]+\}"#, options: .regularExpression), "\(s.path) \(r.rule) (\(lang)): \(text)")
                    }
                }
            }
        }
    }

    /// The JSON's findings carry persons as the report shows them: masked unless personal data
    /// is shown; never an ID number the prose hides.
    func testFindingsAreMaskedAsTheProseIs() throws {
        let run = ReportSample.fixtures(["stations/fail-5.4-care"], lang: .zh)
        let masked = JSONReporter.render(ReportInput(run, pack: pack))
        XCTAssertNil(masked.range(of: #"\d{17}[\dX]"#, options: .regularExpression), "an unmasked ID number in the JSON")
        XCTAssertTrue(masked.contains("\"findings\""))
        let shown = JSONReporter.render(ReportInput(run, pack: pack, showPersonalData: true))
        XCTAssertNotEqual(masked, shown, "the station's findings name persons, so showing them changes the report")
    }

    /// A finding whose template this version does not know keeps the text the report wrote.
    func testAnUnknownMessageKeepsItsText() throws {
        let json = """
        {"schemaVersion": 1, "tool": {"name": "stationlint", "version": "9"}, "rulePack": {"id": "DB14-T-2024-draft", "title": "t"},
         "asOf": "2024-12-31", "lang": "zh", "stations": [{"path": "s", "results": [{"rule": "DB14-4.1", "clause": "4.1",
         "status": "fail", "severity": "error", "message": "新版本的消息", "remedy": "r", "locations": [],
         "findings": [{"id": "future.kind", "args": {}}]}]}], "errors": []}
        """
        let run = try ReportDecoding.decode(Array(json.utf8))
        let input = ReportInput(run, pack: pack)
        XCTAssertEqual(input.run.stations[0].results[0].message, "新版本的消息")
    }
}
