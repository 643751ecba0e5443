import StationLintCore

/// The level of a synthetic station.
enum SynthLevel {
    case county, township, village
}

/// The one defect a defective station carries.
enum SynthDefect: CaseIterable {
    /// Return-home, hardship and special visits never made.
    case missingVisits
    /// The registry, visits and employment ledgers last updated in August: nothing visited since.
    case staleLedgers
    /// A few veterans' ID numbers with a wrong GB 11643 check digit.
    case badCheckDigits
    /// Fewer staff in post than 90% of the authorised posts (a village: no one named).
    case shortStaffing
}

/// What a station is: where it sits and what it is called.
struct StationIdentity {
    let level: SynthLevel
    let code: String
    let region: String  // the county, township or village name
    let villages: [String]  // a township's villages (its 兵支书 serve there)

    var name: String {
        level == .county ? region + "退役军人服务中心" : region + "退役军人服务站"
    }
}

/// Writes `station.yaml`: the shape of `Fixtures/stations/county/station.yaml`, with the
/// station's own names, code, staffing and position.
enum StationDeclaration {
    static func write(_ s: StationIdentity, defect: SynthDefect?, rng: inout SynthRandom) -> ByteText {
        var t = ByteText(capacity: 4096)
        switch s.level {
        case .county: t.put("# 县级退役军人服务中心的站点声明\n")
        case .township: t.put("# 乡镇（街道）退役军人服务站的站点声明\n")
        case .village: t.put("# 村（社区）退役军人服务站的站点声明\n")
        }
        t.put("station:  # 站点\n  name: "); t.put(s.name)
        t.put("  # 名称\n  level: ")
        switch s.level {
        case .county: t.put("county")
        case .township: t.put("township")
        case .village: t.put("village")
        }
        t.put("  # 层级\n  division_code: \""); t.put(s.code)
        t.put("\"  # 区划代码\n  region: "); t.put(s.region); t.put("  # 所在地\n")
        switch s.level {
        case .county: t.put("  institution_type: 公益一类事业单位  # 机构性质\n")
        case .township: t.put("  institution_type: 事业单位  # 机构性质\n")
        case .village: break
        }
        t.put("  plaque:  # 牌匾\n    text: "); t.put(s.name)
        t.put("""
              # 内容
                orientation: 竖  # 样式
                colors: 白底黑字  # 底色字色
                font: 方正宋黑简体  # 字体
                prominent: true  # 醒目位置
            staffing:  # 编制人员

            """)
        let short = defect == .shortStaffing
        switch s.level {
        case .county:
            let authorized = rng.between(8, 15)
            t.put("  authorized: "); t.int(authorized); t.put("  # 核定编制\n  in_post: ")
            t.int(short ? authorized * 7 / 10 : authorized - rng.below(authorized / 10 + 1))
            t.put("  # 在编在岗\n")
        case .township:
            let authorized = rng.between(3, 5)
            t.put("  authorized: "); t.int(authorized); t.put("  # 核定编制\n  in_post: ")
            t.int(short ? authorized - 2 : authorized)
            t.put("  # 在编在岗\n")
        case .village:
            t.put("  in_post: "); t.int(short ? 0 : rng.between(1, 2)); t.put("  # 在编在岗\n")
        }
        t.put("  veterans_hired: "); t.int(rng.between(1, 3)); t.put("  # 退役军人及优抚对象人数\n  positions: ")
        switch s.level {
        case .county: t.put("[主任, 综合业务岗, 就业创业岗, 优抚帮扶岗]")
        case .township: t.put("[站长, 专职工作人员]")
        case .village: t.put(short ? "[]" : "[站长]")
        }
        t.put("  # 岗位设置\nfunding:  # 经费\n  in_budget: true  # 列入本级财政预算\n  earmarked: true  # 专款专用\n  amount: ")
        t.int(s.level == .county ? rng.between(20, 60) * 10_000 : rng.between(2, 10) * 10_000)
        t.put("  # 年度经费\nfacilities:  # 场所设施\n  area_m2: ")
        t.int(s.level == .county ? rng.between(150, 400) : rng.between(40, 120))
        t.put(body)
        t.put("  latitude: "); coordinate(&t, 35.0 + Double(rng.below(5_0000)) / 1e4 + 0.5)
        t.put("  # 纬度\n  longitude: "); coordinate(&t, 111.0 + Double(rng.below(3_0000)) / 1e4 + 0.2)
        t.put("""
              # 经度
              photos: [photos/front.jpg]  # 场所图片
              phone: 0351-
            """)
        t.int(rng.between(2_000_000, 7_999_999))
        t.put("""
              # 联系电话
              office_hours: 周一至周五 8:30-12:00 14:30-17:30  # 办公时间
            documents_displayed: [《基层退役军人服务站思想政治工作实用手册》, 《乡镇（街道）、村（社区）退役军人服务站服务事项清单》, 《退役军人信访服务工作办法》]  # 资料展示
            volunteer_team:  # 志愿服务队

            """)
        t.put("  name: ")
        t.put(s.region)
        t.put("老兵志愿服务队  # 名称\n  brand: ")
        t.put(s.region)
        t.put("""
            老兵先锋  # 服务品牌
            legal_aid:  # 法律援助
              kind: 法律援助工作站  # 形式
              contact: 张律师 13800000000  # 联系人
            attestations:  # 自评承诺：需人工核验的条款，写明可供核查的证据
              "5.1.7": 每月开展一次业务学习，见 ledgers/events.yaml
              "5.2.3.4": 2024 年推荐优秀退役军人进入村（社区）“两委”班子
              "5.4.1.7": 已收集退役军人事迹报县志办
              "5.7.3": 对困难帮扶台账中的家庭开展一对一帮扶

            """)
        return t
    }

    /// Four decimals, as a surveyor writes them.
    private static func coordinate(_ t: inout ByteText, _ v: Double) {
        let scaled = Int((v * 1e4).rounded())
        t.int(scaled / 10_000)
        t.put(".")
        t.int(scaled % 10_000, width: 4)
    }

    /// Everything from the equipment to the position, the same at every station.
    private static let body: StaticString = """
          # 服务场所面积
          equipment: [电脑, 电话, 打印机, 传真机]  # 办公设备
          network_connected: true  # 连通退役军人信息化网络
          furniture: [资料柜, 档案柜]  # 办公家具
          conveniences: [紧急医疗救助, 饮水供应]  # 便民服务保障
        political_culture:  # 政治文化
          quote: 组建退役军人管理保障机构，维护军人军属合法权益，让军人成为全社会尊崇的职业  # 重要论述
          leader_photos: 12  # 图片资料幅数
          hero_portraits: 10  # 英模画像幅数
          exemplar_displays: [最美退役军人, 本地区优秀退役军人代表]  # 事迹展示
          spaces: [文化长廊, 荣誉室]  # 专门场所
        public_notices: [工作职责, 工作制度, 工作流程, 组织架构, 服务内容, 服务承诺]  # 公示
        reception:  # 来访接待
          post_signs: true  # 岗位标牌
          hotline: 0351-7654321  # 服务热线
          badges: true  # 挂牌上岗
          six_ones: [一张笑脸, 一声问候, 一杯热水, 一把椅子, 一站服务, 一办到底]  # 六个一
        service_norms:  # 服务规范
          - 文明服务规范
          - 政策落实规范
          - 教育管理规范
          - 就业创业规范
          - 走访慰问规范
          - 帮扶援助规范
          - 来访接待规范
          - 矛盾排查化解规范
          - 权益维护规范
          - 法律援助规范
          - 信息采集登记规范
          - 考核评估规范
        mechanisms: [沟通交流机制, 业务培训机制, 疑难问题化解机制, 台账管理机制, 平台使用和信息更新机制, 资源共享机制]  # 工作机制
        management_systems: [行政管理制度, 安全保密制度, 财务资产管理制度, 档案管理制度, 绩效考核管理制度]  # 管理制度
        location:  # 位置信息

        """
}
