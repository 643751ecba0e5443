/// Escaping for every report format, in one place: whatever a station folder says (names,
/// attestations, waiver reasons, file names) reaches a report as text, never as markup, XML,
/// a formula or a broken URI.
public enum Escape {
    /// HTML text and attribute values: `& < > " '` become entities; characters HTML forbids
    /// (controls other than tab and line ends) are dropped.
    public static func html(_ s: String) -> String { markup(s, apostrophe: "&#39;", attribute: false) }

    /// XML 1.0 attribute value (or text): `& < > " '` as entities, line ends and tabs as character
    /// references (so attribute values keep them), and characters XML 1.0 forbids dropped.
    public static func xml(_ s: String) -> String { markup(s, apostrophe: "&apos;", attribute: true) }

    /// XML 1.0 element text: as `xml(_:)`, but line feeds and tabs stay as they are.
    public static func xmlText(_ s: String) -> String { markup(s, apostrophe: "&apos;", attribute: false) }

    /// The one markup escaper behind `html`, `xml` and `xmlText`.
    static func markup(_ s: String, apostrophe: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            case "\t": out += attribute ? "&#9;" : "\t"
            default: if xmlAllowed(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    public static func xmlAllowed(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
    }

    /// Text inside a Markdown paragraph or table cell: Markdown punctuation backslash-escaped,
    /// `& < >` as entities (renderers pass raw HTML through), `|` escaped, line ends as `<br>`.
    public static func markdown(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastWasCR = false
        for u in s.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "{", "}": out += "\\" + String(u)
            case "\r": out += "<br>"
            case "\n": if !lastWasCR { out += "<br>" }
            default:
                if u.value >= 0x20 && u.value != 0x7F { out.unicodeScalars.append(u) } else if u == "\t" { out += " " }
            }
        }
        return out
    }

    /// Text for a terminal: control characters (C0 but line feed, DEL, C1) and bidirectional
    /// overrides become U+FFFD, so input can neither send escape sequences nor reorder a line;
    /// tabs become spaces so columns stay aligned.
    public static func terminal(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsTerminalEscape) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if u == "\t" { out += " " } else if needsTerminalEscape(u) { out += "\u{FFFD}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    static func needsTerminalEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line end; a cell that a
    /// spreadsheet would run as a formula (`= + - @`, tab, CR first) gets a leading `'`.
    public static func csv(_ s: String) -> String {
        var cell = s
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
        }
        return cell
    }

    /// A CSV cell that holds text (a path, a name, a division code): as `csv(_:)`, and a cell a
    /// spreadsheet would read as a number or date (`140105000000` shown as `1.40105E+11`,
    /// `0101` as `101`, more than 15 digits rounded) also gets the leading `'`. Not `="…"`, which
    /// is itself a formula; not a leading tab, which OWASP counts among the formula triggers and
    /// which nobody sees. The `'` is the one marker every cell that is not plain text gets.
    public static func csvText(_ s: String) -> String {
        looksNumeric(s) ? csv("'" + s) : csv(s)
    }

    /// Starts with a digit (or `.` and a digit) and holds nothing but digits and the characters
    /// of numbers, dates and times (`. , : / - % e E` and spaces): what Excel and WPS convert.
    static func looksNumeric(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        guard let first = u.first else { return false }
        let digit: (Unicode.Scalar) -> Bool = { $0.value >= 0x30 && $0.value <= 0x39 }
        guard digit(first) || (first == "." && u.count > 1 && digit(u[1])) else { return false }
        return u.allSatisfy { digit($0) || ".,:/-%eE ".unicodeScalars.contains($0) }
    }

    /// A relative file path as a URI reference (RFC 3986): `/` kept as the separator, every byte
    /// outside the unreserved set percent-encoded in UTF-8, so Chinese names and spaces are valid.
    public static func uriPath(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + String(hexDigits[Int(b >> 4)]) + String(hexDigits[Int(b & 0xF)])
            }
        }
        return out
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")
}

extension String {
    /// Every occurrence of `target` replaced (by Unicode scalars, so `"` inside `"\r\n"` is found).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self).unicodeScalars[...]
        let t = Array(target.unicodeScalars)
        while let first = rest.first {
            if rest.starts(with: t) {
                out += replacement
                rest = rest.dropFirst(t.count)
            } else {
                out.unicodeScalars.append(first)
                rest = rest.dropFirst()
            }
        }
        return out
    }
}
