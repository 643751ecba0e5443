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
                let hint = closestName(key, allowed).map { "；您是否想写“\($0)”？" } ?? ""
                let hintEn = closestName(key, allowed).map { "; did you mean '\($0)'?" } ?? ""
                throw RulePackError(Location(file: reader.file, mark: mark), "未知的键“\(key)”\(hint)", "unknown key '\(key)'\(hintEn)")
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

/// The closest name by edit distance, when close enough to be a typo.
public func closestName(_ word: String, _ candidates: [String]) -> String? {
    // A word far longer than any name is no typo of one; and the edit distance, quadratic in
    // the lengths, is not worth computing for it (a hostile file's keys may be 1024 long).
    guard word.unicodeScalars.count <= 64 else { return nil }
    let w = Array(word.lowercased().unicodeScalars)
    var best: (name: String, length: Int, distance: Int)?
    for c in candidates {
        let name = Array(c.lowercased().unicodeScalars)
        // The distance is at least the difference in length: skip what cannot be closer.
        if let best, abs(w.count - name.count) >= best.distance { continue }
        let d = levenshtein(w, name)
        if best.map({ d < $0.distance }) ?? true { best = (c, name.count, d) }
    }
    guard let best else { return nil }
    return best.distance <= max(2, min(w.count, best.length) / 3) ? best.name : nil
}

/// Edit distance between two sequences.
public func levenshtein<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
