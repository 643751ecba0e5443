import Foundation
import XCTest
@testable import StationLintCore

/// What Chinese input methods type, named where it breaks the YAML syntax (SPEC §5a), and
/// YAML files saved in another encoding than UTF-8 (SPEC §3).
final class YAMLInputMethodTests: XCTestCase {
    func refusal(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ParseError? {
        refusal(Array(text.utf8), file: file, line: line)
    }

    func refusal(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> ParseError? {
        do {
            let document = try YAMLDocument(bytes: bytes)
            XCTFail("accepted: \(document.json().serialized())", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func assertRefused(_ text: String, _ code: String, _ line: Int32, _ column: Int32, zh: String? = nil, en: String? = nil,
                       file: StaticString = #filePath, line sourceLine: UInt = #line) {
        guard let e = refusal(text, file: file, line: sourceLine) else { return }
        XCTAssertEqual("\(e.code) \(e.mark.line):\(e.mark.column)", "\(code) \(line):\(column)", e.message(.en), file: file, line: sourceLine)
        if let zh { XCTAssertEqual(e.message(.zh), zh, file: file, line: sourceLine) }
        if let en { XCTAssertEqual(e.message(.en), en, file: file, line: sourceLine) }
    }

    func tree(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do { return try YAMLDocument(text: text).json().serialized() } catch {
            XCTFail("refused at \(error.mark.line):\(error.mark.column): \(error.message(.en))", file: file, line: line)
            return nil
        }
    }

    // MARK: Full-width colon

    func testFullWidthColonAfterAKeyIsNamedAtTheColon() {
        let zh = "键“name”后是全角冒号“：”，请改为半角冒号加空格“: ”"
        let en = "the key 'name' is followed by a full-width colon '：'; write an ASCII colon and a space ': '"
        assertRefused("station:\n  name：张三\n  level: village\n", "full-width-colon", 2, 7, zh: zh, en: en)
        assertRefused("station:\n  name： 张三\n  level: village\n", "full-width-colon", 2, 7, zh: zh, en: en)
        assertRefused("station:\n  level: village\n  name：\n", "full-width-colon", 3, 7, zh: zh, en: en)
        assertRefused("station:\n  level: village\n  name ：张三\n", "full-width-colon", 3, 8, zh: zh)
        assertRefused("station:\n  name：\n    text: 小店区\n", "full-width-colon", 2, 7, zh: zh)
        assertRefused("records:\n  - name：张三\n    id: 1\n", "full-width-colon", 2, 9, zh: zh)
        assertRefused("updated：2024-11-30\nrecords: []\n", "full-width-colon", 1, 8)
        assertRefused("station：\n  name: 张三\n", "full-width-colon", 1, 8)
        assertRefused("a: 1\n名称：小店区退役军人服务中心 # 注释\n", "full-width-colon", 2, 3,
                      zh: "键“名称”后是全角冒号“：”，请改为半角冒号加空格“: ”")
        assertRefused("a: 1\n\"名称\"：张三\n", "full-width-colon", 2, 5)
        assertRefused("a: {名称：张三, b: c}\n", "full-width-colon", 1, 7)
        // Never the later line's indentation: the error is on the line with the colon.
        assertRefused("station:\n  name：张三\n  level: village\n  plaque:\n    text: 牌\n", "full-width-colon", 2, 7)
    }

    func testFullWidthColonInsideAValueOrQuotesIsText() {
        XCTAssertEqual(tree("备注: 时间：上午\n"), "{\n  \"备注\": \"时间：上午\"\n}")
        XCTAssertEqual(tree("\"name：张三\"\n"), "\"name：张三\"")
        XCTAssertEqual(tree("a: \"name：张三\"\n"), "{\n  \"a\": \"name：张三\"\n}")
        XCTAssertEqual(tree("名称：张三\n"), "\"名称：张三\"")
        XCTAssertEqual(tree("- 注意：带证件\n- 第二条\n"), "[\n  \"注意：带证件\",\n  \"第二条\"\n]")
        XCTAssertEqual(tree("a: [时间：上午]\n"), "{\n  \"a\": [\n    \"时间：上午\"\n  ]\n}")
        XCTAssertEqual(tree("# 说明：注释里的冒号\na: 1\n"), "{\n  \"a\": \"1\"\n}")
        // A lone `key：value` line followed by a shallower line is one plain scalar in YAML.
        XCTAssertEqual(tree("station:\n  名称：张三\nlevel: village\n"), "{\n  \"station\": \"名称：张三\",\n  \"level\": \"village\"\n}")
    }

    // MARK: Full-width space

    func testFullWidthSpaceInIndentationIsNamedAtItsColumn() {
        let zh = "缩进中有全角空格（U+3000），请改用半角空格"
        let en = "a full-width space (U+3000) in the indentation; use ASCII spaces"
        assertRefused("station:\n\u{3000}name: 张三\n", "full-width-space-indentation", 2, 1, zh: zh, en: en)
        assertRefused("station:\n  name: 张三\n  \u{3000}level: village\n", "full-width-space-indentation", 3, 3, zh: zh, en: en)
        assertRefused("records:\n  - name: 张三\n \u{3000} - name: 李四\n", "full-width-space-indentation", 3, 2)
        assertRefused("a: 1\n\u{3000}\nb: 2\n", "full-width-space-indentation", 2, 1)
    }

    func testFullWidthSpaceInsideTextIsText() {
        XCTAssertEqual(tree("a: 张\u{3000}三\nb: \u{3000}前\nc: \"\u{3000}x\"\n"),
                       "{\n  \"a\": \"张\u{3000}三\",\n  \"b\": \"\u{3000}前\",\n  \"c\": \"\u{3000}x\"\n}")
        // A paragraph's indent inside a block scalar is its text.
        XCTAssertEqual(tree("a: |\n  \u{3000}\u{3000}第一段\n  \u{3000}\u{3000}第二段\n"),
                       "{\n  \"a\": \"\u{3000}\u{3000}第一段\\n\u{3000}\u{3000}第二段\\n\"\n}")
    }

    // MARK: Full-width comma

    func testFullWidthCommaInAFlowSequenceIsNamedAtItsColumn() {
        let zh = "方括号列表中用了全角逗号“，”，请改为半角逗号“,”（或给含逗号的值加引号）"
        let en = "a full-width comma '，' in a [...] list; write an ASCII comma ',' (or quote a value that holds the comma)"
        assertRefused("a: [甲，乙]\n", "full-width-comma-in-flow", 1, 6, zh: zh, en: en)
        assertRefused("six_ones: [一张笑脸, 一声问候，一杯热水]\n", "full-width-comma-in-flow", 1, 22, zh: zh, en: en)
        assertRefused("- [甲, [乙，丙]]\n", "full-width-comma-in-flow", 1, 9)
        assertRefused("a:\n  b: [x，y]\n", "full-width-comma-in-flow", 2, 8)
    }

    func testQuotedItemsBlockValuesAndEnumerationCommasKeepTheirText() {
        XCTAssertEqual(tree("a: [\"甲，乙\", '丙，丁']\n"), "{\n  \"a\": [\n    \"甲，乙\",\n    \"丙，丁\"\n  ]\n}")
        XCTAssertEqual(tree("a: [电脑、电话, 打印机]\n"), "{\n  \"a\": [\n    \"电脑、电话\",\n    \"打印机\"\n  ]\n}")
        XCTAssertEqual(tree("a: 甲，乙\n"), "{\n  \"a\": \"甲，乙\"\n}")
        XCTAssertEqual(tree("a: {k: 甲，乙}\n"), "{\n  \"a\": {\n    \"k\": \"甲，乙\"\n  }\n}")
        XCTAssertEqual(tree("- 甲，乙\n"), "[\n  \"甲，乙\"\n]")
    }

    // MARK: Encodings

    func testGBKStationFileIsNamedWithTheStepsAtItsFirstBadByte() throws {
        let text = "station:\n  name: 测试村退役军人服务站\n  region: 测试村\n"
        let gbk = try XCTUnwrap(text.data(using: EncodingHints.gb18030).map { [UInt8]($0) })
        let e = try XCTUnwrap(refusal(gbk))
        XCTAssertEqual("\(e.code) \(e.mark.line):\(e.mark.column)", "yaml-gb18030 2:9")
        XCTAssertEqual(e.message(.zh), "文件是 GBK/GB18030 编码（记事本的“ANSI”），不是 UTF-8：请用记事本打开此文件，选“文件 → 另存为”，在“编码”中选“UTF-8”后保存")
        XCTAssertEqual(e.message(.en), "the file is in GBK/GB18030 (Notepad's \"ANSI\"), not UTF-8: open it in Notepad, choose File → Save As, pick \"UTF-8\" under Encoding and save")
        // The column counts GBK characters, as an editor reading the file as GBK shows them.
        let later = try XCTUnwrap("名称: 张三\n".data(using: EncodingHints.gb18030).map { [UInt8]($0) })
        let e2 = try XCTUnwrap(refusal(Array("a: 1\n".utf8) + later))
        XCTAssertEqual("\(e2.code) \(e2.mark.line):\(e2.mark.column)", "yaml-gb18030 2:1")
    }

    func testAUTF8FileWithOneDamagedCharacterKeepsTheByteOffsetMessage() throws {
        let e = try XCTUnwrap(refusal(Array("records:\n  - title: ".utf8) + [0xE4, 0xB8, 0x0A]))
        XCTAssertEqual(e.code, "invalid-utf8")
        let e2 = try XCTUnwrap(refusal(Array("名称: 小店区退役军人服务中心\n备注: ".utf8) + [0xD5, 0xC5, 0x0A]))
        XCTAssertEqual(e2.code, "invalid-utf8")
    }

    func testUTF16YAMLIsNamedWithTheSteps() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for u in "station:\n  name: 张三\n".utf16 {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        let e = try XCTUnwrap(refusal(le))
        XCTAssertEqual(e.code, "yaml-utf16")
        XCTAssertEqual(e.mark, .start)
        XCTAssertEqual(e.message(.zh), "文件是 UTF-16 编码（记事本的“Unicode”），不是 UTF-8：请用记事本打开此文件，选“文件 → 另存为”，在“编码”中选“UTF-8”后保存")
        XCTAssertEqual(e.message(.en), "the file is in UTF-16 (Notepad's \"Unicode\"), not UTF-8: open it in Notepad, choose File → Save As, pick \"UTF-8\" under Encoding and save")
        let e2 = try XCTUnwrap(refusal(be))
        XCTAssertEqual(e2.kind, .yamlUTF16(bigEndian: true))
        XCTAssertTrue(e2.message(.zh).contains("Unicode big endian"))
        let e3 = try XCTUnwrap(refusal(Array(le.dropFirst(2))))
        XCTAssertEqual(e3.code, "utf16-without-bom")
    }
}
