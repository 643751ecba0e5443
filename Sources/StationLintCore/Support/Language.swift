/// The language of messages and reports (`--lang zh|en`); Chinese by default.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// Picks the Chinese or English text.
    @inlinable
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}

/// A text given in both languages, as the rule pack and the schema carry them.
public struct Localized: Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ lang: Language) -> String {
        switch lang {
        case .zh: return zh
        case .en: return en.isEmpty ? zh : en
        }
    }
}
