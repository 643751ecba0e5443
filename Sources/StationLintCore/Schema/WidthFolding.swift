/// Folds what a Chinese input method types in full-width mode to what a typed field reads:
/// full-width ASCII (U+FF01–U+FF5E: `２０２４`, `Ｘ`, `－`, `（`) to ASCII, the ideographic
/// space U+3000 to a space. Every other character stays as written.
///
/// Only typed fields are folded (numbers, dates, booleans, phones, ID numbers, division
/// codes); free text and vocabulary values keep their text (vocabularies compare through
/// `TextNormalizer.key`, which folds width the same way).
public enum WidthFolding {
    /// `text` with full-width ASCII and U+3000 folded; `text` itself (no new string) when it
    /// holds neither, the usual case. Decided on UTF-8 bytes: U+FF01–U+FF3F are EF BC 81–BF,
    /// U+FF40–U+FF5E are EF BD 80–9E, U+3000 is E3 80 80.
    public static func ascii(_ text: String) -> String {
        var t = text
        return t.withUTF8 { b -> String in
            guard needsFolding(b) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                if let (folded, length) = foldedByte(b, at: i) {
                    out.append(folded)
                    i &+= length
                } else {
                    out.append(b[i])
                    i &+= 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether any character at a lead byte EF or E3 folds.
    static func needsFolding(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if (c == 0xEF || c == 0xE3), foldedByte(b, at: i) != nil { return true }
            i &+= 1
        }
        return false
    }

    /// The ASCII byte the character at `i` folds to and its UTF-8 length, or nil if it does not fold.
    @inline(__always)
    static func foldedByte(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
        guard i + 2 < b.count else { return nil }
        let c0 = b[i], c1 = b[i + 1], c2 = b[i + 2]
        if c0 == 0xE3 && c1 == 0x80 && c2 == 0x80 { return (0x20, 3) }
        guard c0 == 0xEF else { return nil }
        // U+FF01 + k folds to 0x21 + k.
        if c1 == 0xBC && c2 >= 0x81 && c2 <= 0xBF { return (c2 - 0x81 + 0x21, 3) }
        if c1 == 0xBD && c2 >= 0x80 && c2 <= 0x9E { return (c2 - 0x80 + 0x60, 3) }
        return nil
    }
}
