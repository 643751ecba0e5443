/// Shows the characters a reader cannot see — a byte-order mark or a zero-width space inside a
/// key, a tab, a control character — as `<U+FEFF>`, so that a message about a name that did not
/// match says why: `未知的键“<U+FEFF>station”` rather than `未知的键“station”`.
public enum VisibleText {
    /// The text with every invisible scalar written as `<U+XXXX>`; an ordinary space and the
    /// ideographic space U+3000 stay as they are.
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            if isInvisible(u) {
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        case .spaceSeparator: return u.value != 0x20 && u.value != 0x3000
        default: return false
        }
    }
}
