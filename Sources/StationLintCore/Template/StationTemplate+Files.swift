/// The template's ledgers, waivers file and photos note.
extension StationTemplate {
    func ledger(_ spec: LedgerSpec) -> String {
        let header = pack.schema.ledgerHeader
        var lines = [
            l.pick("# \(spec.title(.zh))（\(spec.key)）：每条记录以“- ”开头；带 * 的字段每条必填。",
                   "# \(spec.title(.en)) (\(spec.zh)): one record per '- ' item; fields marked * are required in every record."),
            l.pick("# 由 stationlint init 生成。也可改用同名 .xlsx 工作簿或 .csv 文件（表头行写字段名，中文或英文均可），或把各台账放在一个工作簿中、每个台账一张以台账名称命名的工作表。",
                   "# Written by stationlint init. An .xlsx workbook or a .csv of the same name works too (a header row of field names, English or Chinese), or one workbook with a sheet per ledger, named for it."),
        ]
        if spec.persons, let id = spec.field(.personID) {
            lines.append(l.pick("# 每人一条记录：同一\(id.zh)只能出现一次。", "# One record per person: the same \(id.key) appears at most once."))
        }
        lines.append(l.pick("# 字段：", "# Fields:"))
        for f in spec.fields {
            lines.append("#   " + key(f) + (spec.required.contains(f.key) ? " *" : "") + l.pick("：", ": ") + oneLine(describe(f, sample: nil)))
        }
        let example = exampleFile("ledgers/" + spec.key + ".yaml")
        for h in header {
            switch h.type {
            case .records:
                lines.append(key(h) + ":" + comment(otherName(h) + l.pick("：记录列表", ": the list of records")))
                lines.append(l.pick("# 示例记录（删去行首的“# ”后改为真实记录）：", "# An example record (remove the leading '# ' and put real data in):"))
                lines += exampleRecord(spec, example.flatMap { lookup($0, h.key) }).map { "# " + $0 }
            default:
                lines.append(key(h) + ":" + comment(otherName(h) + l.pick("，", ", ") + h.type.expectation(lang)
                                                   + l.pick("：台账最近一次更新的日期", ": the day the ledger was last brought up to date")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `- 身份证号: "…"` and the record's other fields, from the pack's example or left empty.
    func exampleRecord(_ spec: LedgerSpec, _ records: JSON?) -> [String] {
        var record: [(String, JSON)] = []
        if case .array(let items)? = records, case .object(let first)? = items.first { record = first }
        var lines: [String] = []
        for (i, f) in spec.fields.enumerated() {
            let value = record.first { $0.0 == f.key }.flatMap { YAMLText.value($0.1) }
            lines.append((i == 0 ? " - " : "   ") + key(f) + ":" + (value.map { " " + $0 } ?? ""))
        }
        return lines
    }

    func waivers() -> String {
        let names = Dictionary(WaiverReader.keys.keys.map { ($0.en, lang == .zh ? $0.zh[0] : $0.en) }, uniquingKeysWith: { a, _ in a })
        let rule = pack.rules(for: level).first?.id ?? "RULE-ID"
        return [
            l.pick("# 豁免：经上级批准、暂缓整改的条款。每项以“- ”开头；删去行首的“# ”后填写。",
                   "# Waivers: clauses an authority has allowed to be fixed later. One '- ' item each; remove the leading '# ' to use."),
            l.pick("# 未过期的豁免把“不通过”记为“已豁免”并在报告中列明；过期的不再生效。",
                   "# An unexpired waiver turns a fail into 'waived' (and the reports say so); an expired one no longer counts."),
            "# - \(names["rule"] ?? "rule"): \(rule)" + comment(l.pick("规则编号或条款号", "a rule id or a clause number")),
            "#   \(names["reason"] ?? "reason"):" + comment(l.pick("如 场所改造中，2025年3月前完成", "why, e.g. premises under repair until March 2025")),
            "#   \(names["approved_by"] ?? "approved_by"):" + comment(l.pick("如 某县退役军人事务局", "the approving authority")),
            "#   \(names["expires"] ?? "expires"):" + comment(l.pick("日期，如 2025-03-31；过期后不再生效", "a date such as 2025-03-31; no longer counts after it")),
        ].joined(separator: "\n") + "\n"
    }

    func photosNote() -> String {
        let field = fileField.map { $0.map { key($0) }.joined(separator: " → ") } ?? "photos"
        return l.pick("""
            把服务场所的照片放在此文件夹，并在 站点.yaml 的“\(field)”中逐一列出路径（相对站点文件夹），
            例如 [photos/front.jpg]。列出的文件必须存在；未列出的照片不参与检查。
            """, """
            Put photos of the premises in this folder and list each path (relative to the station folder) under
            "\(field)" in station.yaml, e.g. [photos/front.jpg]. Listed files must exist; unlisted photos are not checked.
            """) + "\n"
    }

    /// The chain of fields down to the first field holding file paths.
    var fileField: [FieldSpec]? {
        func find(_ fields: [FieldSpec]) -> [FieldSpec]? {
            for f in fields {
                if f.type.element == .file { return [f] }
                if let inner = find(f.fields) { return [f] + inner }
            }
            return nil
        }
        return find(pack.schema.station)
    }
}
