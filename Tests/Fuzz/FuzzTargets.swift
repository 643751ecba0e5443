// What each fuzz target does with one input: everything a user's file goes through, from bytes
// to the text on the screen, in both languages. A target checks no results (the parser's tests
// do) but two: the CSV and xlsx targets compare two readings of a ledger, which must agree.
// Otherwise it only has to come back, without a trap, a sanitizer report or a timeout.

#if canImport(StationLintCore)
// Built by SwiftPM as a test target (Package.swift); fuzz.sh compiles these files into one module
// with the library's sources instead, where there is no StationLintCore to import.
@testable import StationLintCore
#endif

/// The YAML parser, `stationlint parse`'s JSON, and an error's message with its source line.
enum FuzzYAML {
    static func run(_ bytes: [UInt8]) {
        do {
            let document = try YAMLDocument(bytes: bytes)
            _ = document.json().serialized()
        } catch {
            for lang in [Language.zh, .en] {
                _ = error.diagnostic(file: "fuzz.yaml", lang: lang).formatted(withSource: bytes)
            }
        }
    }
}

/// The CSV reader with encoding detection, and an error's message with its source line; then
/// the same bytes as a CSV ledger — of the kind whose header one of the first rows is, else one
/// picked by the length, with a small record limit for a third of the inputs — read record by
/// record as stations are read and as a whole table: the two readings must give the same
/// records, positions, problems and errors, or the run stops at the input.
enum FuzzCSV {
    static func run(_ bytes: [UInt8]) {
        var firstRows: [[String]] = []
        do {
            let table = try CSVTable(bytes: bytes)
            for row in table.rows { for cell in row.cells { _ = cell.trimmedText } }
            firstRows = [table.header.map(\.trimmedText)] + table.rows.prefix(4).map { $0.cells.map(\.trimmedText) }
        } catch {
            let source = (try? DecodedText(detecting: bytes))?.utf8 ?? bytes
            for lang in [Language.zh, .en] {
                _ = error.diagnostic(file: "fuzz.csv", lang: lang).formatted(withSource: source)
            }
        }
        readAsLedger(bytes, firstRows)
    }

    /// A reader of the kind whose header is among `firstRows`, else one picked by `length`, with
    /// a small record limit for a third of the lengths; nil for a pack with no ledgers.
    static func ledgerReader(_ firstRows: [[String]], length: Int, file: (LedgerSpec) -> String) -> LedgerReader? {
        let schema = FuzzStation.pack.schema
        guard !schema.ledgers.isEmpty else { return nil }
        let spec = schema.ledgers.first { spec in firstRows.contains { LedgerReader.isHeader($0, of: spec) } }
            ?? schema.ledgers[length % schema.ledgers.count]
        let typer = ValueTyper(vocabularies: schema.vocabularies, levels: schema.levels,
                               asOf: Day(year: 2024, month: 12, day: 31)!, lang: .zh, privacy: PersonalData(show: false))
        var reader = LedgerReader(spec: spec, header: schema.ledgerHeader, file: file(spec), typer: typer, layout: schema.layout(of: spec))
        if length % 3 == 0 { reader.maxRecords = length % 7 + 1 }
        return reader
    }

    static func readAsLedger(_ bytes: [UInt8], _ firstRows: [[String]]) {
        guard let reader = ledgerReader(firstRows, length: bytes.count, file: { "台账/\($0.zh).csv" }) else { return }
        let ignored = FuzzStation.pack.schema.ignoredColumns
        let text = bytes
        let streamed = LedgerReading.describe { () throws(ParseError) in
            if let read = try reader.read(csv: text, separator: nil, ignoredColumns: ignored) { return read }
            return try reader.read(wholeCSV: text, separator: nil, ignoredColumns: ignored)
        }
        let whole = LedgerReading.describe { () throws(ParseError) in try reader.read(wholeCSV: text, separator: nil, ignoredColumns: ignored) }
        if streamed != whole {
            fatalError("the CSV ledger read record by record differs from the whole table:\n\(streamed)\n--- whole:\n\(whole)")
        }
    }
}

/// A tailoring file (`check --tailoring`) read against the pack, applied to a station and said
/// in every report's words, or its error with the source line.
enum FuzzTailoring {
    static func run(_ bytes: [UInt8]) {
        let failure: any UserFacingError
        do {
            let tailoring = try TailoringReader.read(try YAMLDocument(bytes: bytes), file: "fuzz.yaml", pack: FuzzStation.pack)
            for lang in [Language.zh, .en] { _ = tailoring.heading(lang) + tailoring.changeLines(lang).joined() }
            _ = tailoring.json().serialized()
            return
        } catch let error as ParseError {
            failure = error
        } catch let error as TailoringReader.Failure {
            failure = error
        } catch {
            return
        }
        for lang in [Language.zh, .en] { _ = failure.diagnostic(file: "fuzz.yaml", lang: lang).formatted(withSource: bytes) }
    }
}

/// A baseline (`check --baseline`: a baseline file or any JSON report), applied to a report.
enum FuzzBaseline {
    static func run(_ bytes: [UInt8]) {
        do {
            let baseline = try Baseline.decode(bytes)
            var run = RunReport(toolVersion: "0", packID: baseline.packID, packTitle: FuzzStation.pack.title, asOf: baseline.asOf, lang: .zh,
                                stations: [], errors: [])
            _ = baseline.apply(to: &run, source: BaselineSource(file: "fuzz.json", digest: "", asOf: baseline.asOf),
                               knownRules: Set(FuzzStation.pack.rules.map(\.id)))
            _ = baseline.json().serialized()
        } catch {
            for lang in [Language.zh, .en] { _ = error.diagnostic(file: "fuzz.json", lang: lang).formatted(withSource: bytes) }
        }
    }
}

/// Reading back a JSON report, as `merge` and `diff` do with files a user hands them.
enum FuzzReport {
    static func run(_ bytes: [UInt8]) {
        guard let run = try? ReportDecoding.decode(bytes) else { return }
        _ = JSONReporter.render(ReportInput(run, pack: FuzzStation.pack))
    }
}
