/// A parsed YAML node: a null, a scalar, a sequence or a mapping, each with the `Mark` where it starts.
///
/// Scalars are kept as `Scalar` values that usually point into the source bytes; read their text
/// through the `YAMLDocument` that owns them. The parser never types a scalar: `no`, `0012` and
/// `2024-01-01` are all strings until the schema reads them.
public struct Node: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        case null
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One `key: value` entry of a mapping, in document order.
    public struct Pair: Sendable {
        public let key: Scalar
        public let keyMark: Mark
        public let value: Node

        public init(key: Scalar, keyMark: Mark, value: Node) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }
    }

    public let mark: Mark
    public let content: Content

    public init(mark: Mark, content: Content) {
        self.mark = mark
        self.content = content
    }

    public var isNull: Bool { if case .null = content { return true } else { return false } }

    public var scalar: Scalar? { if case .scalar(let s) = content { return s } else { return nil } }

    public var items: [Node]? { if case .sequence(let s) = content { return s } else { return nil } }

    public var pairs: [Pair]? { if case .mapping(let m) = content { return m } else { return nil } }

    /// A short name for the node's kind, for messages.
    public var kindName: KindName {
        switch content {
        case .null: return .null
        case .scalar: return .scalar
        case .sequence: return .sequence
        case .mapping: return .mapping
        }
    }

    /// The kinds of node, named in both languages for messages.
    public enum KindName: String, Sendable {
        case null, scalar, sequence, mapping

        public func name(_ lang: Language) -> String {
            switch (self, lang) {
            case (.null, .zh): return "空值"
            case (.scalar, .zh): return "单个值"
            case (.sequence, .zh): return "列表"
            case (.mapping, .zh): return "键值映射"
            case (.null, .en): return "null"
            case (.scalar, .en): return "a single value"
            case (.sequence, .en): return "a list"
            case (.mapping, .en): return "a mapping"
            }
        }
    }
}

/// A scalar's text: a span of the source bytes when the text is written there as is, or a
/// decoded string when quoting, escapes or block folding changed it.
public enum Scalar: Sendable, Equatable {
    case span(start: Int32, end: Int32)
    case text(String)
}
