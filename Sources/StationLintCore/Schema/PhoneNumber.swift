/// The shapes of a Chinese phone number as people write them (SPEC §5), read from UTF-8 bytes.
///
/// Mobile: 11 digits `1[3-9]…`, whole or grouped 3-4-4 by spaces or dashes, with an optional
/// `+86`, `+86 `, `86-` or `86 ` before it. Landline: an area code (`010`, `02x`, or four digits
/// `03xx`–`09xx`) and a 7–8 digit number, written `0354-5612345`, with an en dash, em dash or
/// full-width hyphen (`0354—5612345`: what a Chinese input method gives for `-`), with a space,
/// with the area code in ASCII or full-width parentheses (`(0354)5612345`, `（0354）5612345`),
/// or unseparated (10–12 digits); an extension of up to 6 digits may follow after a dash or
/// space. A landline needs its area code: a prefix `+86` is for mobiles only.
enum PhoneNumber {
    /// Digit groups as written, at most four.
    struct Groups {
        var lengths: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var count = 0
        var digits = 0
        /// Where the first group starts.
        var firstStart = 0

        mutating func append(_ length: Int) -> Bool {
            switch count {
            case 0: lengths.0 = length
            case 1: lengths.1 = length
            case 2: lengths.2 = length
            case 3: lengths.3 = length
            default: return false
            }
            count &+= 1
            return true
        }
    }

    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0
        var e = b.count
        while s < e && b[s] == 0x20 { s &+= 1 }
        while e > s && b[e &- 1] == 0x20 { e &-= 1 }
        var p = s
        // +86, +86 , 86-, 86 : a country prefix, then a mobile number.
        var countryPrefix = false
        if p < e && b[p] == 0x2B {
            guard e &- p >= 3, b[p &+ 1] == 0x38, b[p &+ 2] == 0x36 else { return false }
            p &+= 3
            if p < e, let n = separatorLength(b, p, e) { p &+= n }
            countryPrefix = true
        } else if e &- p >= 3, b[p] == 0x38, b[p &+ 1] == 0x36, let n = separatorLength(b, p &+ 2, e) {
            p &+= 2 &+ n
            countryPrefix = true
        }
        // (0354) or （0354）: a parenthesised area code.
        var areaInParentheses = 0
        if let open = parenthesisLength(b, p, e, closing: false) {
            p &+= open
            let start = p
            while p < e && isDigit(b[p]) { p &+= 1 }
            areaInParentheses = p &- start
            guard areaInParentheses > 0, let close = parenthesisLength(b, p, e, closing: true) else { return false }
            guard isAreaCode(b, start, areaInParentheses) else { return false }
            p &+= close
            while p < e && b[p] == 0x20 { p &+= 1 }
        }
        var groups = Groups()
        while p < e {
            let start = p
            while p < e && isDigit(b[p]) { p &+= 1 }
            let length = p &- start
            guard length > 0, groups.append(length) else { return false }
            if groups.count == 1 { groups.firstStart = start }
            groups.digits &+= length
            if p == e { break }
            guard let n = separatorLength(b, p, e), p &+ n < e else { return false }
            p &+= n
        }
        guard groups.count > 0 else { return false }
        if areaInParentheses > 0 {
            if countryPrefix { return false }
            let number = groups.lengths.0
            guard number == 7 || number == 8 else { return false }
            return groups.count == 1 || (groups.count == 2 && groups.lengths.1 <= 6)
        }
        let first = groups.firstStart
        if b[first] == 0x31 {  // a mobile: [11] or [3, 4, 4], so the first group has a second digit
            guard groups.digits == 11, groups.count == 1 || (groups.count == 3 && groups.lengths == (3, 4, 4, 0)) else { return false }
            return b[first &+ 1] >= 0x33 && b[first &+ 1] <= 0x39
        }
        guard b[first] == 0x30, !countryPrefix else { return false }
        switch groups.count {
        case 1:
            let n = groups.digits
            return (n >= 10 && n <= 11 && isAreaCode(b, first, 3)) || (n >= 11 && n <= 12 && isAreaCode(b, first, 4))
        case 2, 3:
            let area = groups.lengths.0
            guard area == 3 || area == 4, groups.lengths.1 >= 7, groups.lengths.1 <= 8 else { return false }
            guard isAreaCode(b, first, area) else { return false }
            return groups.count == 2 || groups.lengths.2 <= 6
        default:
            return false
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// A space, a dash (ASCII, en dash, em dash, full-width hyphen), or a dash with spaces
    /// around it, at `p`: its length in bytes, or nil.
    static func separatorLength(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int) -> Int? {
        var q = p
        while q < e && b[q] == 0x20 { q &+= 1 }
        if let dash = dashLength(b, q, e) {
            q &+= dash
            while q < e && b[q] == 0x20 { q &+= 1 }
        }
        return q > p ? q &- p : nil
    }

    /// `-`, `–` (U+2013), `—` (U+2014) or `－` (U+FF0D) at `p`.
    static func dashLength(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int) -> Int? {
        guard p < e else { return nil }
        if b[p] == 0x2D { return 1 }
        guard e &- p >= 3 else { return nil }
        if b[p] == 0xE2 && b[p &+ 1] == 0x80 && (b[p &+ 2] == 0x93 || b[p &+ 2] == 0x94) { return 3 }
        if b[p] == 0xEF && b[p &+ 1] == 0xBC && b[p &+ 2] == 0x8D { return 3 }
        return nil
    }

    /// `(` / `（` (U+FF08), or `)` / `）` (U+FF09) when `closing`, at `p`.
    static func parenthesisLength(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ e: Int, closing: Bool) -> Int? {
        guard p < e else { return nil }
        if b[p] == (closing ? 0x29 : 0x28) { return 1 }
        if e &- p >= 3 && b[p] == 0xEF && b[p &+ 1] == 0xBC && b[p &+ 2] == (closing ? 0x89 : 0x88) { return 3 }
        return nil
    }

    /// Whether `length` digits at `start` are an area code: `010` or `02x`, or four digits
    /// starting `03`–`09`.
    static func isAreaCode(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Bool {
        guard length == 3 || length == 4, b[start] == 0x30 else { return false }
        let second = b[start &+ 1]
        switch length {
        case 3: return second == 0x31 || second == 0x32
        case 4: return second >= 0x33 && second <= 0x39
        default: return false
        }
    }
}
