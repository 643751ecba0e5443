/// `--shard K/N`: splits a run's stations across N CI jobs, deterministically, keeping each
/// county's stations together (a county centre is judged over its townships, 5.4.1.3–5.4.1.6),
/// and balancing the number of stations per shard. Every job discovers the same stations and
/// so computes the same split.
public struct Shard: Sendable, Equatable {
    public let index: Int  // 1-based
    public let count: Int

    /// The most shards a run may be split into (China has about 600,000 stations in some
    /// 3,000 counties; a shard holds whole counties).
    public static let maxCount = 10_000

    /// `K/N` with 1 ≤ K ≤ N ≤ `maxCount`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= Self.maxCount, k >= 1, k <= n else { return nil }
        index = k
        count = n
    }

    /// The stations of this shard. `group` gives each station's group (its county code).
    public func select(_ stations: [Discovery.Found], group: (Discovery.Found) -> String) -> [Discovery.Found] {
        var groups: [String: [Int]] = [:]
        for (i, s) in stations.enumerated() { groups[group(s), default: []].append(i) }
        // Largest groups first, each to the least-loaded shard (ties: the lowest shard).
        let ordered = groups.sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key }
        var load = [Int](repeating: 0, count: count)
        var mine: [Int] = []
        for (_, members) in ordered {
            let target = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
            load[target] += members.count
            if target == index - 1 { mine += members }
        }
        return mine.sorted().map { stations[$0] }
    }
}
