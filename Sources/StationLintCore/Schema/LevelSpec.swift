/// One level of station the pack knows (a county centre, a township station, …): its key, its
/// names, the spellings a declaration may use, how deep its division code reaches and which level
/// is its parent. The engine knows levels only through these.
public struct LevelSpec: Sendable {
    public let key: String
    /// The level's name (`县级`, `county`).
    public let name: Localized
    /// What a station of this level is called in a message (`乡镇站`, `township station`).
    public let station: Localized
    public let aliases: [String]
    /// How many leading digits of a 12-digit division code a station of this level fills
    /// (2, 4, 6, 9 or 12: the national layout); the rest are zeros.
    public let codeDigits: Int
    /// The level of the station that guides this one, if any.
    public let parent: String?
}

/// The levels of a pack, in the pack's order (the highest first).
public struct Levels: Sendable {
    public let all: [LevelSpec]
    /// The spellings of the levels, as a vocabulary for typing a declaration's level field.
    public let vocabulary: Vocabulary

    public init(_ all: [LevelSpec]) {
        self.all = all
        vocabulary = Vocabulary(name: "levels", entries: all.map {
            Vocabulary.Entry(value: $0.key, zh: $0.name.zh, aliases: $0.aliases + [$0.name.en])
        })
    }

    public var keys: [String] { all.map(\.key) }

    public func spec(_ key: String) -> LevelSpec? { all.first { $0.key == key } }

    /// The level whose division codes have the form of this one, if any.
    public func level(of code: DivisionCode) -> String? {
        all.first { $0.codeDigits == code.significantDigits }?.key
    }

    /// The display name of a level (`county` → 县级); the key itself when unknown.
    public func name(_ key: String, _ lang: Language) -> String { spec(key)?.name.text(lang) ?? key }

    /// `county/township/village（县级/乡镇级/村级）`, for messages that say what a level may be.
    public func choices(_ lang: Language) -> String {
        let keys = all.map(\.key).joined(separator: "/")
        return lang.pick("\(keys)（\(all.map(\.name.zh).joined(separator: "/"))）", keys)
    }
}

/// Where a declaration gives the station's identity: dotted paths the pack chooses.
public struct StationIdentity: Sendable {
    public let name: String
    public let level: String
    public let divisionCode: String

    public init(name: String, level: String, divisionCode: String) {
        self.name = name
        self.level = level
        self.divisionCode = divisionCode
    }
}
