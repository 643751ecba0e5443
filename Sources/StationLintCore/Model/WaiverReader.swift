/// Reads `waivers.yaml` / `豁免.yaml`: a list of `{rule, reason, approved_by, expires}`
/// (Chinese keys 规则/条款, 理由, 批准单位, 有效期至).
enum WaiverReader {
    static let keys = KeyTable([
        ("rule", ["规则", "条款"]), ("reason", ["理由"]), ("approved_by", ["批准单位"]), ("expires", ["有效期至"]),
    ])

    static func read(_ document: YAMLDocument, file: String, typer: ValueTyper) -> (waivers: [Waiver], errors: [Diagnostic]) {
        let lang = typer.lang
        func loc(_ m: Mark) -> Location { Location(file: file, mark: m) }
        var waivers: [Waiver] = []
        var errors: [Diagnostic] = []
        if document.root.isNull { return ([], []) }
        guard let items = document.root.items else {
            return ([], [Diagnostic(location: loc(document.root.mark), message: lang.pick("豁免文件应为列表（每项以“- ”开头）", "the waivers file must be a list ('- ' items)"))])
        }
        for item in items {
            guard let pairs = item.pairs else {
                errors.append(Diagnostic(location: loc(item.mark), message: lang.pick("每项豁免应为键值映射", "each waiver must be a mapping")))
                continue
            }
            var values: [String: (String, Mark)] = [:]
            for pair in pairs {
                let key = document.string(pair.key)
                guard let canonical = keys.canonical(key) else {
                    let hint = keys.hint(for: key)
                    errors.append(Diagnostic(location: loc(pair.keyMark), message: lang.pick(
                        "豁免中未知的键“\(VisibleText.shown(key))”" + hint.zh,
                        "unknown waiver key '\(VisibleText.shown(key))'" + hint.en)))
                    continue
                }
                values[canonical] = (pair.value.scalar.map { document.string($0) } ?? "", pair.value.mark)
            }
            guard let rule = values["rule"], !rule.0.isEmpty else {
                errors.append(Diagnostic(location: loc(item.mark), message: lang.pick("豁免缺少 rule（规则编号或条款号）", "waiver lacks rule (a rule id or clause)")))
                continue
            }
            var expires: Day? = nil
            if let e = values["expires"] {
                expires = Day.parse(e.0)
                if expires == nil {
                    errors.append(Diagnostic(location: loc(e.1), message: lang.pick("有效期“\(e.0)”不是日期", "expiry '\(e.0)' is not a date")))
                }
            } else {
                errors.append(Diagnostic(location: loc(item.mark), message: lang.pick("豁免缺少 expires（有效期至）", "waiver lacks expires")))
            }
            waivers.append(Waiver(target: rule.0.trimmingSpaces(), reason: values["reason"]?.0 ?? "", approvedBy: values["approved_by"]?.0 ?? "",
                                  expires: expires, location: loc(rule.1)))
        }
        return (waivers, errors)
    }
}
