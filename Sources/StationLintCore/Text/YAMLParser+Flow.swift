/// One-line flow collections: `[a, "b c", [d]]` and `{k: v, k2: [x]}`, nested as deep as the limit.
extension YAMLParser {
    /// A flow node at `pos`: a collection, a quoted scalar or a plain scalar. `inSequence`: the
    /// node is an item of `[…]`, where a full-width comma in a plain item is refused.
    mutating func parseFlowNode(inSequence: Bool = false) throws(ParseError) -> Node {
        let m = mark(pos)
        switch b[pos] {
        case 0x5B: return try parseFlowSequence()
        case 0x7B: return try parseFlowMapping()
        case 0x22, 0x27: return Node(mark: m, content: .scalar(try parseQuoted()))
        default: return try parseFlowPlain(inSequence: inSequence)
        }
    }

    /// A plain scalar inside a flow collection: it ends at `,[]{}`, at `: `, or at ` #`.
    /// In `[…]` a full-width comma `，` is refused: `[甲，乙]` was meant as two items, and YAML
    /// reads one (`、` stays text: people use it inside one value).
    mutating func parseFlowPlain(inSequence: Bool = false) throws(ParseError) -> Node {
        let m = mark(pos)
        try checkPlainStart(flow: true)
        let start = pos
        var p = pos
        var e = pos
        while p < end {
            let c = b[p]
            if Self.isBreak(c) || isFlowIndicator(c) { break }
            if c == 0x3A && (isBlankOrEnd(p + 1) || isFlowIndicator(byte(p + 1))) { break }
            // PyYAML ends a flow plain scalar at `?` (YAML 1.2 would not): refused, not misread.
            if c == 0x3F { throw fail(.flowUnexpected("?"), p) }
            if inSequence && c == 0xEF && isFullWidthComma(p) { throw fail(.fullWidthCommaInFlow, p) }
            if c == 0x20 {
                if byte(p + 1) == 0x23 { break }
            } else if c == 0x09 {
                throw fail(.tabCharacter, p)
            } else {
                e = p + 1
            }
            p &+= 1
        }
        pos = e
        if isNullText(start, e) { return Node(mark: m, content: .null) }
        return Node(mark: m, content: .scalar(.span(start: Int32(start), end: Int32(e))))
    }

    /// Skips spaces inside a flow collection; the collection must close on this line.
    mutating func skipFlowSpaces() throws(ParseError) {
        while pos < end && b[pos] == 0x20 { pos += 1 }
        if pos < end && b[pos] == 0x09 { throw fail(.tabCharacter, pos) }
        if pos >= end || Self.isBreak(b[pos]) || b[pos] == 0x23 { throw fail(.multilineFlow, pos) }
    }

    mutating func parseFlowSequence() throws(ParseError) -> Node {
        let m = mark(pos)
        try enterCollection()
        defer { depth -= 1 }
        pos += 1
        let base = pendingItems.count
        try skipFlowSpaces()
        if b[pos] == 0x5D { pos += 1; return Node(mark: m, content: .sequence([])) }
        while true {
            let item = try parseFlowNode(inSequence: true)
            try skipFlowSpaces()
            if b[pos] == 0x3A { throw fail(.flowPair, pos) }
            pendingItems.append(item)
            if b[pos] == 0x2C {
                pos += 1
                try skipFlowSpaces()
                if b[pos] == 0x5D { pos += 1; break }
                continue
            }
            if b[pos] == 0x5D { pos += 1; break }
            throw fail(.flowUnexpected(escapeText(pos, pos + 1)), pos)
        }
        return Node(mark: m, content: .sequence(takeItems(from: base)))
    }

    mutating func parseFlowMapping() throws(ParseError) -> Node {
        let m = mark(pos)
        try enterCollection()
        defer { depth -= 1 }
        pos += 1
        let base = pendingPairs.count
        var seen = KeySet()
        try skipFlowSpaces()
        if b[pos] == 0x7D { pos += 1; return Node(mark: m, content: .mapping([])) }
        while true {
            let keyMark = mark(pos)
            let keyStart = pos
            let c = b[pos]
            if c == 0x5B || c == 0x7B { throw fail(.complexKey, pos) }
            if c == 0x3A && (isBlankOrEnd(pos + 1) || isFlowIndicator(byte(pos + 1))) { throw fail(.nullKey, pos) }
            let keyNode = try parseFlowNode()
            guard let key = keyNode.scalar else { throw fail(.nullKey, keyStart) }
            try skipFlowSpaces()
            guard b[pos] == 0x3A else {
                if c != 0x22 && c != 0x27, let error = fullWidthColonInFlowKey(keyStart, pos) { throw error }
                throw fail(.flowMissingValue, keyStart)
            }
            try checkKeyLength(from: keyStart)
            // After a plain key YAML 1.2 needs a space (or the entry's end) after the colon;
            // only a quoted ("JSON-like") key may have its value right after it: {"a":"b"}.
            if c != 0x22 && c != 0x27 && !(byte(pos + 1) == 0x20 || byte(pos + 1) == 0x2C || byte(pos + 1) == 0x7D) {
                throw fail(.flowMissingValue, pos)
            }
            let afterColon = mark(pos + 1)
            pos += 1
            try skipFlowSpaces()
            let value: Node
            if b[pos] == 0x2C || b[pos] == 0x7D {
                value = Node(mark: afterColon, content: .null)
            } else {
                value = try parseFlowNode()
                try skipFlowSpaces()
            }
            if let firstLine = seen.insert(key, line: keyMark.line, among: pendingPairs[base...], in: b) {
                throw ParseError(.duplicateKey(text(of: key), firstLine: Int(firstLine)), at: keyMark)
            }
            pendingPairs.append(Node.Pair(key: key, keyMark: keyMark, value: value))
            if b[pos] == 0x2C {
                pos += 1
                try skipFlowSpaces()
                if b[pos] == 0x7D { pos += 1; break }
                continue
            }
            if b[pos] == 0x7D { pos += 1; break }
            throw fail(.flowUnexpected(escapeText(pos, pos + 1)), pos)
        }
        return Node(mark: m, content: .mapping(takePairs(from: base)))
    }
}
