/// The text of XML: character data and attribute values with the five predefined entities and
/// character references decoded, checked to be UTF-8 (a part that is not is refused at the
/// offset, never patched with U+FFFD).
extension XMLScanner {
    /// The text of `range` as UTF-8, entities and character references decoded.
    func decode(_ range: Range<Int>, cdata: Bool) throws(WorkbookError) -> String {
        let slice = b[range]
        if cdata || !slice.contains(UInt8(ascii: "&")) {
            guard let s = String(validating: slice, as: UTF8.self) else { throw malformed("text that is not UTF-8", at: range.lowerBound) }
            return s
        }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var k = range.lowerBound
        while k < range.upperBound {
            guard b[k] == UInt8(ascii: "&") else {
                out.append(b[k])
                k += 1
                continue
            }
            guard let semi = find(UInt8(ascii: ";"), from: k), semi < range.upperBound, semi - k <= 12 else { throw malformed("'&' not starting an entity", at: k) }
            let entity = b[(k + 1)..<semi]
            k = semi + 1
            if let predefined = Self.predefined(entity) {
                out.append(predefined)
                continue
            }
            guard entity.first == UInt8(ascii: "#"), let scalar = Self.characterReference(entity.dropFirst()) else {
                throw malformed("an unknown entity &\(String(decoding: entity, as: UTF8.self));", at: k)
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw malformed("text that is not UTF-8", at: range.lowerBound) }
        return s
    }

    private static func predefined(_ e: ArraySlice<UInt8>) -> UInt8? {
        switch String(decoding: e, as: UTF8.self) {
        case "lt": return UInt8(ascii: "<")
        case "gt": return UInt8(ascii: ">")
        case "amp": return UInt8(ascii: "&")
        case "apos": return UInt8(ascii: "'")
        case "quot": return UInt8(ascii: "\"")
        default: return nil
        }
    }

    /// `NNN` or `xHH`: a character XML allows (not NUL, not a surrogate).
    private static func characterReference(_ e: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var digits = e
        var radix: UInt32 = 10
        if digits.first == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for c in digits {
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: d = UInt32(c - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: d = UInt32(c - UInt8(ascii: "A")) + 10
            default: return nil
            }
            value = value * radix + d
        }
        guard value != 0 else { return nil }
        return Unicode.Scalar(value)
    }
}
