/// The check primitives the engine knows, listed by hand (a test compares this list with the
/// primitives the shipped pack uses and with the files in `Engine/Checks/`).
public enum CheckRegistry {
    public static let all: [any Check.Type] = [
        PresentCheck.self, IsTrueCheck.self, EqualsCheck.self, TextCheck.self,
        AtLeastCheck.self, RatioCheck.self, ContainsAllCheck.self, ValidCheck.self, InBoundsCheck.self,
        FilesExistCheck.self, DivisionCodeCheck.self, NoteCheck.self,
        LedgerExistsCheck.self, FreshCheck.self, EventCheck.self, VisitCheck.self, CountCheck.self,
        MembersInCheck.self, RecordsHaveCheck.self, RecordsWithinCheck.self, DateOrderCheck.self,
        VisitedCheck.self, ChildrenCheck.self, AnyOfCheck.self,
    ]

    /// Keys every check accepts besides its primitive's own.
    static let common = ["levels", "informative", "severity", "message"]

    static func read(_ node: Node, _ r: NodeReader, schema: Schema, parameters: [String: Parameter]) throws(RulePackError) -> CheckSpec {
        let pairs = try r.mapping(node)
        let names = all.map { $0.name }
        // A primitive's option may share its name with another primitive (`records_have: …` with
        // `valid: true`): beside that primitive it is read as the option, not as a second check.
        let named = pairs.filter { names.contains($0.key) }
        let primitives = named.filter { p in
            !named.contains { q in q.key != p.key && (all.first { $0.name == q.key }?.options.contains(p.key) ?? false) }
        }
        guard primitives.count == 1, let primitive = primitives.first,
              let type = all.first(where: { $0.name == primitive.key }) else {
            let unknown = pairs.first { !names.contains($0.key) && !common.contains($0.key) }
            let hint = unknown.map { DidYouMean.hint(for: $0.key, among: names).zh } ?? ""
            throw r.error(node, primitives.isEmpty ? "检查项没有指明检查方法（\(names.joined(separator: "、"))）\(hint)" : "一个检查项只能有一种检查方法",
                          primitives.isEmpty ? "a check names no primitive (\(names.joined(separator: ", ")))" : "a check names more than one primitive")
        }
        let fields = try Fields(r, node, allowed: [type.name] + type.options + common)
        let arguments = CheckArguments(reader: r, fields: fields, main: primitive.value, schema: schema, parameters: parameters,
                                       message: try fields.optional("message").map { n throws(RulePackError) in try r.localized(n) })
        let check = try type.init(arguments)
        var severity: Severity? = nil
        if let s = try fields.optionalText("severity") {
            guard let v = Severity(rawValue: s) else { throw r.error(try fields.node("severity"), "未知的严重程度“\(s)”", "unknown severity '\(s)'") }
            severity = v
        }
        return CheckSpec(check: check, levels: try fields.optional("levels").map { n throws(RulePackError) in try RuleReader.levels(n, r, schema) },
                         informative: try fields.optional("informative").map { n throws(RulePackError) in try r.bool(n) } ?? false,
                         severity: severity, location: r.location(node))
    }
}
