/// Reads a parsed data file (the rule pack, waivers) into typed values, failing with the
/// position of the node that is not what was expected.
public struct NodeReader: Sendable {
    public let document: YAMLDocument
    public let file: String

    public init(document: YAMLDocument, file: String) {
        self.document = document
        self.file = file
    }

    public func location(_ node: Node) -> Location { Location(file: file, mark: node.mark) }

    public func error(_ node: Node, _ zh: String, _ en: String) -> RulePackError {
        RulePackError(location(node), zh, en)
    }

    /// A mapping's entries as (key, key mark, value).
    public func mapping(_ node: Node) throws(RulePackError) -> [(key: String, mark: Mark, value: Node)] {
        guard let pairs = node.pairs else {
            throw error(node, "此处应为键值映射，实为\(node.kindName.name(.zh))", "expected a mapping, found \(node.kindName.name(.en))")
        }
        return pairs.map { (document.string($0.key), $0.keyMark, $0.value) }
    }

    public func list(_ node: Node) throws(RulePackError) -> [Node] {
        if node.isNull { return [] }
        guard let items = node.items else {
            throw error(node, "此处应为列表，实为\(node.kindName.name(.zh))", "expected a list, found \(node.kindName.name(.en))")
        }
        return items
    }

    public func text(_ node: Node) throws(RulePackError) -> String {
        guard let s = node.scalar else {
            throw error(node, "此处应为单个值，实为\(node.kindName.name(.zh))", "expected a single value, found \(node.kindName.name(.en))")
        }
        return document.string(s)
    }

    public func texts(_ node: Node) throws(RulePackError) -> [String] {
        if node.scalar != nil { return [try text(node)] }
        var out: [String] = []
        for item in try list(node) { out.append(try text(item)) }
        return out
    }

    public func int(_ node: Node) throws(RulePackError) -> Int {
        let t = try text(node)
        guard let v = ValueReaders.integer(t) else { throw error(node, "“\(t)”不是整数", "'\(t)' is not an integer") }
        return v
    }

    public func double(_ node: Node) throws(RulePackError) -> Double {
        let t = try text(node)
        guard let v = ValueReaders.decimal(t) else { throw error(node, "“\(t)”不是数字", "'\(t)' is not a number") }
        return v
    }

    public func bool(_ node: Node) throws(RulePackError) -> Bool {
        let t = try text(node)
        guard let v = ValueReaders.boolean(t) else { throw error(node, "“\(t)”不是 true/false", "'\(t)' is not true/false") }
        return v
    }

    /// A `{zh: …, en: …}` text, or a plain string taken as Chinese.
    public func localized(_ node: Node) throws(RulePackError) -> Localized {
        if node.scalar != nil { return Localized(zh: try text(node), en: "") }
        let fields = try Fields(self, node, allowed: ["zh", "en"])
        return Localized(zh: try fields.text("zh"), en: try fields.optionalText("en") ?? "")
    }
}

/// A mapping read by key, refusing unknown keys (with the nearest known one) and missing required keys.
public struct Fields {
    let reader: NodeReader
    let node: Node
    let entries: [String: (mark: Mark, value: Node)]

    public init(_ reader: NodeReader, _ node: Node, allowed: [String]) throws(RulePackError) {
        self.reader = reader
        self.node = node
        var entries: [String: (Mark, Node)] = [:]
        for (key, mark, value) in try reader.mapping(node) {
            guard allowed.contains(key) else {
                let hint = DidYouMean.hint(for: key, among: allowed)
                throw RulePackError(Location(file: reader.file, mark: mark), "未知的键“\(key)”\(hint.zh)", "unknown key '\(key)'\(hint.en)")
            }
            entries[key] = (mark, value)
        }
        self.entries = entries
    }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    public func node(_ key: String) throws(RulePackError) -> Node {
        guard let e = entries[key] else {
            throw reader.error(node, "缺少键“\(key)”", "missing key '\(key)'")
        }
        return e.value
    }

    public func optional(_ key: String) -> Node? {
        guard let e = entries[key], !e.value.isNull else { return nil }
        return e.value
    }

    public func text(_ key: String) throws(RulePackError) -> String { try reader.text(try node(key)) }

    public func optionalText(_ key: String) throws(RulePackError) -> String? {
        guard let n = optional(key) else { return nil }
        return try reader.text(n)
    }
}
