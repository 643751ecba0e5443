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
/// loader does, and every error's message in both languages.
enum FuzzWorkbook {
    static func run(_ bytes: [UInt8]) {
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
