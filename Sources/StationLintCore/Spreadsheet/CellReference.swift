/// A cell's place in a sheet, as A1-style names give it (`C7`: column 3, row 7).
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public let row: Int
    /// 1-based: A is 1, Z 26, AA 27, XFD 16,384.
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `C7` (and `$C$7`); nil for anything else, or past XFD1048576.
    public init?(_ name: String) {
        guard let parsed = CellReference.parse(Array(name.utf8)[...]), parsed.column > 0, parsed.row != nil else { return nil }
        self.init(row: parsed.row ?? 0, column: parsed.column)
    }

    /// Column letters, then row digits (either may be absent, for `A:A` and `1:1` ranges);
    /// nil when neither is there, or a part is out of range, or anything else follows.
    static func parse(_ b: ArraySlice<UInt8>) -> (column: Int, row: Int?)? {
        var i = b.startIndex
        if i < b.endIndex && b[i] == UInt8(ascii: "$") { i += 1 }
        var column = 0
        while i < b.endIndex, case let c = b[i] | 0x20, c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") {
            column = column * 26 + Int(c - UInt8(ascii: "a")) + 1
            guard column <= InputLimits.Workbook.maxColumns else { return nil }
            i += 1
        }
        if i < b.endIndex && b[i] == UInt8(ascii: "$") { i += 1 }
        var row = 0
        var digits = 0
        while i < b.endIndex, b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") {
            row = row * 10 + Int(b[i] - UInt8(ascii: "0"))
            digits += 1
            guard row <= InputLimits.Workbook.maxRows else { return nil }
            i += 1
        }
        guard i == b.endIndex, column > 0 || digits > 0, digits == 0 || row > 0 else { return nil }
        return (column, digits > 0 ? row : nil)
    }

    /// The column's letters: `A`, `Z`, `AA`, `XFD`.
    public static func columnName(_ column: Int) -> String {
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(ascii: "A") + UInt8((n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `C7`.
    public var name: String { CellReference.columnName(column) + String(row) }

    public var description: String { name }
}

/// A rectangle of cells, such as a merged title `A1:F1`.
public struct CellRange: Sendable, Equatable {
    public let first: CellReference
    public let last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = first
        self.last = last
    }

    /// Reads `A1:F1` or a single `A1`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let a = CellReference(String(parts[0])),
              let b = CellReference(String(parts[parts.count - 1])) else { return nil }
        self.init(first: CellReference(row: min(a.row, b.row), column: min(a.column, b.column)),
                  last: CellReference(row: max(a.row, b.row), column: max(a.column, b.column)))
    }

    /// `A1:F1`.
    public var name: String { first == last ? first.name : first.name + ":" + last.name }
}
