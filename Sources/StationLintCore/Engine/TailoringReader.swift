/// Reads a tailoring file (YAML, English or Chinese keys) against the pack it tailors:
///
/// ```yaml
/// title: 太原市 2025 年度剪裁          # 名称
/// approved_by: 太原市退役军人事务局      # 批准单位
/// scope: ["1401"]                      # 适用范围（区划代码前缀，可省略）
/// parameters:                          # 参数
///   recent_activity_days: 180
/// set_aside:                           # 不适用
///   - rule: DB14-5.1.3                 # 规则 / 条款
///     reason: …                        # 理由
///     approved_by: …                   # 批准单位
/// severity:                            # 严重程度
///   - rule: DB14-5.3.2
///     severity: warning                # error|warning|info，或 应|宜|可
/// ```
///
/// Anything it cannot take is an error at its position, never ignored: an unknown key, rule or
/// parameter (with the nearest known name), a value of the wrong type, a rule named twice, a
/// set-aside without its reason or approver.
public enum TailoringReader {
    static let topKeys = KeyTable([
        ("title", ["名称"]), ("approved_by", ["批准单位"]), ("scope", ["适用范围"]), ("parameters", ["参数"]),
        ("set_aside", ["不适用"]), ("severity", ["严重程度"]),
    ])
    static let setAsideKeys = KeyTable([("rule", ["规则", "条款"]), ("reason", ["理由"]), ("approved_by", ["批准单位"])])
    static let severityKeys = KeyTable([("rule", ["规则", "条款"]), ("severity", ["严重程度"])])
    /// The words a severity may be given in: its name, the modal verb, the report's label.
    static let severityWords: [(Severity, [String])] = [
        (.error, ["error", "应", "严重"]), (.warning, ["warning", "宜", "建议"]), (.info, ["info", "可", "提示"]),
    ]

    /// Why a tailoring cannot be used, at its place in the file.
    public struct Failure: UserFacingError, Sendable, Equatable {
        public let mark: Mark
        public let message: Localized

        public func diagnostic(file: String?, lang: Language) -> Diagnostic {
            Diagnostic(location: Location(file: file ?? "", mark: mark), message: message.text(lang))
        }
    }

    /// The tailoring of `document` (the bytes of `file`, whose digest it records) for `pack`.
    public static func read(_ document: YAMLDocument, file: String, pack: RulePack) throws(Failure) -> Tailoring {
        func fail(_ mark: Mark, _ zh: String, _ en: String) -> Failure { Failure(mark: mark, message: Localized(zh: zh, en: en)) }
        func text(_ node: Node, _ what: String, _ whatEn: String) throws(Failure) -> String {
            guard let s = node.scalar else { throw fail(node.mark, "\(what)应为文字，而不是\(node.kindName.name(.zh))", "\(whatEn) must be text, not \(node.kindName.name(.en))") }
            return document.string(s).trimmingSpaces()
        }
        /// The pairs of a mapping by their English key; an unknown key or one given twice (in both
        /// languages) is an error.
        func fields(_ node: Node, _ table: KeyTable, _ what: String, _ whatEn: String) throws(Failure) -> [String: (Node, Mark)] {
            guard let pairs = node.pairs else {
                throw fail(node.mark, "\(what)应为键值映射（键: 值）", "\(whatEn) must be a mapping (key: value)")
            }
            var out: [String: (Node, Mark)] = [:]
            for p in pairs {
                let key = document.string(p.key)
                guard let canonical = table.canonical(key) else {
                    let hint = table.hint(for: key)
                    throw fail(p.keyMark, "\(what)中未知的键“\(VisibleText.shown(key))”" + hint.zh, "unknown key '\(VisibleText.shown(key))' in \(whatEn)" + hint.en)
                }
                guard out[canonical] == nil else {
                    throw fail(p.keyMark, "\(what)中的“\(VisibleText.shown(key))”与前面的键重复（中英文键只能写一个）",
                               "'\(VisibleText.shown(key))' repeats a key of \(whatEn) (write a key in one language only)")
                }
                out[canonical] = (p.value, p.keyMark)
            }
            return out
        }
        func required(_ f: [String: (Node, Mark)], _ key: String, zh: String, at mark: Mark, _ what: String, _ whatEn: String) throws(Failure) -> String {
            guard let (node, _) = f[key] else { throw fail(mark, "\(what)缺少 \(key)（\(zh)）", "\(whatEn) lacks \(key) (\(zh))") }
            let value = try text(node, "\(key)（\(zh)）", key)
            guard !value.isEmpty else { throw fail(node.mark, "\(what)的 \(key)（\(zh)）不能为空", "\(key) of \(whatEn) must not be empty") }
            return value
        }
        func rule(_ node: Node) throws(Failure) -> Rule {
            let name = try text(node, "规则", "rule")
            guard let r = pack.rule(name) else {
                let hint = DidYouMean.hint(for: name, among: pack.ruleNames)
                throw fail(node.mark, "规则包 \(pack.id) 中没有规则或条款“\(VisibleText.shown(name))”" + hint.zh,
                           "the rule pack \(pack.id) has no rule or clause '\(VisibleText.shown(name))'" + hint.en)
            }
            return r
        }
        func list(_ node: Node, _ what: String, _ whatEn: String) throws(Failure) -> [Node] {
            if node.isNull { return [] }
            guard let items = node.items else { throw fail(node.mark, "\(what)应为列表（每项以“- ”开头）", "\(whatEn) must be a list ('- ' items)") }
            return items
        }

        let top = try fields(document.root, topKeys, "剪裁文件", "the tailoring file")
        let title = try required(top, "title", zh: "名称", at: document.root.mark, "剪裁文件", "the tailoring file")
        let approvedBy = try required(top, "approved_by", zh: "批准单位", at: document.root.mark, "剪裁文件", "the tailoring file")
        var scope: [String] = []
        if let (node, _) = top["scope"] {
            for item in try list(node, "scope（适用范围）", "scope") {
                let prefix = try text(item, "适用范围", "a scope entry")
                guard !prefix.isEmpty, prefix.count <= 12, prefix.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
                    throw fail(item.mark, "适用范围“\(VisibleText.shown(prefix))”应为区划代码或其前缀（1 到 12 位数字）",
                               "the scope entry '\(VisibleText.shown(prefix))' must be a division code or its prefix (1 to 12 digits)")
                }
                scope.append(prefix)
            }
        }
        var changes: [Tailoring.Change] = []
        if let (node, _) = top["parameters"], !node.isNull {
            guard let pairs = node.pairs else { throw fail(node.mark, "parameters（参数）应为键值映射（参数名: 天数）", "parameters must be a mapping (name: days)") }
            for p in pairs {
                let name = document.string(p.key)
                guard let parameter = pack.parameters[name] else {
                    let hint = DidYouMean.hint(for: name, among: pack.parameterList.map(\.name))
                    throw fail(p.keyMark, "规则包 \(pack.id) 中没有参数“\(VisibleText.shown(name))”" + hint.zh,
                               "the rule pack \(pack.id) has no parameter '\(VisibleText.shown(name))'" + hint.en)
                }
                let value = try text(p.value, "参数 \(name)", "the parameter \(name)")
                guard let days = Int(value), Parameter.allowedDays.contains(days) else {
                    throw fail(p.value.mark, "参数 \(name) 的值“\(VisibleText.shown(value))”应为 0 到 \(Parameter.allowedDays.upperBound) 的整数（天）",
                               "the parameter \(name) must be a whole number of days from 0 to \(Parameter.allowedDays.upperBound), not '\(VisibleText.shown(value))'")
                }
                changes.append(.init(kind: .parameter, target: name, from: String(parameter.value), to: String(days)))
            }
        }
        var named: [String: Mark] = [:]
        func once(_ r: Rule, _ mark: Mark) throws(Failure) {
            if let first = named[r.id] {
                throw fail(mark, "规则 \(r.id) 已在第 \(first.line) 行剪裁过；每条规则只能剪裁一次", "the rule \(r.id) is already tailored on line \(first.line); a rule is tailored once")
            }
            named[r.id] = mark
        }
        if let (node, _) = top["set_aside"] {
            for item in try list(node, "set_aside（不适用）", "set_aside") {
                let f = try fields(item, setAsideKeys, "不适用项", "a set_aside entry")
                guard let (ruleNode, _) = f["rule"] else { throw fail(item.mark, "不适用项缺少 rule（规则编号或条款号）", "a set_aside entry lacks rule (a rule id or clause)") }
                let r = try rule(ruleNode)
                let reason = try required(f, "reason", zh: "理由", at: item.mark, "不适用项", "a set_aside entry")
                let by = try required(f, "approved_by", zh: "批准单位", at: item.mark, "不适用项", "a set_aside entry")
                try once(r, ruleNode.mark)
                changes.append(.init(kind: .setAside, target: r.id, clause: r.clause, reason: reason, approvedBy: by))
            }
        }
        if let (node, _) = top["severity"] {
            for item in try list(node, "severity（严重程度）", "severity") {
                let f = try fields(item, severityKeys, "严重程度项", "a severity entry")
                guard let (ruleNode, _) = f["rule"] else { throw fail(item.mark, "严重程度项缺少 rule（规则编号或条款号）", "a severity entry lacks rule (a rule id or clause)") }
                let r = try rule(ruleNode)
                guard let (valueNode, _) = f["severity"] else { throw fail(item.mark, "严重程度项缺少 severity（严重程度）", "a severity entry lacks severity") }
                let word = try text(valueNode, "严重程度", "severity")
                guard let severity = severityWords.first(where: { $0.1.contains(word) })?.0 else {
                    throw fail(valueNode.mark, "严重程度“\(VisibleText.shown(word))”应为 error、warning、info（或 应、宜、可）",
                               "the severity '\(VisibleText.shown(word))' must be error, warning or info (or 应, 宜, 可)")
                }
                try once(r, ruleNode.mark)
                changes.append(.init(kind: .severity, target: r.id, clause: r.clause, from: r.severity.rawValue, to: severity.rawValue))
            }
        }
        return Tailoring(file: file, title: title, approvedBy: approvedBy, scope: scope, digest: "sha256:" + SHA256.hex(document.bytes), changes: changes)
    }
}
