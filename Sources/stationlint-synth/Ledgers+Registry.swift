import StationLintCore

extension Ledgers {
    /// 建档立卡: every person, all fields; the entitled confirmed this year.
    mutating func veterans(stale: Bool) -> ByteText {
        var t = header2("建档立卡", "veterans", stale: stale, capacity: people.count * 230)
        for p in people {
            t.put("  - id_number: \""); t.put(bytes: p.id); t.put("\"\n")
            t.field("name"); t.put(bytes: p.name); t.newline()
            t.field("category"); t.put(Words.categories[p.category]); t.newline()
            t.field("discharge_date"); t.day(p.discharged); t.newline()
            t.field("return_date"); t.day(p.returned); t.newline()
            t.field("phone"); t.put("1"); t.int(p.phone, width: 10); t.newline()
            t.field("entitled"); t.put(p.entitled ? "true\n" : "false\n")
            if p.entitled {
                t.field("confirmed"); t.day(Day(year: asOf.year, month: rng.between(1, 11), day: rng.between(1, 28))!); t.newline()
            }
            if let m = p.majorChange {
                t.field("major_change"); t.put(Words.majorChanges[m]); t.newline()
            }
        }
        return t
    }

    /// 走访慰问: a routine contact with every veteran, festival visits, and each visit the
    /// pack asks for (return home, awards, models, hardship, major changes), unless the
    /// station's defect is missing visits.
    mutating func visits(stale: Bool) -> ByteText {
        var t = header2("走访慰问", "visits", stale: stale, capacity: people.count * 400)
        let missing = defect == .missingVisits
        let thisYear = Day(year: asOf.year, month: 1, day: 1)!
        let festivals = [Day(year: asOf.year, month: 2, day: 9)!, Day(year: asOf.year, month: 8, day: 1)!,
                         Day(year: asOf.year, month: 9, day: 17)!, Day(year: asOf.year, month: 10, day: 1)!]
        var isHardship = [Bool](repeating: false, count: people.count)
        for i in hardship { isHardship[i] = true }
        var isModel = [Bool](repeating: false, count: people.count)
        for i in model { isModel[i] = true }
        for (i, p) in people.enumerated() {
            visit(&t, p, recent(330), "日常联系", rng.pick(Words.methods))
            if i == 0 { visit(&t, p, Day(ordinal: asOf.ordinal - 20), "日常联系", "电话") }
            if i == 0 || rng.chance(0.4) { visit(&t, p, rng.pick(festivals), "重要节日", "走访") }
            if !missing && p.returned >= thisYear { visit(&t, p, Day(ordinal: min(p.returned.ordinal + rng.between(1, 20), asOf.ordinal - 1)), "退役返乡", "走访") }
            if !missing && p.majorChange != nil { visit(&t, p, recent(200), "重大变故", "走访") }
            if !missing && isHardship[i] {
                visit(&t, p, recent(200), "遇到困难", "走访")
                visit(&t, p, recent(200), "重点慰问", "走访")
            }
            if isModel[i] { visit(&t, p, recent(300), "英模典型", "座谈") }
        }
        for (k, i) in goodNews.enumerated() { visit(&t, people[i], Day(ordinal: goodNewsDay(k).ordinal + 5), "立功受奖", "走访") }
        return t
    }

    private mutating func visit(_ t: inout ByteText, _ p: Person, _ date: Day, _ occasion: StaticString, _ method: StaticString) {
        t.put("  - id_number: \""); t.put(bytes: p.id); t.put("\"\n")
        t.field("name"); t.put(bytes: p.name); t.newline()
        // A stale ledger stopped in August: its visits are four and a half months older.
        t.field("date"); t.day(defect == .staleLedgers ? Day(ordinal: date.ordinal - 138) : date); t.newline()
        t.field("occasion"); t.put(occasion); t.newline()
        t.field("method"); t.put(method); t.newline()
        t.field("visitor"); t.put(bytes: Words.personName(&rng)); t.newline()
    }

    /// 活动: every event type the pack asks for in the last year, then more of them, about
    /// one a week at a county, two a month at a village; the festival event invites the models.
    mutating func events() -> ByteText {
        let types: [StaticString] = ["红色教育", "节庆活动", "学习先进典型", "先进典型宣传", "文体活动", "适应性培训", "职业技能培训",
                                     "学历教育", "招聘会", "推介会", "就业信息推送", "创业帮扶", "欢送仪式", "入伍座谈", "挂光荣牌", "集体照", "迎接仪式",
                                     "谈心谈话", "宣讲政策", "推介岗位", "高效办事", "普法宣传", "业务培训", "业务指导", "交流学习"]
        let extra: Int
        switch identity.level {
        case .county: extra = 30 + people.count / 200
        case .township: extra = 15 + people.count / 40
        case .village: extra = 2 + people.count / 20
        }
        var t = header2("活动", "events", stale: false, capacity: (types.count + extra) * 160)
        for k in 0..<(types.count + extra) {
            let type = k < types.count ? types[k] : rng.pick(types)
            t.put("  - date: "); t.day(recent(330)); t.newline()
            t.field("type"); t.put(type); t.newline()
            t.field("title"); t.put(identity.region); t.put(type); t.put("活动\n")
            t.field("participants"); t.int(rng.between(8, 120)); t.newline()
            if k == 1 {
                t.field("invited"); t.put("[")
                for (n, i) in model.prefix(5).enumerated() {
                    if n > 0 { t.put(", ") }
                    t.put("\""); t.put(bytes: people[i].id); t.put("\"")
                }
                t.put("]\n")
            }
            if rng.chance(0.1) { t.field("online"); t.put("true\n") }
        }
        return t
    }

    /// 就业创业: about one veteran in eight; those certified in hardship contacted this quarter.
    mutating func employment(stale: Bool) -> ByteText {
        var t = header2("就业创业", "employment", stale: stale, capacity: people.count * 30)
        for i in Self.spread(people.count / 8 + 2, of: people.count, rng: &rng) {
            let p = people[i]
            t.put("  - id_number: \""); t.put(bytes: p.id); t.put("\"\n")
            t.field("name"); t.put(bytes: p.name); t.newline()
            t.field("status"); t.put(rng.pick(Words.employmentStatus)); t.newline()
            let certified = rng.chance(0.2)
            t.field("hardship_certified"); t.put(certified ? "true\n" : "false\n")
            t.field("needs"); t.put(rng.pick(Words.needs)); t.newline()
            t.field("contacted"); t.day(recent(certified ? 80 : 330)); t.newline()
        }
        return t
    }

    /// 信访: a case per 200 veterans, escalated after it was received.
    mutating func petitions() -> ByteText {
        var t = header2("信访", "petitions", stale: false, capacity: 2048)
        for (k, i) in Self.spread(people.count / 200 + 1, of: people.count, rng: &rng).enumerated() {
            let date = recent(300)
            t.put("  - case_no: XF"); t.int(asOf.year); t.put("-"); t.int(k + 1, width: 3); t.newline()
            t.field("id_number"); t.put("\""); t.put(bytes: people[i].id); t.put("\"\n")
            t.field("date"); t.day(date); t.newline()
            t.field("issue"); t.put(rng.pick(Words.issues)); t.newline()
            t.field("handler"); t.put(bytes: Words.personName(&rng)); t.newline()
            t.field("status"); t.put(rng.pick(Words.petitionStatus)); t.newline()
            t.field("escalated"); t.day(Day(ordinal: min(date.ordinal + 3, asOf.ordinal - 1))); t.newline()
        }
        return t
    }

    func header2(_ zh: StaticString, _ kind: StaticString, stale: Bool, capacity: Int) -> ByteText {
        var t = ByteText(capacity: capacity)
        t.put("# "); t.put(zh); t.put("台账（"); t.put(kind); t.put("）\nupdated: ")
        t.day(Day(ordinal: asOf.ordinal - (stale ? 138 : 30)))
        t.put("\nrecords:\n")
        return t
    }
}
