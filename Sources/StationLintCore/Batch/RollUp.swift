/// One tier of administrative units a roll-up groups stations by, as the pack declares it
/// (`counties`: units of 6-digit codes, ranked): the national division-code layout gives the
/// grouping, the pack the names.
public struct RollUpTier: Sendable {
    /// The key of the tier's list in the JSON report (`counties`).
    public let key: String
    /// What one unit of the tier is (`county`), as the JSON report writes its level.
    public let level: String
    public let name: Localized
    /// The table's title (`县级排名`).
    public let title: Localized
    /// How many leading digits of a division code the unit's code fills (4, 6, 9).
    public let codeDigits: Int
    public let ranked: Bool

    public init(key: String, level: String, name: Localized, title: Localized, codeDigits: Int, ranked: Bool) {
        self.key = key
        self.level = level
        self.name = name
        self.title = title
        self.codeDigits = codeDigits
        self.ranked = ranked
    }
}

/// The region view of a run (5.8.2): per unit of each tier the pack declares (city, county,
/// township) — stations, mean score, pass rate per clause, the clauses most often failed — and a
/// ranking where the tier is ranked. Built from station reports alone; the hierarchy comes from
/// division codes.
public struct RollUp: Sendable {
    /// One administrative unit and the stations under it (itself included).
    public struct Unit: Sendable {
        public let code: String
        public let level: String
        public var name: String?
        public var stations: Int
        public var meanScore: Double
        /// Stations with at least one failed requirement.
        public var failing: Int
        /// Clause → (stations passing, stations where it applied automatically).
        public var clausePass: [(clause: String, passed: Int, applicable: Int)]
        /// The clauses failed most often, with how many stations failed each.
        public var mostFailed: [(clause: String, failed: Int)]
        public var rank: Int?
    }

    /// Each tier with its units, in the pack's order.
    public var tiers: [(tier: RollUpTier, units: [Unit])]
    /// Stations whose division code is missing, malformed, or does not fit their level or
    /// the folder they sit in.
    public var misplaced: [Diagnostic]

    public static func build(_ stations: [StationDigest], clauses: [String], lang: Language, names known: [String: String] = [:],
                             tiers: [RollUpTier], levels: Levels, topFailed: Int = 5) -> RollUp {
        var groups: [String: [Int]] = [:]  // unit code → the stations under it, by index
        var names = known
        var misplaced: [Diagnostic] = []
        var seenCodes: [String: String] = [:]
        for (i, s) in stations.enumerated() {
            guard let text = s.divisionCode, let code = DivisionCode(text), let codeLevel = levels.level(of: code),
                  let digits = code.significantDigits else {
                misplaced.append(Diagnostic(location: Location(file: s.path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码缺失或无效，未计入分级汇总", "missing or invalid division code: left out of the roll-up")))
                continue
            }
            if let level = s.level, level != codeLevel {
                misplaced.append(Diagnostic(location: Location(file: s.path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码 \(text) 的形式是\(levels.name(codeLevel, .zh))，与层级\(levels.name(level, .zh))不符",
                    "division code \(text) has the form of a \(levels.name(codeLevel, .en)), not a \(levels.name(level, .en))")))
            }
            if let other = seenCodes[text] {
                misplaced.append(Diagnostic(location: Location(file: s.path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码 \(text) 与 \(other) 重复", "division code \(text) is also used by \(other)")))
            } else {
                seenCodes[text] = s.path
            }
            // A station counts in each unit above or at its own code (a county centre in its
            // city and county, not among the townships).
            for tier in tiers where digits >= tier.codeDigits { groups[code.truncated(to: tier.codeDigits), default: []].append(i) }
            if let name = s.name, names[text] == nil { names[text] = name }
        }
        // Folders nest as administrations do: a station inside another's folder must extend its code.
        let byPath = stations.compactMap { s -> (String, DivisionCode)? in
            guard let t = s.divisionCode, let c = DivisionCode(t) else { return nil }
            return (s.path, c)
        }.sorted { $0.0 < $1.0 }
        // The parent is the nearest folder above that holds a station: walk up the path's own
        // folders (a lookup each) rather than compare every pair of stations (quadratic: 57% of
        // a 2,315-station check).
        let codeAt = Dictionary(byPath, uniquingKeysWith: { first, _ in first })
        for (path, code) in byPath {
            if let parent = nearestStationAbove(path, codeAt), !code.isUnder(parent.1) {
                misplaced.append(Diagnostic(location: Location(file: path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码 \(code.digits) 不在上级站点 \(parent.0)（\(parent.1.digits)）之下", "division code \(code.digits) is not under its parent folder's station \(parent.0) (\(parent.1.digits))")))
            }
        }
        func units(_ tier: RollUpTier) -> [Unit] {
            var keys = Set<String>()
            for s in stations {
                guard let t = s.divisionCode, let c = DivisionCode(t), levels.level(of: c) != nil,
                      let digits = c.significantDigits, digits >= tier.codeDigits else { continue }
                keys.insert(c.truncated(to: tier.codeDigits))
            }
            var out = keys.sorted().compactMap { key -> Unit? in
                guard let members = groups[key], !members.isEmpty else { return nil }
                return unit(key, tier.level, members, of: stations, clauses, names[key], topFailed)
            }
            if tier.ranked { rank(&out) }
            return out
        }
        return RollUp(tiers: tiers.map { ($0, units($0)) }, misplaced: misplaced)
    }

    /// The deepest folder strictly above `path` (cut at each `/`) that is a station's path.
    static func nearestStationAbove(_ path: String, _ codeAt: [String: DivisionCode]) -> (String, DivisionCode)? {
        var end = path.utf8.endIndex
        while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
            let folder = String(path[..<slash])
            if let code = codeAt[folder] { return (folder, code) }
            end = slash
        }
        return nil
    }

    /// The unit of the stations at `members` (indices into `stations`).
    static func unit(_ code: String, _ level: String, _ members: [Int], of stations: [StationDigest], _ texts: [String], _ name: String?, _ top: Int) -> Unit {
        // Counted by clause number, in the order first met (clause texts and numbers are one to one).
        var counts = [(passed: Int, applicable: Int)](repeating: (0, 0), count: texts.count)
        var order: [Int] = []
        for m in members {
            stations[m].forEachScored { n, passed in
                if counts[n].applicable == 0 { order.append(n) }
                counts[n].applicable += 1
                if passed { counts[n].passed += 1 }
            }
        }
        let sortedClauses = order.sorted { ClauseOrder.less(texts[$0], texts[$1]) }
        let pass = sortedClauses.map { (clause: texts[$0], passed: counts[$0].passed, applicable: counts[$0].applicable) }
        let failed = pass.filter { $0.applicable > $0.passed }
            .sorted { ($0.applicable - $0.passed, $1.clause) > ($1.applicable - $1.passed, $0.clause) }
            .prefix(top).map { (clause: $0.clause, failed: $0.applicable - $0.passed) }
        let mean = members.map { stations[$0].score }.reduce(0, +) / Double(members.count)
        return Unit(code: code, level: level, name: name, stations: members.count, meanScore: (mean * 10).rounded() / 10,
                    failing: members.filter { stations[$0].fails(atOrAbove: .error) }.count,
                    clausePass: pass, mostFailed: Array(failed), rank: nil)
    }

    /// Ranks by mean score (higher first), then by the share of stations without a failed
    /// requirement, then by code; equal scores and shares share a rank.
    static func rank(_ units: inout [Unit]) {
        func share(_ u: Unit) -> Double { Double(u.stations - u.failing) / Double(max(1, u.stations)) }
        units.sort { a, b in
            if a.meanScore != b.meanScore { return a.meanScore > b.meanScore }
            if share(a) != share(b) { return share(a) > share(b) }
            return a.code < b.code
        }
        for i in units.indices {
            if i > 0 && units[i].meanScore == units[i - 1].meanScore && share(units[i]) == share(units[i - 1]) {
                units[i].rank = units[i - 1].rank
            } else {
                units[i].rank = i + 1
            }
        }
    }
}

/// Orders clause numbers part by part, numbers as numbers (5.2.10 after 5.2.9) and other parts
/// as text (A.2 after A.1, before B.1).
public enum ClauseOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        a.split(separator: ".").lexicographicallyPrecedes(b.split(separator: ".")) { x, y in
            switch (Int(x), Int(y)) {
            case let (m?, n?): return m < n
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return x < y
            }
        }
    }
}
