import XCTest
@testable import StationLintCore

/// The XML pull scanner: what Office parts contain, and the malformed input it must refuse.
final class SpreadsheetXMLScannerTests: XCTestCase {
    /// The events of `xml` as text: `<name a=v>`, `</name>`, `"text"`.
    func events(_ xml: String) throws(WorkbookError) -> [String] {
        var x = XMLScanner(Array(xml.utf8), part: "t.xml")
        var out: [String] = []
        let names = ["a", "b", "c", "t", "root", "v"].map { Array($0.utf8) }
        while true {
            switch try x.next() {
            case .endOfDocument: return out
            case .start:
                let name = names.first(where: { x.isNamed($0) }).map { String(decoding: $0, as: UTF8.self) } ?? "?"
                var attrs: [String] = []
                for k in ["r", "s", "id"] {
                    if let v = try x.attribute(Array(k.utf8)) { attrs.append("\(k)=\(v)") }
                }
                out.append("<" + ([name] + attrs).joined(separator: " ") + ">")
            case .end:
                out.append("</>")
            case .text:
                let text = try x.text()
                // The same text appended to bytes, as the shared-string table and the rows keep it.
                var bytes = Array("前".utf8)
                let range = try x.appendText(to: &bytes)
                XCTAssertEqual(String(decoding: bytes[range], as: UTF8.self), text)
                XCTAssertEqual(bytes[..<range.lowerBound], Array("前".utf8)[...])
                out.append("\"" + text + "\"")
            }
        }
    }

    func testElementsAttributesTextAndEntities() throws {
        XCTAssertEqual(try events(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n<root><a r=\"A1\" s='2'>x &lt;&gt;&amp;&apos;&quot; &#20013;&#x6587;</a><b/></root>"),
                       ["<root>", "<a r=A1 s=2>", "\"x <>&'\" 中文\"", "</>", "<b>", "</>", "</>"])
        XCTAssertEqual(try events("<x:root xmlns:x='u'><x:c r=\"B2\"><![CDATA[<a> & b]]></x:c><!-- <c> --><?pi x?></x:root>"),
                       ["<root>", "<c r=B2>", "\"<a> & b\"", "</>", "</>"])
        XCTAssertEqual(try events("\u{FEFF}<root r=\"&amp;&#x4E1C;\"/>"), ["<root r=&东>", "</>"])
        XCTAssertEqual(try events("<root><c xmlns=\"u\" xmlns:r=\"v\" r:id=\"rId1\"/></root>"), ["<root>", "<c id=rId1>", "</>", "</>"])
        XCTAssertEqual(try events("<root>\n  <t>  a  </t>\n</root>\n"), ["<root>", "\"\n  \"", "<t>", "\"  a  \"", "</>", "\"\n\"", "</>"])
    }

    /// Any text, each character written as itself, as a decimal or hexadecimal reference, or as
    /// a predefined entity where it has one, reads back as it was: short and long, ASCII, CJK
    /// and characters of four UTF-8 bytes.
    func testEveryWayOfWritingACharacterReadsBack() throws {
        let alphabet: [Character] = ["a", "1", " ", "<", ">", "&", "'", "\"", "许", "云", "新", "　", "é", "😀", "𠀀"]
        let named: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", "\"": "&quot;"]
        var random = SplitMix64(seed: 1951)
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 1...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let written = text.map { c -> String in
                let scalar = c.unicodeScalars.first!.value
                switch Int.random(in: 0..<4, using: &random) {
                case 0: return "&#\(scalar);"
                case 1: return "&#x" + String(scalar, radix: 16, uppercase: Bool.random(using: &random)) + ";"
                case 2 where named[c] != nil: return named[c]!
                default: return named[c] ?? String(c)
                }
            }.joined()
            XCTAssertEqual(try events("<t>" + written + "</t>"), ["<t>", "\"" + text + "\"", "</>"], written)
        }
    }

    func testMalformedXMLIsRefusedWithItsPosition() {
        let cases: [(String, Int, Int)] = [
            ("<root><a></b></root>", 1, 10), ("<root>\n<a>\n</root>", 3, 1), ("<root>", 1, 7), ("<root><a r=1/></root>", 1, 12),
            ("<root><a r=\"1/></root>", 1, 12), ("<root>&bogus;</root>", 1, 14), ("<root>&#0;</root>", 1, 11), ("<root>&#xD800;</root>", 1, 15),
            ("<root>& </root>", 1, 7), ("</root>", 1, 1), ("<root/><root/>", 1, 8), ("text<root/>", 1, 1), ("<root><!-- x</root>", 1, 7),
            ("<!DOCTYPE root [<!ENTITY a 'aaaa'>]><root>&a;</root>", 1, 1), ("<root><a r=\"<\"/></root>", 1, 13), ("", 1, 1),
            ("<root a=\"1\"b=\"2\"/>", 1, 12), ("<root><![CDATA[x</root>", 1, 7), ("<root>\u{FF}</root>", 1, 1), ("< root/>", 1, 2),
            ("<root><a/ ></root>", 1, 9), ("<:a/>", 1, 2),
        ]
        for (xml, line, column) in cases {
            var bytes = Array(xml.utf8)
            if xml.contains("\u{FF}") { bytes = Array("<root>".utf8) + [0xFF] + Array("</root>".utf8) }
            var x = XMLScanner(bytes, part: "t.xml")
            do {
                while true {
                    let e = try x.next()
                    if e == .text {
                        // Text appended to bytes fails as `text()` does and leaves them as they were.
                        var bytes: [UInt8] = [7]
                        do throws(WorkbookError) {
                            _ = try x.appendText(to: &bytes)
                        } catch {
                            XCTAssertEqual(bytes, [7], xml)
                            XCTAssertThrowsError(try x.text()) { XCTAssertEqual(($0 as? WorkbookError)?.message(.en), error.message(.en), xml) }
                        }
                        _ = try x.text()
                    }
                    if e == .start { _ = try x.attribute(Array("a".utf8)) }
                    if e == .endOfDocument { break }
                }
                XCTFail("accepted: \(xml)")
            } catch {
                guard case .malformedXML = error.kind, case .text(let l, let c)? = error.position else { XCTFail("\(xml): \(error)"); continue }
                if xml.contains("\u{FF}") { continue }
                XCTAssertEqual(l, line, xml)
                XCTAssertEqual(c, column, xml)
                XCTAssertEqual(error.part, "t.xml")
                XCTAssertTrue(error.message(.zh).contains("t.xml:\(l):\(c)"), error.message(.zh))
            }
        }
    }

    func testNestingPastTheLimitIsRefused() {
        let deep = String(repeating: "<a>", count: InputLimits.Workbook.maxXMLDepth + 1) + String(repeating: "</a>", count: InputLimits.Workbook.maxXMLDepth + 1)
        XCTAssertThrowsError(try events(deep)) { XCTAssertEqual(($0 as? WorkbookError)?.kind, .xmlTooDeep) }
        let fits = String(repeating: "<a>", count: InputLimits.Workbook.maxXMLDepth) + String(repeating: "</a>", count: InputLimits.Workbook.maxXMLDepth)
        XCTAssertNoThrow(try events(fits))
    }

    /// A megabyte of unclosed `<a ` or of `&` costs one pass, not one per byte.
    func testLongRunsAreLinear() {
        for xml in ["<root>" + String(repeating: "<a b='1' ", count: 100_000), "<root>" + String(repeating: "&", count: 1_000_000) + "</root>",
                    "<root>" + String(repeating: "<!-", count: 300_000), "<root>" + String(repeating: "]]", count: 300_000)] {
            let start = Date()
            XCTAssertThrowsError(try events(xml))
            XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        }
    }
}
