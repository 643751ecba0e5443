import Foundation
@testable import StationLintCore

/// Builds small ZIP archives in tests, so each kind of bad archive can be made on purpose
/// (sizes that lie, a wrong CRC, an encrypted flag) without a writer that refuses to.
struct ZipBuilder {
    struct Item {
        var name: String
        var data: [UInt8]          // as stored in the archive (compressed for method 8)
        var method = 0
        var crc: UInt32
        var size: Int
        var flags = 0
    }

    var items: [Item] = []

    /// A stored entry with its true CRC and size.
    mutating func stored(_ name: String, _ text: String) {
        let bytes = Array(text.utf8)
        items.append(Item(name: name, data: bytes, crc: CRC32.checksum(bytes), size: bytes.count))
    }

    /// A minimal workbook: one sheet, stored, from the XML given (nil leaves a part out).
    static func workbook(sheet: String?, workbook: String? = defaultWorkbook, rels: String? = defaultRels,
                         sharedStrings: String? = nil, styles: String? = nil) -> [UInt8] {
        var z = ZipBuilder()
        if let workbook { z.stored("xl/workbook.xml", workbook) }
        if let rels { z.stored("xl/_rels/workbook.xml.rels", rels) }
        if let sheet { z.stored("xl/worksheets/sheet1.xml", sheet) }
        if let sharedStrings { z.stored("xl/sharedStrings.xml", sharedStrings) }
        if let styles { z.stored("xl/styles.xml", styles) }
        return z.bytes()
    }

    static let defaultWorkbook = #"<workbook xmlns:r="r"><sheets><sheet name="建档立卡" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    static let defaultRels = #"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#

    static func sheet(_ rows: String) -> String { "<worksheet><sheetData>\(rows)</sheetData></worksheet>" }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        func u16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int, _ a: inout [UInt8]) { u16(v & 0xFFFF, &a); u16(v >> 16 & 0xFFFF, &a) }
        for item in items {
            let offset = out.count
            let name = Array(item.name.utf8)
            u32(0x0403_4B50, &out); u16(20, &out); u16(item.flags, &out); u16(item.method, &out)
            u16(0, &out); u16(0, &out); u32(Int(item.crc), &out); u32(item.data.count, &out); u32(item.size, &out)
            u16(name.count, &out); u16(0, &out); out += name; out += item.data
            u32(0x0201_4B50, &directory); u16(20, &directory); u16(20, &directory); u16(item.flags, &directory)
            u16(item.method, &directory); u16(0, &directory); u16(0, &directory); u32(Int(item.crc), &directory)
            u32(item.data.count, &directory); u32(item.size, &directory); u16(name.count, &directory)
            u16(0, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory); u32(0, &directory)
            u32(offset, &directory); directory += name
        }
        let start = out.count
        out += directory
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(items.count, &out); u16(items.count, &out)
        u32(directory.count, &out); u32(start, &out); u16(0, &out)
        return out
    }
}

/// Writes DEFLATE bits (least significant first; Huffman codes most significant first).
struct BitWriter {
    var bytes: [UInt8] = []
    var acc = 0, count = 0

    mutating func bits(_ value: Int, _ n: Int) {
        for k in 0..<n { bit(value >> k & 1) }
    }

    mutating func code(_ value: Int, _ n: Int) {
        for k in stride(from: n - 1, through: 0, by: -1) { bit(value >> k & 1) }
    }

    mutating func bit(_ b: Int) {
        acc |= b << count
        count += 1
        if count == 8 { bytes.append(UInt8(acc)); acc = 0; count = 0 }
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(acc)) }
        return bytes
    }

    /// A fixed-Huffman stream: one zero byte then `matches` copies of 258 bytes at distance 1,
    /// `matches * 258 + 1` bytes of zeros from 13 bits a match (what a ZIP bomb is made of).
    static func zeros(matches: Int) -> [UInt8] {
        var w = BitWriter()
        w.bits(1, 1); w.bits(1, 2)           // final, fixed
        w.code(0x30, 8)                      // literal 0
        for _ in 0..<matches {
            w.code(0xC5, 8)                  // length symbol 285 (258)
            w.code(0, 5)                     // distance code 0 (1)
        }
        w.code(0, 7)                         // end of block
        return w.finish()
    }
}

/// Runs python3 with a script and arguments; nil when python3 (or a module the script
/// imports) is missing, with the reason in `missing`.
enum Python {
    static func run(_ arguments: [String], input: [UInt8]? = nil) -> (out: Data, status: Int32)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (data, process.terminationStatus)
    }

    /// Whether `python3 -c "import MODULE"` works.
    static func has(_ module: String) -> Bool { run(["-c", "import \(module)"])?.status == 0 }
}
