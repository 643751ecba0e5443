import Foundation
import XCTest
@testable import StationLintCore

/// Whatever a station folder says reaches a report as text: never markup, XML, a formula, a
/// terminal escape or a broken URI.
final class EscapingTests: XCTestCase {
    func testHTMLEscapesTheFiveCharactersAndDropsControls() {
        XCTAssertEqual(Escape.html("<script>alert('x')</script> & \"q\"\u{1}"),
                       "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    func testXMLDropsWhatXML10ForbidsAndKeepsLineEndsInAttributes() {
        XCTAssertEqual(Escape.xml("a\u{0}b\u{8}c\u{1B}d\u{FFFE}e"), "abcde")
        XCTAssertEqual(Escape.xml("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
        XCTAssertEqual(Escape.xml("1\n2\t3\r"), "1&#10;2&#9;3&#13;")
        XCTAssertEqual(Escape.xmlText("1\n2\t3"), "1\n2\t3")
        XCTAssertEqual(Escape.xml("张三 😀"), "张三 😀")
    }

    func testMarkdownCellsCannotOpenMarkupOrSplitTheTable() {
        XCTAssertEqual(Escape.markdown("a|b <i>x</i> *y* [l](u) `c`"),
                       "a\\|b &lt;i&gt;x&lt;/i&gt; \\*y\\* \\[l\\](u) \\`c\\`")
        XCTAssertEqual(Escape.markdown("第一行\r\n第二行\n第三行"), "第一行<br>第二行<br>第三行")
        XCTAssertEqual(Escape.markdown("2024-12-31，90%"), "2024-12-31，90%")
    }

    func testCSVQuotesPerRFC4180AndDisarmsFormulas() {
        XCTAssertEqual(Escape.csv("plain 中文"), "plain 中文")
        XCTAssertEqual(Escape.csv("a,b"), "\"a,b\"")
        XCTAssertEqual(Escape.csv("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(Escape.csv("two\r\nlines"), "\"two\r\nlines\"")
        XCTAssertEqual(Escape.csv("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            XCTAssertTrue(Escape.csv(lead + "1+1").hasPrefix("'") || Escape.csv(lead + "1+1").hasPrefix("\"'"), lead)
        }
        XCTAssertEqual(Escape.csv("1-2"), "1-2")
    }

    func testURIPathsArePercentEncodedUTF8AndDecodeBack() {
        let path = "stations/恶意 输入#1/台账/走访慰问.yaml"
        let uri = Escape.uriPath(path)
        XCTAssertEqual(uri, "stations/%E6%81%B6%E6%84%8F%20%E8%BE%93%E5%85%A5%231/%E5%8F%B0%E8%B4%A6/%E8%B5%B0%E8%AE%BF%E6%85%B0%E9%97%AE.yaml")
        XCTAssertTrue(uri.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " && $0 != "#" })
        XCTAssertEqual(uri.removingPercentEncoding, path)
        XCTAssertNotNil(URL(string: uri))
        XCTAssertEqual(Escape.uriPath("a:b?c"), "a%3Ab%3Fc")
    }

    func testTerminalTextCannotSendEscapesOrReorderTheLine() {
        XCTAssertEqual(Escape.terminal("红\u{1B}[31m字\u{7}\u{9B}x\u{202E}y\tz\n"), "红\u{FFFD}[31m字\u{FFFD}\u{FFFD}x\u{FFFD}y z\n")
        XCTAssertEqual(Escape.terminal("通过 5，得分 100.0"), "通过 5，得分 100.0")
    }
}
