/// Reads RFC 4180 records from UTF-8 bytes, one record at a time, with the mark of every field.
///
/// It walks bytes. The input has passed `UTF8Check`, so a carriage return is always followed by
/// a line feed and line ends are LF or CRLF; every read is still bounds-checked, so no input can
/// make it trap. Columns are counted incrementally along a line (a long line costs linear time).
struct CSVParser {
    /// One record as read: its fields, where it starts, and whether it is blank (every field
    /// empty and unquoted, as in the `,,,` a spreadsheet writes for an empty row).
    struct Record {
        var cells: [CSVCell]
        var mark: Mark
        var isBlank: Bool
    }

    let b: UnsafeBufferPointer<UInt8>
    let end: Int
    /// The field separator: a comma, or a tab for Excel's "Unicode 文本".
    let separator: UInt8
    var pos: Int
    var line: Int32 = 1
    var lineStart: Int
    /// `columnCachePos` is at column `columnCache` of the current line.
    var columnCachePos: Int
    var columnCache: Int32 = 1
    /// The text of the current record's quoted fields, one after another (reused).
    var scratch: [UInt8] = []
    /// The current record's fields (reused).
    var spans: [Span] = []
    /// Whether marks leave their column to be counted when shown (`Mark.resolved(in:)`): set
    /// for the records a ledger types as they are read, thousands of positions few of which a
    /// message names.
    var lazyColumns = false

    init(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, separator: UInt8 = 0x2C) {
        b = buffer
        end = buffer.count
        self.separator = separator
        pos = min(start, buffer.count)
        lineStart = pos
        columnCachePos = pos
    }

    // MARK: Positions

    /// The mark of byte `p` on the current line; cheap when called with increasing `p`.
    mutating func mark(_ p: Int) -> Mark {
        if lazyColumns { return .unresolved(line: line, lineStart: lineStart, offset: p) }
        if p < columnCachePos || columnCachePos < lineStart {
            columnCachePos = lineStart
            columnCache = 1
        }
        var i = columnCachePos
        var column = columnCache
        while i < p && i < end {
            if b[i] & 0xC0 != 0x80 { column &+= 1 }
            i &+= 1
        }
        columnCachePos = i
        columnCache = column
        return Mark(line: line, column: column, offset: Int32(truncatingIfNeeded: p))
    }

    /// Starts a new line at byte `p`.
    mutating func newLine(at p: Int) {
        line &+= 1
        lineStart = p
        columnCachePos = p
        columnCache = 1
    }

    // MARK: Records

    /// Where one field's text is, valid until the next record is read: an unquoted field in
    /// the input, a quoted one (its quotes off, `""` read as `"`, CRLF as LF) in `scratch`.
    struct Span {
        var start: Int
        var end: Int
        var inScratch: Bool
        var mark: Mark
    }

    /// The next record, or nil at the end of the input. Fully empty lines before it are skipped.
    mutating func nextRecord() throws(ParseError) -> Record? {
        guard let (rowMark, isBlank) = try nextSpans() else { return nil }
        return record(rowMark, isBlank: isBlank)
    }

    /// The record `nextSpans` read, its fields made `String`s.
    func record(_ rowMark: Mark, isBlank: Bool) -> Record {
        withRecord(rowMark, count: spans.count) { view in
            var cells: [CSVCell] = []
            cells.reserveCapacity(view.count)
            for i in 0..<view.count {
                cells.append(CSVCell(text: view.withBytes(i) { String(decoding: $0, as: UTF8.self) }, mark: view.spans[i].mark))
            }
            return Record(cells: cells, mark: rowMark, isBlank: isBlank)
        }
    }

    /// The record `nextSpans` read, its first `count` fields seen from their bytes inside `body`.
    func withRecord<T>(_ rowMark: Mark, count: Int, _ body: (CSVRecordView) -> T) -> T {
        spans.withUnsafeBufferPointer { spans in
            scratch.withUnsafeBufferPointer { scratch in
                body(CSVRecordView(mark: rowMark, count: min(count, spans.count), spans: spans, input: b, scratch: scratch))
            }
        }
    }

    /// Reads the next record into `spans` (its fields' places), without making a `String`:
    /// its mark and whether it is blank, or nil at the end of the input.
    mutating func nextSpans() throws(ParseError) -> (mark: Mark, isBlank: Bool)? {
        skipEmptyLines()
        guard pos < end else { return nil }
        let rowMark = mark(pos)
        spans.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        var isBlank = true
        while true {
            let quoted = pos < end && b[pos] == 0x22
            let span = quoted ? try readQuoted() : readUnquoted()
            if quoted || span.end > span.start { isBlank = false }
            spans.append(span)
            if pos < end && b[pos] == separator {
                pos &+= 1
                continue
            }
            consumeBreak()
            return (rowMark, isBlank)
        }
    }

    mutating func skipEmptyLines() {
        while pos < end {
            if b[pos] == 0x0A {
                pos &+= 1
            } else if b[pos] == 0x0D && pos + 1 < end && b[pos + 1] == 0x0A {
                pos &+= 2
            } else {
                return
            }
            newLine(at: pos)
        }
    }

    /// Consumes the LF or CRLF at `pos`, if any, and starts the next line.
    mutating func consumeBreak() {
        guard pos < end else { return }
        if b[pos] == 0x0D { pos &+= 1 }
        if pos < end && b[pos] == 0x0A { pos &+= 1 }
        newLine(at: pos)
    }

    /// An unquoted field: everything up to a separator or a line end, verbatim.
    mutating func readUnquoted() -> Span {
        let start = pos
        let m = mark(start)
        var p = start
        while p < end {
            let c = b[p]
            if c == separator || c == 0x0A || c == 0x0D { break }
            p &+= 1
        }
        pos = p
        return Span(start: start, end: p, inScratch: false, mark: m)
    }

    /// A quoted field, `pos` on its opening quote. It may hold separators, `""` and line breaks;
    /// after its closing quote only a separator, a line end or the end of input may follow.
    mutating func readQuoted() throws(ParseError) -> Span {
        let open = mark(pos)
        let start = scratch.count
        var p = pos &+ 1
        var segment = p
        while true {
            guard p < end else { throw ParseError(.csvUnterminatedQuote, at: open) }
            let c = b[p]
            if c == 0x22 {  // '"': the closing quote, or the first of a doubled one
                appendScratch(segment, p)
                if p + 1 < end && b[p + 1] == 0x22 {
                    scratch.append(0x22)
                    p &+= 2
                    segment = p
                    continue
                }
                p &+= 1
                break
            }
            if c == 0x0D && p + 1 < end && b[p + 1] == 0x0A {  // CRLF inside: kept as LF
                appendScratch(segment, p)
                scratch.append(0x0A)
                p &+= 2
                segment = p
                newLine(at: p)
                continue
            }
            p &+= 1
            if c == 0x0A { newLine(at: p) }
        }
        pos = p
        if p < end {
            let c = b[p]
            if c != separator && c != 0x0A && c != 0x0D { throw ParseError(.csvTextAfterQuote, at: mark(p)) }
        }
        return Span(start: start, end: scratch.count, inScratch: true, mark: open)
    }

    mutating func appendScratch(_ from: Int, _ to: Int) {
        if from < to { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<to])) }
    }
}

/// A record as `CSVParser.nextSpans` read it, seen field by field from its bytes: valid only
/// inside `CSVParser.withRecord`.
struct CSVRecordView {
    let mark: Mark
    /// The fields seen (the record's first `count`).
    let count: Int
    let spans: UnsafeBufferPointer<CSVParser.Span>
    let input: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>

    /// Field `i`'s text as bytes (an unquoted field as written, a quoted one unescaped).
    func withBytes<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let s = spans[i]
        return body(UnsafeBufferPointer(rebasing: (s.inScratch ? scratch : input)[s.start..<s.end]))
    }
}
