import Foundation

/// The character encoding an input file was found to be in.
public enum TextEncoding: String, Sendable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 starting with the byte order mark EF BB BF (what Excel's "CSV UTF-8" writes).
    case utf8BOM
    /// GB18030, which includes GBK and GB2312 (what Excel and WPS write on Chinese Windows).
    case gb18030
}

/// A file's text as UTF-8 bytes, whatever encoding it came in: the encoding is detected, not asked.
///
/// A file starting with a UTF-8 BOM is UTF-8 (the BOM stays in `utf8`, so offsets are those of
/// the file; `UTF8Check` reports any bad byte after it). Otherwise well-formed UTF-8 is UTF-8,
/// and anything else is decoded as GB18030 and re-encoded: then `utf8` is the decoded text, and
/// byte offsets into it are not offsets into the file, while lines and columns (Unicode scalars)
/// are what the user sees in either encoding. Pass `utf8` to `Diagnostic.formatted(withSource:)`
/// to show a source line under a message.
public struct DecodedText: Sendable {
    public let utf8: [UInt8]
    public let encoding: TextEncoding

    /// Detects the encoding; throws `csvUndecodable` at 1:1 when the bytes are neither UTF-8 nor GB18030.
    public init(detecting bytes: [UInt8]) throws(ParseError) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            utf8 = bytes
            encoding = .utf8BOM
            return
        }
        if bytes.withUnsafeBufferPointer(Self.isWellFormedUTF8) {
            utf8 = bytes
            encoding = .utf8
            return
        }
        // CFStringEncoding GB_18030_2000 (0x0632) as an NSStringEncoding; Foundation returns nil
        // for byte sequences that are not GB18030 rather than substituting U+FFFD.
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        guard let text = String(data: Data(bytes), encoding: gb18030) else {
            throw ParseError(.csvUndecodable, at: .start)
        }
        utf8 = Array(text.utf8)
        encoding = .gb18030
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
