import StationLintCore

/// `stationlint explain RULE|CLAUSE`: what a clause says, how it is checked in plain words,
/// how to fix a failure, the parameters it reads (with why they have their value), and the
/// rule's own passing and failing examples. A clause with a variant per level shows each rule.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        summary: Localized(zh: "解释一条规则：条款原文、检查内容、整改建议、所用参数与示例",
                           en: "explain a rule: the clause text, its checks, the remedy, its parameters and examples"),
        usage: "stationlint explain RULE|CLAUSE   (DB14-4.1, 4.1)",
        options: PackLoading.options,
        positionalName: "RULE|CLAUSE",
        minPositionals: 1,
        maxPositionals: 1
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let l = context.lang
        let pack = try PackLoading.load(context.arguments, lang: l)
        let wanted = context.arguments.positionals[0]
        let rules = find(wanted, in: pack)
        guard !rules.isEmpty else {
            let hint = DidYouMean.hint(for: wanted, among: pack.ruleNames, verb: .look)
            throw UsageError.other(Localized(
                zh: "规则包中没有规则或条款“\(wanted)”" + hint.zh + "（stationlint rules 列出全部）",
                en: "no rule or clause '\(wanted)' in the pack" + hint.en + " (stationlint rules lists them)"))
        }
        context.console.out(rules.map { explain($0, pack, l) }.joined(separator: "\n"))
        return .success
    }

    /// Rules by id (any case) or by clause number.
    static func find(_ text: String, in pack: RulePack) -> [Rule] {
        let t = text.trimmingSpaces()
        let byID = pack.rules.filter { $0.id.lowercased() == t.lowercased() }
        return byID.isEmpty ? pack.rules.filter { $0.clause == t } : byID
    }

    static func explain(_ rule: Rule, _ pack: RulePack, _ l: Language) -> String {
        let renderer = MessageRenderer(lang: l, privacy: PersonalData(show: false), names: ReportNames(pack))
        let levels = rule.levels.map { pack.levelName($0, l) }.joined(separator: l.pick("、", ", "))
        var out = [
            "\(rule.id)  \(rule.title.text(l))",
            l.pick("条款 \(rule.clause)（\(pack.sectionTitle(pack.section(of: rule.clause), l))）；适用层级：\(levels)；",
                   "Clause \(rule.clause) (\(pack.sectionTitle(pack.section(of: rule.clause), l))); levels: \(levels); ")
                + modality(rule, l) + l.pick("；权重 ", "; weight ") + weight(rule.weight),
            l.pick("定义于 ", "Defined at ") + rule.location.formatted,
            "",
            l.pick("条款原文", "Clause text"),
            "  " + rule.text,
        ]
        if !rule.checks.isEmpty {
            out += ["", l.pick("检查内容", "Checks")]
            for (i, spec) in rule.checks.enumerated() {
                var line = "  \(i + 1). " + renderer.text(spec.check.describe())
                if let only = spec.levels { line += l.pick("（仅\(only.map { pack.levelName($0, l) }.joined(separator: "、"))）", " (only \(only.joined(separator: ", ")))") }
                // The `note` primitive says so itself; other checks made informative say it here.
                if spec.informative && type(of: spec.check).name != "note" { line += l.pick("（仅作提示，不影响结论）", " (informs only, never fails)") }
                if let severity = spec.severity, severity != rule.severity { line += l.pick("（不通过为\(severity.name(l))）", " (fails as \(severity.rawValue))") }
                out.append(line)
            }
        }
        if let manual = rule.manual {
            out += ["", l.pick("需人工核验", "A person verifies"), "  " + manual.text(l),
                    l.pick("  站点在 station.yaml 的 自评承诺（attestations）中写明 \"\(rule.clause)\" 的证据。",
                           "  The station gives its evidence under attestations: \"\(rule.clause)\" in station.yaml.")]
        }
        if !rule.notApplicable.isEmpty {
            out += ["", l.pick("不适用", "Not applicable")]
            for na in rule.notApplicable {
                let where_ = na.levels.isEmpty ? l.pick("各层级", "every level") : na.levels.map { pack.levelName($0, l) }.joined(separator: l.pick("、", ", "))
                out.append("  " + where_ + l.pick("：", ": ") + na.reason.text(l))
            }
        }
        let remedy = rule.remedy.text(l)
        if !remedy.isEmpty { out += ["", l.pick("整改建议", "Remedy"), "  " + remedy] }
        let parameters = rule.parameters(in: pack)
        if !parameters.isEmpty {
            out += ["", l.pick("参数（可用 --param 名称=值 覆盖）", "Parameters (override with --param NAME=VALUE)")]
            for p in parameters { out.append("  \(p.name) = \(p.value)" + l.pick("：", ": ") + p.note.text(l)) }
        }
        if !rule.examples.isEmpty {
            out += ["", l.pick("示例（测试套件逐一运行）", "Examples (the test suite runs each)")]
            for (i, example) in rule.examples.enumerated() { out.append("  \(i + 1). " + describe(example, pack, l)) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func modality(_ rule: Rule, _ l: Language) -> String {
        let verb: String
        switch rule.modality {
        case .requirement: verb = l.pick("要求（应）", "requirement (应)")
        case .recommendation: verb = l.pick("推荐（宜）", "recommendation (宜)")
        case .permission: verb = l.pick("允许（可）", "permission (可)")
        }
        return l.pick("情态：\(verb)，不通过为\(rule.severity.name(l))", "modality: \(verb), fails as \(rule.severity.rawValue)")
    }

    static func weight(_ w: Double) -> String { w == w.rounded() ? String(Int(w)) : String(w) }

    /// `不通过（县级）：funding.earmarked = 否；消息含“专款专用”`.
    static func describe(_ e: RuleExample, _ pack: RulePack, _ l: Language) -> String {
        var text = e.expect.name(l) + l.pick("（\(pack.levelName(e.level, l))）", " (\(e.level))") + l.pick("：", ": ")
        let changes = ExampleChanges.lines(e.patch, l)
        text += changes.isEmpty ? l.pick("基础示例站点，不作修改", "the base example station, unchanged") : changes.joined(separator: l.pick("；", "; "))
        if let asOf = e.asOf { text += l.pick("；基准日 \(asOf)", "; as of \(asOf)") }
        if let m = e.messageContains { text += l.pick("；消息含“\(m)”", "; the message says '\(m)'") }
        return text
    }
}

/// What a rule example changes in its base station, one readable line per change.
enum ExampleChanges {
    static func lines(_ patch: JSON, _ l: Language) -> [String] {
        guard case .object(let parts) = patch else { return [] }
        var out: [String] = []
        for (kind, value) in parts {
            switch kind {
            case "set": out += flatten(value, prefix: "")
            case "ledgers", "files":
                guard case .object(let items) = value else { continue }
                for (name, content) in items {
                    let label = kind == "ledgers" ? l.pick("台账 ", "ledger ") + name : l.pick("文件 ", "file ") + name
                    out.append(label + (content == .null ? l.pick(" 删除", " removed") : " = " + content.serialized(pretty: false)))
                }
            default: out.append(kind + " = " + value.serialized(pretty: false))
            }
        }
        return out
    }

    /// `funding.earmarked = 否` for every leaf of a `set` patch; null removes the key.
    static func flatten(_ json: JSON, prefix: String) -> [String] {
        if case .object(let pairs) = json, !pairs.isEmpty {
            return pairs.flatMap { flatten($0.1, prefix: prefix.isEmpty ? $0.0 : prefix + "." + $0.0) }
        }
        switch json {
        case .string(let s): return ["\(prefix) = \(s)"]
        case .null: return ["\(prefix) = null"]
        default: return ["\(prefix) = " + json.serialized(pretty: false)]
        }
    }
}
