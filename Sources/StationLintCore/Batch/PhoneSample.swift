/// The phone spot-check list (5.8.1 电话抽查) of one station: persons drawn at random from its
/// person ledgers (the pack's `persons: true` ledgers) and visit ledgers (those with a
/// `visit_reason` field), each with what to ask — the visits on record (date, reason, visitor)
/// — and a phone number when a person ledger has a `phone`-typed field. Fields are found by
/// their roles (`person_id`, `person_name`, `record_date`, `visit_reason`, `visitor`) and
/// types, never by name, so any pack works. Reproducible: the same station, seed and count give
/// the same persons, and a station's draw does not depend on which other stations are sampled.
public struct PhoneSample: Sendable {
    public struct Visit: Sendable, Equatable {
        public let date: String
        public let reason: String
        public let visitor: String
    }

    public struct Person: Sendable, Equatable {
        /// As shown (masked unless personal data is shown).
        public let id: String
        public let name: String
        public let phone: String?
        /// Which ledgers the person appears in (`建档立卡`, `走访慰问`).
        public let ledgers: [String]
        /// Every visit on record, latest first.
        public let visits: [Visit]
    }

    public let path: String
    public let stationName: String?
    /// How many distinct persons the ledgers hold.
    public let population: Int
    public let persons: [Person]
    /// Whether any person ledger has a phone field (else no list can give numbers).
    public let hasPhoneField: Bool

    /// Draws `count` persons of `station` (all of them if fewer), masked by `privacy`.
    public static func draw(_ station: Station, schema: Schema, count: Int, seed: String, privacy: PersonalData, lang: Language) -> PhoneSample {
        struct Gathered {
            var name: String?
            var phone: String?
            var ledgers: [String] = []
            var visits: [(day: Day?, visit: Visit)] = []
        }
        let personLedgers = Set(schema.ledgers.filter(\.persons).map(\.key))
        let visitLedgers = Set(schema.ledgers.filter { $0.index(of: .visitReason) != nil }.map(\.key))
        var people: [String: Gathered] = [:]
        var hasPhone = false
        for key in station.ledgers.keys.sorted() where personLedgers.contains(key) || visitLedgers.contains(key) {
            guard let ledger = station.ledgers[key]?.ledger else { continue }
            let spec = ledger.spec
            guard let idIndex = spec.index(of: .personID) else { continue }
            let nameIndex = spec.index(of: .personName)
            let phoneIndex = personLedgers.contains(key) ? spec.fields.firstIndex { $0.type == .phone } : nil
            if phoneIndex != nil { hasPhone = true }
            let isVisits = visitLedgers.contains(key)
            let dateIndex = spec.index(of: .recordDate)
            let reasonIndex = spec.index(of: .visitReason)
            let visitorIndex = spec.index(of: .visitor)
            let visitorPersonal = visitorIndex.map { spec.fields[$0].personalName } ?? false
            for record in ledger.records {
                guard let id = record.value(idIndex)?.display(lang), !id.isEmpty else { continue }
                var g = people[id] ?? Gathered()
                if g.name == nil, let n = record.value(nameIndex)?.display(lang), !n.isEmpty { g.name = n }
                if g.phone == nil, let p = record.value(phoneIndex)?.display(lang), !p.isEmpty { g.phone = p }
                let title = spec.name(lang)
                if !g.ledgers.contains(title) { g.ledgers.append(title) }
                if isVisits {
                    let day = record.value(dateIndex)?.day
                    let visitor = record.value(visitorIndex)?.display(lang) ?? ""
                    g.visits.append((day, Visit(date: record.value(dateIndex)?.display(lang) ?? "",
                                                reason: record.value(reasonIndex)?.display(lang) ?? "",
                                                visitor: visitorPersonal && !visitor.isEmpty ? privacy.name(visitor) : visitor)))
                }
                people[id] = g
            }
        }
        // Sorted first, then shuffled by a generator seeded with the seed and the station's path.
        var ids = people.keys.sorted()
        var rng = SplitMix64(seed: "\(seed)\u{1F}\(station.path)")
        if ids.count > 1 {
            for j in stride(from: ids.count - 1, to: 0, by: -1) { ids.swapAt(j, Int(rng.next() % UInt64(j + 1))) }
        }
        let picked = ids.prefix(max(0, count)).sorted()
        let persons = picked.map { id -> Person in
            let g = people[id]!
            let visits = g.visits.sorted { a, b in
                switch (a.day, b.day) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.visit.date > b.visit.date
                }
            }.map(\.visit)
            return Person(id: privacy.id(id), name: g.name.map(privacy.name) ?? "", phone: g.phone.map(privacy.phone),
                          ledgers: g.ledgers, visits: visits)
        }
        return PhoneSample(path: station.path, stationName: station.name, population: people.count, persons: persons, hasPhoneField: hasPhone)
    }
}
