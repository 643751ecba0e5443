/// The entries of a ZIP archive (APPNOTE.TXT), read from its central directory: what an `.xlsx`
/// is made of. Only what Office writers produce is taken — stored and deflated entries, data
/// descriptors — and every size is checked against `InputLimits.Workbook` before inflating.
struct ZipArchive {
    /// One file of the archive, as its central directory describes it.
    struct Entry: Equatable {
        let name: String
        let method: Int
        let flags: Int
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let localHeaderOffset: Int
    }

    let bytes: [UInt8]
    /// Entries by name; a name listed twice keeps its first entry.
    private(set) var entries: [String: Entry] = [:]
    /// Entry names in directory order.
    private(set) var names: [String] = []

    init(bytes: [UInt8]) throws(WorkbookError) {
        self.bytes = bytes
        switch FileSignature(bytes) {
        case .oleCompoundDocument: throw WorkbookError(.legacyOrEncrypted)
        case .other: throw WorkbookError(.notZip)
        case .zip: break
        }
        let end = try Self.endOfCentralDirectory(bytes)
        let count = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF
            || (end >= 20 && u32(end - 20) == 0x0706_4B50) {
            throw WorkbookError(.zip64)
        }
        guard count <= InputLimits.Workbook.maxArchiveEntries else { throw WorkbookError(.tooManyEntries(count: count)) }
        guard directoryOffset + directorySize <= end else {
            throw WorkbookError(.corruptArchive(detail: "central directory past its end record"), position: .byte(end))
        }
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else {
                throw WorkbookError(.corruptArchive(detail: "bad central directory entry"), position: .byte(p))
            }
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            guard p + 46 + nameLength + extraLength + commentLength <= end else {
                throw WorkbookError(.corruptArchive(detail: "central directory entry cut short"), position: .byte(p))
            }
            let entry = Entry(name: Self.decodeName(bytes[(p + 46)..<(p + 46 + nameLength)]),
                              method: u16(p + 10), flags: u16(p + 8), crc: UInt32(u32(p + 16)),
                              compressedSize: u32(p + 20), size: u32(p + 24), localHeaderOffset: u32(p + 42))
            if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw WorkbookError(.zip64, part: entry.name)
            }
            if entries[entry.name] == nil {
                entries[entry.name] = entry
                names.append(entry.name)
            }
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// Finds the end-of-central-directory record, searching back over a comment of up to 64 KB.
    private static func endOfCentralDirectory(_ b: [UInt8]) throws(WorkbookError) -> Int {
        guard b.count >= 22 else { throw WorkbookError(.corruptArchive(detail: "no end-of-central-directory record")) }
        var p = b.count - 22
        let stop = max(0, b.count - 22 - 65_535)
        while p >= stop {
            if b[p] == 0x50 && b[p + 1] == 0x4B && b[p + 2] == 5 && b[p + 3] == 6
                && p + 22 + (Int(b[p + 20]) | Int(b[p + 21]) << 8) <= b.count {
                return p
            }
            p -= 1
        }
        throw WorkbookError(.corruptArchive(detail: "no end-of-central-directory record"))
    }

    /// A name as UTF-8 where it is valid (flag bit 11, and ASCII), else as CP437, ZIP's default.
    private static func decodeName(_ raw: ArraySlice<UInt8>) -> String {
        if let text = String(validating: raw, as: UTF8.self) { return text }
        let high = Array("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}")
        var text = ""
        for byte in raw {
            if byte < 0x80 { text.unicodeScalars.append(Unicode.Scalar(byte)) } else if Int(byte) - 0x80 < high.count { text.append(high[Int(byte) - 0x80]) }
        }
        return text
    }

    private func u16(_ p: Int) -> Int { Int(bytes[p]) | Int(bytes[p + 1]) << 8 }
    private func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }

    /// The inflated bytes of `entry`, checked against the limits (declared sizes first, then
    /// while inflating), its declared size and its CRC-32. `budget` is what the workbook may
    /// still inflate in all; it is reduced by what this entry takes.
    func read(_ entry: Entry, budget: inout Int) throws(WorkbookError) -> [UInt8] {
        let part = entry.name
        if entry.flags & 1 != 0 || entry.method == 99 { throw WorkbookError(.encryptedEntry, part: part) }
        guard entry.method == 0 || entry.method == 8 else { throw WorkbookError(.unsupportedCompression(method: entry.method), part: part) }
        guard entry.size <= InputLimits.Workbook.maxEntryBytes else { throw WorkbookError(.entryTooLarge(bytes: entry.size), part: part) }
        guard entry.size <= budget else { throw WorkbookError(.totalTooLarge, part: part) }
        if entry.size > InputLimits.Workbook.ratioCheckedAbove {
            let ratio = entry.size / max(1, entry.compressedSize)
            guard ratio <= InputLimits.Workbook.maxCompressionRatio else { throw WorkbookError(.compressionRatio(ratio: ratio), part: part) }
        }
        let h = entry.localHeaderOffset
        guard h + 30 <= bytes.count, u32(h) == 0x0403_4B50 else {
            throw WorkbookError(.corruptArchive(detail: "bad local header"), part: part, position: .byte(h))
        }
        // Sizes come from the central directory: with flag bit 3 the local header's are zero.
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start + entry.compressedSize <= bytes.count else {
            throw WorkbookError(.corruptArchive(detail: "entry data cut short"), part: part, position: .byte(h))
        }
        let data = bytes[start..<(start + entry.compressedSize)]
        let out: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.size else { throw WorkbookError(.sizeMismatch(declared: entry.size), part: part) }
            out = Array(data)
        } else {
            do throws(Inflate.Failure) {
                out = try Inflate.inflate(data, expected: entry.size, limit: entry.size)
            } catch {
                switch error {
                case .tooLarge: throw WorkbookError(.sizeMismatch(declared: entry.size), part: part)
                case .invalid(let what, let offset): throw WorkbookError(.invalidDeflate(detail: what), part: part, position: .byte(offset))
                }
            }
            guard out.count == entry.size else { throw WorkbookError(.sizeMismatch(declared: entry.size), part: part) }
        }
        guard CRC32.checksum(out) == entry.crc else { throw WorkbookError(.crcMismatch, part: part) }
        budget -= out.count
        return out
    }
}
