#!/usr/bin/env python3
"""Writes a deterministic corpus of station folders for the YAML-parsing benchmark.

    python3 Benchmarks/gen_ledgers.py [OUT_DIR] [--target-mb N] [--seed S]

OUT_DIR defaults to /tmp/stationlint-bench-corpus; --target-mb (default 105, MB = 10^6
bytes) is the least total size written; the same seed and target always give the same bytes.

The files stay inside stationlint's YAML subset (SPEC §3) and look like real ledgers (SPEC §5):
county centres with multi-MB 建档立卡 registries, townships and villages with ledgers of tens
of KB; English, Chinese and mixed keys; comments; quoted 18-digit ID numbers with valid
GB 11643 check digits; flow lists of invited persons; literal and folded block scalars.
Standard library only.
"""

import argparse
import datetime
import os
import random
import sys

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红志文辉斌宇鹏飞海波浩亮峰俊凯晨阳光东林春雪梅燕云龙虎德忠义仁礼智信福禄寿喜安康宁泰和顺利成功胜利荣耀兵卫疆")
CATEGORIES = ["退役士兵", "退役士兵", "退役士兵", "退役军官", "转业干部", "复员军人", "伤残退役军人",
              "烈士遗属", "因公牺牲军人遗属", "病故军人遗属", "军队离休退休干部"]
OCCASIONS = ["退役返乡", "立功受奖", "英模典型", "重要节日", "遇到困难", "重大变故", "日常联系", "重点慰问"]
METHODS = ["电话", "走访", "座谈"]
EVENT_TYPES = ["红色教育", "节庆活动", "学习先进典型", "先进典型宣传", "文体活动", "适应性培训", "职业技能培训",
               "学历教育", "招聘会", "推介会", "就业信息推送", "创业帮扶", "欢送仪式", "入伍座谈", "挂光荣牌", "集体照",
               "迎接仪式", "谈心谈话", "宣讲政策", "推介岗位", "高效办事", "普法宣传", "业务培训", "业务指导", "交流学习"]
EMPLOYMENT_STATUS = ["已就业", "未就业", "自主创业", "灵活就业", "退休", "在读"]
NEEDS = ["技能培训", "岗位推荐", "创业贷款", "学历提升", "法律咨询", "无", "医疗救助", "子女入学"]
CHANGES = ["家庭成员重病住院", "房屋受灾损毁", "本人因病丧失劳动能力", "家庭主要劳动力去世", "遭遇交通事故", "子女就学困难"]
HONORS = ["三等功", "二等功", "优秀士兵", "嘉奖", "四有优秀士兵"]

# A few real Shanxi cities with county-level divisions (codes from the statistical division list).
CITIES = [
    ("taiyuan", "太原市", "1401", [("xiaodian", "小店区", "05"), ("yingze", "迎泽区", "06"), ("xinghualing", "杏花岭区", "07"),
                                  ("qingxu", "清徐县", "21"), ("yangqu", "阳曲县", "22"), ("gujiao", "古交市", "81")]),
    ("datong", "大同市", "1402", [("pingcheng", "平城区", "13"), ("yungang", "云冈区", "14"), ("yanggao", "阳高县", "21"),
                                 ("tianzhen", "天镇县", "22"), ("guangling", "广灵县", "23")]),
    ("yangquan", "阳泉市", "1403", [("chengqu", "城区", "02"), ("pingding", "平定县", "21"), ("yuxian", "盂县", "22")]),
    ("changzhi", "长治市", "1404", [("luzhou", "潞州区", "03"), ("shangdang", "上党区", "04"), ("xiangyuan", "襄垣县", "23"),
                                   ("tunliu", "屯留区", "05"), ("licheng", "黎城县", "26")]),
    ("jincheng", "晋城市", "1405", [("jinchengcheng", "城区", "02"), ("qinshui", "沁水县", "21"), ("yangcheng", "阳城县", "22"),
                                   ("gaoping", "高平市", "81")]),
    ("shuozhou", "朔州市", "1406", [("shuocheng", "朔城区", "02"), ("pinglu", "平鲁区", "03"), ("shanyin", "山阴县", "21")]),
    ("jinzhong", "晋中市", "1407", [("yuci", "榆次区", "02"), ("taigu", "太谷区", "03"), ("pingyao", "平遥县", "28"),
                                   ("jiexiu", "介休市", "81")]),
    ("yuncheng", "运城市", "1408", [("yanhu", "盐湖区", "02"), ("linyi", "临猗县", "21"), ("wanrong", "万荣县", "22"),
                                   ("yongji", "永济市", "81"), ("hejin", "河津市", "82")]),
    ("xinzhou", "忻州市", "1409", [("xinfu", "忻府区", "02"), ("dingxiang", "定襄县", "21"), ("wutai", "五台县", "22"),
                                  ("yuanping", "原平市", "81")]),
    ("linfen", "临汾市", "1410", [("yaodu", "尧都区", "02"), ("quwo", "曲沃县", "21"), ("yicheng", "翼城县", "22"),
                                 ("houma", "侯马市", "81"), ("huozhou", "霍州市", "82")]),
    ("lvliang", "吕梁市", "1411", [("lishi", "离石区", "02"), ("wenshui", "文水县", "21"), ("jiaocheng", "交城县", "22"),
                                  ("xiaoyi", "孝义市", "81"), ("fenyang", "汾阳市", "82")]),
]
TOWN_SUFFIX = ["街道", "镇", "乡"]
TOWN_WORDS = list("东西南北中新老大小前后上下龙凤山河桥庄村坪沟堡营寨岭泉湾关头峪")
VILLAGE_SUFFIX = ["村", "社区"]

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"

# English and Chinese names of every key written (SPEC §4, §5).
KEYS = {
    "updated": "更新日期", "records": "记录",
    "id_number": "身份证号", "name": "姓名", "category": "类别", "discharge_date": "退役时间",
    "return_date": "返乡时间", "phone": "电话", "entitled": "优抚对象", "confirmed": "年度确认时间",
    "major_change": "重大变故", "honor": "荣誉",
    "date": "日期", "occasion": "事由", "method": "方式", "visitor": "走访人", "notes": "备注",
    "type": "类型", "title": "主题", "participants": "参加人数", "invited": "邀请人员", "online": "线上",
    "summary": "活动纪要",
    "status": "就业状况", "hardship_certified": "就业困难认定", "needs": "需求", "contacted": "联系时间",
}


def id_number(rng, area):
    """An 18-digit resident ID with a valid GB 11643 / ISO 7064 MOD 11-2 check digit."""
    year = rng.randint(1940, 2004)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (area, year, month, day, rng.randint(0, 999))
    total = sum(int(d) * w for d, w in zip(body, WEIGHTS))
    return body + CHECK[total % 11], year


def person_name(rng):
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def format_date(d, s):
    """ISO dates mostly; some `YYYY/MM/DD` and `YYYY年M月D日`, as SPEC §3 allows."""
    if s < 0.85:
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if s < 0.93:
        return "%04d/%02d/%02d" % (d.year, d.month, d.day)
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def day(rng, lo, hi):
    """A random day between two `datetime.date`s, inclusive."""
    return lo + datetime.timedelta(days=rng.randint(0, (hi - lo).days))


def date(rng, lo=2000, hi=2024, style=None):
    d = day(rng, datetime.date(lo, 1, 1), datetime.date(hi, 10, 31) if hi == 2024 else datetime.date(hi, 12, 31))
    return format_date(d, style if style is not None else rng.random())


def phone(rng, area_code):
    r = rng.random()
    if r < 0.75:
        return "1%d%09d" % (rng.randint(3, 9), rng.randint(0, 999_999_999))
    if r < 0.85:
        return '"1%d%09d"' % (rng.randint(3, 9), rng.randint(0, 999_999_999))
    return "%s-%07d" % (area_code, rng.randint(2_000_000, 8_999_999))


def boolean(rng, p_true=0.5):
    yes = rng.random() < p_true
    return rng.choice(["true", "是"] if yes else ["false", "否"])


class Keys:
    """The key names one file uses: English, Chinese, or a per-field mix (allowed by SPEC §4)."""

    def __init__(self, rng):
        r = rng.random()
        mode = "en" if r < 0.45 else ("zh" if r < 0.8 else "mixed")
        self.names = {}
        for en, zh in KEYS.items():
            use_zh = mode == "zh" or (mode == "mixed" and rng.random() < 0.5)
            self.names[en] = zh if use_zh else en
        self.mode = mode

    def __getitem__(self, en):
        return self.names[en]


def header(out, rng, keys, kind_zh, station_zh):
    out.append("# %s台账 — %s\n" % (kind_zh, station_zh))
    out.append("# 由业务系统导出，人工核对后提交；修改请保留记录顺序\n")
    if rng.random() < 0.3:
        out.append("---\n")
    updated = day(rng, datetime.date(2024, 11, 1), datetime.date(2024, 12, 20))
    out.append("%s: %s      # 更新日期\n" % (keys["updated"], format_date(updated, 0.0)))
    out.append("%s:\n" % keys["records"])


def write_veterans(rng, n, area, area_code, station_zh, persons):
    k = Keys(rng)
    out = []
    header(out, rng, k, "建档立卡", station_zh)
    for i in range(n):
        idn, born = id_number(rng, area)
        name = person_name(rng)
        persons.append((idn, name))
        if rng.random() < 0.02:
            out.append("  # %s新增\n" % date(rng, 2023, 2024, 0.0)[:7])
        out.append('  - %s: "%s"\n' % (k["id_number"], idn))
        out.append("    %s: %s\n" % (k["name"], name))
        out.append("    %s: %s\n" % (k["category"], rng.choice(CATEGORIES)))
        discharged = day(rng, datetime.date(min(2023, born + 19), 1, 1), datetime.date(min(2024, born + 40), 9, 30))
        returned = discharged + datetime.timedelta(days=rng.randint(0, 60))
        out.append("    %s: %s\n" % (k["discharge_date"], format_date(discharged, rng.random())))
        out.append("    %s: %s\n" % (k["return_date"], format_date(returned, rng.random())))
        out.append("    %s: %s\n" % (k["phone"], phone(rng, area_code)))
        out.append("    %s: %s\n" % (k["entitled"], boolean(rng, 0.3)))
        if rng.random() < 0.9:
            out.append("    %s: %s\n" % (k["confirmed"], date(rng, 2024, 2024, 0.0)))
        else:
            out.append("    %s:          # 待确认\n" % k["confirmed"])
        r = rng.random()
        if r < 0.03:
            out.append("    %s: |\n" % k["major_change"])
            out.append("      %s：%s。\n" % (date(rng, 2022, 2024), rng.choice(CHANGES)))
            out.append("      已上报镇（街道）退役军人服务站，%s跟进帮扶。\n" % person_name(rng))
        elif r < 0.08:
            out.append("    %s: %s\n" % (k["major_change"], rng.choice(CHANGES)))
        if rng.random() < 0.04:
            out.append("    %s: [%s]\n" % (k["honor"], ", ".join(rng.sample(HONORS, rng.randint(1, 2)))))
    return "".join(out)


def write_visits(rng, n, persons, station_zh):
    k = Keys(rng)
    out = []
    header(out, rng, k, "走访慰问", station_zh)
    visitors = [person_name(rng) for _ in range(6)]
    for _ in range(n):
        idn, name = rng.choice(persons)
        out.append('  - %s: "%s"\n' % (k["id_number"], idn))
        out.append("    %s: %s\n" % (k["name"], name))
        out.append("    %s: %s\n" % (k["date"], date(rng, 2023, 2024)))
        out.append("    %s: %s\n" % (k["occasion"], rng.choice(OCCASIONS)))
        out.append("    %s: %s   # 电话/走访/座谈\n" % (k["method"], rng.choice(METHODS)) if rng.random() < 0.05
                   else "    %s: %s\n" % (k["method"], rng.choice(METHODS)))
        out.append("    %s: [%s]\n" % (k["visitor"], ", ".join(rng.sample(visitors, rng.randint(1, 3)))))
        if rng.random() < 0.15:
            out.append("    %s: '送去慰问金%d元、米面油一套，了解''%s''情况'\n"
                       % (k["notes"], rng.randint(2, 20) * 100, rng.choice(NEEDS)))
    return "".join(out)


def write_events(rng, n, persons, station_zh):
    k = Keys(rng)
    out = []
    header(out, rng, k, "活动", station_zh)
    for _ in range(n):
        kind = rng.choice(EVENT_TYPES)
        out.append("  - %s: %s\n" % (k["date"], date(rng, 2023, 2024)))
        out.append("    %s: %s\n" % (k["type"], kind))
        out.append('    %s: "%s：%s"\n' % (k["title"], kind, rng.choice(["走进红色教育基地", "老兵讲传统", "政策宣讲进村",
                                                                      "技能提升培训班", "八一座谈会", "春节走访"])))
        count = rng.randint(3, 40)
        out.append("    %s: %d\n" % (k["participants"], count))
        invited = rng.sample(persons, min(len(persons), rng.randint(2, 12)))
        out.append("    %s: [%s]\n" % (k["invited"], ", ".join('"%s"' % p for p, _ in invited)))
        out.append("    %s: %s\n" % (k["online"], boolean(rng, 0.2)))
        if rng.random() < 0.25:
            out.append("    %s: %s\n" % (k["summary"], rng.choice(["|", ">-", "|-"])))
            for _ in range(rng.randint(2, 5)):
                out.append("      %s组织%d名退役军人参加，%s带队，%s。\n"
                           % (station_zh, count, person_name(rng), rng.choice(["气氛热烈", "效果良好", "反响积极"])))
    return "".join(out)


def write_employment(rng, n, persons, station_zh):
    k = Keys(rng)
    out = []
    header(out, rng, k, "就业创业", station_zh)
    for _ in range(n):
        idn, name = rng.choice(persons)
        out.append('  - %s: "%s"\n' % (k["id_number"], idn))
        out.append("    %s: %s\n" % (k["name"], name))
        out.append("    %s: %s\n" % (k["status"], rng.choice(EMPLOYMENT_STATUS)))
        out.append("    %s: %s\n" % (k["hardship_certified"], boolean(rng, 0.1)))
        out.append("    %s: [%s]\n" % (k["needs"], ", ".join(rng.sample(NEEDS, rng.randint(1, 3)))))
        out.append("    %s: %s\n" % (k["contacted"], date(rng, 2024, 2024)))
    return "".join(out)


def write_station(rng, name, level, code, region, area_code):
    """A station.yaml in the shape of SPEC §4, with Chinese or English keys."""
    zh = rng.random() < 0.5
    def key(en, cn):
        return cn if zh else en
    lines = [
        "# 站点声明 — %s\n" % name,
        "%s:\n" % key("station", "站点"),
        "  %s: %s\n" % (key("name", "名称"), name),
        "  %s: %s\n" % (key("level", "层级"), {"county": "县级", "township": "乡镇级", "village": "村级"}[level] if zh else level),
        '  %s: "%s"  # 12 位统计用区划代码\n' % (key("division_code", "区划代码"), code),
        "  %s: %s\n" % (key("region", "所在地"), region),
        "  %s: 公益一类事业单位\n" % key("institution_type", "机构性质"),
        "  %s:\n" % key("plaque", "牌匾"),
        "    %s: %s\n" % (key("text", "内容"), name),
        "    %s: 竖\n" % key("orientation", "样式"),
        "    %s: 白底黑字\n" % key("colors", "底色字色"),
        "    %s: 方正宋黑简体\n" % key("font", "字体"),
        "    %s: %s\n" % (key("prominent", "醒目位置"), "是" if zh else "true"),
        "%s:\n" % key("staffing", "编制人员"),
        "  %s: %d\n" % (key("authorized", "核定编制"), rng.randint(3, 12)),
        "  %s: %d\n" % (key("in_post", "在编在岗"), rng.randint(2, 10)),
        "  %s: %d\n" % (key("veterans_hired", "退役军人及优抚对象人数"), rng.randint(0, 4)),
        "  %s: [主任, 综合业务岗, 就业创业岗]\n" % key("positions", "岗位设置"),
        "%s: {%s: true, %s: true, %s: %d}\n" % (key("funding", "经费"), key("in_budget", "列入本级财政预算"),
                                               key("earmarked", "专款专用"), key("amount", "年度经费"),
                                               rng.randint(5, 50) * 10000),
        "%s:\n" % key("facilities", "场所设施"),
        "  %s: %d\n" % (key("area_m2", "服务场所面积"), rng.randint(40, 400)),
        "  %s: [电脑, 电话, 打印机, 传真机]\n" % key("equipment", "办公设备"),
        "  %s: true\n" % key("network_connected", "连通退役军人信息化网络"),
        "  %s: [资料柜, 档案柜]\n" % key("furniture", "办公家具"),
        "  %s: [紧急医疗救助, 饮水供应]\n" % key("conveniences", "便民服务保障"),
        "%s:\n" % key("political_culture", "政治文化"),
        "  %s: 组建退役军人管理保障机构，维护军人军属合法权益，让军人成为全社会尊崇的职业\n" % key("quote", "重要论述"),
        "  %s: %d\n" % (key("leader_photos", "图片资料幅数"), rng.randint(4, 20)),
        "  %s: %d\n" % (key("hero_portraits", "英模画像幅数"), rng.randint(4, 20)),
        "  %s: [最美退役军人, 本地区优秀退役军人代表]\n" % key("exemplar_displays", "事迹展示"),
        "%s: [工作职责, 工作制度, 工作流程, 组织架构, 服务内容, 服务承诺]\n" % key("public_notices", "公示"),
        "%s:\n" % key("reception", "来访接待"),
        "  %s: true\n" % key("post_signs", "岗位标牌"),
        "  %s: %s-%07d\n" % (key("hotline", "服务热线"), area_code, rng.randint(2_000_000, 8_999_999)),
        "  %s: true\n" % key("badges", "挂牌上岗"),
        "  %s: [一张笑脸, 一声问候, 一杯热水, 一把椅子, 一站服务, 一办到底]\n" % key("six_ones", "六个一"),
        "%s:\n" % key("location", "位置信息"),
        "  %s: %.4f\n" % (key("latitude", "纬度"), rng.uniform(34.6, 40.7)),
        "  %s: %.4f\n" % (key("longitude", "经度"), rng.uniform(110.2, 114.5)),
        "  %s: [photos/front.jpg]\n" % key("photos", "场所图片"),
        "  %s: %s-%07d\n" % (key("phone", "联系电话"), area_code, rng.randint(2_000_000, 8_999_999)),
        "  %s: 周一至周五 8:30-12:00 14:30-17:30\n" % key("office_hours", "办公时间"),
        "%s:\n" % key("volunteer_team", "志愿服务队"),
        "  %s: %s老兵志愿服务队\n" % (key("name", "名称"), region[:2]),
        "  %s: 老兵先锋\n" % key("brand", "服务品牌"),
        "%s:\n" % key("legal_aid", "法律援助"),
        "  %s: 法律援助工作站\n" % key("kind", "形式"),
        "  %s: %s律师 1%d%09d\n" % (key("contact", "联系人"), rng.choice(SURNAMES), rng.randint(3, 9),
                                  rng.randint(0, 999_999_999)),
        "%s:\n" % key("attestations", "自评承诺"),
        '  "5.1.7": 每月开展一次业务学习，见 台账/活动.yaml\n',
        '  "5.2.3.1": |\n',
        "    每季度召开一次退役军人座谈会；\n",
        "    会议记录存于档案柜第二层。\n",
    ]
    return "".join(lines)


def town_name(rng):
    return "".join(rng.sample(TOWN_WORDS, 2)) + rng.choice(TOWN_SUFFIX)


class Writer:
    def __init__(self, root):
        self.root = root
        self.total = 0
        self.files = 0

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        self.total += len(data)
        self.files += 1


def write_ledgers(rng, w, folder, area, area_code, name, sizes):
    """One station's four ledgers; `sizes` gives record counts (veterans, visits, events, employment)."""
    persons = []
    ledger_dir = "ledgers" if rng.random() < 0.8 else "台账"
    names = {"veterans": "建档立卡", "visits": "走访慰问", "events": "活动", "employment": "就业创业"}
    def path(kind):
        base = kind if ledger_dir == "ledgers" else names[kind]
        return os.path.join(folder, ledger_dir, base + ".yaml")
    w.write(path("veterans"), write_veterans(rng, sizes[0], area, area_code, name, persons))
    w.write(path("visits"), write_visits(rng, sizes[1], persons, name))
    w.write(path("events"), write_events(rng, sizes[2], persons, name))
    w.write(path("employment"), write_employment(rng, sizes[3], persons, name))


def generate(root, target_bytes, seed):
    rng = random.Random(seed)
    w = Writer(root)
    n = 0
    while w.total < target_bytes:
        city_dir, city_zh, city_code, counties = CITIES[n % len(CITIES)]
        county_dir, county_zh, county_code = counties[(n // len(CITIES)) % len(counties)]
        round_no = (n // len(CITIES)) // len(counties)
        n += 1
        area = city_code + county_code
        area_code = "0" + str(349 + int(city_code[2:]))  # 0350..0359-like landline area codes
        name = "%s退役军人服务中心" % county_zh
        county_folder = os.path.join(city_dir, county_dir + ("" if round_no == 0 else "-%d" % round_no))
        code = area + "000000"
        w.write(os.path.join(county_folder, "station.yaml"),
                write_station(rng, name, "county", code, county_zh, area_code))
        # One county in four keeps its whole registry in one file of several MB.
        big = rng.random() < 0.3
        vets = rng.randint(9000, 20000) if big else rng.randint(800, 3000)
        write_ledgers(rng, w, county_folder, area, area_code, name,
                      (vets, vets // rng.randint(2, 5), rng.randint(60, 200), vets // rng.randint(3, 8)))
        for t in range(rng.randint(8, 16)):
            town = town_name(rng)
            tcode = area + "%03d" % (t + 1) + "000"
            tfolder = os.path.join(county_folder, "town%02d" % (t + 1))
            tname = "%s%s退役军人服务站" % (county_zh, town)
            w.write(os.path.join(tfolder, "station.yaml"), write_station(rng, tname, "township", tcode, town, area_code))
            tv = rng.randint(100, 400)
            write_ledgers(rng, w, tfolder, area, area_code, tname,
                          (tv, rng.randint(100, 400), rng.randint(30, 100), rng.randint(60, 200)))
            for v in range(rng.randint(0, 2)):
                village = "".join(rng.sample(TOWN_WORDS, 2)) + rng.choice(VILLAGE_SUFFIX)
                vcode = tcode[:9] + "%03d" % (v + 1)
                vfolder = os.path.join(tfolder, "village%02d" % (v + 1))
                vname = "%s%s退役军人服务站" % (town, village)
                w.write(os.path.join(vfolder, "station.yaml"),
                        write_station(rng, vname, "village", vcode, village, area_code))
                vv = rng.randint(50, 150)
                write_ledgers(rng, w, vfolder, area, area_code, vname,
                              (vv, rng.randint(50, 150), rng.randint(12, 36), rng.randint(20, 60)))
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", default="/tmp/stationlint-bench-corpus")
    ap.add_argument("--target-mb", type=float, default=105.0, help="least total size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=20241130)
    args = ap.parse_args()
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit("gen_ledgers: %s exists and is not empty; remove it first" % args.out)
    w = generate(args.out, int(args.target_mb * 1_000_000), args.seed)
    print("gen_ledgers: %d files, %.1f MB in %s (seed %d)" % (w.files, w.total / 1e6, args.out, args.seed))


if __name__ == "__main__":
    main()
