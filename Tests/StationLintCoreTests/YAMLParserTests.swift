import XCTest
@testable import StationLintCore

final class YAMLParserTests: XCTestCase {
    func testColumnsCountUnicodeScalars() throws {
        let doc = try YAMLDocument(text: "名称: 张三\n岗位: [主任, 综合业务岗]\n")
        let pairs = try XCTUnwrap(doc.root.pairs)
        XCTAssertEqual(pairs[0].value.mark.line, 1)
        XCTAssertEqual(pairs[0].value.mark.column, 5)
        XCTAssertEqual(pairs[0].value.mark.offset, 8)
        let items = try XCTUnwrap(pairs[1].value.items)
        XCTAssertEqual(items[1].mark.column, 10)
    }

    func testDuplicateKeyIsRefusedAtSecondKey() {
        XCTAssertThrowsError(try YAMLDocument(text: "名称: 张三\n名称: 李四\n")) { error in
            let e = error as! ParseError
            XCTAssertEqual(e.code, "duplicate-key")
            XCTAssertEqual(e.mark.line, 2)
            XCTAssertEqual(e.mark.column, 1)
        }
    }
}
