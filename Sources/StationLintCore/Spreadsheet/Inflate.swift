/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks. Written here
/// because Foundation on Linux offers no decompression, and stationlint takes no dependency.
/// It never writes past `limit` bytes of output: a stream that would is refused there, before
/// the memory is taken (a ZIP bomb stops at its declared size).
enum Inflate {
    /// Why a stream did not inflate.
    enum Failure: Error, Equatable {
        /// The stream is invalid: what is wrong, and the byte offset in the compressed data.
        case invalid(String, offset: Int)
        /// The output would pass the limit given.
        case tooLarge
    }

    /// The bytes `input` inflates to. `expected` sizes the first allocation (the size a ZIP
    /// directory declares); `limit` is the most output allowed.
    static func inflate(_ input: ArraySlice<UInt8>, expected: Int = 0, limit: Int) throws(Failure) -> [UInt8] {
        let result: Result<[UInt8], Failure> = input.withUnsafeBufferPointer { buffer in
            var state = Inflater(input: buffer, expected: expected, limit: limit)
            defer { state.release() }
            return Result { () throws(Failure) -> [UInt8] in try state.run() }
        }
        return try result.get()
    }
}

/// The decoder's state: the input and its bit buffer, the output growing up to the limit.
private struct Inflater {
    let input: UnsafeBufferPointer<UInt8>
    var pos = 0
    var bitbuf: UInt64 = 0
    var bitcnt = 0
    /// Zero bytes fed past the end of the input, so that a short stream is caught, not read past.
    var padded = 0
    var out: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int
    let limit: Int
    /// Length base, length extra bits, distance base, distance extra bits: 32 entries each,
    /// copied into raw memory once per stream for the hot loop.
    let tables: UnsafeMutablePointer<Int>

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order code-length code lengths come in (RFC 1951 §3.2.7).
    static let lengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    init(input: UnsafeBufferPointer<UInt8>, expected: Int, limit: Int) {
        self.input = input
        self.limit = max(0, limit)
        capacity = max(64, min(max(expected, input.count * 4), self.limit))
        out = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        tables = UnsafeMutablePointer<Int>.allocate(capacity: 128)
        tables.initialize(repeating: 0, count: 128)
        for (k, table) in [Inflater.lengthBase, Inflater.lengthExtra, Inflater.distanceBase, Inflater.distanceExtra].enumerated() {
            for (i, v) in table.enumerated() { tables[k * 32 + i] = v }
        }
    }

    func release() {
        out.deallocate()
        tables.deallocate()
    }

    func fail(_ what: String) -> Inflate.Failure { .invalid(what, offset: pos) }

    mutating func run() throws(Inflate.Failure) -> [UInt8] {
        var final = false
        while !final {
            final = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1:
                guard let lit = Huffman.fixedLiterals(), let dist = Huffman.fixedDistances() else { throw fail("no fixed code") }
                try codes(lit, dist)
            case 2:
                let (lit, dist) = try dynamicCodes()
                try codes(lit, dist)
            default: throw fail("block type 3 is reserved")
            }
        }
        return Array(UnsafeBufferPointer(start: out, count: count))
    }

    /// Fills the bit buffer to at least 57 bits, with zero bytes past the end of the input; more
    /// than 8 such bytes mean the stream ended before its last block.
    @inline(__always)
    mutating func refill() throws(Inflate.Failure) {
        while bitcnt <= 56 {
            if pos < input.count {
                bitbuf |= UInt64(input[pos]) << UInt64(bitcnt)
                pos += 1
            } else {
                padded += 1
                if padded > 8 { throw fail("the data ends before its last block") }
            }
            bitcnt += 8
        }
    }

    /// The next `n` bits (n ≤ 32), least significant first.
    @inline(__always)
    mutating func bits(_ n: Int) throws(Inflate.Failure) -> Int {
        if bitcnt < n { try refill() }
        let value = Int(bitbuf & ((1 << UInt64(n)) - 1))
        bitbuf >>= UInt64(n)
        bitcnt -= n
        if bitcnt < padded * 8 { throw fail("the data ends before its last block") }
        return value
    }

    /// The next symbol of `code`.
    @inline(__always)
    mutating func decode(_ code: Huffman) throws(Inflate.Failure) -> Int {
        if bitcnt < 15 { try refill() }
        let entry = Int(code.fast[Int(bitbuf & 0x3FF)])  // Huffman.fastBits
        let length: Int
        let symbol: Int
        if entry != 0 {
            length = entry & 15
            symbol = entry >> 4
        } else {
            // A code longer than the table: walk the canonical code a bit at a time (puff's way).
            var c = 0, first = 0, index = 0, len = 1
            var found: Int?
            while len <= 15 {
                c |= Int((bitbuf >> UInt64(len - 1)) & 1)
                let n = code.counts[len]
                if c - n < first {
                    found = code.symbols[index + (c - first)]
                    break
                }
                index += n
                first = (first + n) << 1
                c <<= 1
                len += 1
            }
            guard let s = found else { throw fail("an invalid Huffman code") }
            length = len
            symbol = s
        }
        bitbuf >>= UInt64(length)
        bitcnt -= length
        if bitcnt < padded * 8 { throw fail("the data ends before its last block") }
        return symbol
    }

    /// Makes room for `n` more output bytes, doubling up to the limit.
    @inline(__always)
    mutating func reserve(_ n: Int) throws(Inflate.Failure) {
        let needed = count + n
        guard needed > capacity else { return }
        guard needed <= limit else { throw .tooLarge }
        let grown = min(limit, max(needed, capacity * 2))
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: out, count: count)
        out.deallocate()
        out = bigger
        capacity = grown
    }

    /// A stored block: the bits left in the current byte are dropped, then LEN, NLEN, LEN bytes.
    mutating func stored() throws(Inflate.Failure) {
        bitbuf >>= UInt64(bitcnt & 7)
        bitcnt -= bitcnt & 7
        // Give back the whole bytes still buffered, so the block is copied from the input.
        let buffered = bitcnt / 8 - padded
        guard buffered >= 0 else { throw fail("the data ends before its last block") }
        pos -= buffered
        bitbuf = 0
        bitcnt = 0
        padded = 0
        guard pos + 4 <= input.count else { throw fail("a stored block is cut short") }
        let len = Int(input[pos]) | Int(input[pos + 1]) << 8
        let nlen = Int(input[pos + 2]) | Int(input[pos + 3]) << 8
        guard len == ~nlen & 0xFFFF else { throw fail("a stored block's length does not match its complement") }
        pos += 4
        guard pos + len <= input.count else { throw fail("a stored block is cut short") }
        try reserve(len)
        if len > 0, let base = input.baseAddress { (out + count).update(from: base + pos, count: len) }
        count += len
        pos += len
    }

    /// The literal/length and distance codes of a dynamic block (RFC 1951 §3.2.7).
    mutating func dynamicCodes() throws(Inflate.Failure) -> (Huffman, Huffman) {
        let nlen = try bits(5) + 257
        let ndist = try bits(5) + 1
        let ncode = try bits(4) + 4
        guard nlen <= 286, ndist <= 30 else { throw fail("too many literal/length or distance codes") }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<ncode { codeLengths[Inflater.lengthOrder[i]] = UInt8(try bits(3)) }
        guard let lengthCode = Huffman(lengths: codeLengths[...]) else { throw fail("an over-subscribed code-length code") }
        var lengths = [UInt8](repeating: 0, count: nlen + ndist)
        var i = 0
        while i < nlen + ndist {
            let symbol = try decode(lengthCode)
            if symbol < 16 {
                lengths[i] = UInt8(symbol)
                i += 1
                continue
            }
            var value: UInt8 = 0
            let repeats: Int
            switch symbol {
            case 16:
                guard i > 0 else { throw fail("a repeated code length with none before it") }
                value = lengths[i - 1]
                repeats = 3 + (try bits(2))
            case 17: repeats = 3 + (try bits(3))
            default: repeats = 11 + (try bits(7))
            }
            guard i + repeats <= nlen + ndist else { throw fail("code lengths run past their count") }
            for _ in 0..<repeats {
                lengths[i] = value
                i += 1
            }
        }
        guard lengths[256] != 0 else { throw fail("no end-of-block code") }
        guard let lit = Huffman(lengths: lengths[0..<nlen]) else { throw fail("an over-subscribed literal/length code") }
        guard let dist = Huffman(lengths: lengths[nlen...]) else { throw fail("an over-subscribed distance code") }
        return (lit, dist)
    }

    /// The symbols of a Huffman block up to its end-of-block code.
    mutating func codes(_ lit: Huffman, _ dist: Huffman) throws(Inflate.Failure) {
        while true {
            let symbol = try decode(lit)
            if symbol < 256 {
                if count == capacity { try reserve(1) }
                out[count] = UInt8(truncatingIfNeeded: symbol)
                count += 1
                continue
            }
            if symbol == 256 { return }
            let li = symbol - 257
            guard li < 29 else { throw fail("an invalid length code") }
            let length = tables[li] + (try bits(tables[32 + li]))
            let di = try decode(dist)
            guard di < 30 else { throw fail("an invalid distance code") }
            let distance = tables[64 + di] + (try bits(tables[96 + di]))
            guard distance <= count else { throw fail("a distance back past the start of the data") }
            try reserve(length)
            var from = count - distance
            for _ in 0..<length {
                out[count] = out[from]
                count += 1
                from += 1
            }
        }
    }
}
