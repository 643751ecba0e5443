/// Compares names the way a person reads them: full- and half-width punctuation alike, spaces
/// and book-title marks ignored, Latin letters case-folded.
public enum TextNormalizer {
    /// A comparison key: full-width ASCII folded to half-width, spaces, 《》〈〉“”‘’"' and
    /// punctuation dropped, lowercased.
    public static func key(_ s: String) -> String {
        if isOwnKey(s) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            var v = u.value
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }  // full-width ASCII
            if v == 0x3000 { continue }  // ideographic space
            guard let scalar = Unicode.Scalar(v) else { continue }
            if scalar.properties.isWhitespace { continue }
            if isPunctuation(v) { continue }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }

    /// Whether `key` would return `s` unchanged, decided on its UTF-8 bytes: only ASCII
    /// lowercase letters and digits, and characters U+4000–U+EFFF (lead bytes E4–EE: CJK
    /// ideographs and Yi, Hangul, private use — no spaces, punctuation or full-width forms).
    /// Most vocabulary values are such text; the general path builds a new string.
    static func isOwnKey(_ s: String) -> Bool {
        var continuation = 0
        for b in s.utf8 {
            if continuation > 0 {
                continuation -= 1  // valid UTF-8: an 80–BF byte
            } else if b >= 0xE4 && b <= 0xEE {
                continuation = 2
            } else if !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)) {
                return false
            }
        }
        return true
    }

    static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F: return true  // 、。〃〈〉《》「」『』【】〔〕 …
        case 0x2010...0x2027: return true  // dashes, quotes, ellipsis
        case 0xFF5F...0xFF65: return true
        case 0x00B7, 0x30FB: return true  // middle dots
        default: return false
        }
    }

    /// Whether a declared item names `required`, allowing the list's suffix (规范/机制/制度) to be
    /// left off on either side.
    public static func matches(_ declared: String, _ required: String, suffixes: [String]) -> Bool {
        keysMatch(key(declared), key(required), suffixKeys: suffixes.map(key))
    }

    /// `matches` on comparison keys already made with `key`, for a caller that compares many.
    public static func keysMatch(_ d: String, _ r: String, suffixKeys: [String]) -> Bool {
        SuffixedKey(d, suffixKeys).matches(SuffixedKey(r, suffixKeys))
    }

    /// A comparison key with what is left of it once each suffix is taken off, made once for a
    /// key compared with many (`contains_all` compares every declared item with every required one).
    public struct SuffixedKey: Sendable {
        let key: String
        /// Per suffix, the key without it; nil for an empty suffix, which matches nothing.
        let stripped: [String?]

        public init(_ key: String, _ suffixKeys: [String]) {
            self.key = key
            stripped = suffixKeys.map { $0.isEmpty ? nil : TextNormalizer.strip(key, $0) }
        }

        /// Equal keys, or equal once the same suffix is taken off both (made with the same suffixes).
        public func matches(_ other: SuffixedKey) -> Bool {
            key == other.key || zip(stripped, other.stripped).contains { a, b in a != nil && a == b }
        }
    }

    private static func strip(_ text: String, _ suffix: String) -> String {
        text.hasSuffix(suffix) && text.count > suffix.count ? String(text.dropLast(suffix.count)) : text
    }

    /// Splits a list written as one value (`电脑、电话，打印机`): on 、，,；; and line breaks.
    public static func splitList(_ s: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x3001, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x0A:
                parts.append(String(current))
                current = String.UnicodeScalarView()
            default:
                current.append(u)
            }
        }
        parts.append(String(current))
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

extension String {
    /// Without leading and trailing spaces (ASCII and ideographic).
    public func trimmingSpaces() -> String {
        // Nothing to trim (the usual case): no new string. U+3000 is E3 80 80 in UTF-8.
        let u = utf8
        if let first = u.first, let last = u.last, first != 0x20, first != 0x09, first != 0xE3,
           last != 0x20, last != 0x09, last != 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\u{3000}") }) else { return "" }
        let last = scalars.lastIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\u{3000}") })!
        return String(scalars[first...last])
    }
}

extension TextNormalizer {
    /// Folds full-width punctuation and letters to their half-width forms, drops spaces and the
    /// quotation marks and full stop around the whole text, so two quotations compare equal
    /// whatever punctuation width each was typed in, and whether or not it was copied with its
    /// marks (“……”。) as the standard prints it.
    public static func widthFolded(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            var v = u.value
            switch v {
            case 0xFF01...0xFF5E: v -= 0xFEE0
            // 、 (U+3001) is not folded: it has no half-width form, and 、 is not ， — a
            // different mark is a different text (CLAUSES.md, 5.1.1 quotation).
            case 0x3002: v = 0x2E  // 。 → .
            case 0x201C, 0x201D, 0x300C, 0x300D: v = 0x22
            case 0x2018, 0x2019: v = 0x27
            default: break
            }
            if v == 0x20 || v == 0x3000 || v == 0x09 { continue }
            out.append(Unicode.Scalar(v) ?? u)
        }
        let around: Set<UInt32> = [0x22, 0x27, 0x2E]  // " ' .
        var scalars = Array(out)
        while let last = scalars.last, around.contains(last.value) { scalars.removeLast() }
        while let first = scalars.first, around.contains(first.value) { scalars.removeFirst() }
        return String(String.UnicodeScalarView(scalars))
    }
}
