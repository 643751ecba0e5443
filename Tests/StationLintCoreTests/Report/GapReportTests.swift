import XCTest
@testable import StationLintCore

/// The gap list (整改清单) and its two renderings, Markdown and HTML.
final class GapReportTests: XCTestCase {
    let pack = PackFixture.pack

    func testTheGapListHoldsFailsAndErrorsWaivedAndManualApart() {
        let input = ReportInput(ReportSample.everyStatus(), pack: pack)
        let g = GapList(input.run.stations[0], input: input)
        XCTAssertEqual(g.items.map(\.clause), ["4.2", "4.3", "4.4"])
        XCTAssertEqual(g.items.map(\.number), [1, 2, 3])
        XCTAssertEqual(g.items.map(\.severity), ["建议（宜）", "严重（应）", "无法读取"])
        XCTAssertEqual(g.items[0].requirement, "有编制：核定事业编制并设置岗位")
        XCTAssertEqual(g.items[1].locations.count, 5)
        XCTAssertEqual(g.items[1].moreLocations, 2)
        XCTAssertEqual(g.waived.count, 1)
        XCTAssertEqual(g.waived[0].finding, "办公设备缺少：传真机", "the waiver note is shown in its own columns, not repeated")
        XCTAssertEqual([g.waived[0].reason, g.waived[0].approvedBy, g.waived[0].expires], ["传真机已采购", "小店区退役军人事务局", "2025-03-31"])
        XCTAssertEqual(g.manual.map(\.clause), ["5.1.7", "5.7.3"])
        XCTAssertEqual(g.manual[0].attestation, "每月一次")
        XCTAssertNil(g.manual[1].attestation)
        XCTAssertEqual(g.problems, ["ledgers/visits.csv:1:1: error: 无法识别的编码", "waivers.yaml:6:9: warning: 豁免已过期"])
    }

    func testMarkdownHasTheTableTheIndexAndTheChecklist() {
        let md = MarkdownReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack))
        XCTAssertTrue(md.hasPrefix("# 整改清单：基层退役军人服务中心（站）服务规范\n"))
        XCTAssertTrue(md.contains("| 序号 | 站点 | 层级 | 区划代码 | 得分 | 整改项 | 需人工核验 |"), "two stations get an index")
        XCTAssertTrue(md.contains("| 1 | [示例服务中心](#station-1)<br>stations/demo | 县级 | 140105000000 | 25.0 | 3 | 2 |"), md)
        XCTAssertTrue(md.contains("| 序号 | 条款 | 要求 | 现状 | 整改建议 | 严重程度 |"))
        XCTAssertTrue(md.contains("| 1 | 4.2 | 有编制：核定事业编制并设置岗位 | 岗位设置为空<br>station.yaml:19:3 | 列明岗位 | 建议（宜） |"), md)
        XCTAssertTrue(md.contains("台账/建档立卡.yaml:20:3<br>……另有 2 处 | 删除重复记录 | 严重（应） |"), md)
        XCTAssertTrue(md.contains("| 1 | 4.5 | 有保障：场所、办公设备、网络、家具与便民措施 | 办公设备缺少：传真机 | 传真机已采购 | 小店区退役军人事务局 | 2025-03-31 |"), md)
        XCTAssertTrue(md.contains("| 2 | 5.7.3 | 精准帮扶援助 | 需人工核验是否准确掌握退役军人家庭困难状况、协调提供精准帮扶援助并落地落实 | （未填写） | ☐ 符合 ☐ 不符合 |"), md)
        XCTAssertTrue(md.contains("通过 1，不通过 2，需人工核验 2，不适用 1，已豁免 1，无法读取 1，得分 25.0"))
        XCTAssertTrue(md.contains("## 无法读取的输入\n\n- stations/missing:1:1: error: 路径不存在"))
        XCTAssertTrue(md.contains("## 汇总"))
    }

    func testHTMLIsOneSelfContainedPrintableFile() {
        let html = HTMLReporter.render(ReportInput(ReportSample.everyStatus(), pack: pack))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        for needle in ["<meta charset=\"utf-8\">", "size: A4;", "counter(page)", "thead { display: table-header-group; }", "tr { break-inside: avoid;",
                       "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"SimSun\", sans-serif",
                       "<a href=\"#station-2\">stations/ok</a>", "<section class=\"station failing\" id=\"station-1\">"] {
            XCTAssertTrue(html.contains(needle), needle)
        }
        for forbidden in ["<script", "http://", "https://", "src=", "<link", "@import", "url("] {
            XCTAssertFalse(html.contains(forbidden), "an HTML report needs no network and no script: found \(forbidden)")
        }
        for tag in ["table", "tr", "td", "th", "section", "thead", "tbody", "p", "ul", "li", "h2", "h3"] {
            XCTAssertEqual(html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2,
                           html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)> opened and closed alike")
        }
        XCTAssertTrue(html.contains("<td>岗位设置为空<span class=\"loc\">station.yaml:19:3</span></td>"))
        XCTAssertTrue(html.contains("<span class=\"sev-warning\">建议（宜）</span>"))
        XCTAssertTrue(html.contains("<span class=\"sev-unreadable\">无法读取</span>"))
        XCTAssertTrue(html.contains("<td>传真机已采购</td><td>小店区退役军人事务局</td><td>2025-03-31</td>"))
        XCTAssertTrue(html.contains("<span class=\"missing\">（未填写）</span>"))
    }

    func testAttestationsWaiversAndNamesAreEscaped() {
        var run = ReportSample.everyStatus()
        let hostile = "<iframe src=\"javascript:alert(3)\"></iframe> | *x* \u{1B}[31m"
        run.stations[0].name = hostile
        run.stations[0].results[5].attestation = hostile
        run.stations[0].results[4].waiver = Waiver(target: "4.5", reason: hostile, approvedBy: hostile, expires: nil,
                                                   location: Location(file: "w", line: 1, column: 1))
        let html = HTMLReporter.render(ReportInput(run, pack: pack))
        let md = MarkdownReporter.render(ReportInput(run, pack: pack))
        for out in [html, md] {
            XCTAssertFalse(out.contains("<iframe"))
            XCTAssertFalse(out.contains("\u{1B}"))
        }
        XCTAssertEqual(html.components(separatedBy: "&lt;iframe src=&quot;javascript:alert(3)&quot;&gt;&lt;/iframe&gt; | *x* [31m").count - 1, 7,
                       "heading, index, roll-up, score spread table, attestation, reason, approver")
        XCTAssertTrue(md.contains("| &lt;iframe src=\"javascript:alert(3)\"&gt;&lt;/iframe&gt; \\| \\*x\\* \\[31m |"), md)
    }

    func testEnglishReportsSpeakEnglish() {
        let run = ReportSample.everyStatus(lang: .en)
        let md = MarkdownReporter.render(ReportInput(run, pack: pack))
        XCTAssertTrue(md.contains("| No. | Clause | Requirement | Found | Remedy | Severity |"))
        XCTAssertTrue(md.contains("Establishment: authorised posts and positions"))
        XCTAssertTrue(HTMLReporter.render(ReportInput(run, pack: pack)).contains("<html lang=\"en\">"))
    }

    func testOneStationHasNoIndex() {
        let run = ReportSample.fixtures(["stations/county"])
        XCTAssertFalse(MarkdownReporter.render(ReportInput(run, pack: pack)).contains("站点一览"))
        XCTAssertFalse(HTMLReporter.render(ReportInput(run, pack: pack)).contains("<nav"))
    }
}
