/// The regular expressions of the JSON Schemas `stationlint schema` writes: each accepts the text
/// `ValueTyper` reads as its type, no more and no less, except what no regular expression can know
/// (a GB 11643 check digit, the as-of date), which stays stationlint's to say.
///
/// They use only what ECMA-262 with the `u` flag (editors), Python's `re` (jsonschema) and ICU
/// (`NSRegularExpression`, the tests) read alike: classes, `(?:…)`, alternation, `?`, `*`, `+`,
/// counted repeats, `^`, `$`, `(?!…)` and `\uXXXX` escapes.
///
/// Which characters stand for which is not restated here: it is read off the tool's own functions
/// over every character of the Basic Multilingual Plane, once. A full-width digit is in a digit's
/// class because `WidthFolding.ascii` folds it to that digit; a character may stand anywhere in a
/// vocabulary value because `TextNormalizer.key` drops it; a list separator is one because
/// `TextNormalizer.splitList` splits on it; an edge space because `trimmingSpaces` removes it.
enum JSONSchemaPatterns {
    /// The characters the tool's functions group, found by asking them about each one.
    struct Characters: Sendable {
        /// An ASCII character → every character `WidthFolding.ascii` gives it for (itself too).
        let folded: [Unicode.Scalar: [Unicode.Scalar]]
        /// A character a comparison key can hold → every character whose key it is (itself too).
        let keyed: [Unicode.Scalar: [Unicode.Scalar]]
        /// What `TextNormalizer.key` drops: spaces and punctuation, either width.
        let ignorable: [Unicode.Scalar]
        /// What `TextNormalizer.splitList` splits a one-line list on.
        let separators: [Unicode.Scalar]
        /// What `trimmingSpaces` removes at either end of a value (after width folding).
        let edgeSpaces: [Unicode.Scalar]

        static func read() -> Characters {
            var folded: [Unicode.Scalar: [Unicode.Scalar]] = [:]
            var keyed: [Unicode.Scalar: [Unicode.Scalar]] = [:]
            var ignorable: [Unicode.Scalar] = []
            var separators: [Unicode.Scalar] = []
            var edgeSpaces: [Unicode.Scalar] = []
            for v in UInt32(1)...0xFFFF {
                guard let u = Unicode.Scalar(v) else { continue }
                let s = String(u)
                let f = WidthFolding.ascii(s)
                if let a = f.unicodeScalars.first, f.unicodeScalars.count == 1, a.isASCII { folded[a, default: []].append(u) }
                let key = TextNormalizer.key(s)
                if key.isEmpty {
                    ignorable.append(u)
                } else if let k = key.unicodeScalars.first, key.unicodeScalars.count == 1 {
                    keyed[k, default: []].append(u)
                }
                if TextNormalizer.splitList("a" + s + "b").count == 2 { separators.append(u) }
                if f.trimmingSpaces().isEmpty { edgeSpaces.append(u) }
            }
            return Characters(folded: folded, keyed: keyed, ignorable: ignorable, separators: separators, edgeSpaces: edgeSpaces)
        }
    }

    static let characters = Characters.read()

    // MARK: building blocks

    /// A class of characters (`[0-9０-９]`), or the character alone when it needs no class.
    static func oneOf(_ scalars: [Unicode.Scalar]) -> String {
        let sorted = Array(Set(scalars.map(\.value))).sorted()
        if sorted.count == 1, let u = Unicode.Scalar(sorted[0]), u.properties.isAlphabetic, !u.isASCII { return String(u) }
        var out = "["
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1] == sorted[j] + 1 { j += 1 }
            out += escapedInClass(sorted[i])
            if j > i { out += (j > i + 1 ? "-" : "") + escapedInClass(sorted[j]) }
            i = j + 1
        }
        return out + "]"
    }

    /// One character inside `[…]`: `\`, `]`, `[`, `^` and `-` escaped, an invisible one as `\uXXXX`.
    static func escapedInClass(_ v: UInt32) -> String {
        guard let u = Unicode.Scalar(v) else { return "" }
        if "\\[]^-".unicodeScalars.contains(u) { return "\\" + String(u) }
        let visible: Bool
        switch u.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            visible = u == " "
        default:
            visible = true
        }
        if visible { return String(u) }
        let hex = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// An ASCII character as a typed field reads it: itself or its full-width form (`[+＋]`).
    static func char(_ c: Unicode.Scalar) -> String { oneOf(characters.folded[c] ?? [c]) }

    /// ASCII digits as a typed field reads them: `digits("3-9")` is `[3-9３-９]`.
    static func digits(_ spec: String) -> String {
        let s = Array(spec.unicodeScalars)
        var wanted: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if i + 2 < s.count && s[i + 1] == "-" {
                for v in s[i].value...s[i + 2].value { if let u = Unicode.Scalar(v) { wanted.append(u) } }
                i += 3
            } else {
                wanted.append(s[i])
                i += 1
            }
        }
        return oneOf(wanted.flatMap { characters.folded[$0] ?? [$0] })
    }

    /// A word as a typed field reads it: each ASCII letter in either width (`[tｔ][rｒ]…`).
    static func word(_ w: String) -> String { w.unicodeScalars.map { $0.isASCII ? char($0) : String($0) }.joined() }

    static var digit: String { digits("0-9") }
    /// A space inside a value (ASCII, or U+3000 which folds to it).
    static var space: String { char(" ") }
    static var edge: String { oneOf(characters.edgeSpaces) }

    /// A whole value: the pattern between what trimming removes at either end.
    static func whole(_ core: String) -> String { "^" + edge + "*(?:" + core + ")" + edge + "*" + end }

    /// The end of the text: `$` would also match before a final line break in Python and ICU
    /// (not in ECMA-262), and a `|` block scalar's value ends with one.
    static let end = "(?![\\s\\S])"

    /// A value that is empty once trimmed: a ledger cell left blank.
    static var blank: String { "^" + edge + "*" + end }

    /// A list written as one value (`电脑、电话`), each part read by `part` (a pattern that holds
    /// no separator): parts between separators, each blank or a value.
    static func list(of part: String) -> String {
        let separator = oneOf(characters.separators)
        return "^(?:(?:^|" + separator + ")(?:" + edge + "*(?:" + part + ")" + edge + "*|" + edge + "*))*" + end
    }

    // MARK: the types

    static var boolean: String {
        ["true", "True", "TRUE", "是", "false", "False", "FALSE", "否"].map(word).joined(separator: "|")
    }

    /// Up to 18 characters with the sign (`ValueReaders.integer`).
    static var integer: String { sign + digit + "{1,17}|" + digit + "{1,18}" }

    static var sign: String { oneOf(folded("+-")) }

    /// Every character that folds to one of `ascii`'s.
    static func folded(_ ascii: String) -> [Unicode.Scalar] { ascii.unicodeScalars.flatMap { characters.folded[$0] ?? [$0] } }

    /// Digits with one point, a sign first, 32 characters at most (`ValueReaders.decimal`).
    static var decimal: String {
        let point = char(".")
        let numberCharacter = oneOf(folded("+-.0123456789"))
        return "(?!" + numberCharacter + "{33})" + sign + "?(?:" + digit + "+(?:" + point + digit + "*)?|" + point + digit + "+)"
    }

    /// The 12 digits of a division code.
    static var divisionCode: String { digit + "{12}" }

    /// 18 characters, the last a digit or X, with a real birth date in 7–14 (GB 11643); the
    /// check digit is not checked here.
    static var idNumber: String {
        digit + "{6}" + date(yearMonth: "", monthDay: "", tail: "", optionalZero: false) + digit + "{3}" + oneOf(folded("0123456789Xx"))
    }

    /// Every form `Day.fields` reads and `Day` accepts (1900–2999, a real day of the month).
    static var date: String {
        var forms = [date(yearMonth: "", monthDay: "", tail: "", optionalZero: false)]
        let time = "(?:" + space + "+(?:" + digits("01") + "?" + digit + "|" + digits("2") + digits("0-3") + ")"
            + char(":") + digits("0-5") + digit + "(?:" + char(":") + digits("0-5") + digit + ")?)?"
        for separator in ["-", "/", "."] {
            let s = char(Unicode.Scalar(separator)!)
            forms.append(date(yearMonth: s, monthDay: s, tail: time, optionalZero: true))
        }
        forms.append(date(yearMonth: space + "*年" + space + "*", monthDay: space + "*月" + space + "*",
                          tail: space + "*" + oneOf(["日", "号"]), optionalZero: true))
        return forms.map { "(?:" + $0 + ")" }.joined(separator: "|")
    }

    /// A year, month and day with the separators given, in 1900–2999 and real: 29 February only
    /// in a leap year.
    static func date(yearMonth: String, monthDay: String, tail: String, optionalZero: Bool) -> String {
        let d = digit
        let zero = digits("0") + (optionalZero ? "?" : "")
        let year = "(?:" + digits("1") + digits("9") + "|" + digits("2") + d + ")" + d + d
        let leapYear = "(?:(?:" + digits("1") + digits("9") + "|" + digits("2") + d + ")(?:" + digits("0") + digits("48") + "|"
            + digits("2468") + digits("048") + "|" + digits("13579") + digits("26") + ")|" + digits("2") + digits("048") + digits("0") + digits("0") + ")"
        let anyMonth = zero + digits("1-9") + "|" + digits("1") + digits("0-2")
        let notFebruary = zero + digits("13-9") + "|" + digits("1") + digits("0-2")
        let longMonth = zero + digits("13578") + "|" + digits("1") + digits("02")
        let february = zero + digits("2")
        let upTo28 = zero + digits("1-9") + "|" + digits("1") + d + "|" + digits("2") + digits("0-8")
        let twentyNineOrThirty = digits("2") + digits("9") + "|" + digits("3") + digits("0")
        let thirtyOne = digits("3") + digits("1")
        let twentyNine = digits("2") + digits("9")
        return "(?:" + year + yearMonth + "(?:(?:" + anyMonth + ")" + monthDay + "(?:" + upTo28 + ")|(?:" + notFebruary + ")" + monthDay
            + "(?:" + twentyNineOrThirty + ")|(?:" + longMonth + ")" + monthDay + "(?:" + thirtyOne + "))|" + leapYear + yearMonth
            + "(?:" + february + ")" + monthDay + "(?:" + twentyNine + "))" + tail
    }

    /// The shapes `PhoneNumber.isValid` reads, after width folding: a mobile (11 digits `1[3-9]…`,
    /// whole or 3-4-4, an optional `+86`/`86` before it), a landline with its area code (`010`,
    /// `02x`, `03xx`–`09xx`) and 7–8 digits, separated or not, the area code maybe in
    /// parentheses, an extension of up to 6 digits after a separator.
    static var phone: String {
        let d = digit
        let dash = oneOf(folded("-") + ["\u{2013}", "\u{2014}"])
        let separator = "(?:" + space + "*" + dash + space + "*|" + space + "+)"
        let prefix = "(?:" + char("+") + digits("8") + digits("6") + separator + "?|" + digits("8") + digits("6") + separator + ")"
        let mobile = digits("1") + digits("3-9") + "(?:" + d + "{9}|" + d + separator + d + "{4}" + separator + d + "{4})"
        let area = "(?:" + digits("0") + digits("12") + d + "|" + digits("0") + digits("3-9") + d + "{2})"
        let extensionPart = "(?:" + separator + d + "{1,6})?"
        let landline = digits("0") + digits("12") + d + "{8,9}|" + digits("0") + digits("3-9") + d + "{9,10}|"
            + area + separator + d + "{7,8}" + extensionPart
        let parenthesised = char("(") + area + char(")") + space + "*" + d + "{7,8}" + extensionPart
        return prefix + "?" + mobile + "|" + landline + "|" + parenthesised
    }

    /// Every spelling `Vocabulary.canonical` takes: a value's comparison key with whatever the key
    /// drops before, between and after its characters, each character in any case and width.
    /// In a list written as one value, the separators split it first, so they are not dropped.
    static func vocabulary(_ vocabulary: Vocabulary, inList: Bool) -> String {
        let dropped = inList ? characters.ignorable.filter { !characters.separators.contains($0) } : characters.ignorable
        let skip = oneOf(dropped) + "*"
        var keys: [String] = []
        for entry in vocabulary.entries {
            for spelling in [entry.value] + entry.aliases + (entry.zh.map { [$0] } ?? []) {
                let key = TextNormalizer.key(spelling)
                if !keys.contains(key) { keys.append(key) }
            }
        }
        let alternatives = keys.map { key in
            key.unicodeScalars.map { oneOf(characters.keyed[$0] ?? [$0]) + skip }.joined()
        }
        return skip + "(?:" + alternatives.joined(separator: "|") + ")"
    }
}
