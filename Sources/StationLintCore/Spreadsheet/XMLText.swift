/// The text of XML: character data and attribute values with the five predefined entities and
/// character references decoded, checked to be UTF-8 (a part that is not is refused at the
/// offset, never patched with U+FFFD).
extension XMLScanner {
    /// The text of `range` as UTF-8, entities and character references decoded. Decoding only
    /// shrinks the text, so it is done into a buffer on the stack the size of the range: the
    /// `String` made of it is the one allocation (none for a text of up to 15 bytes), which
    /// matters for writers that put every CJK character in a reference (openpyxl's inline
    /// strings: `&#36182;&#20029;`).
    func decode(_ range: Range<Int>, cdata: Bool) throws(WorkbookError) -> String {
        let slice = b[range]
        if cdata || !slice.contains(UInt8(ascii: "&")) {
            guard let s = String(validating: slice, as: UTF8.self) else { throw notUTF8(range) }
            return s
        }
        let decoded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { out -> Result<String, WorkbookError> in
            decode(range, into: out).flatMap { n in
                String(validating: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self).map { .success($0) } ?? .failure(notUTF8(range))
            }
        }
        return try decoded.get()
    }

    /// Appends the text of the current text event to `bytes`, entities decoded and checked to
    /// be UTF-8 as `text()` checks it, and returns where it lies there: a shared-string table or
    /// a row's cells keep their text in one array instead of a `String` each.
    @discardableResult
    func appendText(to bytes: inout [UInt8]) throws(WorkbookError) -> Range<Int> {
        let range = textRange
        let start = bytes.count
        if textIsCDATA || !b[range].contains(UInt8(ascii: "&")) {
            bytes.append(contentsOf: b[range])
        } else {
            bytes.append(contentsOf: repeatElement(0, count: range.count))
            let n = bytes.withUnsafeMutableBufferPointer { all in decode(range, into: UnsafeMutableBufferPointer(rebasing: all[start...])) }
            switch n {
            case .success(let n): bytes.removeLast(range.count - n)
            case .failure(let error):
                bytes.removeLast(range.count)
                throw error
            }
        }
        let wellFormed = bytes.withUnsafeBufferPointer { DecodedText.isWellFormedUTF8(UnsafeBufferPointer(rebasing: $0[start...])) }
        guard wellFormed else {
            bytes.removeLast(bytes.count - start)
            throw notUTF8(range)
        }
        return start..<bytes.count
    }

    private func notUTF8(_ range: Range<Int>) -> WorkbookError { malformed("text that is not UTF-8", at: range.lowerBound) }

    /// Decodes the entities and references of `range` into `out` (at least `range.count`
    /// bytes); how many bytes it wrote.
    private func decode(_ range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>) -> Result<Int, WorkbookError> {
        var n = 0
        var k = range.lowerBound
        while k < range.upperBound {
            guard b[k] == UInt8(ascii: "&") else {
                out[n] = b[k]
                n += 1
                k += 1
                continue
            }
            guard let semi = find(UInt8(ascii: ";"), from: k), semi < range.upperBound, semi - k <= 12 else { return .failure(malformed("'&' not starting an entity", at: k)) }
            let entity = b[(k + 1)..<semi]
            k = semi + 1
            if entity.first != UInt8(ascii: "#"), let predefined = Self.predefined(entity) {
                out[n] = predefined
                n += 1
                continue
            }
            guard entity.first == UInt8(ascii: "#"), let scalar = Self.characterReference(entity.dropFirst()) else {
                return .failure(malformed("an unknown entity &\(String(decoding: entity, as: UTF8.self));", at: k))
            }
            // At most 4 bytes, from a reference of at least 4 (`&#N;`).
            UTF8.encode(scalar) { byte in
                out[n] = byte
                n += 1
            }
        }
        return .success(n)
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
