/// A calendar date without time: what `--as-of` and every date field hold.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (proleptic Gregorian): the one stored number.
    public let ordinal: Int

    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1900, year <= 2999, month >= 1, month <= 12, day >= 1, day <= Day.daysIn(month, year) else { return nil }
        self.ordinal = Day.ordinal(year, month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// The date `n` days earlier.
    public func minus(days n: Int) -> Day { Day(ordinal: ordinal - n) }

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Year, month and day (civil-from-days, Howard Hinnant's algorithm).
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func ordinal(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY年M月D日` (ASCII digits). Nil if not a real date.
    public static func parse(_ text: String) -> Day? {
        fields(text).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The numbers of a text written in a date's form, whether or not that day exists
    /// (`2024-02-30` gives 2024, 2, 30): so that a message can say which part is wrong.
    public static func fields(_ text: String) -> (year: Int, month: Int, day: Int)? {
        if let day = parseTenBytes(text) { return day }
        var bytes = Array(text.utf8)
        // Drop trailing/leading spaces.
        while let l = bytes.last, l == 0x20 { bytes.removeLast() }
        while let f = bytes.first, f == 0x20 { bytes.removeFirst() }
        var numbers: [Int] = []
        var current = -1
        var digits = 0
        var separators: [String] = []
        var sep: [UInt8] = []
        for c in bytes {
            if c >= 0x30 && c <= 0x39 {
                if current < 0 {
                    if !numbers.isEmpty || !sep.isEmpty { separators.append(String(decoding: sep, as: UTF8.self)) }
                    sep = []
                    current = 0
                    digits = 0
                }
                current = current * 10 + Int(c - 0x30)
                digits += 1
                if digits > 4 { return nil }
            } else {
                if current >= 0 { numbers.append(current); current = -1 }
                sep.append(c)
            }
        }
        if current >= 0 { numbers.append(current) }
        let trailing = String(decoding: sep, as: UTF8.self)
        guard numbers.count == 3 else { return nil }
        switch (separators, trailing) {
        case (["-", "-"], ""), (["/", "/"], ""):
            guard bytes.count == 10 else { return nil }  // two-digit month and day
        case (["年", "月"], "日"):
            break
        default:
            return nil
        }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` read straight from the bytes (what `fields` accepts in that
    /// form); nil for anything else, which `fields` then reads the general way.
    static func parseTenBytes(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var t = text
        return t.withUTF8 { b -> (year: Int, month: Int, day: Int)? in
            guard b.count == 10, b[4] == b[7], b[4] == 0x2D || b[4] == 0x2F,
                  let year = ValueReaders.asciiNumber(b[0..<4]), let month = ValueReaders.asciiNumber(b[5..<7]),
                  let day = ValueReaders.asciiNumber(b[8..<10]) else { return nil }
            return (year, month, day)
        }
    }
}
