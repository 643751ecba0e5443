// The spreadsheet layer's fuzz targets: raw DEFLATE streams, and whole .xlsx workbooks (ZIP,
// inflate, XML, cells), with the error's message rendered in both languages.
#if canImport(StationLintCore)
// Built by SwiftPM as a test target (Package.swift); fuzz.sh compiles these files into one module
// with the library's sources instead, where there is no StationLintCore to import.
@testable import StationLintCore
#endif

/// The DEFLATE decoder on any bytes, its output capped at 4 MB so that a valid stream of long
/// matches does not pass for a hang.
enum FuzzInflate {
    static func run(_ bytes: [UInt8]) {
        switch Result(catching: { () throws(Inflate.Failure) -> [UInt8] in try Inflate.inflate(bytes[...], limit: 4 << 20) }) {
        case .success(let out): _ = CRC32.checksum(out)
        case .failure: break
        }
    }
}

/// A whole workbook from its bytes: every cell's value and reference looked at, as the ledger
/// loader does, and every error's message in both languages; then each sheet as a ledger (of the
/// kind whose header is among its first rows, else one picked by its length), typed as the
/// sheet is scanned, as stations are read, and from the sheet's model: the two readings must
/// give the same records, positions, problems and refusals, or the run stops at the input.
enum FuzzWorkbook {
    static func run(_ bytes: [UInt8]) {
        readSheetsAsLedgers(bytes)
        do {
            let book = try Workbook(bytes: bytes)
            for sheet in book.sheets {
                for row in sheet.rows {
                    for cell in row.cells {
                        _ = CellReference(row: row.row, column: cell.column).name
                        if case .number(let serial, _, true) = cell.value { _ = SpreadsheetDate.day(serial: serial, uses1904: book.uses1904DateSystem) }
                    }
                }
                _ = sheet.mergedRanges.map(\.name)
            }
        } catch {
            for lang in [Language.zh, .en] { _ = error.message(lang) }
        }
    }
}

extension FuzzWorkbook {
    static func readSheetsAsLedgers(_ bytes: [UInt8]) {
        guard var package = try? WorkbookPackage(bytes: bytes) else { return }
        for sheet in package.sheets {
            guard let sheetBytes = try? package.bytes(of: sheet),
                  let model = try? package.reader.read(sheetBytes, part: sheet.part ?? "", name: sheet.name) else { return }
            let uses1904 = package.uses1904DateSystem
            let firstRows = model.rows.prefix(5).map { row in row.cells.map { LedgerTable.cell($0, row: row.row, uses1904: uses1904).text.trimmingSpaces() } }
            guard let reader = FuzzCSV.ledgerReader(firstRows, length: sheetBytes.count, file: { _ in "台账/台账.xlsx" }) else { return }
            let ignored = FuzzStation.pack.schema.ignoredColumns
            func describe(_ read: Result<Ledger, LedgerShapeError>) -> String { LedgerReading.describe { () throws(ParseError) in read } }
            let whole = describe(reader.read(worksheet: model, uses1904: uses1904, ignoredColumns: ignored))
            guard let streamed = try? reader.read(sheet: sheetBytes, part: sheet.part ?? "", name: sheet.name, with: package.reader,
                                                  uses1904: uses1904, ignoredColumns: ignored) else {
                fatalError("the sheet scanned as a ledger fails where it read as a model")
            }
            if describe(streamed.ledger) != whole || streamed.hasData != !model.rows.isEmpty {
                fatalError("the sheet typed as it is scanned differs from its model:\n\(describe(streamed.ledger))\n--- model:\n\(whole)")
            }
        }
    }
}
