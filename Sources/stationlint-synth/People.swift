import StationLintCore

/// One veteran on a station's registry, and what other ledgers say about them.
struct Person {
    var id: [UInt8]  // 18 ASCII bytes, valid GB 11643 check digit unless made a defect
    var name: [UInt8]
    var category: Int  // index into Words.categories
    var discharged: Day
    var returned: Day
    var entitled: Bool
    var majorChange: Int?  // index into Words.majorChanges
    var phone: Int  // 10 digits after the leading 1 of a mobile number
}

/// Draws persons for one station.
enum People {
    static let firstBirthDay = Day(year: 1955, month: 1, day: 1)!

    /// `count` distinct persons registered at a station whose county code starts `prefix6`:
    /// person i has sequence number i % 1000 and a birth day in its own slot (i / 1000 picks the
    /// slot), so no two persons of a station share an ID number.
    static func draw(_ count: Int, prefix6: [UInt8], asOf: Day, rng: inout SynthRandom) -> [Person] {
        var people: [Person] = []
        people.reserveCapacity(count)
        let returnedThisYear = Day(year: asOf.year, month: 1, day: 1)!
        for i in 0..<count {
            let birth = Day(ordinal: firstBirthDay.ordinal + rng.below(2000) * 8 + (i / 1000) % 8)
            var id = prefix6
            id.reserveCapacity(18)
            let b = birth.components
            appendDigits(&id, b.year, 4)
            appendDigits(&id, b.month, 2)
            appendDigits(&id, b.day, 2)
            appendDigits(&id, i % 1000, 3)
            id.append(ValueReaders.idCheckDigit(id) ?? 0x30)
            let adult = birth.ordinal + 19 * 365
            var discharged: Day
            var returned: Day
            if rng.chance(0.05) {
                // Came home this year (a return-home visit is due within 30 days).
                discharged = Day(ordinal: returnedThisYear.ordinal + rng.below(300))
                returned = Day(ordinal: discharged.ordinal + rng.between(3, 20))
            } else {
                let latest = asOf.ordinal - 400
                let earliest = min(adult, latest - 1)
                discharged = Day(ordinal: earliest + rng.below(max(latest - earliest, 1)))
                returned = Day(ordinal: discharged.ordinal + rng.between(3, 40))
            }
            let category = rng.chance(0.8) ? 0 : rng.between(1, Words.categories.count - 1)
            people.append(Person(id: id, name: Words.personName(&rng), category: category,
                                 discharged: discharged, returned: returned, entitled: rng.chance(0.3),
                                 majorChange: rng.chance(0.02) ? rng.below(Words.majorChanges.count) : nil,
                                 phone: 3_000_000_000 + rng.below(6_999_999_999)))
        }
        return people
    }

    static func appendDigits(_ out: inout [UInt8], _ n: Int, _ width: Int) {
        var div = 1
        for _ in 1..<width { div *= 10 }
        var v = n
        while div > 0 {
            out.append(UInt8((v / div) % 10) + 0x30)
            v %= div
            div /= 10
        }
    }
}

/// The words synthetic stations are made of: names, categories, vocabulary values.
enum Words {
    static let surnames: [[UInt8]] = "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 黎 易 常 武 乔 贺 赖 龚 文".split(separator: " ").map { Array($0.utf8) }
    static let givenChars: [[UInt8]] = "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 文 斌 辉 鹏 红 志 海 林 波 宁 飞 龙 云 峰 东 晋 山 旭 亮 成 福 贵 兵 卫 忠 义 安 新 民 春 荣 宏 德".split(separator: " ").map { Array($0.utf8) }
    static let categories: [StaticString] = ["退役士兵", "退役军官", "转业干部", "复员干部", "伤残军人"]
    static let majorChanges: [StaticString] = ["家庭成员重病", "房屋受灾", "家庭成员去世", "突发意外伤残"]
    static let honors: [StaticString] = ["全国模范退役军人", "山西省最美退役军人", "市级优秀退役军人", "县级优秀退役军人"]
    static let deeds: [StaticString] = ["扎根基层带领乡亲致富", "见义勇为救助落水儿童", "创办合作社吸纳退役军人就业", "常年义务巡河护林"]
    static let branches: [StaticString] = ["退役军人党支部", "第一党支部", "第二党支部", "村党支部"]
    static let transfers: [StaticString] = ["已转入", "已转入", "转接中"]
    static let roles: [StaticString] = ["党支部书记", "村委会主任", "党支部书记兼村委会主任"]
    static let trainings: [StaticString] = ["参加市级培训班", "参加县级培训班", "参加省级示范培训"]
    static let employmentStatus: [StaticString] = ["已就业", "待就业", "自主创业", "灵活就业"]
    static let needs: [StaticString] = ["职业技能培训", "创业贷款", "岗位推荐", "无"]
    static let cardActions: [StaticString] = ["申领", "发放", "补换", "收回"]
    static let plaqueActions: [StaticString] = ["发放", "悬挂", "更换"]
    static let awards: [StaticString] = ["个人三等功", "个人二等功", "优秀士兵", "集体三等功"]
    static let difficulties: [StaticString] = ["因病致困", "因灾致困", "因残致困", "子女上学困难"]
    static let helpMeasures: [StaticString] = ["协调医疗救助，结对帮扶", "申请临时救助，定期走访", "落实低保，联系就业"]
    static let assistance: [StaticString] = ["低保", "特困供养", "医疗救助", "教育救助", "住房救助", "临时救助"]
    static let issues: [StaticString] = ["优抚待遇咨询", "安置政策咨询", "社保接续", "伤残评定"]
    static let petitionStatus: [StaticString] = ["已办结", "办理中"]
    static let keyMeasures: [StaticString] = ["每月走访一次", "每周电话联系", "结对帮扶，定期谈心"]
    static let methods: [StaticString] = ["电话", "走访", "座谈"]
    static let villagePrefix: [String] = "东 西 南 北 上 下 前 后 大 小 王 李 张 刘 赵 杨 马 郭 高 石 白 红 新 河 柳".split(separator: " ").map(String.init)
    static let villageMiddle: [String] = "家 庄 峪 沟 堡 河 坪 寨 头 营 店 坡 湾 岭 泉".split(separator: " ").map(String.init)
    static let villageSuffix: [String] = ["村", "村", "村", "庄村", "社区"]

    static func personName(_ rng: inout SynthRandom) -> [UInt8] {
        var n = rng.pick(surnames)
        n += rng.pick(givenChars)
        if rng.chance(0.6) { n += rng.pick(givenChars) }
        return n
    }
}
