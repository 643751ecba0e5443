/// Values written on one line (plain, quoted, flow) and block scalars (`|`, `>`).
extension YAMLParser {
    /// A value that starts at `pos` on the current line. `plain` tells the caller that a deeper
    /// line after it would be a multi-line plain scalar (refused).
    mutating func parseInlineValue(parent: Int) throws(ParseError) -> (node: Node, plain: Bool) {
        let m = mark(pos)
        let c = b[pos]
        switch c {
        case 0x7C, 0x3E:  // '|' '>'
            return (try parseBlockScalar(parent: parent), false)
        case 0x5B, 0x7B:  // '[' '{'
            let start = pos
            let node = try parseFlowNode()
            try finishAfterValue(collectionAt: start)
            return (node, false)
        case 0x22, 0x27:
            let scalar = try parseQuoted()
            try finishAfterValue(collectionAt: nil)
            return (Node(mark: m, content: .scalar(scalar)), false)
        default:
            try checkPlainStart(flow: false)
            let start = pos
            var p = pos
            var e = pos
            plainFullWidthColon = nil
            while p < end {
                let ch = b[p]
                if Self.isBreak(ch) { break }
                if ch == 0x20 {
                    if byte(p + 1) == 0x23 { break }  // ' #' starts a comment
                } else if ch == 0x09 {
                    throw fail(.tabCharacter, p)
                } else {
                    if ch == 0x3A && isBlankOrEnd(p + 1) { throw fail(.mappingValueNotAllowed, p) }
                    // Noted, not judged: whether it was meant as a key's colon shows on the next line.
                    if ch == 0xEF && plainFullWidthColon == nil && e > start && isFullWidthColon(p) {
                        plainFullWidthColon = FullWidthColon(keyStart: start, keyEnd: e, colon: p, line: line, lineStart: lineStart)
                    }
                    e = p + 1
                }
                p &+= 1
            }
            pos = p
            try finishLine(otherwise: .textAfterValue)
            if isNullText(start, e) { return (Node(mark: m, content: .null), true) }
            return (Node(mark: m, content: .scalar(.span(start: Int32(start), end: Int32(e)))), true)
        }
    }

    /// After a quoted or flow value: a `: ` means the value was used as a key (refused: a
    /// collection as a key is a complex key, a quoted value a second `key: value` on the line);
    /// anything but a comment is stray text.
    mutating func finishAfterValue(collectionAt start: Int?) throws(ParseError) {
        var p = pos
        while p < end && b[p] == 0x20 { p &+= 1 }
        if byte(p) == 0x3A && isBlankOrEnd(p + 1) {
            if let start { throw fail(.complexKey, start) }
            throw fail(.mappingValueNotAllowed, p)
        }
        try finishLine(otherwise: .textAfterValue)
    }

    /// Refuses the indicators that cannot start a plain scalar, each with its own message.
    func checkPlainStart(flow: Bool) throws(ParseError) {
        let c = b[pos]
        switch c {
        case 0x26: throw fail(.anchor, pos)  // '&'
        case 0x2A: throw fail(.alias, pos)  // '*'
        case 0x21: throw fail(.tag, pos)  // '!'
        case 0x25: throw fail(.reservedIndicator("%"), pos)
        case 0x40: throw fail(.reservedIndicator("@"), pos)
        case 0x60: throw fail(.reservedIndicator("`"), pos)
        case 0x7C: throw fail(.reservedIndicator("|"), pos)
        case 0x3E: throw fail(.reservedIndicator(">"), pos)
        case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D:
            let s = String(UnicodeScalar(c))
            throw fail(flow ? .flowUnexpected(s) : .reservedIndicator(s), pos)
        case 0x23: throw fail(.unexpectedContent, pos)
        // In a flow collection PyYAML reads `?` as an explicit key and `:` as a value indicator
        // even when a character follows, where YAML 1.2 would read `?a` and `:a` as text.
        case 0x3F where flow || isBlankOrEnd(pos + 1):
            throw fail(.explicitKey, pos)
        case 0x3A where flow || isBlankOrEnd(pos + 1):
            throw fail(flow ? .flowUnexpected(":") : .mappingValueNotAllowed, pos)
        case 0x2D where isBlankOrEnd(pos + 1) || (flow && isFlowIndicator(byte(pos + 1))):
            throw fail(flow ? .flowUnexpected("-") : .sequenceNotAllowedHere, pos)
        default: return
        }
    }

    @inline(__always) func isFlowIndicator(_ c: UInt8) -> Bool {
        c == 0x2C || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D
    }

    /// A single- or double-quoted scalar that ends on its line; leaves `pos` after the quote.
    mutating func parseQuoted() throws(ParseError) -> Scalar {
        let open = pos
        let quote = b[pos]
        let start = pos + 1
        var p = start
        var decoded: [UInt8]? = nil
        while true {
            guard p < end, !Self.isBreak(b[p]) else { throw fail(.unterminatedQuote, open) }
            let c = b[p]
            if c == quote {
                if quote == 0x27 && byte(p + 1) == 0x27 {
                    if decoded == nil { decoded = Array(b[start..<p]) }
                    decoded!.append(0x27)
                    p += 2
                    continue
                }
                break
            }
            if quote == 0x22 && c == 0x5C {
                if decoded == nil { decoded = Array(b[start..<p]) }
                p = try decodeEscape(at: p, into: &decoded!)
                continue
            }
            decoded?.append(c)
            p &+= 1
        }
        pos = p + 1
        if let decoded { return .text(String(decoding: decoded, as: UTF8.self)) }
        return .span(start: Int32(start), end: Int32(p))
    }

    /// Decodes the escape at `p` (a backslash) into `out`; returns the position after it.
    func decodeEscape(at p: Int, into out: inout [UInt8]) throws(ParseError) -> Int {
        let e = byte(p + 1)
        if p + 1 >= end || Self.isBreak(e) { throw fail(.unterminatedQuote, p) }
        var scalar: UInt32
        var next = p + 2
        switch e {
        case 0x30: scalar = 0
        case 0x61: scalar = 7
        case 0x62: scalar = 8
        case 0x74, 0x09: scalar = 9
        case 0x6E: scalar = 10
        case 0x76: scalar = 11
        case 0x66: scalar = 12
        case 0x72: scalar = 13
        case 0x65: scalar = 27
        case 0x20: scalar = 32
        case 0x22: scalar = 0x22
        case 0x2F: scalar = 0x2F
        case 0x5C: scalar = 0x5C
        case 0x4E: scalar = 0x85
        case 0x5F: scalar = 0xA0
        case 0x4C: scalar = 0x2028
        case 0x50: scalar = 0x2029
        case 0x78, 0x75, 0x55:
            let digits = e == 0x78 ? 2 : (e == 0x75 ? 4 : 8)
            scalar = 0
            for k in 0..<digits {
                guard let v = hexValue(byte(p + 2 + k)) else {
                    throw fail(.invalidEscape(escapeText(p, min(end, p + 2 + k + 1))), p)
                }
                scalar = scalar << 4 | v
            }
            next = p + 2 + digits
            if scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) {
                throw fail(.invalidEscape(escapeText(p, next)), p)
            }
        default:
            throw fail(.invalidEscape(escapeText(p, p + 2)), p)
        }
        appendUTF8(scalar, to: &out)
        return next
    }

    func escapeText(_ s: Int, _ e: Int) -> String {
        var e = min(e, end)
        while e < end && b[e] & 0xC0 == 0x80 { e += 1 }  // never cut a character
        return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    }

    // MARK: Block scalars

    /// `|` or `>` with optional `-`/`+` chomping; follows PyYAML's folding and chomping exactly.
    mutating func parseBlockScalar(parent: Int) throws(ParseError) -> Node {
        let m = mark(pos)
        let folded = b[pos] == 0x3E
        let headerStart = pos
        pos += 1
        var chomp: UInt8 = 0  // 0 clip, '-' strip, '+' keep
        if pos < end && (b[pos] == 0x2D || b[pos] == 0x2B) { chomp = b[pos]; pos += 1 }
        var p = pos
        while p < end && b[p] == 0x20 { p += 1 }
        if p < end && b[p] == 0x09 { throw fail(.tabCharacter, p) }
        if p < end && b[p] == 0x23 && p > pos {
            while p < end && !Self.isBreak(b[p]) { p += 1 }
        }
        if p < end && !Self.isBreak(b[p]) {
            // An indentation indicator (`|2`), or other text after the header.
            var e = p
            while e < end && !Self.isBreak(b[e]) && !(b[e] == 0x20 && byte(e + 1) == 0x23) { e += 1 }
            while e > p && b[e - 1] == 0x20 { e -= 1 }
            throw fail(.blockScalarIndicator(escapeText(headerStart, e)), headerStart)
        }
        pos = p
        if pos < end { consumeBreak() }

        // Indentation: the deepest of the leading blank lines and the first content line.
        let minIndent = max(parent + 1, 1)
        var breaks = 0
        var maxIndent = 0
        while true {
            while pos < end && b[pos] == 0x20 { pos += 1 }
            maxIndent = max(maxIndent, pos - lineStart)
            if pos < end && Self.isBreak(b[pos]) { consumeBreak(); breaks += 1; continue }
            break
        }
        let blockIndent = max(minIndent, maxIndent)
        var out: [UInt8] = []
        var lineBreak = false
        let hasText = pos - lineStart == blockIndent && pos < end
        while pos - lineStart == blockIndent && pos < end {
            for _ in 0..<breaks { out.append(0x0A) }
            let leadingNonSpace = b[pos] != 0x20 && b[pos] != 0x09
            let start = pos
            while pos < end && !Self.isBreak(b[pos]) { pos += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<pos]))
            lineBreak = pos < end
            if lineBreak { consumeBreak() }
            breaks = scanBlockBreaks(blockIndent)
            if pos - lineStart == blockIndent && pos < end {
                if folded && lineBreak && leadingNonSpace && b[pos] != 0x20 && b[pos] != 0x09 {
                    if breaks == 0 { out.append(0x20) }
                } else if lineBreak {
                    out.append(0x0A)
                }
            } else {
                break
            }
        }
        if chomp != 0x2D && lineBreak { out.append(0x0A) }
        if chomp == 0x2B { for _ in 0..<breaks { out.append(0x0A) } }

        // Back to the start of the line that ended the scalar (at the end of the input there
        // is none: the last content line may lack its line break).
        if pos < end { pos = lineStart }
        try skipToContent()
        if !hasText { emptyBlockScalarNextLine = line }
        if pos < end && !atDocumentMarker() && indent > parent {
            throw fail(.blockScalarIndentation, pos)
        }
        return Node(mark: m, content: .scalar(.text(String(decoding: out, as: UTF8.self))))
    }

    /// Skips up to `indent` spaces on each empty line; returns how many line breaks it passed.
    mutating func scanBlockBreaks(_ indent: Int) -> Int {
        var breaks = 0
        while pos - lineStart < indent && pos < end && b[pos] == 0x20 { pos += 1 }
        while pos < end && Self.isBreak(b[pos]) {
            consumeBreak()
            breaks += 1
            while pos - lineStart < indent && pos < end && b[pos] == 0x20 { pos += 1 }
        }
        return breaks
    }
}

@inline(__always) func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x41...0x46: return UInt32(c - 0x41 + 10)
    case 0x61...0x66: return UInt32(c - 0x61 + 10)
    default: return nil
    }
}

/// Appends the UTF-8 encoding of a valid Unicode scalar value.
func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80:
        out.append(UInt8(v))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    default:
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    }
}
