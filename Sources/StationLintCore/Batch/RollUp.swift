/// The region view of a run (5.8.2): per city, county and township — stations, mean score,
/// pass rate per clause, the clauses most often failed — and a ranking of counties and cities.
/// Built from station reports alone; the hierarchy comes from division codes.
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

    public var cities: [Unit]
    public var counties: [Unit]
    public var townships: [Unit]
    /// Stations whose division code is missing, malformed, or does not fit their level or
    /// the folder they sit in.
    public var misplaced: [Diagnostic]

    public static func build(_ stations: [StationReport], lang: Language, names known: [String: String] = [:], topFailed: Int = 5) -> RollUp {
        var groups: [String: [StationReport]] = [:]  // unit code → stations under it
        var names = known
        var misplaced: [Diagnostic] = []
        var seenCodes: [String: String] = [:]
        for s in stations {
            guard let text = s.divisionCode, let code = DivisionCode(text), let codeLevel = code.level else {
                misplaced.append(Diagnostic(location: Location(file: s.path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码缺失或无效，未计入分级汇总", "missing or invalid division code: left out of the roll-up")))
                continue
            }
            if let level = s.level, level != codeLevel {
                misplaced.append(Diagnostic(location: Location(file: s.path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码 \(text) 的形式是\(codeLevel)，与层级 \(level) 不符", "division code \(text) has the form of a \(codeLevel), not a \(level)")))
            }
            if let other = seenCodes[text] {
                misplaced.append(Diagnostic(location: Location(file: s.path, line: 1, column: 1), severity: .warning, message: lang.pick(
                    "区划代码 \(text) 与 \(other) 重复", "division code \(text) is also used by \(other)")))
            } else {
                seenCodes[text] = s.path
            }
            groups[code.cityCode, default: []].append(s)
            groups[code.countyCode, default: []].append(s)
            if codeLevel == "township" || codeLevel == "village" { groups[code.townshipCode, default: []].append(s) }
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
        func units(_ level: String, _ codeOf: (DivisionCode) -> String) -> [Unit] {
            var keys = Set<String>()
            for s in stations {
                guard let t = s.divisionCode, let c = DivisionCode(t), let own = c.level else { continue }
                if level == "township" && own == "county" { continue }
                keys.insert(codeOf(c))
            }
            return keys.sorted().compactMap { key in
                guard let members = groups[key], !members.isEmpty else { return nil }
                return unit(key, level, members, names[key], topFailed)
            }
        }
        var cities = units("city") { $0.cityCode }
        var counties = units("county") { $0.countyCode }
        let townships = units("township") { $0.townshipCode }
        rank(&cities)
        rank(&counties)
        return RollUp(cities: cities, counties: counties, townships: townships, misplaced: misplaced)
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

    static func unit(_ code: String, _ level: String, _ members: [StationReport], _ name: String?, _ top: Int) -> Unit {
        var clauses: [String: (Int, Int)] = [:]
        var order: [String] = []
        for s in members {
            for r in s.results where r.scored {
                if clauses[r.clause] == nil { order.append(r.clause) }
                var c = clauses[r.clause] ?? (0, 0)
                c.1 += 1
                if r.status == .pass { c.0 += 1 }
                clauses[r.clause] = c
            }
        }
        let sortedClauses = order.sorted { ClauseOrder.less($0, $1) }
        let pass = sortedClauses.map { (clause: $0, passed: clauses[$0]!.0, applicable: clauses[$0]!.1) }
        let failed = pass.filter { $0.applicable > $0.passed }
            .sorted { ($0.applicable - $0.passed, $1.clause) > ($1.applicable - $1.passed, $0.clause) }
            .prefix(top).map { (clause: $0.clause, failed: $0.applicable - $0.passed) }
        let mean = members.map(\.score).reduce(0, +) / Double(members.count)
        return Unit(code: code, level: level, name: name, stations: members.count, meanScore: (mean * 10).rounded() / 10,
                    failing: members.filter { $0.fails(atOrAbove: .error) }.count,
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

/// Orders clause numbers numerically (5.2.10 after 5.2.9).
public enum ClauseOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }
        let y = b.split(separator: ".").map { Int($0) ?? 0 }
        return x.lexicographicallyPrecedes(y)
    }
}
