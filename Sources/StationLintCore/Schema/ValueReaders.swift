/// Reads scalar text as the schema's types: booleans, numbers, phone numbers, ID numbers and
/// division codes. Each returns nil when the text is not a valid value of its type.
public enum ValueReaders {
    /// `true/false`, `是/否` (also `True`, `TRUE`, `yes`/`no` are NOT accepted: SPEC §3 lists the four).
    public static func boolean(_ s: String) -> Bool? {
        var t = s.trimmingSpaces()
        return t.withUTF8 { boolean(bytes: $0) }
    }

    /// `boolean(_:)` on UTF-8 bytes with nothing to trim.
    static func boolean(bytes b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for (spelling, value) in booleanSpellings where LedgerLayout.equal(spelling, b) { return value }
        return nil
    }

    static let booleanSpellings: [([UInt8], Bool)] = [("true", true), ("True", true), ("TRUE", true), ("是", true),
                                                      ("false", false), ("False", false), ("FALSE", false), ("否", false)]
        .map { (Array($0.0.utf8), $0.1) }

    /// ASCII digits with an optional sign.
    public static func integer(_ s: String) -> Int? {
        var t = s.trimmingSpaces()
        return t.withUTF8 { integer(bytes: $0) }
    }

    /// `integer(_:)` on UTF-8 bytes with nothing to trim.
    static func integer(bytes b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 18 else { return nil }
        var i = 0
        var negative = false
        if b[0] == 0x2D || b[0] == 0x2B { negative = b[0] == 0x2D; i = 1 }
        guard i < b.count else { return nil }
        var v = 0
        while i < b.count {
            let c = b[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
            i &+= 1
        }
        return negative ? -v : v
    }

    /// ASCII digits with an optional sign and one decimal point.
    public static func decimal(_ s: String) -> Double? {
        let t = s.trimmingSpaces()
        guard !t.isEmpty, t.utf8.count <= 32 else { return nil }
        var sawDigit = false
        var sawPoint = false
        for (i, c) in t.utf8.enumerated() {
            switch c {
            case 0x30...0x39: sawDigit = true
            case 0x2E where !sawPoint: sawPoint = true
            case 0x2D where i == 0, 0x2B where i == 0: break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(t)
    }

    /// A Chinese mobile or landline number in any of the forms `PhoneNumber` lists (SPEC §5).
    /// Full-width forms are read by `ValueTyper`, which folds them first.
    public static func isPhone(_ s: String) -> Bool {
        var t = s
        return t.withUTF8 { PhoneNumber.isValid($0) }
    }

    /// GB 11643: 18 characters, 17 digits and a check digit (0-9 or X) by ISO 7064 MOD 11-2, with
    /// a real birth date.
    public static func idNumberProblem(_ s: String) -> IDNumberProblem? {
        var s = s
        return s.withUTF8 { idNumberProblem(bytes: $0) }
    }

    /// `idNumberProblem(_:)` on the UTF-8 bytes (no copy of them is made).
    static func idNumberProblem(bytes: UnsafeBufferPointer<UInt8>) -> IDNumberProblem? {
        guard bytes.count == 18 else { return .length(bytes.count) }
        guard let expected = idCheckDigit(bytes[0..<17]) else { return .characters }
        var last = bytes[17]
        if last == 0x78 { last = 0x58 }  // x → X
        guard (last >= 0x30 && last <= 0x39) || last == 0x58 else { return .characters }
        let year = asciiNumber(bytes[6..<10]) ?? 0, month = asciiNumber(bytes[10..<12]) ?? 0, day = asciiNumber(bytes[12..<14]) ?? 0
        if Day(year: year, month: month, day: day) == nil { return .birthDate }
        if last != expected { return .checkDigit(expected: Character(UnicodeScalar(expected))) }
        return nil
    }

    /// The number ASCII digits spell (`2024`), or nil if any byte is not a digit or there are none.
    public static func asciiNumber<Digits: Collection<UInt8>>(_ digits: Digits) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var n = 0
        for c in digits {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            n = n * 10 + Int(c - 0x30)
        }
        return n
    }

    /// The GB 11643 / ISO 7064 MOD 11-2 check digit (ASCII `0`-`9` or `X`) of an ID number's
    /// first 17 characters, or nil unless they are exactly 17 ASCII digits.
    public static func idCheckDigit<Digits: Collection<UInt8>>(_ first17: Digits) -> UInt8? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (weight, c) in zip(idWeights, first17) {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            sum += Int(c - 0x30) * weight
        }
        return idCheckCharacters[sum % 11]
    }

    // Made once, not per ID number checked (a county's ledgers check tens of thousands).
    static let idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let idCheckCharacters: [UInt8] = Array("10X98765432".utf8)

    /// Why an ID number is not valid.
    public enum IDNumberProblem: Equatable, Sendable {
        case length(Int)
        case characters
        case birthDate
        case checkDigit(expected: Character)

        public func message(_ lang: Language) -> String {
            switch self {
            case .length(let n): return lang.pick("应为 18 位，实为 \(n) 位", "must have 18 characters, has \(n)")
            case .characters: return lang.pick("只能包含数字，末位可为 X", "digits only, the last may be X")
            case .birthDate: return lang.pick("出生日期不存在", "the birth date is not a real date")
            case .checkDigit(let c): return lang.pick("校验码错误（按 GB 11643 末位应为 \(c)）", "wrong check digit (GB 11643 gives \(c))")
            }
        }
    }
}

/// A 12-digit statistical division code (统计用区划代码): province 2, city 2, county 2,
/// township 3, village 3 digits.
public struct DivisionCode: Hashable, Comparable, Sendable {
    public let digits: String

    public init?(_ text: String) {
        var t = text.trimmingSpaces()
        guard t.withUTF8(Self.isCode) else { return nil }
        digits = t
    }

    /// Whether UTF-8 bytes are exactly a code: 12 ASCII digits.
    static func isCode(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count == 12 && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    public static func < (a: DivisionCode, b: DivisionCode) -> Bool { a.digits < b.digits }

    /// The national layout's prefix lengths: province, city, county, township, village.
    public static let layout = [2, 4, 6, 9, 12]

    /// How many leading digits the code fills by the layout: 12 for a village code, 9 when it
    /// ends in 000 only, 6 when it ends in 000000, and so on; nil for all zeros.
    public var significantDigits: Int? {
        let bytes = Array(digits.utf8)
        for length in Self.layout.reversed() {
            let cut = Self.layout.last { $0 < length } ?? 0
            if bytes[cut..<length].contains(where: { $0 != 0x30 }) { return length }
        }
        return nil
    }

    public var province: String { String(digits.prefix(2)) }

    /// The code of the unit above (or at) this one that fills `length` digits (`1401050000…`).
    public func truncated(to length: Int) -> String {
        String(digits.prefix(length)) + String(repeating: "0", count: 12 - min(12, length))
    }

    /// Whether `self` lies under `parent` (extends its significant prefix).
    public func isUnder(_ parent: DivisionCode) -> Bool {
        guard let length = parent.significantDigits else { return false }
        return self != parent && digits.hasPrefix(String(parent.digits.prefix(length)))
    }
}
