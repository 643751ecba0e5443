import Foundation

/// The character encoding an input file was found to be in.
public enum TextEncoding: String, Sendable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 starting with the byte order mark EF BB BF (what Excel's "CSV UTF-8" writes).
    case utf8BOM
    /// GB18030, which includes GBK and GB2312 (what Excel and WPS write on Chinese Windows).
    case gb18030
    /// UTF-16 little-endian with its byte order mark FF FE (Excel's "Unicode 文本" .txt,
    /// tab-separated; Notepad's "Unicode").
    case utf16LE
    /// UTF-16 big-endian with its byte order mark FE FF (Notepad's "Unicode big endian").
    case utf16BE

    /// Whether the file was UTF-16, which Excel writes tab-separated.
    public var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
}

/// A file's text as UTF-8 bytes, whatever encoding it came in: the encoding is detected, not asked.
///
/// A file starting with a UTF-8 BOM is UTF-8 (the BOM stays in `utf8`, so offsets are those of
/// the file; `UTF8Check` reports any bad byte after it). A file starting with a UTF-16 BOM is
/// UTF-16 of that byte order, decoded (without its BOM). UTF-16 without a BOM is refused
/// (`utf16-without-bom`): its byte order would be a guess. Otherwise well-formed UTF-8 is UTF-8,
/// and anything else is decoded as GB18030 and re-encoded. For GB18030 and UTF-16, `utf8` is the
/// decoded text, and byte offsets into it are not offsets into the file, while lines and
/// columns (Unicode scalars) are what the user sees in either encoding. Pass `utf8` to
/// `Diagnostic.formatted(withSource:)` to show a source line under a message.
public struct DecodedText: Sendable {
    public let utf8: [UInt8]
    public let encoding: TextEncoding

    /// Detects the encoding; throws `csvUndecodable` at 1:1 when the bytes are neither UTF-8,
    /// GB18030 nor UTF-16 with a BOM, `utf16-without-bom` at 1:1, and `invalid-utf16` at the
    /// position of a lone surrogate.
    public init(detecting bytes: [UInt8]) throws(ParseError) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            utf8 = bytes
            encoding = .utf8BOM
            return
        }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            let bigEndian = bytes[0] == 0xFE
            utf8 = try Self.decodeUTF16(bytes, bigEndian: bigEndian)
            encoding = bigEndian ? .utf16BE : .utf16LE
            return
        }
        if EncodingHints.looksLikeUTF16WithoutBOM(bytes) {
            throw ParseError(.utf16WithoutBOM, at: .start)
        }
        if bytes.withUnsafeBufferPointer(Self.isWellFormedUTF8) {
            utf8 = bytes
            encoding = .utf8
            return
        }
        guard let text = String(data: Data(bytes), encoding: EncodingHints.gb18030) else {
            throw ParseError(.csvUndecodable, at: .start)
        }
        utf8 = Array(text.utf8)
        encoding = .gb18030
    }

    /// UTF-16 after its two-byte BOM, as UTF-8. A lone surrogate or a last odd byte is
    /// `invalid-utf16` at its line and column in the text decoded so far.
    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(ParseError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var i = 2
        let n = bytes.count
        func unit(_ k: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
        }
        while i < n {
            guard i + 1 < n else { throw Self.utf16Error(at: out) }
            let u = unit(i)
            i += 2
            var scalar = u
            if u >= 0xD800 && u <= 0xDBFF {
                guard i + 1 < n else { throw Self.utf16Error(at: out) }
                let low = unit(i)
                guard low >= 0xDC00 && low <= 0xDFFF else { throw Self.utf16Error(at: out) }
                i += 2
                scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            } else if u >= 0xDC00 && u <= 0xDFFF {
                throw Self.utf16Error(at: out)
            }
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    /// `invalid-utf16` just after the text decoded so far.
    static func utf16Error(at decoded: [UInt8]) -> ParseError {
        let mark = decoded.withUnsafeBufferPointer { UTF8Check.mark(of: $0.count, in: $0) }
        return ParseError(.invalidUTF16, at: mark)
    }

    /// Whether the bytes are well-formed UTF-8, allowing characters `UTF8Check` refuses for
    /// other reasons (those are reported later, at their position, in the detected encoding).
    static func isWellFormedUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let problem = UTF8Check.firstProblem(in: b, from: from) {
            if case .invalidUTF8 = problem.kind { return false }
            // The scalar at `offset` is well-formed; skip it by the length its lead byte gives.
            let lead = b[problem.offset]
            from = problem.offset + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
        }
        return true
    }
}
