import XCTest
@testable import StationLintCore

/// Feeds random mutations of real ledgers to the CSV reader: it must return a well-formed table
/// or throw a `ParseError`, never trap. Seeded, so a failure reproduces.
final class CSVTableFuzzTests: XCTestCase {
    func testMutatedLedgersNeverTrap() throws {
        let seeds: [[UInt8]] = [
            try FixturePath.bytes("csv/veterans-gb18030.csv"),
            try FixturePath.bytes("csv/veterans-utf8-bom.csv"),
            Array("姓名,住址,电话\n王五,\"北格镇\n南畔村\",139\n李四,\"刘家堡乡, \"\"西柳林村\"\"\",\n".utf8),
        ]
        // Bytes that matter to the reader: quote, comma, line ends, BOM and GB18030/UTF-8 lead bytes.
        let interesting: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x00, 0x09, 0x20, 0xEF, 0xBB, 0xBF, 0x80, 0x81, 0x95, 0xD5, 0xE4, 0xF0, 0xFF]
        var rng = SplitMix64(seed: 0x5354_4154_494F_4E)
        var accepted = 0
        var refused = 0
        for round in 0..<3000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                mutate(&bytes, &rng, interesting)
            }
            do {
                let table = try CSVTable(bytes: bytes)
                accepted += 1
                XCTAssertFalse(table.header.isEmpty)
                var lastLine: Int32 = 0
                for row in table.rows {
                    XCTAssertEqual(row.cells.count, table.header.count)
                    XCTAssertGreaterThan(row.mark.line, lastLine)
                    lastLine = row.mark.line
                    for cell in row.cells { XCTAssertGreaterThanOrEqual(cell.mark.column, 1) }
                }
            } catch {
                refused += 1
                XCTAssertGreaterThanOrEqual(error.mark.line, 1)
                XCTAssertGreaterThanOrEqual(error.mark.column, 1)
            }
        }
        // Both outcomes must be exercised, or the mutations test nothing.
        XCTAssertGreaterThan(accepted, 100)
        XCTAssertGreaterThan(refused, 100)
    }

    private func mutate(_ bytes: inout [UInt8], _ rng: inout SplitMix64, _ interesting: [UInt8]) {
        let count = bytes.count
        let at = count == 0 ? 0 : Int(rng.next() % UInt64(count))
        let value = rng.next() % 2 == 0 ? interesting[Int(rng.next() % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: rng.next())
        switch rng.next() % 5 {
        case 0 where count > 0: bytes[at] = value
        case 1: bytes.insert(value, at: at)
        case 2 where count > 0: bytes.remove(at: at)
        case 3 where count > 0: bytes.removeSubrange(at...)
        default:
            let length = min(count - at, Int(rng.next() % 16))
            bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
        }
    }
}
