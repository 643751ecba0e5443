import Foundation

/// What the bytes of a file that is not UTF-8 most likely are, so that a message can name the
/// encoding and give the steps to save the file as UTF-8 instead of only saying "invalid".
enum EncodingHints {
    /// CFStringEncoding GB_18030_2000 (0x0632) as an NSStringEncoding. Foundation returns nil
    /// for byte sequences that are not GB18030 rather than substituting U+FFFD.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Whether the bytes look like UTF-16 without a byte order mark: among the first 256 bytes
    /// (at least 8), at least half of the code units are ASCII text (a zero byte and a printable
    /// character, tab or line break) in one byte order, and no zero byte stands on the other
    /// side. UTF-8 and GB18030 text has no zero bytes at all; a few bytes of binary are too
    /// short to count.
    static func looksLikeUTF16WithoutBOM(_ b: [UInt8]) -> Bool {
        let pairs = min(b.count, 256) / 2
        guard pairs >= 4 else { return false }
        var littleEndianText = 0, bigEndianText = 0
        var zeroEven = 0, zeroOdd = 0
        for k in 0..<pairs {
            let even = b[2 * k], odd = b[2 * k + 1]
            if even == 0 { zeroEven += 1 }
            if odd == 0 { zeroOdd += 1 }
            if odd == 0 && isTextByte(even) { littleEndianText += 1 }
            if even == 0 && isTextByte(odd) { bigEndianText += 1 }
        }
        return (littleEndianText * 2 >= pairs && zeroEven == 0) || (bigEndianText * 2 >= pairs && zeroOdd == 0)
    }

    static func isTextByte(_ c: UInt8) -> Bool { c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) }

    /// Whether bytes that are not UTF-8 read as GB18030 text: Foundation decodes them, they hold
    /// at least two characters of GB2312's hanzi and punctuation rows (lead and trail bytes
    /// A1–FE, what Chinese text in GBK is made of), and the bytes that break UTF-8 outnumber
    /// twice the characters that happen to be valid UTF-8. GBK text breaks UTF-8 at nearly every
    /// character (its lead bytes B0–F7 are mostly continuation bytes in UTF-8); a UTF-8 file with
    /// one damaged character does not, nor does a lone byte sequence beyond Unicode, so those keep
    /// the plain invalid-UTF-8 message with its byte offset. So does a GBK file holding a single
    /// Chinese character: too little to tell.
    static func looksLikeGB18030(_ b: [UInt8]) -> Bool {
        var invalid = 0
        var validMultibyte = 0
        var gb2312 = 0
        b.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let c = buffer[i]
                if c < 0x80 { i &+= 1; continue }
                let length = validSequenceLength(buffer, i)
                if length > 0 {
                    validMultibyte &+= 1
                    i &+= length
                } else {
                    invalid &+= 1
                    i &+= 1
                }
            }
            i = 0
            while i < buffer.count {
                let c = buffer[i]
                if c < 0x80 { i &+= 1; continue }
                guard i + 1 < buffer.count else { break }
                let t = buffer[i + 1]
                if t >= 0x30 && t <= 0x39 { i &+= 4; continue }  // a four-byte GB18030 character
                if c >= 0xA1 && c <= 0xF7 && t >= 0xA1 && t <= 0xFE { gb2312 &+= 1 }
                i &+= 2
            }
        }
        guard gb2312 >= 2, invalid > 2 * validMultibyte else { return false }
        return String(data: Data(b), encoding: gb18030) != nil
    }

    /// The length of a well-formed multi-byte UTF-8 sequence at `i`, or 0.
    static func validSequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        let length: Int
        let minimum: UInt32
        var scalar: UInt32
        if c >= 0xC2 && c <= 0xDF { length = 2; minimum = 0x80; scalar = UInt32(c & 0x1F) }
        else if c & 0xF0 == 0xE0 { length = 3; minimum = 0x800; scalar = UInt32(c & 0x0F) }
        else if c >= 0xF0 && c <= 0xF4 { length = 4; minimum = 0x10000; scalar = UInt32(c & 0x07) }
        else { return 0 }
        guard i + length <= b.count else { return 0 }
        for k in 1..<length {
            let cc = b[i + k]
            guard cc & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(cc & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(scalar >= 0xD800 && scalar <= 0xDFFF) else { return 0 }
        return length
    }

    /// The line and column of byte `offset` in GB18030 text, as the user sees it in an editor
    /// reading it as GB18030: lines end at LF (never part of a GB18030 character), columns count
    /// characters (one byte below 0x80, four when the second byte is a digit 0x30–0x39, else two).
    /// An offset inside a character gives that character's column.
    static func gb18030Mark(of offset: Int, in b: [UInt8]) -> Mark {
        let end = min(offset, b.count)
        let (line, lineStart) = UTF8Check.line(before: end, in: b, from: 0)
        var column: Int32 = 1
        var j = lineStart
        while j < end {
            let c = b[j]
            let length = c < 0x80 ? 1 : (j + 1 < b.count && b[j + 1] >= 0x30 && b[j + 1] <= 0x39 ? 4 : 2)
            if j + length > end { break }  // `offset` is inside this character
            column += 1
            j += length
        }
        return Mark(line: line, column: column, offset: Int32(clamping: offset))
    }
}
