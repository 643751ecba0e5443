#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull scanner of the XML that Office parts are written in: elements, attributes, text,
/// the predefined entities and character references, CDATA, comments and processing
/// instructions. It works on the part's bytes and builds a `String` only for what the reader
/// asks (an attribute, a text), so a large sheet costs little more than a pass over its bytes.
/// Names are matched by their local part (`x:c` and `c` alike): some writers prefix the main
/// namespace. A DOCTYPE is refused (no Office writer emits one, and entity expansion is a
/// known way to make a small file huge).
struct XMLScanner {
    enum Event: Equatable { case start, end, text, endOfDocument }

    /// The part's bytes.
    let b: [UInt8]
    let part: String
    private var i = 0
    /// The qualified names of the open elements.
    private var open: [Range<Int>] = []
    private var sawRoot = false
    private var pendingEnd = false
    /// The local name of the element just started or ended.
    private var local: Range<Int> = 0..<0
    private var attributes: [(local: Range<Int>, value: Range<Int>)] = []
    private(set) var textRange: Range<Int> = 0..<0
    private(set) var textIsCDATA = false
    /// Where the current event starts, for errors about it.
    private(set) var eventOffset = 0

    init(_ bytes: [UInt8], part: String) {
        b = bytes
        self.part = part
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }  // a BOM
    }

    /// How deep the current element is (the root is 1), once it started.
    var depth: Int { open.count }

    /// An error at byte `offset` of the part, with its line and column.
    func error(_ kind: WorkbookError.Kind, at offset: Int? = nil) -> WorkbookError {
        let end = min(offset ?? eventOffset, b.count)
        var line = 1, lineStart = 0
        for k in 0..<end where b[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return WorkbookError(kind, part: part, position: .text(line: line, column: end - lineStart + 1))
    }

    func malformed(_ what: String, at offset: Int? = nil) -> WorkbookError { error(.malformedXML(detail: what), at: offset) }

    /// Whether the current element's local name is `name`.
    func isNamed(_ name: [UInt8]) -> Bool { same(local, name) }

    /// Whether the bytes of `range` are `name` (a plain loop: no slices on the hot path).
    private func same(_ range: Range<Int>, _ name: [UInt8]) -> Bool {
        guard range.count == name.count else { return false }
        var k = range.lowerBound
        for c in name {
            if b[k] != c { return false }
            k += 1
        }
        return true
    }

    /// Whether two ranges of the part hold the same bytes.
    private func same(_ r1: Range<Int>, _ r2: Range<Int>) -> Bool {
        guard r1.count == r2.count else { return false }
        var j = r2.lowerBound
        for k in r1 {
            if b[k] != b[j] { return false }
            j += 1
        }
        return true
    }

    /// The current start tag's attribute with local name `name` (namespace declarations not
    /// counted), decoded; nil when it has none.
    func attribute(_ name: [UInt8]) throws(WorkbookError) -> String? {
        for a in attributes where same(a.local, name) { return try decode(a.value, cdata: false) }
        return nil
    }

    /// The current start tag's attribute `name` as its bytes, undecoded: for references, types
    /// and indexes, which are ASCII and never need an entity.
    func rawAttribute(_ name: [UInt8]) -> ArraySlice<UInt8>? {
        for a in attributes where same(a.local, name) { return b[a.value] }
        return nil
    }

    /// The text of the current text event, entities decoded.
    func text() throws(WorkbookError) -> String { try decode(textRange, cdata: textIsCDATA) }

    /// Skips to the end of the current element (after a `.start`), its content unread.
    mutating func skipElement() throws(WorkbookError) {
        let target = open.count - 1
        while open.count > target {
            if try next() == .endOfDocument { return }
        }
    }

    /// The offset of the next `byte` from `start`, at memchr speed.
    func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < b.count else { return nil }
        return b.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, let hit = memchr(base + start, Int32(byte), p.count - start) else { return nil }
            return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
        }
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var k = start
        while let hit = find(pattern[0], from: k) {
            if hit + pattern.count <= b.count && b[hit..<(hit + pattern.count)].elementsEqual(pattern) { return hit }
            k = hit + 1
        }
        return nil
    }

    private func starts(with pattern: [UInt8], at k: Int) -> Bool {
        k + pattern.count <= b.count && b[k..<(k + pattern.count)].elementsEqual(pattern)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
    private static func ends(_ c: UInt8) -> Bool { isSpace(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=") }

    /// The next event.
    mutating func next() throws(WorkbookError) -> Event {
        if pendingEnd {
            pendingEnd = false
            open.removeLast()
            return .end
        }
        while true {
            eventOffset = i
            guard i < b.count else {
                if let top = open.last { throw malformed("<\(String(decoding: b[top], as: UTF8.self))> is not closed") }
                if !sawRoot { throw malformed("no root element") }
                return .endOfDocument
            }
            if b[i] != UInt8(ascii: "<") {
                let end = find(UInt8(ascii: "<"), from: i) ?? b.count
                textRange = i..<end
                textIsCDATA = false
                i = end
                if open.isEmpty {
                    if b[textRange].contains(where: { !XMLScanner.isSpace($0) }) { throw malformed("text outside the root element", at: textRange.lowerBound) }
                    continue
                }
                return .text
            }
            let second = i + 1 < b.count ? b[i + 1] : 0
            if second != UInt8(ascii: "?") && second != UInt8(ascii: "!") {
                if second == UInt8(ascii: "/") {
                    try endTag()
                    return .end
                }
                try startTag()
                return .start
            }
            if starts(with: Self.piOpen, at: i) {
                guard let end = find(Self.piClose, from: i + 2) else { throw malformed("a processing instruction is not closed") }
                i = end + 2
            } else if starts(with: Self.commentOpen, at: i) {
                guard let end = find(Self.commentClose, from: i + 4) else { throw malformed("a comment is not closed") }
                i = end + 3
            } else if starts(with: Self.cdataOpen, at: i) {
                guard !open.isEmpty else { throw malformed("CDATA outside the root element") }
                guard let end = find(Self.cdataClose, from: i + 9) else { throw malformed("a CDATA section is not closed") }
                textRange = (i + 9)..<end
                textIsCDATA = true
                i = end + 3
                return .text
            } else if i + 1 < b.count && b[i + 1] == UInt8(ascii: "!") {
                throw malformed("a DOCTYPE or other declaration, which workbook parts never have")
            } else if i + 1 < b.count && b[i + 1] == UInt8(ascii: "/") {
                try endTag()
                return .end
            } else {
                try startTag()
                return .start
            }
        }
    }

    /// The name starting at `i`, which must be followed by a space, `/`, `>` or `=`.
    private mutating func name() throws(WorkbookError) -> (qualified: Range<Int>, local: Range<Int>) {
        let start = i
        var colon = start - 1
        while i < b.count && !XMLScanner.ends(b[i]) {
            let c = b[i]
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "&") { throw malformed("'\(Character(Unicode.Scalar(c)))' in a name", at: i) }
            if c == UInt8(ascii: ":") { colon = i }
            i += 1
        }
        guard i > start, colon + 1 < i, colon != start else { throw malformed("a missing name", at: start) }
        return (start..<i, (colon + 1)..<i)
    }

    private mutating func skipSpace() { while i < b.count && XMLScanner.isSpace(b[i]) { i += 1 } }

    private mutating func endTag() throws(WorkbookError) {
        i += 2
        let (qualified, localName) = try name()
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: ">") else { throw malformed("an end tag is not closed by '>'", at: i) }
        i += 1
        guard let top = open.last else { throw malformed("an end tag with no element open", at: eventOffset) }
        guard same(top, qualified) else {
            throw malformed("</\(String(decoding: b[qualified], as: UTF8.self))> closes <\(String(decoding: b[top], as: UTF8.self))>", at: eventOffset)
        }
        open.removeLast()
        local = localName
    }

    private mutating func startTag() throws(WorkbookError) {
        if open.isEmpty && sawRoot { throw malformed("a second root element") }
        i += 1
        let (qualified, localName) = try name()
        attributes.removeAll(keepingCapacity: true)
        while true {
            skipSpace()
            guard i < b.count else { throw malformed("a start tag is not closed", at: eventOffset) }
            if b[i] == UInt8(ascii: ">") {
                i += 1
                break
            }
            if b[i] == UInt8(ascii: "/") {
                guard i + 1 < b.count, b[i + 1] == UInt8(ascii: ">") else { throw malformed("'/' not followed by '>'", at: i) }
                i += 2
                pendingEnd = true
                break
            }
            let (attrName, attrLocal) = try name()
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "=") else { throw malformed("an attribute without '='", at: i) }
            i += 1
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else { throw malformed("an attribute value not in quotes", at: i) }
            guard let close = find(b[i], from: i + 1) else { throw malformed("an attribute value is not closed", at: i) }
            let value = (i + 1)..<close
            for k in value where b[k] == UInt8(ascii: "<") { throw malformed("'<' in an attribute value", at: k) }
            i = close + 1
            let isNamespace = b[attrName.lowerBound] == UInt8(ascii: "x") && attrName.count >= 5 && same(attrName.lowerBound..<(attrName.lowerBound + 5), Self.xmlns)
            if !isNamespace { attributes.append((attrLocal, value)) }
            guard i < b.count, XMLScanner.ends(b[i]) || b[i] == UInt8(ascii: ">") else { throw malformed("no space between attributes", at: i) }
        }
        guard open.count < InputLimits.Workbook.maxXMLDepth else { throw error(.xmlTooDeep) }
        open.append(qualified)
        sawRoot = true
        local = localName
    }

    private static let piOpen = Array("<?".utf8), piClose = Array("?>".utf8)
    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let xmlns = Array("xmlns".utf8)
}
