import StationLintCore

/// The fifteen ledgers of one station, drawn around its registry of veterans so that every
/// cross-reference the pack checks holds (visits after a return home, cards for registered
/// veterans, instructors among the volunteers, ...) unless the station's defect breaks it.
struct Ledgers {
    let identity: StationIdentity
    let defect: SynthDefect?
    let asOf: Day
    var rng: SynthRandom
    let people: [Person]
    let model: [Int], goodNews: [Int], hardship: [Int]

    init(identity: StationIdentity, defect: SynthDefect?, asOf: Day, rng: SynthRandom) {
        self.identity = identity
        self.defect = defect
        self.asOf = asOf
        self.rng = rng
        let count: Int
        switch identity.level {
        case .county: count = self.rng.between(2000, 6000)
        case .township: count = self.rng.between(150, 600)
        case .village: count = self.rng.between(15, 60)
        }
        var people = People.draw(count, prefix6: Array(identity.code.utf8.prefix(6)), asOf: asOf, rng: &self.rng)
        if defect == .badCheckDigits {
            for _ in 0..<min(3, count) {
                let i = self.rng.below(count)
                people[i].id[17] = people[i].id[17] == 0x30 ? 0x31 : (people[i].id[17] == 0x58 ? 0x30 : people[i].id[17] - 1)
            }
        }
        self.people = people
        model = Self.spread(max(1, count / 150), of: count, rng: &self.rng)
        goodNews = Self.spread(max(1, count / 150), of: count, rng: &self.rng)
        hardship = Self.spread(max(1, count / 60), of: count, rng: &self.rng)
    }

    /// `n` distinct indices below `count`, evenly spread from a random start.
    static func spread(_ n: Int, of count: Int, rng: inout SynthRandom) -> [Int] {
        let n = min(n, count)
        let step = max(count / max(n, 1), 1)
        let start = rng.below(count)
        return (0..<n).map { (start + $0 * step) % count }
    }

    /// Every ledger, as (file name, bytes).
    mutating func all() -> [(String, ByteText)] {
        let stale = defect == .staleLedgers
        return [
            ("veterans.yaml", veterans(stale: stale)),
            ("visits.yaml", visits(stale: stale)),
            ("events.yaml", events()),
            ("employment.yaml", employment(stale: stale)),
            ("model_veterans.yaml", personsLedger("优秀退役军人", "model_veterans", model) { l, t, _ in
                t.field("honor"); t.put(l.rng.pick(Words.honors)); t.newline()
                t.field("deeds"); t.put(l.rng.pick(Words.deeds)); t.newline()
            }),
            ("party_members.yaml", personsLedger("党员", "party_members", spreadNow(people.count / 6 + 2)) { l, t, _ in
                t.field("branch"); t.put(l.identity.region); t.put(l.rng.pick(Words.branches)); t.newline()
                t.field("transfer"); t.put(l.rng.pick(Words.transfers)); t.newline()
            }),
            ("volunteers.yaml", personsLedger("志愿服务", "volunteers", volunteers) { l, t, _ in
                t.field("joined"); t.day(l.recent(900)); t.newline()
            }),
            ("political_instructors.yaml", personsLedger("思想政治指导员", "political_instructors", Array(volunteers.prefix(5 + people.count / 800))) { l, t, _ in
                t.field("appointed"); t.day(l.recent(700)); t.newline()
            }),
            ("bing_zhishu.yaml", personsLedger("兵支书", "bing_zhishu", spreadNow(bingZhishuCount)) { l, t, k in
                t.field("village"); t.put(l.identity.villages.isEmpty ? l.identity.region : l.identity.villages[k % l.identity.villages.count]); t.newline()
                t.field("role"); t.put(l.rng.pick(Words.roles)); t.newline()
                t.field("training"); t.put(l.rng.pick(Words.trainings)); t.newline()
            }),
            ("preferential_cards.yaml", personsLedger("优待证", "preferential_cards", spreadNow(people.count / 3 + 2)) { l, t, _ in
                t.field("action"); t.put(l.rng.pick(Words.cardActions)); t.newline()
                t.field("date"); t.day(l.recent(700)); t.newline()
            }),
            ("honor_plaques.yaml", personsLedger("光荣牌", "honor_plaques", spreadNow(people.count / 4 + 1)) { l, t, _ in
                t.field("action"); t.put(l.rng.pick(Words.plaqueActions)); t.newline()
                t.field("date"); t.day(l.recent(700)); t.newline()
            }),
            ("good_news.yaml", personsLedger("喜报", "good_news", goodNews) { l, t, k in
                t.field("award"); t.put(l.rng.pick(Words.awards)); t.newline()
                t.field("date"); t.day(l.goodNewsDay(k)); t.newline()
            }),
            ("petitions.yaml", petitions()),
            ("petition_key_persons.yaml", personsLedger("信访重点人员包联", "petition_key_persons", spreadNow(people.count / 400 + 1)) { l, t, _ in
                t.field("responsible"); t.put(bytes: Words.personName(&l.rng)); t.newline()
                t.field("measures"); t.put(l.rng.pick(Words.keyMeasures)); t.newline()
            }),
            ("hardship.yaml", personsLedger("困难帮扶", "hardship", hardship) { l, t, _ in
                t.field("difficulty"); t.put(l.rng.pick(Words.difficulties)); t.newline()
                t.field("measures"); t.put(l.rng.pick(Words.helpMeasures)); t.newline()
                t.field("assistance"); t.put("["); t.put(l.rng.pick(Words.assistance)); t.put(", 临时救助]\n")
                t.field("reviewed"); t.day(l.recent(300)); t.newline()
            }),
        ]
    }

    private var volunteers: [Int] { Array(0..<min(people.count, max(8, people.count / 12))) }
    private var bingZhishuCount: Int {
        switch identity.level {
        case .county: return max(identity.villages.count, people.count / 300)
        case .township: return max(identity.villages.count, 1)
        case .village: return 1
        }
    }

    private mutating func spreadNow(_ n: Int) -> [Int] { Self.spread(n, of: people.count, rng: &rng) }

    /// A day in the `days` before the as-of date (never after it).
    mutating func recent(_ days: Int) -> Day { Day(ordinal: asOf.ordinal - 1 - rng.below(days)) }

    /// The day the k-th good-news person's award was announced (visited after it).
    func goodNewsDay(_ k: Int) -> Day { Day(ordinal: asOf.ordinal - 60 - (k * 37) % 250) }

    /// `  - id_number: "…"` and `    name: …`, the start of every person's record.
    func person(_ t: inout ByteText, _ p: Person) {
        t.put("  - id_number: \""); t.put(bytes: p.id); t.put("\"\n")
        t.field("name"); t.put(bytes: p.name); t.newline()
    }

    private mutating func personsLedger(_ zh: StaticString, _ kind: StaticString, _ who: [Int],
                                        _ rest: (inout Ledgers, inout ByteText, Int) -> Void) -> ByteText {
        var t = header2(zh, kind, stale: false, capacity: who.count * 120 + 256)
        for (k, i) in who.enumerated() {
            person(&t, people[i])
            rest(&self, &t, k)
        }
        return t
    }
}
