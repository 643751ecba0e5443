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

    /// The date `n` days later.
    public func plus(days n: Int) -> Day { Day(ordinal: ordinal + n) }

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
}
