/// Checks that bytes are well-formed UTF-8 and free of the characters the YAML subset refuses
/// (C0/C1 controls other than tab and line ends, a lone carriage return, U+FFFE/U+FFFF, and the
/// Unicode line breaks U+0085, U+2028, U+2029 that YAML would silently treat as new lines).
///
/// Returns the first offending byte offset and what is wrong there, or nil when all is well.
enum UTF8Check {
    static func firstProblem(in b: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> (offset: Int, kind: ParseError.Kind)? {
        var i = start
        let n = b.count
        while i < n {
            // Eight ASCII bytes at a time, none a control or DEL (most of a ledger: keys,
            // numbers, dates, indentation); a word holding anything else goes byte by byte.
            if i &+ 8 <= n {
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let d = w ^ 0x7F7F_7F7F_7F7F_7F7F
                let high = w & 0x8080_8080_8080_8080
                let control = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let delete = (d &- 0x0101_0101_0101_0101) & ~d & 0x8080_8080_8080_8080
                if high | control | delete == 0 { i &+= 8; continue }
            }
            let c = b[i]
            if c < 0x80 {
                if c >= 0x20 && c != 0x7F { i &+= 1; continue }
                if c == 0x0A || c == 0x09 { i &+= 1; continue }
                if c == 0x0D {
                    if i + 1 < n && b[i + 1] == 0x0A { i &+= 2; continue }
                    return (i, .controlCharacter(0x0D))
                }
                return (i, .controlCharacter(UInt32(c)))
            }
            // The usual three-byte character (lead E1–EC: U+1000–U+CFFF, CJK among them) needs
            // no range checks: none is overlong, a surrogate or a control; only U+2028 and U+2029
            // (E2 80 A8/A9) are refused.
            if c >= 0xE1 && c <= 0xEC && i &+ 2 < n && b[i &+ 1] & 0xC0 == 0x80 && b[i &+ 2] & 0xC0 == 0x80
                && (c != 0xE2 || b[i &+ 1] != 0x80 || b[i &+ 2] & 0xFE != 0xA8) {
                i &+= 3
                continue
            }
            var scalar: UInt32
            var len: Int
            if c & 0xE0 == 0xC0 { scalar = UInt32(c & 0x1F); len = 2 }
            else if c & 0xF0 == 0xE0 { scalar = UInt32(c & 0x0F); len = 3 }
            else if c & 0xF8 == 0xF0 { scalar = UInt32(c & 0x07); len = 4 }
            else { return (i, .invalidUTF8(byteOffset: i)) }
            if i + len > n { return (i, .invalidUTF8(byteOffset: i)) }
            for k in 1..<len {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return (i, .invalidUTF8(byteOffset: i)) }
                scalar = scalar << 6 | UInt32(cc & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            let minimum: UInt32 = len == 2 ? 0x80 : (len == 3 ? 0x800 : 0x10000)
            if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) {
                return (i, .invalidUTF8(byteOffset: i))
            }
            if scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 { return (i, .unicodeLineBreak(scalar)) }
            if scalar < 0xA0 || scalar == 0xFFFE || scalar == 0xFFFF { return (i, .controlCharacter(scalar)) }
            i &+= len
        }
        return nil
    }

    /// The line (from 1) holding byte `end`, and where that line starts: LF ends a line in
    /// UTF-8 and GB18030 alike (it is never part of a multi-byte character).
    static func line<Bytes: RandomAccessCollection<UInt8>>(before end: Int, in b: Bytes, from start: Int) -> (Int32, Int)
    where Bytes.Index == Int {
        var line: Int32 = 1
        var lineStart = start
        var i = start
        while i < end {
            if b[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        return (line, lineStart)
    }

    /// Line and column (in Unicode scalars, from 1) of a byte offset; for error reports only.
    static func mark(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Mark {
        let end = min(offset, b.count)
        let hasBOM = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
        let (line, lineStart) = line(before: end, in: b, from: hasBOM ? 3 : 0)
        var column: Int32 = 1
        var j = lineStart
        while j < end {
            if b[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        return Mark(line: line, column: column, offset: Int32(clamping: offset))
    }
}
