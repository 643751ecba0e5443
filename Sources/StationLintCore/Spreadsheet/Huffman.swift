/// A canonical Huffman code of DEFLATE (RFC 1951 §3.2.2), decoded through a 10-bit table for
/// the short codes that make up nearly all of a stream and a canonical walk for the rest.
final class Huffman {
    /// Bits the fast table indexes: codes this short decode in one look-up.
    static let fastBits = 10
    /// For every 10-bit window of the stream (least significant bit first), the symbol and code
    /// length as `symbol << 4 | length`; 0 when the code is longer than 10 bits or unused.
    /// (Raw memory, owned by this object: the hot loop reads it with no bounds check or
    /// reference counting.)
    let fast: UnsafeMutablePointer<UInt16>
    /// How many codes have each length 0…15.
    let counts: [Int]
    /// The symbols in canonical order (by code length, then by symbol).
    let symbols: [Int]

    /// Builds the code from each symbol's code length; nil when the lengths over-subscribe the
    /// code space (an incomplete code is allowed: an unused code then fails when it is read).
    init?(lengths: ArraySlice<UInt8>) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            if left < 0 { return nil }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        let size = 1 << Huffman.fastBits
        let fast = UnsafeMutablePointer<UInt16>.allocate(capacity: size)
        fast.initialize(repeating: 0, count: size)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            nextCode[length] = code
            code = (code + counts[length]) << 1
        }
        for (i, length) in lengths.enumerated() where length != 0 {
            let len = Int(length)
            symbols[offsets[len]] = i
            offsets[len] += 1
            let c = nextCode[len]
            nextCode[len] += 1
            guard len <= Huffman.fastBits else { continue }
            // The stream sends codes most significant bit first: index by the reversed code.
            var reversed = 0
            for b in 0..<len where c & (1 << b) != 0 { reversed |= 1 << (len - 1 - b) }
            let entry = UInt16(i << 4 | len)
            var slot = reversed
            while slot < size {
                fast[slot] = entry
                slot += 1 << len
            }
        }
        self.fast = fast
        self.counts = counts
        self.symbols = symbols
    }

    deinit { fast.deallocate() }

    /// The fixed literal/length code of block type 1 (made per block: 1 K entries, and a static
    /// would be shared state).
    static func fixedLiterals() -> Huffman? {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return Huffman(lengths: lengths[...])
    }

    /// The fixed distance code of block type 1 (codes 30 and 31 exist but are invalid).
    static func fixedDistances() -> Huffman? { Huffman(lengths: [UInt8](repeating: 5, count: 32)[...]) }
}
