/// Writes values in the project's YAML subset (SPEC §3): plain when that reads back as the same
/// string in any YAML 1.2 parser, double-quoted otherwise; lists as one-line flow sequences.
enum YAMLText {
    /// A value as it would follow `key: `; nil for null or a mapping.
    static func value(_ json: JSON) -> String? {
        switch json {
        case .string(let s): return scalar(s)
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .array(let items): return "[" + items.compactMap { item -> String? in
                if case .string(let s) = item { return scalar(s, inFlow: true) }
                return value(item)
            }.joined(separator: ", ") + "]"
        case .null, .object: return nil
        }
    }

    /// One string scalar, quoted only when it must be (or when asked).
    static func scalar(_ s: String, inFlow: Bool = false, forceQuotes: Bool = false) -> String {
        if forceQuotes || needsQuotes(s, inFlow: inFlow) { return quoted(s) }
        return s
    }

    static func needsQuotes(_ s: String, inFlow: Bool) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if s.contains(": ") || s.contains(" #") { return true }
        if inFlow && s.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return true }
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return true }
        if ["null", "Null", "NULL", "~"].contains(s) { return true }
        // Long digit strings (ID numbers, division codes) and leading zeros stay visibly text.
        return s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } && (first == "0" || s.unicodeScalars.count >= 10)
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
