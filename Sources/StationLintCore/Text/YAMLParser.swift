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
    /// The indentation of the last block collection that ended because a line was less
    /// indented, and that line: an enclosing collection uses them to tell a line that falls
    /// between two levels (`badIndentation`) from one that is merely too deep.
    var closedIndent = -1
    var closedLine: Int32 = 0
    /// The line after a block scalar that got no content line: if that line cannot continue
    /// the enclosing collection, it most likely was meant as the scalar's (too shallow) text.
    var emptyBlockScalarNextLine: Int32 = 0
    /// The first full-width colon `：` of the last block plain scalar read, after some text
    /// (see `YAMLParser+InputMethod`); nil when it had none.
    var plainFullWidthColon: FullWidthColon? = nil
    /// The column of the last mark taken far into a line (see `mark`).
    let columns = ColumnCache()
    /// The entries of the collections being parsed, innermost last: a collection appends its
    /// entries here and takes them out, exactly sized, when it ends, so that a record of six
    /// fields costs one allocation rather than one per doubling (collections nest, so a stack
    /// serves them all).
    var pendingPairs: [Node.Pair] = []
    var pendingItems: [Node] = []
    /// Takes the entries of one root key's block sequence as they are parsed; nil: the tree keeps all.
    var sink: (any YAMLEntrySink)? = nil
    /// Set while the root mapping parses the value of the key the sink asked for; cleared by
    /// the first collection entered, which is that value.
    var streamNext = false
    /// The depth of the handed-over sequence's entries while it is parsed (0: none is).
    var streamDepth = 0
    /// Set when the entry just parsed was a block mapping handed to the sink.
    var streamedEntry = false

    /// YAML 1.2 and PyYAML limit an implicit key (from its first character to the colon) to
    /// 1024 characters; a longer one is refused rather than read differently.
    static let maxKeyLength = InputLimits.maxKeyCharacters

    init(_ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        b = buffer
        end = buffer.count
        self.maxDepth = maxDepth
    }

    // MARK: Positions

    /// The mark of byte `p` on the current line. Inside the entries handed to a sink its
    /// column is left to be counted when a message needs it (`Mark.resolved(in:)`, which counts
    /// as here): a ledger's records are thousands of marks, few of them ever shown.
    func mark(_ p: Int) -> Mark {
        if streamDepth > 0 { return .unresolved(line: line, lineStart: lineStart, offset: p) }
        var column: Int32 = 1
        var i = lineStart
        // Count on from the last mark taken on the line (a key's, then its value's), so that
        // the marks of a line, even a long flow collection's many items, cost linear time.
        if columns.lineStart == lineStart && columns.offset <= p {
            i = columns.offset
            column = columns.column
        }
        while i < p {
            if b[i] & 0xC0 != 0x80 { column &+= 1 }
            i &+= 1
        }
        columns.remember(lineStart, i, column)
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
            if p < end && b[p] == 0xE3 && isIdeographicSpace(p) { throw fail(.fullWidthSpaceIndentation, p) }
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
        while p < end && b[p] == 0x20 { p &+= 1 }
        if p < end && b[p] == 0x09 { throw fail(.tabCharacter, p) }
        if p < end && b[p] == 0x23 && (p == lineStart || b[p - 1] == 0x20) {
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
        var explicitStart = false
        if pos < end && atDocumentMarker() && b[pos] == 0x2D {
            pos += 3
            explicitStart = true
            try finishLine(otherwise: .contentAfterDocumentStart)
        }
        let root: (node: Node, plain: Bool)
        if pos >= end || atDocumentMarker() {
            // A `...` with neither `---` nor content before it ends no document (PyYAML
            // refuses it too).
            if pos < end && b[pos] == 0x2E && !explicitStart { throw fail(.unexpectedContent, pos) }
            let m = pos < end ? mark(pos) : Mark(line: line, column: 1, offset: Int32(truncatingIfNeeded: pos))
            root = (Node(mark: m, content: .null), false)
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
                throw misplaced(afterPlain: root.plain, level: -1)
            }
        }
        return root.node
    }

    // MARK: Block structure

    /// A node whose first byte is at `pos`, at column `column`, inside a parent at `parent`.
    /// `plain` tells the caller that the node is a plain scalar, so that a deeper line after it
    /// would continue it (a multi-line plain scalar, refused).
    mutating func parseBlockNode(column: Int, parent: Int) throws(ParseError) -> (node: Node, plain: Bool) {
        if atSequenceEntry() { return (try parseBlockSequence(indent: column), false) }
        if try mappingKeyAhead() { return (try parseBlockMapping(indent: column), false) }
        let c = b[pos]
        if c == 0x22 || c == 0x27, let error = quotedKeyWithFullWidthColon(column: column) { throw error }
        let value = try parseInlineValue(parent: parent)
        if value.plain, let colon = plainFullWidthColon, let error = fullWidthColonMeantAsKey(colon, column: column) { throw error }
        return value
    }

    /// Counts one more open collection; refuses nesting deeper than the limit.
    mutating func enterCollection() throws(ParseError) {
        streamNext = false
        depth += 1
        if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth), pos) }
    }

    /// Records that a block collection at `indent` ended on the current line.
    mutating func close(_ indent: Int) {
        closedIndent = indent
        closedLine = line
    }

    /// The error for a content line at `pos` that is indented deeper than the collection at
    /// `level` allows (or, for the root, `level` -1, any line after the root node).
    func misplaced(afterPlain plain: Bool, level n: Int) -> ParseError {
        let found = indent
        // A deeper line after a plain scalar would continue it in YAML, unless it reads as
        // an entry of its own (`key: value`, `- item`): then it is simply misplaced.
        if plain && !atSequenceEntry() && (try? mappingKeyAhead()) == false {
            return fail(.multilinePlainScalar, pos)
        }
        if closedLine == line && closedIndent > found {
            // The line left a nested collection without coming back to this one: it falls
            // between two levels. Name the nearer one (the nested one on a tie).
            let expected = n < 0 || closedIndent - found <= found - n ? closedIndent : n
            return fail(.badIndentation(expected: expected, found: found), pos)
        }
        return fail(n < 0 && found == 0 ? shallowBlockScalarText(or: .unexpectedContent) : .unexpectedIndentation, pos)
    }

    /// `kind`, unless the line at `pos` directly follows a block scalar that got no text: then
    /// the line was meant as that text and is not indented enough.
    func shallowBlockScalarText(or kind: ParseError.Kind) -> ParseError.Kind {
        emptyBlockScalarNextLine == line ? .blockScalarIndentation : kind
    }

    mutating func parseBlockSequence(indent n: Int) throws(ParseError) -> Node {
        let start = mark(pos)
        let streaming = streamNext
        try enterCollection()
        let outerStreamDepth = streamDepth
        defer { depth -= 1; streamDepth = outerStreamDepth }
        if streaming {
            sink?.sequenceStarts()
            streamDepth = depth + 1
        }
        let base = pendingItems.count
        while true {
            let dashMark = mark(pos)
            pos += 1  // '-'
            var p = pos
            while p < end && b[p] == 0x20 { p &+= 1 }
            if p < end && b[p] == 0x09 { throw fail(.tabIndentation, p) }
            let item: (node: Node, plain: Bool)
            if p >= end || Self.isBreak(b[p]) || b[p] == 0x23 {
                pos = p
                try finishLine(otherwise: .unexpectedContent)
                if pos < end && !atDocumentMarker() && indent > n {
                    item = try parseBlockNode(column: indent, parent: n)
                } else {
                    item = (Node(mark: dashMark, content: .null), false)
                }
            } else {
                // A compact nested node (`- - a`, `- key: value`) or a value on the dash's line.
                pos = p
                item = try parseBlockNode(column: p - lineStart, parent: n)
            }
            if streaming {
                if !streamedEntry { sink?.node(item.node, ScalarSource(bytes: b)) }
                streamedEntry = false
                pendingItems.append(Node(mark: item.node.mark, content: .null))
            } else {
                pendingItems.append(item.node)
            }
            if pos >= end || atDocumentMarker() { break }
            let ind = indent
            if ind < n { close(n); break }
            if ind > n { throw misplaced(afterPlain: item.plain, level: n) }
            if !atSequenceEntry() { break }
        }
        return Node(mark: start, content: .sequence(takeItems(from: base)))
    }

    mutating func parseBlockMapping(indent n: Int) throws(ParseError) -> Node {
        let start = mark(pos)
        try enterCollection()
        defer { depth -= 1 }
        let streamed = depth == streamDepth
        let base = pendingPairs.count
        var seen = KeySet()
        while true {
            let keyMark = mark(pos)
            let key = try parseBlockKey()
            if let firstLine = seen.insert(key, line: keyMark.line, among: pendingPairs[base...], in: b) {
                throw ParseError(.duplicateKey(text(of: key), firstLine: Int(firstLine)), at: keyMark)
            }
            if depth == 1, let sink { streamNext = ScalarSource(bytes: b).withBytes(key) { sink.streams(rootKey: $0) } }
            defer { streamNext = false }
            // `pos` is just after the colon.
            var p = pos
            while p < end && b[p] == 0x20 { p &+= 1 }
            if p < end && b[p] == 0x09 { throw fail(.tabCharacter, p) }
            let value: (node: Node, plain: Bool)
            if p >= end || Self.isBreak(b[p]) || b[p] == 0x23 {
                // Where an empty value is, taken before the line ends (a value on the line has its own mark).
                let afterColon = mark(pos)
                pos = p
                try finishLine(otherwise: .unexpectedContent)
                if pos < end && !atDocumentMarker() && indent > n {
                    value = try parseBlockNode(column: indent, parent: n)
                } else if pos < end && !atDocumentMarker() && indent == n && atSequenceEntry() {
                    // A sequence at its key's own indentation.
                    value = (try parseBlockSequence(indent: n), false)
                } else {
                    value = (Node(mark: afterColon, content: .null), false)
                }
            } else {
                pos = p
                value = try parseInlineValue(parent: n)
            }
            pendingPairs.append(Node.Pair(key: key, keyMark: keyMark, value: value.node))
            if pos >= end || atDocumentMarker() { break }
            let ind = indent
            if ind < n { close(n); break }
            if ind > n { throw misplaced(afterPlain: value.plain, level: n) }
            if atSequenceEntry() { throw fail(.sequenceInMapping, pos) }
            if !(try mappingKeyAhead()) {
                if let error = fullWidthColonInMapping() { throw error }
                throw fail(flowKeyAhead() ? .complexKey : shallowBlockScalarText(or: .expectedKey), pos)
            }
        }
        if streamed {
            sink?.mapping(pendingPairs[base...], at: start, ScalarSource(bytes: b))
            pendingPairs.removeSubrange(base...)
            streamedEntry = true
            return Node(mark: start, content: .null)
        }
        return Node(mark: start, content: .mapping(takePairs(from: base)))
    }

    /// The entries a collection appended to `pendingPairs` from `base`, removed from it.
    mutating func takePairs(from base: Int) -> [Node.Pair] {
        let pairs = Array(pendingPairs[base...])
        pendingPairs.removeSubrange(base...)
        return pairs
    }

    /// The items a sequence appended to `pendingItems` from `base`, removed from it.
    mutating func takeItems(from base: Int) -> [Node] {
        let items = Array(pendingItems[base...])
        pendingItems.removeSubrange(base...)
        return items
    }
}

/// Where the last mark far into a line was taken, and its column: a reference, so that `mark`
/// stays a non-mutating function.
final class ColumnCache {
    private(set) var lineStart = -1
    private(set) var offset = 0
    private(set) var column: Int32 = 1

    func remember(_ lineStart: Int, _ offset: Int, _ column: Int32) {
        self.lineStart = lineStart
        self.offset = offset
        self.column = column
    }
}
