import XCTest
@testable import StationLintCore

/// `UTF8Check` against the standard library's UTF-8 decoder: the same first problem, at the
/// same offset, for random bytes built from the pieces that matter (ASCII, CJK, every lead
/// byte, stray continuations, truncated characters, the refused scalars).
final class UTF8CheckTests: XCTestCase {
    /// The first problem as the standard library's decoder and the refused scalars give it.
    func reference(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return nil
            case .error:
                return offset
            case .scalarValue(let s):
                let v = s.value
                let length = UTF8.width(s)
                let crlf = v == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A
                if (v < 0x20 && v != 0x09 && v != 0x0A && !crlf) || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
                    || v == 0xFFFE || v == 0xFFFF {
                    return offset
                }
                offset += length
            }
        }
    }

    func testTheSameFirstProblemAsTheStandardLibrary() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array(" ".utf8), [0x0A], [0x0D, 0x0A], [0x0D], [0x09], [0x00], [0x7F], [0x1B],
            Array("许".utf8), Array("云新".utf8), Array("：".utf8), Array("\u{3000}".utf8), Array("é".utf8), Array("😀".utf8),
            [0xC2, 0x85], [0xC2, 0xA0], [0xC2, 0x9F], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0xAA],
            [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF, 0xBD], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5],
            [0x80], [0xBF], [0xE4], [0xE4, 0xB8], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xE4, 0x41, 0x80],
            [0xF0, 0x9F, 0x98], [0xFF], [0xFE],
        ]
        var random = SplitMix64(seed: 20241231)
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            let found = bytes.withUnsafeBufferPointer { UTF8Check.firstProblem(in: $0) }?.offset
            XCTAssertEqual(found, reference(bytes), "round \(round): \(bytes)")
        }
    }
}
