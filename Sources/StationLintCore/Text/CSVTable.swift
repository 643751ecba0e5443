/// A CSV ledger read into a header and rows, every cell with its position (SPEC §5).
///
/// The reader follows RFC 4180: comma separator; quoted fields holding commas, `""` and line
/// breaks; LF or CRLF line ends; a last line without a line end. The encoding is detected
/// (`DecodedText`): UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK. Lines and
/// columns (Unicode scalars, from 1, a BOM not counted) are what the user sees; byte offsets
/// are offsets into the file for UTF-8 and into the decoded text for GB18030 and UTF-16.
///
/// The separator is a tab when the caller asks for it (a `.txt` ledger), and for a UTF-16
/// file: Excel's "Unicode 文本" is UTF-16 LE with a BOM and tab-separated. A UTF-16 file whose
/// first line holds commas and no tab is comma-separated (a CSV some tool saved as UTF-16):
/// read as it was written rather than as one column. Otherwise the separator is a comma.
/// Quoting is the same with either separator.
///
/// What it accepts beyond the letter of RFC 4180, because spreadsheets write it: fully empty
/// lines and rows of nothing but commas are skipped; trailing empty header cells are dropped;
/// a row may have more fields than the header when all the extra ones are empty (they are
/// dropped, so every row has exactly one cell per header column). A quote inside an unquoted
/// field is kept as text. Everything else is refused with the first problem at its position:
/// control characters other than tab and line ends, invalid UTF-8 after a BOM, an unterminated
/// quote (at the opening quote), text after a closing quote, an empty header or header name, a
/// header name given twice (compared after trimming spaces; at the second one), a header name
/// longer than 1024 characters, a line longer than 1 MB, and a row with a different number of
/// fields (at the row's start).
public struct CSVTable: Sendable {
    public let header: [CSVCell]
    public let rows: [CSVRow]
    public let encoding: TextEncoding
    /// The separator the table was read with.
    public let separator: CSVSeparator
    /// The non-blank rows above the header (a title, a date line), when `isHeader` chose a later
    /// row; empty otherwise.
    public let above: [CSVRow]

    /// Reads a whole file. Throws the first problem found, at its position. A line longer than
    /// `maxLineBytes` (of UTF-8 text) is refused (`line-too-long`). `separator` nil: chosen as
    /// the type's documentation says (tab for UTF-16, comma otherwise); given: used as is.
    ///
    /// `isHeader`, when given, finds the header where people put it (SPEC §5a): the first
    /// non-blank record whose trimmed cells it accepts, or the first non-blank record when none
    /// does; the records above are kept in `above`, and empty header names are allowed (the
    /// caller ignores those columns). Without it the first record is the header.
    public init(bytes: [UInt8], separator: CSVSeparator? = nil, maxLineBytes: Int = InputLimits.maxLineBytes,
                isHeader: (@Sendable ([String]) -> Bool)? = nil) throws(ParseError) {
        let (read, decoded, chosen) = try Self.parse(bytes, separator: separator, maxLineBytes: maxLineBytes) { parser, _ throws(ParseError) in
            if let isHeader { return try Self.read(&parser, findingHeader: isHeader) }
            let (header, rows) = try Self.read(&parser)
            return (header, rows, [])
        }
        (header, rows, above) = read
        encoding = decoded
        self.separator = chosen
    }

    /// Runs `body` on a parser over `bytes`, once the encoding is detected, the text checked
    /// (valid UTF-8 and no line over `maxLineBytes`) and the separator chosen (as `init`
    /// documents): what a CSV ledger read record by record shares with a whole table. `body`
    /// also gets the text the parser reads (the file's UTF-8, or the decoded text), in which
    /// its marks count; an error at a mark whose column is still to count is counted here.
    static func parse<T>(_ bytes: [UInt8], separator: CSVSeparator?, maxLineBytes: Int = InputLimits.maxLineBytes,
                         _ body: (inout CSVParser, [UInt8]) throws(ParseError) -> T) throws(ParseError) -> (T, TextEncoding, CSVSeparator) {
        let decoded = try DecodedText(detecting: bytes)
        let chosen = separator ?? CSVSeparator.detected(in: decoded)
        let result: Result<T, ParseError> = decoded.utf8.withUnsafeBufferPointer { buffer in
            if let problem = UTF8Check.firstProblem(in: buffer) {
                return .failure(ParseError(problem.kind, at: UTF8Check.mark(of: problem.offset, in: buffer)))
            }
            if let offset = LineLength.firstOverflow(in: buffer, limit: maxLineBytes) {
                return .failure(ParseError(.lineTooLong(limit: maxLineBytes), at: UTF8Check.mark(of: offset, in: buffer)))
            }
            let hasBOM = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
            var parser = CSVParser(buffer, start: hasBOM ? 3 : 0, separator: chosen.byte)
            do throws(ParseError) { return .success(try body(&parser, decoded.utf8)) } catch {
                return .failure(error.mark.isUnresolved ? ParseError(error.kind, at: error.mark.resolved(in: buffer)) : error)
            }
        }
        return (try result.get(), decoded.encoding, chosen)
    }

    /// Reads UTF-8 text (for tests and examples).
    public init(text: String, separator: CSVSeparator? = nil) throws(ParseError) {
        try self.init(bytes: Array(text.utf8), separator: separator)
    }

    static func read(_ parser: inout CSVParser) throws(ParseError) -> ([CSVCell], [CSVRow]) {
        let start = parser.mark(parser.pos)
        guard let first = try parser.nextRecord() else {
            throw ParseError(.csvEmptyHeader, at: start)
        }
        let header = try checkedHeader(first)
        var rows: [CSVRow] = []
        while let record = try parser.nextRecord() {
            if record.isBlank { continue }
            rows.append(try fitted(record, to: header.count))
        }
        return (header, rows)
    }

    /// Reads every record, then takes as the header the first non-blank one `isHeader` accepts
    /// (else the first non-blank one); the rows after it are checked as `read` checks them.
    static func read(_ parser: inout CSVParser, findingHeader isHeader: ([String]) -> Bool) throws(ParseError) -> ([CSVCell], [CSVRow], [CSVRow]) {
        let start = parser.mark(parser.pos)
        var records: [CSVParser.Record] = []
        while let record = try parser.nextRecord() {
            if !record.isBlank { records.append(record) }
        }
        guard !records.isEmpty else { throw ParseError(.csvEmptyHeader, at: start) }
        let at = records.firstIndex { isHeader($0.cells.map(\.trimmedText)) } ?? 0
        let header = try checkedHeader(records[at], allowingEmptyNames: true)
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count - at - 1)
        for record in records[(at + 1)...] {
            rows.append(try fitted(record, to: header.count))
        }
        return (header, rows, records[..<at].map { CSVRow(cells: $0.cells, mark: $0.mark) })
    }

    /// A record with one cell per header column: extra cells must all be empty (spreadsheets
    /// write trailing commas); a row of another length is refused at its start.
    static func fitted(_ record: CSVParser.Record, to count: Int) throws(ParseError) -> CSVRow {
        var cells = record.cells
        if let problem = fieldCountProblem(cells.count, header: count, at: record.mark, isEmpty: { cells[$0].text.isEmpty }) { throw problem }
        if cells.count > count { cells.removeSubrange(count...) }
        return CSVRow(cells: cells, mark: record.mark)
    }

    /// Why a record of `found` fields does not fit a header of `header`, at the record's mark;
    /// nil when it has as many, or more whose extra ones are all empty (`isEmpty` by index).
    static func fieldCountProblem(_ found: Int, header: Int, at mark: Mark, isEmpty: (Int) -> Bool) -> ParseError? {
        guard found != header, found < header || !(header..<found).allSatisfy(isEmpty) else { return nil }
        return ParseError(.csvFieldCount(expected: header, found: found), at: mark)
    }

    /// The header without its trailing empty cells; refuses an empty header, an empty name
    /// (unless `allowingEmptyNames`) and a name given twice.
    static func checkedHeader(_ record: CSVParser.Record, allowingEmptyNames: Bool = false) throws(ParseError) -> [CSVCell] {
        var cells = record.cells
        while let last = cells.last, last.trimmedText.isEmpty { cells.removeLast() }
        if cells.isEmpty { throw ParseError(.csvEmptyHeader, at: record.mark) }
        var seen = Set<String>()
        for (index, cell) in cells.enumerated() {
            let name = cell.trimmedText
            if name.isEmpty {
                if allowingEmptyNames { continue }
                throw ParseError(.csvEmptyHeaderName(column: index + 1), at: cell.mark)
            }
            if name.unicodeScalars.count > InputLimits.maxKeyCharacters {
                throw ParseError(.keyTooLong(limit: InputLimits.maxKeyCharacters), at: cell.mark)
            }
            if !seen.insert(name).inserted { throw ParseError(.csvDuplicateHeader(name), at: cell.mark) }
        }
        return cells
    }
}

/// The field separator of a delimited text ledger.
public enum CSVSeparator: Sendable, Equatable {
    /// `,`: CSV.
    case comma
    /// A tab: Excel's "Unicode 文本" (.txt) and other tab-separated text.
    case tab

    var byte: UInt8 { self == .comma ? 0x2C : 0x09 }

    /// Tab for UTF-16 text unless its first line holds a comma and no tab; comma otherwise.
    static func detected(in text: DecodedText) -> CSVSeparator {
        guard text.encoding.isUTF16 else { return .comma }
        var sawComma = false
        for c in text.utf8 {
            if c == 0x0A { break }
            if c == 0x09 { return .tab }
            if c == 0x2C { sawComma = true }
        }
        return sawComma ? .comma : .tab
    }
}
