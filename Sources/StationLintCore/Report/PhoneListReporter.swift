/// The phone spot-check list (`sample --persons N`) as text, CSV and HTML to print: per sampled
/// station the persons drawn, their phone, the latest visit on record (date, reason, visitor)
/// and how many visits there are, and an empty 核实结果 column the inspector fills in by hand.
/// Masked unless `--show-personal-data`, and then says so: a masked number cannot be called.
public struct PhoneList: Sendable {
    public let lists: [PhoneSample]
    public let seed: String
    public let perStation: Int
    public let shown: Bool
    public let lang: Language
    /// How many stations the sample was drawn from.
    public let population: Int

    public init(_ lists: [PhoneSample], seed: String, perStation: Int, shown: Bool, lang: Language, population: Int) {
        self.lists = lists
        self.population = population
        self.seed = seed
        self.perStation = perStation
        self.shown = shown
        self.lang = lang
    }

    var l: Language { lang }

    /// The line a masked list prints first.
    public var maskedNotice: String? {
        shown ? nil : l.pick("注意：电话号码、姓名和证件号已隐去（如 138****5678），此清单无法据此拨打；加 --show-personal-data 显示完整号码，并妥善保管打印件。",
                             "Note: phone numbers, names and IDs are masked (e.g. 138****5678), so this list cannot be dialled; add --show-personal-data to show the numbers, and keep the printout safe.")
    }

    var header: [String] {
        [l.pick("序号", "No."), l.pick("姓名", "Name"), l.pick("证件号", "ID"), l.pick("电话", "Phone"), l.pick("最近走访日期", "Last visit"),
         l.pick("事由", "Reason"), l.pick("走访人", "Visitor"), l.pick("走访次数", "Visits"), l.pick("核实结果", "Verified")]
    }

    func cells(_ i: Int, _ p: PhoneSample.Person) -> [String] {
        let last = p.visits.first
        return [String(i + 1), p.name, p.id, p.phone ?? "", last?.date ?? "", last?.reason ?? l.pick("无走访记录", "no visit on record"),
                last?.visitor ?? "", String(p.visits.count), ""]
    }

    func title(_ s: PhoneSample) -> String { s.stationName ?? s.path }

    func summary(_ s: PhoneSample) -> String {
        l.pick("从 \(s.population) 人中抽取 \(s.persons.count) 人", "\(s.persons.count) of \(s.population) persons")
            + (s.hasPhoneField ? "" : l.pick("；人员台账没有电话字段", "; the person ledgers have no phone field"))
    }

    var intro: String {
        l.pick("电话抽查清单（从 \(population) 个站点中抽取 \(lists.count) 个，每站 \(perStation) 人，种子 \(seed)）",
               "Phone spot-check list (\(lists.count) of \(population) stations, \(perStation) persons each, seed \(seed))")
    }

    public func text() -> String {
        var out = [intro]
        if let m = maskedNotice { out.append(m) }
        for s in lists {
            out.append("")
            out.append("\(title(s))  \(s.path)  " + l.pick("（\(summary(s))）", "(\(summary(s)))"))
            for (i, p) in s.persons.enumerated() {
                var line = "  \(i + 1). \(p.name) \(p.id)  \(l.pick("电话", "phone")) \(p.phone ?? l.pick("无", "none"))"
                if let v = p.visits.first {
                    line += l.pick("  最近走访 \(v.date) \(v.reason)，走访人 \(v.visitor.isEmpty ? "未记录" : v.visitor)（共 \(p.visits.count) 次）",
                                   "  last visit \(v.date) \(v.reason), by \(v.visitor.isEmpty ? "not recorded" : v.visitor) (\(p.visits.count) in all)")
                } else {
                    line += l.pick("  无走访记录", "  no visit on record")
                }
                out.append(Escape.terminal(line))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per person, the station first (no notice line, so every row is a record): UTF-8 with a BOM, CRLF, text cells as text.
    public func csv() -> String {
        // Rectangular, for a spreadsheet: the masked notice goes to standard error (SampleCommand).
        var lines: [String] = []
        lines.append(([l.pick("站点", "Station"), l.pick("路径", "Path")] + header).map(Escape.csv).joined(separator: ","))
        for s in lists {
            for (i, p) in s.persons.enumerated() {
                let c = [title(s), s.path] + cells(i, p)
                // The number and the visit count are numbers; everything else (IDs, phones, dates) stays text.
                lines.append(c.enumerated().map { k, v in k == 2 || k == 9 ? Escape.csv(v) : Escape.csvText(v) }.joined(separator: ","))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A page per station to print, a table each with an empty 核实结果 column.
    public func html() -> String {
        let h = Escape.html
        var out = ["<!DOCTYPE html>", "<html lang=\"\(l.pick("zh-CN", "en"))\">", "<head>", "<meta charset=\"utf-8\">",
                   "<title>\(h(l.pick("电话抽查清单", "Phone spot-check list")))</title>",
                   "<style>",
                   "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;font-size:11pt;margin:1.5cm}",
                   "table{border-collapse:collapse;width:100%;margin-bottom:1em}",
                   "th,td{border:1px solid #000;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
                   "th{background:#eee}td.verify{width:22%;height:2.2em}",
                   ".notice{border:2px solid #000;padding:6px;font-weight:bold}",
                   "section{break-inside:avoid}section+section{break-before:page}",
                   "h2{break-after:avoid}",
                   "@page{size:A4 landscape;margin:1.2cm}",
                   "</style>", "</head>", "<body>", "<h1>\(h(intro))</h1>"]
        if let m = maskedNotice { out.append("<p class=\"notice\">\(h(m))</p>") }
        for s in lists {
            out.append("<section>")
            out.append("<h2>\(h(title(s)))</h2>")
            out.append("<p>\(h(s.path))\(l.pick("；", "; "))\(h(summary(s)))</p>")
            out.append("<table><thead><tr>" + header.map { "<th>\(h($0))</th>" }.joined() + "</tr></thead><tbody>")
            for (i, p) in s.persons.enumerated() {
                let c = cells(i, p)
                out.append("<tr>" + c.dropLast().map { "<td>\(h($0))</td>" }.joined() + "<td class=\"verify\"></td></tr>")
            }
            out.append("</tbody></table>")
            out.append("<p>\(h(l.pick("抽查人：__________　日期：__________", "Checked by: __________  Date: __________")))</p>")
            out.append("</section>")
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }
}
