/// Loads a rule pack from its files, refusing anything malformed at its `file:line:column`.
public enum RulePackLoader {
    public static func load(_ source: PackSource) throws(RulePackError) -> RulePack {
        let pack = try reader(source, "pack.yaml")
        let top = try Fields(pack, pack.document.root, allowed: ["id", "title", "standard", "province", "sections", "rollup", "parameters", "remedy_deadlines", "files"])
        let files = try Fields(pack, try top.node("files"), allowed: ["schema", "vocabularies", "examples", "rules", "divisions"])
        let schema = try Schema.load(schema: try reader(source, try files.text("schema")),
                                     vocabularies: try reader(source, try files.text("vocabularies")))
        var parameters: [Parameter] = []
        for item in try pack.list(try top.node("parameters")) {
            let f = try Fields(pack, item, allowed: ["name", "value", "note"])
            let valueNode = try f.node("value")
            let value = try pack.int(valueNode)
            guard Parameter.allowedDays.contains(value) else {
                throw pack.error(valueNode, "参数应为 0 到 \(Parameter.allowedDays.upperBound) 天", "a parameter must be 0 to \(Parameter.allowedDays.upperBound) days")
            }
            let name = try f.node("name"), note = try f.node("note")
            parameters.append(Parameter(name: try pack.text(name), value: value, note: try pack.localized(note),
                                        location: pack.location(name), noteLocation: pack.location(note)))
        }
        let parameterMap = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let provinceFields = try Fields(pack, try top.node("province"), allowed: ["name", "code_prefix", "latitude", "longitude"])
        let province = Province(
            name: try provinceFields.text("name"), codePrefix: try provinceFields.text("code_prefix"),
            latitude: try range(pack, try provinceFields.node("latitude")),
            longitude: try range(pack, try provinceFields.node("longitude")))
        let examples = try ExampleBase.load(try reader(source, try files.text("examples")))
        var rules: [Rule] = []
        var seen: [String: Location] = [:]
        for name in try pack.texts(try files.node("rules")) {
            let r = try reader(source, name)
            for node in try r.list(r.document.root) {
                let rule = try RuleReader.read(node, r, schema: schema, parameters: parameterMap)
                if let first = seen[rule.id] {
                    throw RulePackError(rule.location, "规则编号 \(rule.id) 重复（首次在 \(first.formatted)）", "rule id \(rule.id) is given twice (first at \(first.formatted))")
                }
                seen[rule.id] = rule.location
                rules.append(rule)
            }
        }
        var divisions: [String: String] = [:]
        if let name = try files.optionalText("divisions") {
            divisions = try divisionNames(source, name)
        }
        var sections: [String: Localized] = [:]
        if let s = top.optional("sections") {
            for (key, _, value) in try pack.mapping(s) { sections[key] = try pack.localized(value) }
        }
        var loaded = RulePack(id: try top.text("id"), title: try pack.localized(try top.node("title")), standard: try top.text("standard"),
                              schema: schema, parameterList: parameters, parameters: parameterMap, province: province,
                              rules: rules, examples: examples, sections: sections, divisions: divisions,
                              rollUpTiers: try rollUpTiers(pack, top.optional("rollup")))
        loaded.digest = source.digest
        loaded.remedyDeadlines = try remedyDeadlines(pack, top.optional("remedy_deadlines"), parameters: parameterMap)
        return loaded
    }

    /// `remedy_deadlines:` — per severity (`error`, `warning`, `info`), the parameter whose days
    /// a failed clause has to be fixed in (整改时限).
    static func remedyDeadlines(_ r: NodeReader, _ node: Node?, parameters: [String: Parameter]) throws(RulePackError) -> [Severity: String] {
        guard let node else { return [:] }
        var out: [Severity: String] = [:]
        for (key, mark, value) in try r.mapping(node) {
            guard let severity = Severity(rawValue: key) else {
                throw RulePackError(Location(file: r.file, mark: mark), "remedy_deadlines 的键应为 error、warning、info 之一，而不是“\(key)”",
                              "the keys of remedy_deadlines are error, warning and info, not '\(key)'")
            }
            let name = try r.text(value)
            guard parameters[name] != nil else {
                throw r.error(value, "remedy_deadlines 中的参数 \(name) 未在 parameters 中声明", "the parameter \(name) in remedy_deadlines is not declared under parameters")
            }
            out[severity] = name
        }
        return out
    }

    /// `rollup:` — the tiers of units a region's roll-up groups stations by.
    static func rollUpTiers(_ r: NodeReader, _ node: Node?) throws(RulePackError) -> [RollUpTier] {
        guard let node else { return [] }
        var out: [RollUpTier] = []
        for item in try r.list(node) {
            let f = try Fields(r, item, allowed: ["key", "level", "name", "title", "code_digits", "ranked"])
            let digitsNode = try f.node("code_digits")
            let digits = try r.int(digitsNode)
            guard DivisionCode.layout.contains(digits) else {
                throw r.error(digitsNode, "code_digits 应为 \(DivisionCode.layout.map(String.init).joined(separator: "、")) 之一",
                              "code_digits must be one of \(DivisionCode.layout.map(String.init).joined(separator: ", "))")
            }
            out.append(RollUpTier(key: try f.text("key"), level: try f.text("level"), name: try r.localized(try f.node("name")),
                                  title: try r.localized(try f.node("title")), codeDigits: digits,
                                  ranked: try f.optional("ranked").map { n throws(RulePackError) in try r.bool(n) } ?? false))
        }
        return out
    }

    static func reader(_ source: PackSource, _ name: String) throws(RulePackError) -> NodeReader {
        let path = source.path(name)
        guard let bytes = source.files[name] else {
            throw RulePackError(Location(file: path, line: 1, column: 1), "规则包缺少文件 \(name)", "the rule pack lacks the file \(name)")
        }
        do {
            return NodeReader(document: try YAMLDocument(bytes: bytes), file: path)
        } catch {
            throw RulePackError(Location(file: path, mark: error.mark), error.message(.zh), error.message(.en))
        }
    }

    /// `code,name,...` rows (a header first): the names of division codes, for roll-ups.
    static func divisionNames(_ source: PackSource, _ name: String) throws(RulePackError) -> [String: String] {
        let path = source.path(name)
        guard let bytes = source.files[name] else {
            throw RulePackError(Location(file: path, line: 1, column: 1), "规则包缺少文件 \(name)", "the rule pack lacks the file \(name)")
        }
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes) } catch {
            throw RulePackError(Location(file: path, mark: error.mark), error.message(.zh), error.message(.en))
        }
        guard table.header.count >= 2, table.header[0].trimmedText == "code", table.header[1].trimmedText == "name" else {
            throw RulePackError(Location(file: path, line: 1, column: 1), "区划表的前两列应为 code,name", "the division table's first columns must be code,name")
        }
        var names: [String: String] = [:]
        for row in table.rows where row.cells.count >= 2 { names[row.cells[0].trimmedText] = row.cells[1].trimmedText }
        return names
    }

    static func range(_ r: NodeReader, _ node: Node) throws(RulePackError) -> ClosedRange<Double> {
        let items = try r.list(node)
        guard items.count == 2 else { throw r.error(node, "应为 [最小值, 最大值]", "expected [min, max]") }
        let a = try r.double(items[0])
        let b = try r.double(items[1])
        guard a <= b else { throw r.error(node, "最小值大于最大值", "min is greater than max") }
        return a...b
    }
}

/// Reads one rule of a pack file.
enum RuleReader {
    static let keys = ["id", "clause", "levels", "title", "text", "modality", "weight", "checks", "manual",
                       "not_applicable", "remedy", "examples", "note"]
    static func read(_ node: Node, _ r: NodeReader, schema: Schema, parameters: [String: Parameter]) throws(RulePackError) -> Rule {
        let f = try Fields(r, node, allowed: keys)
        let levelList = try levels(try f.node("levels"), r, schema)
        let modalityText = try f.text("modality")
        guard let modality = Modality(rawValue: modalityText) else {
            throw r.error(try f.node("modality"), "未知的情态“\(modalityText)”（requirement、recommendation、permission）",
                          "unknown modality '\(modalityText)' (requirement, recommendation, permission)")
        }
        var checks: [CheckSpec] = []
        for c in try r.list(f.optional("checks") ?? Node(mark: node.mark, content: .null)) {
            checks.append(try CheckRegistry.read(c, r, schema: schema, parameters: parameters))
        }
        var notApplicable: [NotApplicable] = []
        if let na = f.optional("not_applicable") {
            for item in try r.list(na) {
                let g = try Fields(r, item, allowed: ["levels", "reason"])
                notApplicable.append(NotApplicable(levels: try g.optional("levels").map { n throws(RulePackError) in try levels(n, r, schema) } ?? [],
                                                   reason: try r.localized(try g.node("reason"))))
            }
        }
        let manual = try f.optional("manual").map { n throws(RulePackError) in try r.localized(n) }
        if checks.isEmpty && manual == nil && notApplicable.isEmpty {
            throw r.error(node, "规则既无检查项，也未标注 manual 或 not_applicable", "a rule needs checks, manual or not_applicable")
        }
        var examples: [RuleExample] = []
        for e in try r.list(f.optional("examples") ?? Node(mark: node.mark, content: .null)) {
            examples.append(try ExampleBase.readExample(e, r))
        }
        return Rule(
            id: try f.text("id"), clause: try f.text("clause"), levels: levelList,
            title: try r.localized(try f.node("title")), text: try f.text("text"), modality: modality,
            weight: try f.optional("weight").map { n throws(RulePackError) in
                let w = try r.double(n)
                guard w >= 0 && w <= Rule.maxWeight else { throw r.error(n, "权重应为 0 到 \(Int(Rule.maxWeight))", "a weight must be 0 to \(Int(Rule.maxWeight))") }
                return w
            } ?? 1,
            checks: checks, manual: manual, notApplicable: notApplicable,
            remedy: try r.localized(try f.node("remedy")), examples: examples, location: r.location(node))
    }

    /// A list of level keys, each one the pack's schema declares.
    static func levels(_ node: Node, _ r: NodeReader, _ schema: Schema) throws(RulePackError) -> [String] {
        let list = try r.texts(node)
        for l in list where schema.levels.spec(l) == nil {
            let known = schema.levels.keys
            throw r.error(node, "未知的层级“\(l)”（应为 \(known.joined(separator: "、"))）", "unknown level '\(l)' (\(known.joined(separator: ", ")))")
        }
        return list
    }
}
