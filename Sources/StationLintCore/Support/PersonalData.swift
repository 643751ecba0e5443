/// Masks personal data in everything a report shows, unless `--show-personal-data`:
/// ID numbers `140105********123X`, phone numbers `138****5678`, names `张*`.
public struct PersonalData: Sendable {
    public let show: Bool

    public init(show: Bool) { self.show = show }

    public func id(_ s: String) -> String { show ? s : PersonalData.maskID(s) }
    public func name(_ s: String) -> String { show ? s : PersonalData.maskName(s) }
    public func phone(_ s: String) -> String { show ? s : PersonalData.maskPhone(s) }

    /// Free text (an attestation) with every ID number (17 digits and a check character) and
    /// mobile number (1[3-9] and 9 digits) in it masked; other text is kept as written.
    public func scrub(_ text: String) -> String {
        guard !show else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].value >= 0x30 && chars[k].value <= 0x39 }
        while i < chars.count {
            guard isDigit(i), i == 0 || !isDigit(i - 1) else { out.append(chars[i]); i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            var run = String(String.UnicodeScalarView(chars[i..<j]))
            if j - i == 17, j < chars.count, chars[j] == "X" || chars[j] == "x" { run.append("X"); j += 1 }
            if run.count == 18 {
                out.append(contentsOf: PersonalData.maskID(run).unicodeScalars)
            } else if run.count == 11, run.hasPrefix("1"), let second = run.dropFirst().first, second >= "3" {
                out.append(contentsOf: PersonalData.maskPhone(run).unicodeScalars)
            } else {
                out.append(contentsOf: run.unicodeScalars)
            }
            i = j
        }
        return String(out)
    }

    /// Keeps the first 6 and last 4 characters of an 18-character ID; masks all but the ends otherwise.
    public static func maskID(_ s: String) -> String {
        let chars = Array(s)
        if chars.count == 18 { return String(chars[0..<6]) + "********" + String(chars[14...]) }
        if chars.count <= 4 { return String(repeating: "*", count: chars.count) }
        return String(chars[0..<2]) + String(repeating: "*", count: chars.count - 4) + String(chars[(chars.count - 2)...])
    }

    /// Keeps the family name (the first character): 张三 → 张*, 欧阳修 → 欧**.
    public static func maskName(_ s: String) -> String {
        let chars = Array(s.trimmingSpaces())
        guard let first = chars.first else { return s }
        return String(first) + String(repeating: "*", count: max(1, chars.count - 1))
    }

    /// Keeps the first 3 and last 4 digits: 13812345678 → 138****5678; landlines keep the area code.
    public static func maskPhone(_ s: String) -> String {
        var digits = Array(s.filter(\.isNumber))
        guard digits.count >= 7 else { return String(repeating: "*", count: s.count) }
        if digits.first == "0", let dash = s.firstIndex(of: "-") {
            let area = String(s[..<dash])
            digits = Array(s[s.index(after: dash)...].filter(\.isNumber))
            guard digits.count >= 4 else { return area + "-****" }
            return area + "-" + String(repeating: "*", count: digits.count - 4) + String(digits.suffix(4))
        }
        return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
    }
}
