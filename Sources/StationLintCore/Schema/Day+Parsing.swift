/// Reading a date as people and spreadsheets write it (SPEC §3).
extension Day {
    /// Reads a date in any form `fields` accepts, after folding full-width digits
    /// (`２０２４年９月１０日`). Nil if not a real date.
    public static func parse(_ text: String) -> Day? {
        fields(WidthFolding.ascii(text)).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The numbers of a text written in a date's form, whether or not that day exists
    /// (`2024-02-30` gives 2024, 2, 30): so that a message can say which part is wrong.
    ///
    /// The forms, with ASCII digits and surrounding spaces allowed: `YYYY-M-D`, `YYYY/M/D` and
    /// `YYYY.M.D` with or without leading zeros (`2024/9/10` is what Excel and WPS write on
    /// Chinese Windows), the two separators alike (`2024-9/10` is refused); `YYYY年M月D日` or
    /// `…号`, spaces allowed around the characters (`2024 年 9 月 10 日`, as formal documents
    /// set it); and `YYYYMMDD`, exactly eight digits. A time of day after a date with separators
    /// (`2024/9/10 0:00`, `2024-09-10 08:30:00`) is what Excel and WPS save to CSV from a cell
    /// formatted as date and time: the day is read, the time ignored. Years have one to four digits, so that
    /// `24/9/10` reads as the year 24 and is refused as out of range; months and days one or two.
    public static func fields(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var t = text
        return t.withUTF8 { fields(bytes: $0) }
    }

    /// `fields` on UTF-8 bytes: no allocation, one pass (the ledger hot path).
    static func fields(bytes b: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var s = 0
        var e = b.count
        while s < e && b[s] == 0x20 { s &+= 1 }
        while e > s && b[e &- 1] == 0x20 { e &-= 1 }
        if e &- s == 8 {  // YYYYMMDD; `2024-9-1` is eight bytes too and reads below
            var eight = DateCursor(b: b, pos: s, end: e)
            if let year = eight.number(exactly: 4), let month = eight.number(exactly: 2), let day = eight.number(exactly: 2) {
                return (year, month, day)
            }
        }
        var cursor = DateCursor(b: b, pos: s, end: e)
        guard let year = cursor.number(upTo: 4), cursor.pos < e else { return nil }
        let separator = b[cursor.pos]
        if separator == 0x2D || separator == 0x2F || separator == 0x2E {  // - / .
            cursor.pos &+= 1
            guard let month = cursor.number(upTo: 2), cursor.pos < e, b[cursor.pos] == separator else { return nil }
            cursor.pos &+= 1
            guard let day = cursor.number(upTo: 2), cursor.pos == e || cursor.timeOfDayToEnd() else { return nil }
            return (year, month, day)
        }
        guard cursor.word(DateCursor.nian), let month = cursor.number(upTo: 2), cursor.word(DateCursor.yue),
              let day = cursor.number(upTo: 2) else { return nil }
        cursor.skipSpaces()
        guard cursor.character(DateCursor.ri) || cursor.character(DateCursor.hao), cursor.pos == e else { return nil }
        return (year, month, day)
    }
}

/// Walks the bytes of a date: numbers, and the characters 年 月 日 号.
struct DateCursor {
    let b: UnsafeBufferPointer<UInt8>
    var pos: Int
    let end: Int

    static let nian: (UInt8, UInt8, UInt8) = (0xE5, 0xB9, 0xB4)  // 年
    static let yue: (UInt8, UInt8, UInt8) = (0xE6, 0x9C, 0x88)  // 月
    static let ri: (UInt8, UInt8, UInt8) = (0xE6, 0x97, 0xA5)  // 日
    static let hao: (UInt8, UInt8, UInt8) = (0xE5, 0x8F, 0xB7)  // 号

    /// One to `maxDigits` ASCII digits; nil when there are none or more.
    mutating func number(upTo maxDigits: Int) -> Int? {
        var n = 0
        var digits = 0
        while pos < end, b[pos] >= 0x30, b[pos] <= 0x39 {
            digits &+= 1
            if digits > maxDigits { return nil }
            n = n &* 10 &+ Int(b[pos] &- 0x30)
            pos &+= 1
        }
        return digits == 0 ? nil : n
    }

    /// Exactly `count` ASCII digits.
    mutating func number(exactly count: Int) -> Int? {
        guard end &- pos >= count else { return nil }
        var n = 0
        for _ in 0..<count {
            guard b[pos] >= 0x30, b[pos] <= 0x39 else { return nil }
            n = n &* 10 &+ Int(b[pos] &- 0x30)
            pos &+= 1
        }
        return n
    }

    /// One or more spaces, then `H:MM` or `H:MM:SS` (a real time of day), then the end.
    mutating func timeOfDayToEnd() -> Bool {
        guard pos < end, b[pos] == 0x20 else { return false }
        skipSpaces()
        guard let hour = number(upTo: 2), hour < 24, pos < end, b[pos] == 0x3A else { return false }
        pos &+= 1
        guard let minute = number(exactly: 2), minute < 60 else { return false }
        if pos < end && b[pos] == 0x3A {
            pos &+= 1
            guard let second = number(exactly: 2), second < 60 else { return false }
        }
        return pos == end
    }

    mutating func skipSpaces() {
        while pos < end && b[pos] == 0x20 { pos &+= 1 }
    }

    /// The character `c` at `pos`; consumes it.
    mutating func character(_ c: (UInt8, UInt8, UInt8)) -> Bool {
        guard end &- pos >= 3, b[pos] == c.0, b[pos &+ 1] == c.1, b[pos &+ 2] == c.2 else { return false }
        pos &+= 3
        return true
    }

    /// The character `c` with optional spaces on both sides.
    mutating func word(_ c: (UInt8, UInt8, UInt8)) -> Bool {
        skipSpaces()
        guard character(c) else { return false }
        skipSpaces()
        return true
    }
}
