/// SplitMix64: a small, fast, seedable generator; the same seed gives the same sequence on
/// every platform (unlike the system generator).
struct SynthRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one station: the run's seed mixed with the station's division code, so
    /// stations do not depend on each other or on the order they are written in.
    init(seed: UInt64, code: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in code.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        state = seed ^ h
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A whole number in the closed range.
    mutating func between(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

    /// True with probability p.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
