/// Rule examples: a complete passing station of a level (from the pack's `examples.yaml`),
/// patched by the example, written as in-memory files and checked like any station folder.
///
/// A patch has `set` (merged into `station.yaml`), `ledgers` (kind → merged into that ledger;
/// null deletes it) and `files` (path → content; null deletes). Merging is deep for mappings;
/// anything else replaces; null removes the key.
extension ExampleBase {
    static func load(_ r: NodeReader) throws(RulePackError) -> ExampleBase {
        let top = try Fields(r, r.document.root, allowed: ["as_of", "stations"])
        let asOfText = try top.text("as_of")
        guard let asOf = Day.parse(asOfText) else { throw r.error(try top.node("as_of"), "as_of 不是日期", "as_of is not a date") }
        var stations: [String: [(String, JSON)]] = [:]
        for (level, _, filesNode) in try r.mapping(try top.node("stations")) {
            stations[level] = try r.mapping(filesNode).map { ($0.key, r.document.json($0.value)) }
        }
        return ExampleBase(asOf: asOf, stations: stations)
    }

    static func readExample(_ node: Node, _ r: NodeReader) throws(RulePackError) -> RuleExample {
        let f = try Fields(r, node, allowed: ["expect", "level", "set", "ledgers", "files", "message", "as_of", "note"])
        let expectText = try f.text("expect")
        guard let expect = Status(rawValue: expectText) else {
            throw r.error(try f.node("expect"), "expect 应为 pass、fail、manual、not_applicable、waived 或 error", "expect must be a status")
        }
        var patch: [(String, JSON)] = []
        for key in ["set", "ledgers", "files"] {
            if let n = try? f.node(key) { patch.append((key, r.document.json(n))) }
        }
        var asOf: Day? = nil
        if let t = try f.optionalText("as_of") {
            asOf = Day.parse(t)
            if asOf == nil { throw r.error(try f.node("as_of"), "as_of 不是日期", "as_of is not a date") }
        }
        return RuleExample(expect: expect, level: try f.text("level"), patch: .object(patch),
                           messageContains: try f.optionalText("message"), asOf: asOf, location: r.location(node))
    }

    /// The files of the example station: the base of its level with the patch applied.
    public func files(for example: RuleExample) -> MemoryStationFiles? {
        guard let base = stations[example.level] else { return nil }
        var tree: [String: JSON] = [:]
        var order: [String] = []
        for (path, content) in base { tree[path] = content; order.append(path) }
        guard case .object(let patch) = example.patch else { return nil }
        for (key, value) in patch {
            switch key {
            case "set":
                tree["station.yaml"] = merge(tree["station.yaml"] ?? .object([]), value)
            case "ledgers", "files":
                guard case .object(let entries) = value else { continue }
                for (name, content) in entries {
                    let path = key == "ledgers" ? "ledgers/\(name).yaml" : name
                    if case .null = content {
                        tree[path] = nil
                    } else {
                        if tree[path] == nil { order.append(path) }
                        tree[path] = key == "ledgers" ? merge(tree[path] ?? .object([]), content) : content
                    }
                }
            default: continue
            }
        }
        var files: [String: [UInt8]] = [:]
        for path in order {
            guard let content = tree[path] else { continue }
            if case .string(let text) = content {
                files[path] = Array(text.utf8)  // a plain file (a photo stand-in, a CSV ledger)
            } else {
                files[path] = Array(content.serialized(pretty: false).utf8)  // one-line JSON is valid flow YAML
            }
        }
        return MemoryStationFiles(files: files)
    }

    func merge(_ base: JSON, _ patch: JSON) -> JSON {
        guard case .object(let b) = base, case .object(let p) = patch else { return patch }
        var out = b
        for (key, value) in p {
            if let i = out.firstIndex(where: { $0.0 == key }) {
                if case .null = value { out.remove(at: i) } else { out[i] = (key, merge(out[i].1, value)) }
            } else if case .null = value {
                continue
            } else {
                out.append((key, value))
            }
        }
        return .object(out)
    }
}
