/// A reproducible random sample of stations for inspection (5.8.1 随机选取，明查暗访): the same
/// stations, seed and count always give the same sample; `by` stratifies by level, city or
/// county: proportionally (largest remainders), and one station from every stratum that has
/// any, so a sample never leaves a county out.
public enum Sampling {
    /// What a sample is stratified by: the station's level, or the unit of a division-code
    /// tier it lies in (its first `digits` digits: a city, a county).
    public enum Stratum: Sendable, Equatable {
        case level
        case division(digits: Int)
    }

    /// One station to sample from: its path and what strata read.
    public struct Candidate: Sendable, Equatable {
        public let path: String
        public let name: String?
        public let level: String?
        public let divisionCode: String?

        public init(path: String, name: String?, level: String?, divisionCode: String?) {
            self.path = path
            self.name = name
            self.level = level
            self.divisionCode = divisionCode
        }

        func key(_ by: Stratum?) -> String {
            let code = divisionCode.flatMap(DivisionCode.init)
            switch by {
            case nil: return ""
            case .level?: return level ?? "?"
            case .division(let digits)?: return code?.truncated(to: digits) ?? "?"
            }
        }
    }

    /// Picks `count` candidates (all of them if fewer; with `by`, at least one per stratum, so
    /// more than `count` when there are more strata), in stratum then path order.
    public static func sample(_ candidates: [Candidate], count: Int, seed: String, by: Stratum?) -> [(stratum: String, candidate: Candidate)] {
        let sorted = candidates.sorted { $0.path < $1.path }
        var strata: [String: [Candidate]] = [:]
        for c in sorted { strata[c.key(by), default: []].append(c) }
        let keys = strata.keys.sorted()
        let total = sorted.count
        // Every stratum that has stations gives at least one: the sample grows to the number of
        // strata when `count` is smaller.
        let n = min(max(max(0, count), by == nil || count <= 0 ? 0 : keys.count), total)
        // Proportional allocation with largest remainders (ties: stratum order).
        var quotas = keys.map { strata[$0]!.count * n / max(1, total) }
        let remainders = keys.enumerated().map { (i, k) in (i, strata[k]!.count * n % max(1, total)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var left = n - quotas.reduce(0, +)
        for (i, _) in remainders where left > 0 && quotas[i] < strata[keys[i]]!.count {
            quotas[i] += 1
            left -= 1
        }
        // A share that rounded to 0 (a county of 1 among 100 stations at a sample of 2) takes one
        // from the largest quota (ties: stratum order); n ≥ the number of strata, so one is there.
        if by != nil {
            for i in keys.indices where quotas[i] == 0 && n > 0 {
                guard let donor = keys.indices.filter({ quotas[$0] > 1 }).max(by: { quotas[$0] != quotas[$1] ? quotas[$0] < quotas[$1] : $0 > $1 }) else { break }
                quotas[donor] -= 1
                quotas[i] = 1
            }
        }
        var rng = SplitMix64(seed: seed)
        var out: [(String, Candidate)] = []
        for (i, k) in keys.enumerated() {
            var members = strata[k]!
            // Fisher–Yates, then the first quota.
            if members.count > 1 {
                for j in stride(from: members.count - 1, to: 0, by: -1) {
                    members.swapAt(j, Int(rng.next() % UInt64(j + 1)))
                }
            }
            out += members.prefix(quotas[i]).sorted { $0.path < $1.path }.map { (k, $0) }
        }
        return out
    }
}

/// A small, fast, seedable generator (SplitMix64) — the same numbers on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Seeds from a number.
    public init(seed: UInt64) { state = seed }

    /// Seeds from a number, or from any text (FNV-1a of its bytes).
    public init(seed: String) {
        if let n = UInt64(seed) {
            state = n
        } else {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in seed.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            state = h
        }
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
