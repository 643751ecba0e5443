/// Spreadsheet date serials as calendar days: what a cell with a date format holds.
public enum SpreadsheetDate {
    /// The day of `serial` (its fraction, the time of day, is ignored). In the 1900 system
    /// serial 1 is 1900-01-01 and serial 60 is Lotus 1-2-3's 1900-02-29, a day that never was
    /// (nil), so later serials count from 1899-12-30; in the 1904 system serial 0 is 1904-01-01.
    /// Nil for a serial before the system's start, or past the year 9999.
    public static func day(serial: Double, uses1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let ordinal: Int
        if uses1904 {
            ordinal = Day.ordinal(1904, 1, 1) + whole
        } else {
            guard whole >= 1, whole != 60 else { return nil }
            ordinal = whole < 60 ? Day.ordinal(1899, 12, 31) + whole : Day.ordinal(1899, 12, 30) + whole
        }
        let day = Day(ordinal: ordinal)
        return day.year <= 9999 ? day : nil
    }
}

/// Whether a number format shows a date or time, which is all that tells a date cell from a
/// number cell in `.xlsx` (the cell itself holds only the serial).
enum DateFormat {
    /// Built-in formats that are dates or times: 14–22, and 27–36, 45–47 and 50–58, the ones
    /// Excel and WPS use in Chinese, Japanese and Korean locales (`yyyy"年"m"月"d"日"` is 31).
    static func isDate(builtin id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a format code shows a date or time: a y, m, d, h or s outside quoted text,
    /// escaped characters and `[...]` sections (colours, locales, conditions); an elapsed-time
    /// section such as `[h]` or `[mm]` counts as a time.
    static func isDate(code: String) -> Bool {
        let b = Array(code.utf8)
        var i = 0
        while i < b.count {
            let c = b[i] | 0x20
            switch b[i] {
            case UInt8(ascii: "\""):
                i += 1
                while i < b.count && b[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1  // the next character is shown as it is (or is padding)
            case UInt8(ascii: "["):
                let start = i + 1
                while i < b.count && b[i] != UInt8(ascii: "]") { i += 1 }
                let inside = b[start..<min(i, b.count)].map { $0 | 0x20 }
                if let first = inside.first, [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(first),
                   inside.allSatisfy({ $0 == first }) {
                    return true
                }
            default:
                if c == UInt8(ascii: "y") || c == UInt8(ascii: "m") || c == UInt8(ascii: "d") || c == UInt8(ascii: "h") || c == UInt8(ascii: "s") {
                    return true
                }
            }
            i += 1
        }
        return false
    }
}
