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

    /// For a plain or quoted scalar about to be read at `pos`, starting at column `column`:
    /// the full-width-colon error when the line reads `key：…` and the next content line shows
    /// that a mapping was meant (it is deeper, or at this column and reads as a key). Otherwise
    /// nil: a lone `名称：张三` followed by a shallower line is valid YAML text and stays text.
    func fullWidthColonInPlaceOfKey(column: Int) -> ParseError? {
        guard let (key, colon) = fullWidthColonKey() else { return nil }
        var probe = self
        probe.pos = colon
        while probe.pos < end && !Self.isBreak(b[probe.pos]) { probe.pos &+= 1 }
        guard probe.pos < end else { return nil }
        probe.consumeBreak()
        guard (try? probe.skipToContent()) != nil else { return nil }
        guard probe.pos < end, !probe.atDocumentMarker() else { return nil }
        let next = probe.indent
        if next > column { return fail(.fullWidthColon(key: key), colon) }
        if next == column, (try? probe.mappingKeyAhead()) == true || probe.fullWidthColonKey() != nil {
            return fail(.fullWidthColon(key: key), colon)
        }
        return nil
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
