import Foundation
import XCTest
@testable import StationLintCore

/// DEFLATE against fixed vectors (offline) and against Python's zlib (when python3 is there).
final class SpreadsheetInflateTests: XCTestCase {
    func hex(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = s.startIndex
        while i < s.endIndex {
            let j = s.index(i, offsetBy: 2)
            out.append(UInt8(s[i..<j], radix: 16) ?? 0)
            i = j
        }
        return out
    }

    func inflate(_ b: [UInt8], limit: Int = 1 << 24) throws -> [UInt8] { try Inflate.inflate(b[...], limit: limit) }

    /// Streams made by zlib (`compressobj(level, DEFLATED, -15)`), kept here as bytes.
    func testHandMadeVectors() throws {
        XCTAssertEqual(try inflate(hex("0300")), [])
        XCTAssertEqual(try inflate(hex("cb48cdc9c90700")), Array("hello".utf8), "fixed Huffman")
        XCTAssertEqual(try inflate(hex("010500faff68656c6c6f")), Array("hello".utf8), "stored")
        let text = "东沟村退役军人建档立卡台账，东沟村退役军人走访慰问台账。abcabcabcabcabcabc"
        XCTAssertEqual(try inflate(hex("7bb263ceb34df39fcd9df8b2a1e1e9de9d4fdb663fd9b5ebe9ee5dcf162e7ebebafb69efc2a7fd1b5e6c59f67e4fcf136c2a5f6cddf062ddfe67ad1b5e4e5f0751f9b8a1293129190d0100")), Array(text.utf8))
        let lines = (0..<60).map { "第\($0)行台账," }.joined()
        let dynamic = hex("5dd2b90d02510c40c18608f0c5d123123590106d40404b68298394f9e18b3cb2bd6fdbf1fbb87deeafeffb79d8b72da8a48a6a6aa81375a62ed4d5e90b464dc8093d21281485a4d014a24255aaca6547aa5255aa4a55a92a55a5aa5455aa4a552da75355aa4a55a92a55a5aa54b5aa56d5aa7af92855adaa55b5aa56d5aa46d5a81a55a36a96475735aa46d5a89a3fd50f")
        XCTAssertEqual((dynamic[0] >> 1) & 3, 2, "a dynamic block")
        XCTAssertEqual(try inflate(dynamic), Array(lines.utf8))
        XCTAssertEqual(try inflate(BitWriter.zeros(matches: 100)), [UInt8](repeating: 0, count: 25_801))
    }

    func testInvalidStreamsAreRefusedNotTrapped() {
        let bad: [[UInt8]] = [[], [0x07], [0xFF], [0x01, 0x05, 0x00, 0xFA, 0xFE, 0x68], [0x01, 0x05, 0x00, 0xFA, 0xFF, 0x68],
                              hex("cb48cdc9c9"), [0x04, 0xFF, 0xFF], [0x05, 0xE0, 0xFF, 0xFF, 0xFF], [0x63, 0x00, 0x02]]
        for b in bad {
            XCTAssertThrowsError(try inflate(b), "\(b)")
        }
        // A distance back past the start: fixed block, match at once.
        var w = BitWriter()
        w.bits(1, 1); w.bits(1, 2); w.code(0xC5, 8); w.code(0, 5); w.code(0, 7)
        XCTAssertThrowsError(try inflate(w.finish())) { XCTAssertEqual(($0 as? Inflate.Failure).map { if case .invalid = $0 { true } else { false } }, true) }
    }

    func testOutputStopsAtTheLimit() {
        XCTAssertThrowsError(try inflate(BitWriter.zeros(matches: 10_000), limit: 100_000)) { XCTAssertEqual($0 as? Inflate.Failure, .tooLarge) }
        XCTAssertEqual(try inflate(BitWriter.zeros(matches: 10_000), limit: 2_580_001).count, 2_580_001)
    }

    /// Every prefix and many random streams: an error or output, never a trap or a hang.
    func testRandomAndTruncatedStreams() {
        var rng = SeededRandom(seed: 7)
        let dynamic = hex("5dd2b90d02510c40c18608f0c5d123123590106d40404b68298394f9e18b3cb2bd6fdbf1fbb87deeafeffb79d8b72da8a48a6a6aa81375a62ed4d5e90b464dc8093d21281485a4d014a24255aaca6547aa5255aa4a55a92a55a5aa5455aa4a552da75355aa4a55a92a55a5aa54b5aa56d5aa7af92855adaa55b5aa56d5aa46d5a81a55a36a96475735aa46d5a89a3fd50f")
        for n in 0..<dynamic.count { XCTAssertThrowsError(try inflate(Array(dynamic[0..<n])), "prefix \(n)") }
        for _ in 0..<3000 {
            var b = dynamic
            for _ in 0..<(1 + rng.next() % 4) { b[Int(rng.next() % UInt64(b.count))] ^= UInt8(1 << (rng.next() % 8)) }
            _ = try? inflate(b, limit: 1 << 20)
            let random = (0..<(rng.next() % 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? inflate(random, limit: 1 << 20)
        }
    }

    /// Python's zlib as the reference: levels 0, 1, 6, 9 and Z_FIXED over varied inputs.
    func testAgainstPythonZlib() throws {
        guard Python.has("zlib") else { throw XCTSkip("python3 is not installed: the zlib reference comparison needs it (apt-get install python3)") }
        let script = """
        import zlib, random, sys
        rng = random.Random(1951)
        inputs = {
          "empty": b"", "one": b"x", "random": bytes(rng.randrange(256) for _ in range(70000)),
          "repetitive": b"ab" * 100000 + b"\\0" * 70000,
          "text": "".join("东沟村退役军人建档立卡台账，第%d行，张建国，140105196507121234\\n" % i for i in range(3000)).encode(),
          "big": bytes(rng.choice(b"<c r=\\"A1\\" t=\\"s\\"><v>12</v></c>0123456789") for _ in range(300000)),
        }
        for name, data in inputs.items():
            for level, strategy in [(0, 0), (1, 0), (6, 0), (9, 0), (6, zlib.Z_FIXED), (9, zlib.Z_HUFFMAN_ONLY), (6, zlib.Z_RLE)]:
                c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
                z = c.compress(data) + c.flush()
                sys.stdout.write("%s/%d/%d %s %s\\n" % (name, level, strategy, data.hex(), z.hex()))
        """
        guard let run = Python.run(["-c", script]), run.status == 0 else { return XCTFail("the python script failed") }
        var cases = 0
        for line in String(decoding: run.out, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let input = hex(String(parts[1])), stream = hex(String(parts[2]))
            XCTAssertEqual(try inflate(stream, limit: input.count), input, String(parts[0]))
            cases += 1
        }
        XCTAssertEqual(cases, 42)
    }
}

/// A small deterministic generator (SplitMix64), so random tests repeat.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
