/// The strict YAML-subset parser (SPEC §3): block mappings and sequences, one-line scalars and
/// flow collections, block scalars; everything else refused at its position.
///
/// It walks UTF-8 bytes. Every parse function leaves `pos` on the first non-space byte of the
/// next line that has content (or at the end), so the caller reads that line's indentation
/// from `indent`. The input has already passed `UTF8Check`.
struct YAMLParser {
    let b: UnsafeBufferPointer<UInt8>
    let end: Int
    let maxDepth: Int
    var pos = 0
    var line: Int32 = 1
    var lineStart = 0
    var depth = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        b = buffer
        end = buffer.count
        self.maxDepth = maxDepth
    }

    // MARK: Positions

    /// The mark of byte `p` on the current line.
    func mark(_ p: Int) -> Mark {
        var column: Int32 = 1
        var i = lineStart
        while i < p {
            if b[i] & 0xC0 != 0x80 { column &+= 1 }
            i &+= 1
        }
        return Mark(line: line, column: column, offset: Int32(truncatingIfNeeded: p))
    }

    /// Indentation of the current content line (the column of `pos`, counting from 0).
    var indent: Int { pos - lineStart }

    func fail(_ kind: ParseError.Kind, _ p: Int) -> ParseError { ParseError(kind, at: mark(p)) }

    // MARK: Bytes

    @inline(__always) func byte(_ p: Int) -> UInt8 { p < end ? b[p] : 0 }

    @inline(__always) static func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

    /// Space, tab, line break or end of input.
    @inline(__always) func isBlankOrEnd(_ p: Int) -> Bool {
        guard p < end else { return true }
        let c = b[p]
        return c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    /// Consumes a line break at `pos` (LF or CRLF) and starts the next line.
    mutating func consumeBreak() {
        if pos < end && b[pos] == 0x0D { pos += 1 }
        if pos < end && b[pos] == 0x0A { pos += 1 }
        line &+= 1
        lineStart = pos
    }

    /// From a line start, skips blank and comment lines; stops on the first content byte.
    mutating func skipToContent() throws(ParseError) {
        while pos < end {
            var p = pos
            while p < end && b[p] == 0x20 { p &+= 1 }
            if p < end && b[p] == 0x09 { throw fail(.tabIndentation, p) }
            if p == end { pos = p; return }
            let c = b[p]
            if Self.isBreak(c) { pos = p; consumeBreak(); continue }
            if c == 0x23 {  // '#'
                while p < end && !Self.isBreak(b[p]) { p &+= 1 }
                pos = p
                if pos < end { consumeBreak() }
                continue
            }
            pos = p
            return
        }
    }

    /// After a value: allows spaces and a comment, then ends the line and skips to content.
    /// Throws `otherwise` if anything else follows.
    mutating func finishLine(otherwise kind: ParseError.Kind) throws(ParseError) {
        var p = pos
        while p < end && (b[p] == 0x20 || b[p] == 0x09) { p &+= 1 }
        if p < end && b[p] == 0x23 && (p == lineStart || b[p - 1] == 0x20 || b[p - 1] == 0x09) {
            while p < end && !Self.isBreak(b[p]) { p &+= 1 }
        }
        if p < end && !Self.isBreak(b[p]) { throw fail(kind, p) }
        pos = p
        if pos < end { consumeBreak() }
        try skipToContent()
    }

    /// Whether `pos` starts a `---` or `...` line at column 0.
    func atDocumentMarker() -> Bool {
        guard pos == lineStart, pos + 2 < end || pos + 3 == end else { return false }
        let c = b[pos]
        guard (c == 0x2D || c == 0x2E), byte(pos + 1) == c, byte(pos + 2) == c else { return false }
        return isBlankOrEnd(pos + 3)
    }

    /// `- ` (or `-` at the end of a line) at `pos`.
    func atSequenceEntry() -> Bool { byte(pos) == 0x2D && isBlankOrEnd(pos + 1) }

    // MARK: Document

    mutating func parseDocument() throws(ParseError) -> Node {
        if end >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { pos = 3; lineStart = 3 }
        try skipToContent()
        if pos < end && indent == 0 && b[pos] == 0x25 { throw fail(.directive, pos) }  // '%'
        if pos < end && atDocumentMarker() && b[pos] == 0x2D {
            pos += 3
            try finishLine(otherwise: .contentAfterDocumentStart)
        }
        let root: Node
        if pos >= end || atDocumentMarker() {
            root = Node(mark: pos < end ? mark(pos) : Mark(line: line, column: 1, offset: Int32(truncatingIfNeeded: pos)), content: .null)
        } else {
            root = try parseBlockNode(column: indent, parent: -1)
        }
        if pos < end {
            if atDocumentMarker() && b[pos] == 0x2E {
                pos += 3
                try finishLine(otherwise: .multipleDocuments)
                if pos < end { throw fail(.multipleDocuments, pos) }
            } else if atDocumentMarker() {
                throw fail(.multipleDocuments, pos)
            } else if b[pos] == 0x25 && indent == 0 {
                throw fail(.directive, pos)
            } else {
                throw fail(indent > 0 ? .unexpectedIndentation : .unexpectedContent, pos)
            }
        }
        return root
    }

    // MARK: Block structure

    /// A node whose first byte is at `pos`, at column `column`, inside a parent at `parent`.
    mutating func parseBlockNode(column: Int, parent: Int) throws(ParseError) -> Node {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth), pos) }
        if atSequenceEntry() { return try parseBlockSequence(indent: column) }
        if try mappingKeyAhead() { return try parseBlockMapping(indent: column) }
        return try parseInlineValue(parent: parent).node
    }

    mutating func parseBlockSequence(indent n: Int) throws(ParseError) -> Node {
        let start = mark(pos)
        var items: [Node] = []
        while true {
            let dashMark = mark(pos)
            pos += 1  // '-'
            var p = pos
            while p < end && b[p] == 0x20 { p &+= 1 }
            if p < end && b[p] == 0x09 {
                throw fail(.tabIndentation, p)
            }
            var item: Node
            var plain = false
            if p >= end || Self.isBreak(b[p]) || b[p] == 0x23 {
                pos = p
                try finishLine(otherwise: .unexpectedContent)
                if pos < end && !atDocumentMarker() && indent > n {
                    item = try parseBlockNode(column: indent, parent: n)
                } else {
                    item = Node(mark: dashMark, content: .null)
                }
            } else {
                pos = p
                let column = p - lineStart
                var nested = atSequenceEntry()
                if !nested { nested = try mappingKeyAhead() }
                if nested {
                    item = try parseBlockNode(column: column, parent: n)
                } else {
                    let value = try parseInlineValue(parent: n)
                    item = value.node
                    plain = value.plain
                }
            }
            items.append(item)
            if pos >= end || atDocumentMarker() { break }
            let ind = indent
            if ind < n { break }
            if ind > n { throw fail(plain ? .multilinePlainScalar : .unexpectedIndentation, pos) }
            if !atSequenceEntry() { break }
        }
        return Node(mark: start, content: .sequence(items))
    }

    mutating func parseBlockMapping(indent n: Int) throws(ParseError) -> Node {
        let start = mark(pos)
        var pairs: [Node.Pair] = []
        var seen = KeySet()
        while true {
            let keyMark = mark(pos)
            let key = try parseBlockKey()
            if let firstLine = seen.insert(key, line: keyMark.line, in: b) {
                throw ParseError(.duplicateKey(text(of: key), firstLine: Int(firstLine)), at: keyMark)
            }
            // `pos` is just after the colon.
            let afterColon = mark(pos)
            var p = pos
            while p < end && (b[p] == 0x20 || b[p] == 0x09) { p &+= 1 }
            var value: Node
            var plain = false
            if p >= end || Self.isBreak(b[p]) || b[p] == 0x23 {
                pos = p
                try finishLine(otherwise: .unexpectedContent)
                if pos < end && !atDocumentMarker() && indent > n {
                    value = try parseBlockNode(column: indent, parent: n)
                } else if pos < end && !atDocumentMarker() && indent == n && atSequenceEntry() {
                    depth += 1
                    if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth), pos) }
                    value = try parseBlockSequence(indent: n)
                    depth -= 1
                } else {
                    value = Node(mark: afterColon, content: .null)
                }
            } else {
                pos = p
                let inline = try parseInlineValue(parent: n)
                value = inline.node
                plain = inline.plain
            }
            pairs.append(Node.Pair(key: key, keyMark: keyMark, value: value))
            if pos >= end || atDocumentMarker() { break }
            let ind = indent
            if ind < n { break }
            if ind > n { throw fail(plain ? .multilinePlainScalar : .unexpectedIndentation, pos) }
            if atSequenceEntry() { throw fail(.sequenceInMapping, pos) }
            if !(try mappingKeyAhead()) { throw fail(.expectedKey, pos) }
        }
        return Node(mark: start, content: .mapping(pairs))
    }

    /// Whether the line from `pos` reads `key:` followed by a space or the line's end.
    func mappingKeyAhead() throws(ParseError) -> Bool {
        var p = pos
        let c = byte(p)
        if c == 0x3F && isBlankOrEnd(p + 1) { throw fail(.explicitKey, p) }  // '?'
        if c == 0x22 || c == 0x27 {  // a quoted key
            p += 1
            while p < end && !Self.isBreak(b[p]) {
                if b[p] == c {
                    if c == 0x27 && byte(p + 1) == 0x27 { p += 2; continue }
                    break
                }
                if c == 0x22 && b[p] == 0x5C { p += 2; continue }  // backslash escape
                p += 1
            }
            if p >= end || Self.isBreak(b[p]) { return false }
            p += 1
            while p < end && (b[p] == 0x20 || b[p] == 0x09) { p &+= 1 }
            return byte(p) == 0x3A && isBlankOrEnd(p + 1)
        }
        if c == 0x5B || c == 0x7B { return false }  // flow collections are values here
        while p < end {
            let ch = b[p]
            if Self.isBreak(ch) { return false }
            if ch == 0x3A && isBlankOrEnd(p + 1) { return true }
            if ch == 0x23 && p > pos && (b[p - 1] == 0x20 || b[p - 1] == 0x09) { return false }
            p &+= 1
        }
        return false
    }

    /// Reads a block mapping key and its colon; leaves `pos` after the colon.
    mutating func parseBlockKey() throws(ParseError) -> Scalar {
        let c = b[pos]
        if c == 0x22 || c == 0x27 {
            let key = try parseQuoted()
            while pos < end && (b[pos] == 0x20 || b[pos] == 0x09) { pos += 1 }
            pos += 1  // ':' (checked by mappingKeyAhead)
            return key
        }
        try checkPlainStart(flow: false)
        let start = pos
        var p = pos
        while !(b[p] == 0x3A && isBlankOrEnd(p + 1)) { p &+= 1 }
        var e = p
        while e > start && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
        pos = p + 1
        let key = Scalar.span(start: Int32(start), end: Int32(e))
        if isNullText(start, e) { throw fail(.nullKey, start) }
        return key
    }

    func text(of scalar: Scalar) -> String {
        switch scalar {
        case .text(let s): return s
        case .span(let s, let e): return String(decoding: UnsafeBufferPointer(rebasing: b[Int(s)..<Int(e)]), as: UTF8.self)
        }
    }

    /// `~`, `null`, `Null`, `NULL` or nothing: the plain scalars that mean null.
    func isNullText(_ s: Int, _ e: Int) -> Bool {
        switch e - s {
        case 0: return true
        case 1: return b[s] == 0x7E
        case 4:
            let (c0, c1, c2, c3) = (b[s], b[s + 1], b[s + 2], b[s + 3])
            if c0 == 0x6E && c1 == 0x75 && c2 == 0x6C && c3 == 0x6C { return true }  // null
            if c0 == 0x4E && c1 == 0x75 && c2 == 0x6C && c3 == 0x6C { return true }  // Null
            if c0 == 0x4E && c1 == 0x55 && c2 == 0x4C && c3 == 0x4C { return true }  // NULL
            return false
        default: return false
        }
    }
}

/// The keys of one mapping seen so far, to refuse a key given twice.
struct KeySet {
    private var keys: [(Scalar, Int32)] = []
    private var large: [String: Int32]? = nil

    /// Inserts a key; returns the line of an earlier equal key, if any.
    mutating func insert(_ key: Scalar, line: Int32, in b: UnsafeBufferPointer<UInt8>) -> Int32? {
        if var large {
            let text = Self.text(key, b)
            if let first = large[text] { return first }
            large[text] = line
            self.large = large
            return nil
        }
        for (other, otherLine) in keys where Self.equal(key, other, b) { return otherLine }
        keys.append((key, line))
        if keys.count > 24 {
            var map: [String: Int32] = [:]
            for (k, l) in keys { map[Self.text(k, b)] = l }
            large = map
            keys = []
        }
        return nil
    }

    static func text(_ s: Scalar, _ b: UnsafeBufferPointer<UInt8>) -> String {
        switch s {
        case .text(let t): return t
        case .span(let x, let y): return String(decoding: UnsafeBufferPointer(rebasing: b[Int(x)..<Int(y)]), as: UTF8.self)
        }
    }

    static func equal(_ a: Scalar, _ c: Scalar, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch (a, c) {
        case let (.span(s1, e1), .span(s2, e2)):
            let n = Int(e1 - s1)
            guard n == Int(e2 - s2) else { return false }
            guard n > 0 else { return true }
            return memcmpEqual(b.baseAddress! + Int(s1), b.baseAddress! + Int(s2), n)
        default:
            return text(a, b) == text(c, b)
        }
    }
}
