import Foundation

/// Shanxi's cities, counties and townships as read from `code,name,level,parent_code`.
struct DivisionTable {
    struct Division {
        let code: String
        let name: String
    }

    var cities: [Division] = []
    var countiesByCity: [String: [Division]] = [:]
    var townshipsByCounty: [String: [Division]] = [:]

    init(csvPath: String) throws {
        guard let data = FileManager.default.contents(atPath: csvPath) else {
            throw SynthProblem(message: "cannot read the divisions CSV '\(csvPath)' (--divisions)")
        }
        let text = String(decoding: data, as: UTF8.self)
        for (n, line) in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() where n > 0 {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, cells[0].utf8.count == 12 else {
                throw SynthProblem(message: "\(csvPath):\(n + 1): expected code,name,level,parent_code")
            }
            let d = Division(code: cells[0], name: cells[1])
            switch cells[2] {
            case "city": cities.append(d)
            case "county": countiesByCity[cells[3], default: []].append(d)
            case "township": townshipsByCounty[cells[3], default: []].append(d)
            default: throw SynthProblem(message: "\(csvPath):\(n + 1): unknown level '\(cells[2])'")
            }
        }
        if cities.isEmpty { throw SynthProblem(message: "\(csvPath): no cities") }
    }
}

/// Which counties, townships and villages a run writes, and where.
struct ProvincePlan {
    /// One county taken, with its city and the townships (each with its village count).
    struct County {
        let city: DivisionTable.Division
        let county: DivisionTable.Division
        let townships: [(division: DivisionTable.Division, villages: Int)]
    }

    let counties: [County]

    var townshipCount: Int { counties.reduce(0) { $0 + $1.townships.count } }
    var villageCount: Int { counties.reduce(0) { $0 + $1.townships.reduce(0) { $0 + $1.villages } } }

    /// Counties are taken in a seeded shuffled order until `scale` of all townships are in (at
    /// least one county), then written in code order; each township has 12–20 villages (16 on
    /// average), times `scale` when it is above 1.
    init(divisions: DivisionTable, scale: Double, seed: UInt64) {
        var all: [(DivisionTable.Division, DivisionTable.Division)] = []
        for city in divisions.cities.sorted(by: { $0.code < $1.code }) {
            for county in (divisions.countiesByCity[city.code] ?? []).sorted(by: { $0.code < $1.code })
            where !(divisions.townshipsByCounty[county.code] ?? []).isEmpty {
                all.append((city, county))
            }
        }
        var rng = SynthRandom(seed: seed, code: "plan")
        var order = all
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
        let totalTownships = all.reduce(0) { $0 + (divisions.townshipsByCounty[$1.1.code]?.count ?? 0) }
        let wanted = min(scale, 1) * Double(totalTownships)
        var taken = Set<String>()
        var townships = 0
        for (_, county) in order where taken.isEmpty || Double(townships) < wanted - 0.5 {
            taken.insert(county.code)
            townships += divisions.townshipsByCounty[county.code]?.count ?? 0
        }
        let villageFactor = max(scale, 1)
        counties = all.filter { taken.contains($0.1.code) }.map { city, county in
            let ts = (divisions.townshipsByCounty[county.code] ?? []).sorted(by: { $0.code < $1.code }).map { t in
                var r = SynthRandom(seed: seed, code: t.code + "villages")
                let n = Int((Double(r.between(12, 20)) * villageFactor).rounded())
                return (division: t, villages: min(n, 799))
            }
            return County(city: city, county: county, townships: ts)
        }
    }
}
