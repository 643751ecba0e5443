/// The one "did you mean" of every message: the known name nearest a mistyped one, and the clause
/// that offers it (`；您是否想写“station”？` / `; did you mean 'station'?`), so that a key, a
/// ledger file, a rule, an option and a command are all offered in the same words.
public enum DidYouMean {
    /// What the Chinese question asks the user to do with the name; English says "mean" for all.
    public enum Verb: String, Sendable {
        /// A key, a field, a rule id: 您是否想写.
        case write = "写"
        /// An option or a command: 您是否想用.
        case use = "用"
        /// A rule or clause to explain: 您是否想查.
        case look = "查"
        /// A file name: 您是否想命名为.
        case name = "命名为"
    }

    /// The clause offering the candidate nearest `word`, in both languages; empty when none is
    /// near enough to be a likely typo.
    public static func hint(for word: String, among candidates: [String], verb: Verb = .write) -> Localized {
        hint(suggesting: nearest(word, among: candidates), verb: verb)
    }

    /// The same clause in `lang`.
    public static func hint(for word: String, among candidates: [String], verb: Verb = .write, lang: Language) -> String {
        hint(for: word, among: candidates, verb: verb).text(lang)
    }

    /// The clause offering a name already found (`nil`: no clause).
    public static func hint(suggesting name: String?, verb: Verb = .write) -> Localized {
        guard let name else { return Localized(zh: "", en: "") }
        return Localized(zh: "；您是否想\(verb.rawValue)“\(name)”？", en: "; did you mean '\(name)'?")
    }

    /// The candidate closest to `word` by edit distance (ignoring case), when close enough to be
    /// a typo of it.
    public static func nearest(_ word: String, among candidates: [String]) -> String? {
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
    static func levenshtein<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
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
}
