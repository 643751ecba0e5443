/// A parsed YAML file: its bytes and the root node. Scalars are read through it.
public struct YAMLDocument: Sendable {
    /// Limits that keep a hostile or mistaken file from exhausting the machine.
    public struct Limits: Sendable {
        /// The largest file accepted, in bytes (`too-large` beyond it).
        public var maxBytes: Int
        /// How many collections may nest, block or flow alike: a root mapping is 1, a list in
        /// it 2, and so on; scalars do not count (`too-deep` beyond it).
        public var maxDepth: Int
        /// The longest line, in bytes, line break not counted (`line-too-long` beyond it).
        public var maxLineBytes: Int

        public init(maxBytes: Int = InputLimits.maxFileBytes, maxDepth: Int = InputLimits.maxDepth,
                    maxLineBytes: Int = InputLimits.maxLineBytes) {
            // Marks hold byte offsets as Int32: no limit may let a file outgrow them.
            self.maxBytes = min(maxBytes, Int(Int32.max))
            self.maxDepth = maxDepth
            self.maxLineBytes = maxLineBytes
        }

        public static let standard = Limits()
    }

    public let bytes: [UInt8]
    public let root: Node

    /// Parses a whole file. Throws the first problem found, at its position.
    public init(bytes: [UInt8], limits: Limits = .standard) throws(ParseError) {
        try self.init(bytes: bytes, limits: limits, entries: nil)
    }

    /// Parses a whole file, handing the entries of one root key's sequence to `entries` as
    /// they are parsed (see `YAMLEntrySink`).
    init(bytes: [UInt8], limits: Limits = .standard, entries: (any YAMLEntrySink)?) throws(ParseError) {
        if bytes.count > limits.maxBytes {
            throw ParseError(.tooLarge(limit: limits.maxBytes), at: .start)
        }
        self.bytes = bytes
        try Self.refuseOtherEncodings(bytes)
        let result: Result<Node, ParseError> = bytes.withUnsafeBufferPointer { buffer in
            if let problem = UTF8Check.firstProblem(in: buffer) {
                if case .invalidUTF8 = problem.kind, EncodingHints.looksLikeGB18030(bytes) {
                    return .failure(ParseError(.yamlGB18030, at: EncodingHints.gb18030Mark(of: problem.offset, in: bytes)))
                }
                return .failure(ParseError(problem.kind, at: UTF8Check.mark(of: problem.offset, in: buffer)))
            }
            if let offset = LineLength.firstOverflow(in: buffer, limit: limits.maxLineBytes) {
                return .failure(ParseError(.lineTooLong(limit: limits.maxLineBytes), at: UTF8Check.mark(of: offset, in: buffer)))
            }
            var parser = YAMLParser(buffer, maxDepth: limits.maxDepth)
            parser.sink = entries
            do throws(ParseError) { return .success(try parser.parseDocument()) } catch {
                // An error inside records handed to the sink is at a mark whose column is still to count.
                return .failure(error.mark.isUnresolved ? ParseError(error.kind, at: error.mark.resolved(in: buffer)) : error)
            }
        }
        self.root = try result.get()
    }

    /// YAML must be UTF-8 (SPEC §3). A file Notepad saved as "Unicode" (UTF-16 with a BOM) is
    /// named with the steps to save it as UTF-8, at 1:1; so is UTF-16 without a BOM. A GBK file
    /// (Notepad's "ANSI") is named where its first non-UTF-8 byte is, once the bytes are checked.
    static func refuseOtherEncodings(_ bytes: [UInt8]) throws(ParseError) {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw ParseError(.yamlUTF16(bigEndian: bytes[0] == 0xFE), at: .start)
        }
        if EncodingHints.looksLikeUTF16WithoutBOM(bytes) { throw ParseError(.utf16WithoutBOM, at: .start) }
    }

    /// Parses UTF-8 text (for tests and examples).
    public init(text: String, limits: Limits = .standard) throws(ParseError) {
        try self.init(bytes: Array(text.utf8), limits: limits)
    }

    /// The text of a scalar.
    public func string(_ scalar: Scalar) -> String {
        switch scalar {
        case .text(let s): return s
        case .span(let start, let end):
            return bytes.withUnsafeBufferPointer { b in
                String(decoding: UnsafeBufferPointer(rebasing: b[Int(start)..<Int(end)]), as: UTF8.self)
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of a scalar, without making a `String`.
    public func withBytes<R>(_ scalar: Scalar, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch scalar {
        case .text(var s):
            return try s.withUTF8 { try body($0) }
        case .span(let start, let end):
            return try bytes.withUnsafeBufferPointer { b in
                try body(UnsafeBufferPointer(rebasing: b[Int(start)..<Int(end)]))
            }
        }
    }

    /// Whether a scalar's text equals `text`, compared byte by byte.
    public func scalar(_ scalar: Scalar, equals text: StaticString) -> Bool {
        withBytes(scalar) { b in
            b.count == text.utf8CodeUnitCount && (b.isEmpty || memcmpEqual(b.baseAddress!, text.utf8Start, b.count))
        }
    }
}

@inline(__always)
func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
