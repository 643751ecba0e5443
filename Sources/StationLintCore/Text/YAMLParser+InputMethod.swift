/// What a Chinese input method types in full-width mode, named where it breaks the syntax
/// (SPEC §5a): a full-width colon `：` after a key, a full-width space U+3000 in indentation, a
/// full-width comma `，` between the items of `[…]`. Each is refused at its own line and column
/// with the fix, instead of a puzzling error on a later line.
///
/// Only documents YAML would refuse or read differently from what the writer meant are
/// refused: `名称：张三` alone is a valid plain scalar and stays one, and a `：` or `，` inside a
/// value or inside quotes is text.
extension YAMLParser {
    /// `：` (U+FF1A) is EF BC 9A in UTF-8, `，` (U+FF0C) EF BC 8C, U+3000 E3 80 80.
    @inline(__always) func isFullWidthColon(_ p: Int) -> Bool {
        byte(p) == 0xEF && byte(p &+ 1) == 0xBC && byte(p &+ 2) == 0x9A
    }

    @inline(__always) func isFullWidthComma(_ p: Int) -> Bool {
        byte(p) == 0xEF && byte(p &+ 1) == 0xBC && byte(p &+ 2) == 0x8C
    }

    @inline(__always) func isIdeographicSpace(_ p: Int) -> Bool {
        byte(p) == 0xE3 && byte(p &+ 1) == 0x80 && byte(p &+ 2) == 0x80
    }

    /// The line from `pos` read as `key：…` (a plain or quoted key, then a full-width colon,
    /// before any ASCII `: ` and any comment): the key's text and the colon's offset.
    func fullWidthColonKey() -> (key: String, colon: Int)? {
        var p = pos
        let c = byte(p)
        if c == 0x22 || c == 0x27 {
            p &+= 1
            while p < end && !Self.isBreak(b[p]) && b[p] != c {
                if c == 0x22 && b[p] == 0x5C { p &+= 1 }
                p &+= 1
            }
            guard p < end && b[p] == c else { return nil }
            let key = escapeText(pos &+ 1, p)
            p &+= 1
            while p < end && b[p] == 0x20 { p &+= 1 }
            return isFullWidthColon(p) ? (key, p) : nil
        }
        if c == 0x5B || c == 0x7B || c == 0x23 || atSequenceEntry() { return nil }
        var keyEnd = p
        while p < end {
            let ch = b[p]
            if Self.isBreak(ch) { return nil }
            if ch == 0x3A && isBlankOrEnd(p &+ 1) { return nil }  // an ASCII key colon comes first
            if ch == 0x23 && p > pos && b[p &- 1] == 0x20 { return nil }
            if isFullWidthColon(p) {
                guard keyEnd > pos else { return nil }
                return (escapeText(pos, keyEnd), p)
            }
            if ch != 0x20 { keyEnd = p &+ 1 }
            p &+= 1
        }
        return nil
    }

    /// A plain scalar `key：…` just read, `pos` now on the next content line: the
    /// full-width-colon error when that line shows a mapping was meant (it is deeper, or at the
    /// scalar's column and reads as a key). Otherwise nil: a lone `名称：张三` followed by a
    /// shallower line, or a list item `- 注意：带证件`, is valid YAML text and stays text.
    func fullWidthColonMeantAsKey(_ colon: FullWidthColon, column: Int) -> ParseError? {
        guard pos < end, !atDocumentMarker() else { return nil }
        let next = indent
        guard next > column || (next == column && ((try? mappingKeyAhead()) == true || fullWidthColonKey() != nil)) else {
            return nil
        }
        var markColumn: Int32 = 1
        var i = colon.lineStart
        while i < colon.colon {
            if b[i] & 0xC0 != 0x80 { markColumn &+= 1 }
            i &+= 1
        }
        let mark = Mark(line: colon.line, column: markColumn, offset: Int32(truncatingIfNeeded: colon.colon))
        return ParseError(.fullWidthColon(key: escapeText(colon.keyStart, colon.keyEnd)), at: mark)
    }

    /// A quoted scalar at `pos` followed by `：` (`"名称"：张三`), when the next content line
    /// shows a mapping was meant, as for a plain one.
    func quotedKeyWithFullWidthColon(column: Int) -> ParseError? {
        guard let (_, colonAt) = fullWidthColonKey() else { return nil }
        var probe = self
        probe.pos = colonAt
        while probe.pos < end && !Self.isBreak(b[probe.pos]) { probe.pos &+= 1 }
        guard probe.pos < end else { return nil }
        probe.consumeBreak()
        guard (try? probe.skipToContent()) != nil else { return nil }
        let colon = FullWidthColon(keyStart: pos &+ 1, keyEnd: quotedKeyEnd(colonAt), colon: colonAt, line: line, lineStart: lineStart)
        return probe.fullWidthColonMeantAsKey(colon, column: column)
    }

    /// The offset of the closing quote before the `：` at `colon` (spaces between skipped).
    func quotedKeyEnd(_ colon: Int) -> Int {
        var q = colon
        while q > pos && b[q &- 1] == 0x20 { q &-= 1 }
        return q &- 1
    }

    /// After a block mapping entry, the line at the mapping's indentation is not `key: value`:
    /// the full-width-colon error if it reads `key：…`.
    func fullWidthColonInMapping() -> ParseError? {
        guard let (key, colon) = fullWidthColonKey() else { return nil }
        return fail(.fullWidthColon(key: key), colon)
    }

    /// A flow mapping key (`{名称：张三}`) read as one plain scalar up to `e`: the
    /// full-width-colon error at its first `：`.
    func fullWidthColonInFlowKey(_ start: Int, _ e: Int) -> ParseError? {
        var p = start
        while p < e {
            if isFullWidthColon(p) {
                var keyEnd = p
                while keyEnd > start && b[keyEnd &- 1] == 0x20 { keyEnd &-= 1 }
                guard keyEnd > start else { return nil }
                return fail(.fullWidthColon(key: escapeText(start, keyEnd)), p)
            }
            p &+= 1
        }
        return nil
    }
}

/// Where a full-width colon was found in a plain scalar, and the text before it: enough to
/// report it after the parser has moved on to the next line.
struct FullWidthColon {
    let keyStart: Int
    let keyEnd: Int
    let colon: Int
    let line: Int32
    let lineStart: Int
}
