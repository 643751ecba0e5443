/// A phone number written in plain ASCII (`13912345678`, `0354-5612345`, `+86 13912345678`,
/// `(0354)5612345`) in one integer, four bits a character, the first in the lowest: `0`–`9`
/// as 1–10, `-` 11, space 12, `+` 13, `(` 14, `)` 15, and 0 after the last. Sixteen characters
/// fit: a mobile or landline number as usually written. A longer one (a grouped mobile after
/// `+86 `, a landline with an extension) or one with other characters (full-width dashes and
/// parentheses) stays text.
enum PackedPhone {
    /// The packed text, or nil when it has more than 16 characters or others than those above.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 16 else { return nil }
        var word: UInt64 = 0
        for (i, c) in bytes.enumerated() {
            let code: UInt64
            switch c {
            case 0x30...0x39: code = UInt64(c - 0x30) + 1
            case 0x2D: code = 11
            case 0x20: code = 12
            case 0x2B: code = 13
            case 0x28: code = 14
            case 0x29: code = 15
            default: return nil
            }
            word |= code << UInt64(4 * i)
        }
        return word
    }

    /// The text a packed word holds, exactly as written.
    static func text(_ word: UInt64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        var w = word
        while w != 0 {
            let code = UInt8(w & 0xF)
            switch code {
            case 1...10: bytes.append(0x30 + code - 1)
            case 11: bytes.append(0x2D)
            case 12: bytes.append(0x20)
            case 13: bytes.append(0x2B)
            case 14: bytes.append(0x28)
            default: bytes.append(0x29)
            }
            w >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
