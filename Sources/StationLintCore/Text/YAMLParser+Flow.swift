/// One-line flow collections: `[a, "b c", [d]]` and `{k: v, k2: [x]}`, nested as deep as the limit.
extension YAMLParser {
    /// A flow node at `pos`: a collection, a quoted scalar or a plain scalar.
    mutating func parseFlowNode() throws(ParseError) -> Node {
        let m = mark(pos)
        switch b[pos] {
        case 0x5B: return try parseFlowSequence()
        case 0x7B: return try parseFlowMapping()
        case 0x22, 0x27: return Node(mark: m, content: .scalar(try parseQuoted()))
        default: return try parseFlowPlain()
        }
    }

    /// A plain scalar inside a flow collection: it ends at `,[]{}`, at `: `, or at ` #`.
    mutating func parseFlowPlain() throws(ParseError) -> Node {
        let m = mark(pos)
        try checkPlainStart(flow: true)
        let start = pos
        var p = pos
        var e = pos
        while p < end {
            let c = b[p]
            if Self.isBreak(c) || isFlowIndicator(c) { break }
            if c == 0x3A && (isBlankOrEnd(p + 1) || isFlowIndicator(byte(p + 1))) { break }
            if c == 0x20 || c == 0x09 {
                if byte(p + 1) == 0x23 { break }
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
        while pos < end && (b[pos] == 0x20 || b[pos] == 0x09) { pos += 1 }
        if pos >= end || Self.isBreak(b[pos]) || b[pos] == 0x23 { throw fail(.multilineFlow, pos) }
    }

    mutating func enterFlow() throws(ParseError) {
        depth += 1
        if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth), pos) }
    }

    mutating func parseFlowSequence() throws(ParseError) -> Node {
        let m = mark(pos)
        try enterFlow()
        defer { depth -= 1 }
        pos += 1
        var items: [Node] = []
        try skipFlowSpaces()
        if b[pos] == 0x5D { pos += 1; return Node(mark: m, content: .sequence(items)) }
        while true {
            let item = try parseFlowNode()
            try skipFlowSpaces()
            if b[pos] == 0x3A { throw fail(.flowPair, pos) }
            items.append(item)
            if b[pos] == 0x2C {
                pos += 1
                try skipFlowSpaces()
                if b[pos] == 0x5D { pos += 1; break }
                continue
            }
            if b[pos] == 0x5D { pos += 1; break }
            throw fail(.flowUnexpected(escapeText(pos, pos + 1)), pos)
        }
        return Node(mark: m, content: .sequence(items))
    }

    mutating func parseFlowMapping() throws(ParseError) -> Node {
        let m = mark(pos)
        try enterFlow()
        defer { depth -= 1 }
        pos += 1
        var pairs: [Node.Pair] = []
        var seen = KeySet()
        try skipFlowSpaces()
        if b[pos] == 0x7D { pos += 1; return Node(mark: m, content: .mapping(pairs)) }
        while true {
            let keyMark = mark(pos)
            let c = b[pos]
            if c == 0x5B || c == 0x7B { throw fail(.complexKey, pos) }
            let keyNode = try parseFlowNode()
            guard let key = keyNode.scalar else { throw fail(.nullKey, Int(keyMark.offset)) }
            try skipFlowSpaces()
            guard b[pos] == 0x3A else { throw fail(.flowMissingValue, Int(keyMark.offset)) }
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
            if let firstLine = seen.insert(key, line: keyMark.line, in: b) {
                throw ParseError(.duplicateKey(text(of: key), firstLine: Int(firstLine)), at: keyMark)
            }
            pairs.append(Node.Pair(key: key, keyMark: keyMark, value: value))
            if b[pos] == 0x2C {
                pos += 1
                try skipFlowSpaces()
                if b[pos] == 0x7D { pos += 1; break }
                continue
            }
            if b[pos] == 0x7D { pos += 1; break }
            throw fail(.flowUnexpected(escapeText(pos, pos + 1)), pos)
        }
        return Node(mark: m, content: .mapping(pairs))
    }
}
