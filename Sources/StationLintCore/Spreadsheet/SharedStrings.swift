/// The shared-string table (`xl/sharedStrings.xml`): the text of every `t="s"` cell, by index,
/// in one byte arena (Excel and WPS write every text cell so, and a registry's ID numbers and
/// addresses are each an entry of their own; a `String` per entry would be one allocation per
/// record). A rich-text item's runs are joined; phonetic runs (`<rPh>`, the furigana/pinyin
/// guide some writers add) are not part of the text and are dropped.
struct SharedStrings: Sendable {
    /// The items' UTF-8, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each item ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []

    static let siTag = Array("si".utf8), tTag = Array("t".utf8), rPhTag = Array("rPh".utf8)

    /// A table of the given texts (for tests and for parts written by hand).
    init(_ strings: [String] = []) {
        for s in strings {
            bytes.append(contentsOf: s.utf8)
            ends.append(bytes.count)
        }
    }

    var count: Int { ends.count }

    /// Where item `index` (in `0..<count`) lies in `bytes`.
    func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    /// Item `index` as a `String`, for the model of a sheet.
    subscript(index: Int) -> String { String(decoding: bytes[range(index)], as: UTF8.self) }

    static func read(_ part: [UInt8], part name: String) throws(WorkbookError) -> SharedStrings {
        var x = XMLScanner(part, part: name)
        var table = SharedStrings()
        var inItem = false
        var inText = false
        // Where the text of the item being read starts. An `<si>` starts it afresh; a `</si>`
        // adds it as an item, and another `</si>` without a start adds the same text again
        // (the table is read as it always was, whatever the nesting).
        var current = 0
        while true {
            switch try x.next() {
            case .endOfDocument: return table
            case .start:
                if x.isNamed(siTag) {
                    table.bytes.removeLast(table.bytes.count - table.itemsEnd)
                    current = table.bytes.count
                    inItem = true
                } else if x.isNamed(rPhTag) {
                    try x.skipElement()
                } else if x.isNamed(tTag) {
                    inText = inItem
                }
            case .end:
                if x.isNamed(siTag) {
                    if current < table.itemsEnd {
                        let again = table.itemsEnd
                        table.bytes.append(contentsOf: table.bytes[current..<again])
                        current = again
                    }
                    table.ends.append(table.bytes.count)
                    inItem = false
                } else if x.isNamed(tTag) {
                    inText = false
                }
            case .text:
                if inText { try x.appendText(to: &table.bytes) }
            }
        }
    }

    /// Where the last item ends: text after it belongs to an item not yet ended.
    private var itemsEnd: Int { ends.last ?? 0 }

    /// The text of an inline string (`<is>`), read up to its end tag and appended to `bytes`;
    /// where it lies there.
    static func inline(_ x: inout XMLScanner, into bytes: inout [UInt8]) throws(WorkbookError) -> Range<Int> {
        let start = bytes.count
        var inText = false
        let depth = x.depth
        while true {
            switch try x.next() {
            case .endOfDocument: return start..<bytes.count
            case .start:
                if x.isNamed(rPhTag) { try x.skipElement() } else if x.isNamed(tTag) { inText = true }
            case .end:
                if x.depth < depth { return start..<bytes.count }
                if x.isNamed(tTag) { inText = false }
            case .text:
                if inText { try x.appendText(to: &bytes) }
            }
        }
    }
}
