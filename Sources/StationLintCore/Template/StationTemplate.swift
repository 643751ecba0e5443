/// The files of a template station folder (`stationlint init`), made from the pack alone: every
/// field of the schema with its type, allowed values and an example (from the pack's example
/// station of the level); every ledger with its header and one commented example record; the
/// manual clauses to attest; a commented waiver; a note for `photos/`. Chinese keys and `台账/`
/// by default, English keys and `ledgers/` with `--lang en`. Nothing here names a field.
public struct StationTemplate: Sendable {
    public let pack: RulePack
    public let level: String
    public let lang: Language

    public init(pack: RulePack, level: String, lang: Language) {
        self.pack = pack
        self.level = level
        self.lang = lang
    }

    /// Relative path → content, in the order they are written (folders are implied).
    public func files() -> [(path: String, content: String)] {
        // The names a station head reads in their own language: 站点.yaml, 台账/, 豁免.yaml.
        let pick = lang == .zh ? 1 : 0
        var out = [(path: StationLoader.declarationNames[pick], content: declaration())]
        let folder = StationLoader.ledgerFolders[pick]
        for spec in pack.schema.ledgers {
            out.append((path: folder + "/" + spec.name(lang) + ".yaml", content: ledger(spec)))
        }
        out.append((path: StationLoader.waiverNames[pick], content: waivers()))
        out.append((path: "photos/" + lang.pick("说明.txt", "README.txt"), content: photosNote()))
        return out
    }

    var l: Language { lang }

    func key(_ f: FieldSpec) -> String { lang == .zh ? f.zh : f.key }

    /// The other-language name of a field, for the comment (`name` beside 名称, 名称 beside `name`).
    func otherName(_ f: FieldSpec) -> String { lang == .zh ? f.key : f.zh }

    var levelName: String { pack.levelName(level, lang) }

    // MARK: station.yaml

    func declaration() -> String {
        var lines = [
            l.pick("# 站点声明：按《\(pack.title.zh)》（\(pack.standard)）自查的本站信息。",
                   "# Station declaration: this station's facts, checked against \(pack.title.text(.en)) (\(pack.standard))."),
            l.pick("# 由 stationlint init 生成（\(levelName)）。把每个空值改为本站实际情况；“例：”后是写法示例，不要照抄。",
                   "# Written by stationlint init (\(level)). Fill in every empty value; what follows \"e.g.\" shows the form only."),
            l.pick("# 列表写成 [甲, 乙]；是/否 写 true/false（或 是/否）；日期写 2024-11-30；数字用阿拉伯数字。",
                   "# Lists as [a, b]; yes/no as true/false; dates as 2024-11-30; numbers in ASCII digits."),
            l.pick("# 填好后检查：stationlint check 本文件夹", "# Then check: stationlint check THIS_FOLDER"),
        ]
        let example = exampleFile(StationLoader.declarationNames[0])
        for field in pack.schema.station { lines += declarationLines(field, path: field.key, indent: "", example: example) }
        return lines.joined(separator: "\n") + "\n"
    }

    func declarationLines(_ f: FieldSpec, path: String, indent: String, example: JSON?) -> [String] {
        let sample = example.flatMap { lookup($0, path) }
        switch f.type {
        case .mapping:
            var lines = [indent + key(f) + ":" + comment(otherName(f))]
            for child in f.fields { lines += declarationLines(child, path: path + "." + child.key, indent: indent + "  ", example: example) }
            return lines
        case .attestations:
            var lines = [indent + key(f) + ":" + comment(otherName(f) + l.pick("：需人工核验的条款，逐条写明可供核查的证据（条款号: 说明）",
                                                                               ": for each clause a person verifies, the evidence you offer (clause: text)"))]
            let manual = pack.rules(for: level).filter { $0.manual != nil && $0.notApplicableReason(level) == nil }
            if manual.isEmpty {
                lines.append(indent + l.pick("  # （本规则包在\(levelName)没有需人工核验的条款）", "  # (no clause of this pack needs a person's check at this level)"))
            }
            for rule in manual {
                lines.append(indent + "  # " + YAMLText.scalar(rule.clause, forceQuotes: true) + ": " + oneLine(rule.manual?.text(lang) ?? rule.title.text(lang)))
            }
            return lines
        default:
            let value = path == levelPath ? levelName : ""
            return [indent + key(f) + ":" + (value.isEmpty ? "" : " " + value) + comment(describe(f, sample: value.isEmpty ? sample : nil))]
        }
    }

    /// The dotted path of the field whose type is `level` (filled in from `--level`).
    var levelPath: String? {
        func find(_ fields: [FieldSpec], _ prefix: String) -> String? {
            for f in fields {
                let p = prefix.isEmpty ? f.key : prefix + "." + f.key
                if f.type == .level { return p }
                if let inner = find(f.fields, p) { return inner }
            }
            return nil
        }
        return find(pack.schema.station, "")
    }

    /// `name，文字；例：小店区退役军人服务中心` — the other name, the type, allowed values, example.
    func describe(_ f: FieldSpec, sample: JSON?) -> String {
        var parts: [String]
        if case .vocabulary(let name) = f.type.element, let vocab = pack.schema.vocabularies[name] {
            let values = vocab.values.map { vocab.display($0, lang) }.joined(separator: l.pick("、", ", "))
            let list = f.type == f.type.element ? "" : l.pick("列表，", "a list, ")
            parts = [otherName(f) + l.pick("，", ", ") + list + l.pick("可选值：", "each one of: ") + values]
        } else {
            parts = [otherName(f) + l.pick("，", ", ") + f.type.expectation(lang)]
        }
        if let sample, let text = YAMLText.value(sample) { parts.append(l.pick("例：", "e.g. ") + text) }
        return parts.joined(separator: l.pick("；", "; "))
    }

    func comment(_ text: String) -> String { "  # " + oneLine(text) }

    func oneLine(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }

    // MARK: examples from the pack

    /// The example station's file (as a JSON tree) for this level, or any level that has it.
    func exampleFile(_ path: String) -> JSON? {
        let levels = [level] + pack.examples.stations.keys.sorted().filter { $0 != level }
        for lv in levels {
            if let file = pack.examples.stations[lv]?.first(where: { $0.0 == path }) { return file.1 }
        }
        return nil
    }

    func lookup(_ json: JSON, _ path: String) -> JSON? {
        var node = json
        for part in path.split(separator: ".") {
            guard case .object(let pairs) = node, let next = pairs.first(where: { $0.0 == part })?.1 else { return nil }
            node = next
        }
        return node
    }
}
