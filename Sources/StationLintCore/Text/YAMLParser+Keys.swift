/// Block mapping keys: finding them, reading them, and the checks every key goes through
/// (null, too long, given twice).
extension YAMLParser {
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
            while p < end && b[p] == 0x20 { p &+= 1 }
            return byte(p) == 0x3A && isBlankOrEnd(p + 1)
        }
        if c == 0x5B || c == 0x7B { return false }  // flow collections are values here
        while p < end {
            let ch = b[p]
            if Self.isBreak(ch) { return false }
            if ch == 0x3A && isBlankOrEnd(p + 1) { return true }
            if ch == 0x23 && p > pos && b[p - 1] == 0x20 { return false }
            p &+= 1
        }
        return false
    }

    /// Whether a flow collection at `pos` is followed by `: `, i.e. used as a key.
    func flowKeyAhead() -> Bool {
        let c = byte(pos)
        guard c == 0x5B || c == 0x7B else { return false }
        var probe = self
        guard (try? probe.parseFlowNode()) != nil else { return false }
        var p = probe.pos
        while p < end && b[p] == 0x20 { p &+= 1 }
        return byte(p) == 0x3A && isBlankOrEnd(p + 1)
    }

    /// Reads a block mapping key and its colon; leaves `pos` after the colon.
    mutating func parseBlockKey() throws(ParseError) -> Scalar {
        let start = pos
        let c = b[pos]
        let key: Scalar
        if c == 0x22 || c == 0x27 {
            key = try parseQuoted()
            while pos < end && b[pos] == 0x20 { pos += 1 }
        } else {
            if c == 0x3A && isBlankOrEnd(pos + 1) { throw fail(.nullKey, pos) }  // `: value`
            try checkPlainStart(flow: false)
            var p = pos
            var e = pos
            while !(b[p] == 0x3A && isBlankOrEnd(p + 1)) {
                if b[p] == 0x09 { throw fail(.tabCharacter, p) }
                if b[p] != 0x20 { e = p &+ 1 }
                p &+= 1
            }
            pos = p
            if isNullText(start, e) { throw fail(.nullKey, start) }
            key = .span(start: Int32(start), end: Int32(e))
        }
        try checkKeyLength(from: start)
        pos += 1  // ':' (checked by mappingKeyAhead)
        return key
    }

    /// Refuses a key whose text from `start` to the colon at `pos` is longer than 1024
    /// characters.
    func checkKeyLength(from start: Int) throws(ParseError) {
        guard pos - start > Self.maxKeyLength else { return }
        var count = 0
        for i in start..<pos where b[i] & 0xC0 != 0x80 { count &+= 1 }
        if count > Self.maxKeyLength { throw fail(.keyTooLong(limit: Self.maxKeyLength), start) }
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

/// Refuses a key given twice in one mapping: the mapping's entries so far are compared one by
/// one while there are few (no allocation), through a table once there are many.
struct KeySet {
    private var large: [String: Int32]? = nil

    /// The line of an earlier key among `pairs` (the mapping's entries so far) equal to `key`, if any.
    mutating func insert(_ key: Scalar, line: Int32, among pairs: ArraySlice<Node.Pair>, in b: UnsafeBufferPointer<UInt8>) -> Int32? {
        if large != nil {
            // Mutated in place: a copy (`if var large`) would copy the whole table per key,
            // quadratic in the keys of one mapping.
            let text = Self.text(key, b)
            if let first = large?[text] { return first }
            large?[text] = line
            return nil
        }
        for other in pairs where Self.equal(key, other.key, b) { return other.keyMark.line }
        if pairs.count >= 24 {
            var map: [String: Int32] = [:]
            for p in pairs { map[Self.text(p.key, b)] = p.keyMark.line }
            map[Self.text(key, b)] = line
            large = map
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
