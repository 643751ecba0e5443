/// A JSON value built in order, written deterministically.
///
/// The writer's pretty form matches Python's `json.dumps(v, ensure_ascii=False, indent=2)`
/// byte for byte, so trees can be compared with a reference parser's output as text.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, already formatted.
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public static func int(_ v: Int) -> JSON { .number(String(v)) }

    /// A number with one decimal, as scores are given (87.5, 100.0); null for NaN or infinity,
    /// which JSON cannot write.
    public static func oneDecimal(_ v: Double) -> JSON { v.isFinite ? .number(formatOneDecimal(v)) : .null }

    /// Pretty (indent 2) or compact text, without a final newline.
    public func serialized(pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, pretty: pretty, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    func write(into out: inout [UInt8], pretty: Bool, level: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let v): out.append(contentsOf: (v ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSON.writeString(s, into: &out)
        case .array(let items):
            JSON.writeArray(count: items.count, into: &out, pretty: pretty, level: level) { i, out in
                items[i].write(into: &out, pretty: pretty, level: level + 1)
            }
        case .object(let pairs):
            JSON.writeObject(count: pairs.count, key: { pairs[$0].0 }, into: &out, pretty: pretty, level: level) { i, out in
                pairs[i].1.write(into: &out, pretty: pretty, level: level + 1)
            }
        }
    }

    /// An array laid out as `.array` writes it at `level`, item `i` written by `item` (at
    /// `level + 1`) when its turn comes: a long array can be written without its tree.
    static func writeArray(count: Int, into out: inout [UInt8], pretty: Bool, level: Int,
                           item: (Int, inout [UInt8]) throws -> Void) rethrows {
        try writeMembers(count: count, open: 0x5B, close: 0x5D, into: &out, pretty: pretty, level: level, member: item)
    }

    /// An object laid out as `.object` writes it at `level`, the value of key `i` written by
    /// `value` (at `level + 1`) when its turn comes.
    static func writeObject(count: Int, key: (Int) -> String, into out: inout [UInt8], pretty: Bool, level: Int,
                            value: (Int, inout [UInt8]) throws -> Void) rethrows {
        try writeMembers(count: count, open: 0x7B, close: 0x7D, into: &out, pretty: pretty, level: level) { i, out in
            JSON.writeString(key(i), into: &out)
            out.append(0x3A)
            if pretty { out.append(0x20) }
            try value(i, &out)
        }
    }

    /// `open`, the members one to a line at `level + 1` separated by commas, `close` on a line
    /// of its own at `level`; `open` and `close` together when there are none.
    private static func writeMembers(count: Int, open: UInt8, close: UInt8, into out: inout [UInt8], pretty: Bool, level: Int,
                                     member: (Int, inout [UInt8]) throws -> Void) rethrows {
        out.append(open)
        if count == 0 { out.append(close); return }
        for i in 0..<count {
            if i > 0 { out.append(0x2C) }
            JSON.newline(&out, pretty, level + 1)
            try member(i, &out)
        }
        JSON.newline(&out, pretty, level)
        out.append(close)
    }

    static func newline(_ out: inout [UInt8], _ pretty: Bool, _ level: Int) {
        guard pretty else { return }
        out.append(0x0A)
        // Copied from a line of spaces made once (a report's many lines are indented alike).
        var left = level * 2
        while left > 0 {
            let n = min(left, spaces.count)
            out.append(contentsOf: spaces[0..<n])
            left -= n
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Escapes as Python's json module does with `ensure_ascii=False`. The runs between bytes
    /// to escape are copied whole (most strings have none): a report is mostly strings.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, c) in bytes.enumerated() where c == 0x22 || c == 0x5C || c < 0x20 {
                out.append(contentsOf: bytes[start..<i])
                start = i + 1
                switch c {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x08: out.append(0x5C); out.append(0x62)
                case 0x0C: out.append(0x5C); out.append(0x66)
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(c >> 4)])
                    out.append(hexDigits[Int(c & 0xF)])
                }
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

/// `87.5`, `100.0`, `0.0`: one decimal, rounded half away from zero, never `-0.0`. A value too
/// large for that (beyond 10^15, as a merged report may claim) is written as Swift writes a
/// Double (`1e+300`, `inf`, `nan`), never converted to an integer it does not fit.
public func formatOneDecimal(_ v: Double) -> String {
    let tenths = (v * 10).rounded(.toNearestOrAwayFromZero)
    guard abs(tenths) < 1e16 else { return v.description }  // also false for NaN
    let t = Int(tenths)
    let sign = t < 0 ? "-" : ""
    let a = abs(t)
    return "\(sign)\(a / 10).\(a % 10)"
}

extension YAMLDocument {
    /// The tree as JSON: scalars as strings, null as null, keys in document order.
    public func json() -> JSON { json(root) }

    public func json(_ node: Node) -> JSON {
        switch node.content {
        case .null: return .null
        case .scalar(let s): return .string(string(s))
        case .sequence(let items): return .array(items.map { json($0) })
        case .mapping(let pairs): return .object(pairs.map { (string($0.key), json($0.value)) })
        }
    }
}
