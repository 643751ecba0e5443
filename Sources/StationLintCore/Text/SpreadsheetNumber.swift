/// Recognises what a spreadsheet does to a long digit string (an ID number, a phone or a bank
/// card) typed into a cell formatted as a number: Excel and WPS show it, and save it to CSV, in
/// scientific notation, and the digits past the 15th are gone for good.
///
/// Only the scientific forms are detectable: `1.40105E+17`, `1.40105199001011E+17`, `1.4E17`,
/// `1E+17`, `1,40105E+17` (comma decimal), `1.40105199001011E+017` (three-digit exponent), with
/// `e` or `E`. An 18-digit number whose last digits became `000` through precision loss looks
/// like any other number and is not recognised. Call it on cells of columns that should hold
/// long digit strings; it says nothing about other columns.
public enum SpreadsheetNumber {
    /// Whether `text` (spaces around it ignored) is a number in a spreadsheet's scientific notation:
    /// one digit 1–9, optionally `.` or `,` and more digits, `E` or `e`, optionally `+`, and a
    /// one- to three-digit exponent. A negative exponent is not a long number and does not match.
    public static func isMangled(_ text: String) -> Bool {
        var u = text.utf8[...]
        while let c = u.first, c == 0x20 { u = u.dropFirst() }
        while let c = u.last, c == 0x20 { u = u.dropLast() }
        var it = u.makeIterator()
        guard let lead = it.next(), lead >= 0x31 && lead <= 0x39 else { return false }  // 1-9
        var c = it.next()
        if c == 0x2E || c == 0x2C {  // '.' or ','
            var fraction = 0
            c = it.next()
            while let d = c, isDigit(d) { fraction += 1; c = it.next() }
            if fraction == 0 { return false }
        }
        guard c == 0x45 || c == 0x65 else { return false }  // 'E' or 'e'
        c = it.next()
        if c == 0x2B { c = it.next() }  // '+'
        var exponent = 0
        while let d = c, isDigit(d) { exponent += 1; c = it.next() }
        return c == nil && exponent >= 1 && exponent <= 3
    }

    /// The advice for a cell `isMangled` recognised: what happened and how to fix it.
    public static func advice(_ lang: Language) -> String {
        lang.pick(
            "身份证号被表格软件转成了科学计数法（如 1.40105E+17），原号码已丢失：请把该列设置为“文本”格式后重新录入",
            "the spreadsheet program turned the ID number into scientific notation (such as 1.40105E+17) and the original digits are lost: set the column's format to “Text” and enter the numbers again")
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
