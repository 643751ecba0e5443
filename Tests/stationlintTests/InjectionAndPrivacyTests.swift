import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import stationlint

/// A station whose name, plaque, attestation and waiver carry HTML, XML, formulas and control
/// characters: every format shows them as text. And no format shows an ID or mobile number
/// unmasked unless `--show-personal-data`.
final class InjectionAndPrivacyTests: XCTestCase {
    static let hostile = "Fixtures/report-stations/恶意 输入#1"
    static let name = "=HYPERLINK(\"http://x\",\"y\") <script>alert(1)</script> & \"双引号\" '单引号' ]]>"

    func report(_ format: String, _ paths: [String] = [hostile], extra: [String] = []) -> String {
        let run = CLIRun.run(["check"] + paths + ["--as-of", "2024-12-31", "--format", format] + extra)
        XCTAssertEqual(run.status, .failures, "\(format): \(run.err)")
        return run.out
    }

    func testMarkupNeverReachesMarkdownOrHTML() {
        for format in ["markdown", "html"] {
            let out = report(format)
            for markup in ["<script", "<img", "<iframe", "<b>", "</testsuite>"] {
                XCTAssertFalse(out.contains(markup), "\(format) lets \(markup) through")
            }
            XCTAssertTrue(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), format)
            XCTAssertFalse(out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format): control characters dropped")
        }
        let html = report("html")
        XCTAssertTrue(html.contains("&lt;iframe src=&quot;javascript:alert(3)&quot;&gt;") || !html.contains("iframe"),
                      "attestations are escaped (shown once manual clauses exist)")
        XCTAssertTrue(html.contains("<h2>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;双引号&quot; &#39;单引号&#39; ]]&gt;</h2>"))
    }

    func testJUnitStaysWellFormed() {
        let xml = report("junit")
        let parser = XMLParser(data: Data(xml.utf8))
        XCTAssertTrue(parser.parse(), "JUnit with hostile input is well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertTrue(xml.contains("value=\"=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;双引号&quot; &apos;单引号&apos; ]]&gt;\""))
    }

    func testJSONAndSARIFCarryTheTextExactly() throws {
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(report("json").utf8)) as? [String: Any])
        let station = try XCTUnwrap((json["stations"] as? [[String: Any]])?.first)
        XCTAssertEqual(station["name"] as? String, Self.name)
        let sarif = report("sarif")
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let uris = results.flatMap { ($0["locations"] as? [[String: Any]]) ?? [] }
            .compactMap { (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String }
        XCTAssertFalse(uris.isEmpty)
        for uri in uris {
            XCTAssertNotNil(URL(string: uri), uri)
            XCTAssertTrue(uri.removingPercentEncoding?.hasPrefix("Fixtures/report-stations/恶意 输入#1/") ?? false, uri)
            XCTAssertFalse(uri.contains(" ") || uri.contains("#"), uri)
        }
    }

    func testCSVNeverStartsAFormula() {
        let csv = report("csv")
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}"))
        XCTAssertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") <script>alert(1)</script> & \"\"双引号\"\" '单引号' ]]>\","), csv)
    }

    /// 18-digit ID numbers and 11-digit mobile numbers anywhere in a report.
    func unmaskedNumbers(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "(?<![0-9])([0-9]{17}[0-9X]|1[3-9][0-9]{9})(?![0-9])")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    func testNoFormatShowsAnIDOrMobileNumberUnmasked() {
        let stations = ["Fixtures/stations/county", "Fixtures/stations/township", "Fixtures/stations/village", "Fixtures/report-stations/county-failing"]
        for format in ["text", "json", "markdown", "html", "junit", "sarif", "csv"] {
            let run = CLIRun.run(["check"] + stations + ["--as-of", "2024-12-31", "--format", format, "--fail-on", "never"])
            XCTAssertEqual(run.status, .success, run.err)
            XCTAssertEqual(unmaskedNumbers(run.out), [], "\(format) shows personal numbers unmasked")
        }
        XCTAssertEqual(unmaskedNumbers("身份证 140105199001011238，电话 13812345678，区划 140105000000"), ["140105199001011238", "13812345678"],
                       "the scan itself finds what it looks for")
    }
}
