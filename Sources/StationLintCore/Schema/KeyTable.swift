/// The keys of a small bilingual file (waivers.yaml / 豁免.yaml, a tailoring): each known by its
/// English name or any of its Chinese names, said back by its English name. One table, one
/// lookup and one "did you mean" for every such file.
public struct KeyTable: Sendable {
    public let keys: [(en: String, zh: [String])]

    public init(_ keys: [(en: String, zh: [String])]) { self.keys = keys }

    /// The English name of `key`, nil when it is none of the table's.
    public func canonical(_ key: String) -> String? {
        keys.first(where: { $0.en == key || $0.zh.contains(key) })?.en
    }

    /// Every name a key may be written as.
    public var names: [String] { keys.flatMap { [$0.en] + $0.zh } }

    /// `；您是否想写“reason”？` for a key the table does not know.
    public func hint(for key: String) -> Localized { DidYouMean.hint(for: key, among: names) }
}
