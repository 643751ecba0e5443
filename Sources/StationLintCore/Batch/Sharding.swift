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

/// What `merge` checks of the reports it is given before joining them: one set of shards, whole,
/// each once, all of the same pack and pack version (`ReportPacks.mix`), as-of date and language. Reports that are not shards (no
/// `shard` field) merge as before, but never mixed with shards.
public enum ShardSet {
    /// Why the reports (with the files they came from) do not form one set; nil when they do.
    public static func problem(_ reports: [(file: String, report: RunReport)]) -> Localized? {
        guard let first = reports.first else { return nil }
        if let mixed = ReportPacks.mix(reports) { return mixed }
        for (file, r) in reports.dropFirst() {
            if r.asOf != first.report.asOf {
                return Localized(zh: "\(file) 的检查基准日为 \(r.asOf)，\(first.file) 的为 \(first.report.asOf)：不是同一次检查的分片，不能合并",
                                 en: "\(file) is as of \(r.asOf), \(first.file) as of \(first.report.asOf): not shards of one check; cannot merge")
            }
            if r.lang != first.report.lang {
                return Localized(zh: "\(file) 的语言为 \(r.lang.rawValue)，\(first.file) 的为 \(first.report.lang.rawValue)，不能合并",
                                 en: "\(file) is in \(r.lang.rawValue), \(first.file) in \(first.report.lang.rawValue); cannot merge")
            }
        }
        let sharded = reports.filter { $0.report.shard != nil }
        if sharded.isEmpty { return nil }
        if let whole = reports.first(where: { $0.report.shard == nil }), let part = sharded.first, let s = part.report.shard {
            return Localized(zh: "\(part.file) 是分片 \(s.index)/\(s.count) 的报告，\(whole.file) 不是分片报告：不能混合合并",
                             en: "\(part.file) is the report of shard \(s.index)/\(s.count), \(whole.file) is not a shard's: cannot merge them together")
        }
        let total = sharded[0].report.shard!.count
        if let other = sharded.first(where: { $0.report.shard!.count != total }) {
            return Localized(zh: "\(sharded[0].file) 共 \(total) 个分片，\(other.file) 共 \(other.report.shard!.count) 个：不是同一组分片，不能合并",
                             en: "\(sharded[0].file) is one of \(total) shards, \(other.file) one of \(other.report.shard!.count): not one set of shards; cannot merge")
        }
        var seen: [Int: String] = [:]
        for (file, r) in sharded {
            let k = r.shard!.index
            if let earlier = seen[k] {
                return Localized(zh: "分片 \(k)/\(total) 给了两次（\(earlier) 和 \(file)），不能合并",
                                 en: "shard \(k)/\(total) is given twice (\(earlier) and \(file)); cannot merge")
            }
            seen[k] = file
        }
        let missing = (1...total).filter { seen[$0] == nil }
        if !missing.isEmpty {
            let list = missing.prefix(20).map(String.init).joined(separator: ", ") + (missing.count > 20 ? "…" : "")
            return Localized(zh: "缺少 \(total) 个分片中的 \(missing.count) 个：第 \(list) 个；合并不完整的一组会漏掉站点，不能合并",
                             en: "\(missing.count) of \(total) shards missing: \(list); merging an incomplete set would leave stations out; cannot merge")
        }
        return nil
    }
}
