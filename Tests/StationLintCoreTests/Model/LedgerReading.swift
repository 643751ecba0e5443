import XCTest
@testable import StationLintCore

/// What the tests that read a ledger two ways share besides the reading's text
/// (`LedgerReading.describe`): a reader of the fixture pack as of 2024-12-31, and a loop of
/// random edits read both ways.
extension LedgerReading {
    /// Every file under `Fixtures/`, as a path relative to it.
    static var fixturePaths: [String] {
        (FileManager.default.enumerator(atPath: FixturePath.root.path)?.allObjects as? [String]) ?? []
    }

    static func reader(_ spec: LedgerSpec, file: String, maxRecords: Int = InputLimits.maxRecordsPerLedger) -> LedgerReader {
        let schema = PackFixture.pack.schema
        let typer = ValueTyper(vocabularies: schema.vocabularies, levels: schema.levels,
                               asOf: Day(year: 2024, month: 12, day: 31)!, lang: .zh, privacy: PersonalData(show: false))
        var r = LedgerReader(spec: spec, header: schema.ledgerHeader, file: file, typer: typer)
        r.maxRecords = maxRecords
        return r
    }

    /// 1,500 random edits of `base` (one to four of `edit` at random lines each, the lines
    /// joined by `separator`), each read both ways by `outcomes` (the text and a record limit
    /// from `limits`, the two readings): the same outcome every time, and the edits reach all
    /// three outcomes — read, refused, and not parsed.
    static func assertEditsReadTheSame(_ base: [String], seed: UInt64, limits: ClosedRange<Int>,
                                       edit: (inout [String], Int, inout SplitMix64) -> Void,
                                       separator: (inout SplitMix64) -> String,
                                       outcomes: (String, Int) -> (streamed: String, whole: String),
                                       file: StaticString = #filePath, line: UInt = #line) {
        var random = SplitMix64(seed: seed)
        var seen = Set<String>()
        for _ in 0..<1_500 {
            var lines = base
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                edit(&lines, Int.random(in: 0..<lines.count, using: &random), &random)
            }
            let text = lines.joined(separator: separator(&random))
            let (streamed, whole) = outcomes(text, Int.random(in: limits, using: &random))
            XCTAssertEqual(streamed, whole, text, file: file, line: line)
            seen.insert(String(streamed.prefix(12)))
        }
        XCTAssertTrue(seen.contains { $0.hasPrefix("updated") }, file: file, line: line)
        XCTAssertTrue(seen.contains { $0.hasPrefix("refused") }, file: file, line: line)
        XCTAssertTrue(seen.contains { $0.hasPrefix("parse error") }, file: file, line: line)
    }
}
