/// How every report names a tailoring and says what it changed.
extension Tailoring {
    /// `剪裁 太原.yaml《太原市 2025 年度剪裁》（批准单位：太原市退役军人事务局；适用范围：1401）`.
    public func heading(_ l: Language) -> String {
        let scoped = scope.isEmpty ? "" : l.pick("；适用范围：" + scope.joined(separator: "、"), "; scope: " + scope.joined(separator: ", "))
        return l.pick("剪裁 \(file)《\(title)》（批准单位：\(approvedBy)\(scoped)）", "tailoring \(file) \"\(title)\" (approved by \(approvedBy)\(scoped))")
    }

    /// One line per change.
    public func changeLines(_ l: Language) -> [String] { changes.map { $0.text(l) } }

    /// `{"file", "title", "approvedBy", "scope", "digest", "changes"}`.
    public func json() -> JSON {
        .object([
            ("file", .string(file)), ("title", .string(title)), ("approvedBy", .string(approvedBy)),
            ("scope", .array(scope.map { .string($0) })), ("digest", .string(digest)),
            ("changes", .array(changes.map { c in
                var fields: [(String, JSON)] = [("kind", .string(c.kind.rawValue)), ("target", .string(c.target))]
                if !c.clause.isEmpty { fields.append(("clause", .string(c.clause))) }
                if c.kind != .setAside { fields += [("from", .string(c.from)), ("to", .string(c.to))] }
                if c.kind == .setAside { fields += [("reason", .string(c.reason)), ("approvedBy", .string(c.approvedBy))] }
                return .object(fields)
            })),
        ])
    }
}

extension Tailoring.Change {
    /// `参数 recent_activity_days：90 → 180`, `5.1.3（DB14-5.1.3）不适用：理由（批准单位：…）`,
    /// `5.3.2（DB14-5.3.2）严重程度：严重（应） → 建议（宜）`.
    public func text(_ l: Language) -> String {
        func severity(_ raw: String) -> String { Severity(rawValue: raw)?.name(l) ?? raw }
        switch kind {
        case .parameter:
            return l.pick("参数 \(target)：\(from) → \(to)", "parameter \(target): \(from) → \(to)")
        case .setAside:
            return l.pick("\(clause)（\(target)）不适用：\(reason)（批准单位：\(approvedBy)）", "\(clause) (\(target)) set aside: \(reason) (approved by \(approvedBy))")
        case .severity:
            return l.pick("\(clause)（\(target)）严重程度：\(severity(from)) → \(severity(to))", "\(clause) (\(target)) severity: \(severity(from)) → \(severity(to))")
        }
    }
}
