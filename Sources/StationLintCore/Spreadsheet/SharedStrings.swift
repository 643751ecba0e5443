/// The shared-string table (`xl/sharedStrings.xml`): the text of every `t="s"` cell, by index.
/// A rich-text item's runs are joined; phonetic runs (`<rPh>`, the furigana/pinyin guide some
/// writers add) are not part of the text and are dropped.
enum SharedStrings {
    static let siTag = Array("si".utf8), tTag = Array("t".utf8), rPhTag = Array("rPh".utf8)

    static func read(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [String] {
        var x = XMLScanner(bytes, part: part)
        var out: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        while true {
            switch try x.next() {
            case .endOfDocument: return out
            case .start:
                if x.isNamed(siTag) {
                    inItem = true
                    current = ""
                } else if x.isNamed(rPhTag) {
                    try x.skipElement()
                } else if x.isNamed(tTag) {
                    inText = inItem
                }
            case .end:
                if x.isNamed(siTag) {
                    out.append(current)
                    inItem = false
                } else if x.isNamed(tTag) {
                    inText = false
                }
            case .text:
                if inText { current += try x.text() }
            }
        }
    }

    /// The text of an inline string (`<is>`), read up to its end tag.
    static func inline(_ x: inout XMLScanner) throws(WorkbookError) -> String {
        var text = ""
        var inText = false
        let depth = x.depth
        while true {
            switch try x.next() {
            case .endOfDocument: return text
            case .start:
                if x.isNamed(rPhTag) { try x.skipElement() } else if x.isNamed(tTag) { inText = true }
            case .end:
                if x.depth < depth { return text }
                if x.isNamed(tTag) { inText = false }
            case .text:
                if inText { text += try x.text() }
            }
        }
    }
}
