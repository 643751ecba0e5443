/// A closed list of values; each entry has its canonical value and the other spellings accepted
/// (the English value for a Chinese vocabulary, and the reverse).
public struct Vocabulary: Sendable {
    public struct Entry: Sendable {
        public let value: String
        public let zh: String?
        public let aliases: [String]
    }

    public let name: String
    public let entries: [Entry]
    private let lookup: [String: Int]

    public init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = entries
        var lookup: [String: Int] = [:]
        for (i, e) in entries.enumerated() {
            for spelling in [e.value] + e.aliases + (e.zh.map { [$0] } ?? []) {
                let key = TextNormalizer.key(spelling)
                if lookup[key] == nil { lookup[key] = i }
            }
        }
        self.lookup = lookup
    }

    /// The canonical value for a spelling, if it is in the list.
    public func canonical(_ text: String) -> String? {
        lookup[TextNormalizer.key(text)].map { entries[$0].value }
    }

    /// The display name of a canonical value (its Chinese name when it has one).
    public func display(_ value: String, _ lang: Language) -> String {
        guard let e = entries.first(where: { $0.value == value }) else { return value }
        return lang == .zh ? (e.zh ?? e.value) : e.value
    }

    public var values: [String] { entries.map(\.value) }
}
