/// A minimal SpreadsheetML package (ECMA-376 Part 1, transitional): `[Content_Types].xml`,
/// `_rels/.rels`, `xl/workbook.xml` and its relationships, `xl/styles.xml` (a bold header style
/// and a text style) and one `xl/worksheets/sheetN.xml` per sheet, stored (not compressed) in a
/// ZIP whose headers carry a fixed timestamp, so the same sheets give the same bytes.
///
/// Text cells are inline strings (`t="inlineStr"`): a spreadsheet never evaluates an inline
/// string as a formula, whatever it starts with (`=`, `+`, `-`, `@`), so no cell this writer
/// makes can run; there is no `<f>` element anywhere. Text is XML-escaped and characters XML 1.0
/// forbids are dropped (`Escape.xmlText`). Every sheet freezes its header row and sets its widths.
public enum XLSXWriter {
    /// A cell: text (kept as text, a division code stays `140105000000`), a number, or nothing.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    /// One sheet: its tab name, its column widths (in characters) and its rows, the first of
    /// which is the header (bold, frozen).
    public struct Sheet: Sendable {
        public let name: String
        public let widths: [Double]
        public let rows: [[Cell]]

        public init(name: String, widths: [Double], rows: [[Cell]]) {
            self.name = name
            self.widths = widths
            self.rows = rows
        }
    }

    /// Excel's limit on the text of one cell; longer text is cut (and says so).
    static let maxCellCharacters = 32_767

    /// The package's bytes.
    public static func workbook(_ sheets: [Sheet]) -> [UInt8] {
        let sheets = sheets.isEmpty ? [Sheet(name: "Sheet1", widths: [], rows: [])] : sheets
        let names = sheetNames(sheets.map(\.name))
        var zip = StoredZip()
        zip.add("[Content_Types].xml", contentTypes(sheets.count))
        zip.add("_rels/.rels", """
            \(xmlHeader)
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        zip.add("xl/workbook.xml", workbookXML(names))
        zip.add("xl/_rels/workbook.xml.rels", workbookRels(sheets.count))
        zip.add("xl/styles.xml", styles)
        for (i, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet)) }
        return zip.finish()
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func contentTypes(_ count: Int) -> String {
        var out = xmlHeader + "\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 1...count {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>\n"
    }

    static func workbookXML(_ names: [String]) -> String {
        var out = xmlHeader + "\n<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        out += "<bookViews><workbookView/></bookViews><sheets>"
        for (i, name) in names.enumerated() {
            out += "<sheet name=\"\(Escape.xml(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return out + "</sheets></workbook>\n"
    }

    static func workbookRels(_ count: Int) -> String {
        var out = xmlHeader + "\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 1...count {
            out += "<Relationship Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>\n"
    }

    /// Style 0 the default (numbers), 1 the header (bold, text, wrapped), 2 text (format `@`,
    /// wrapped, top-aligned so a long 现状 reads from its first line).
    static let styles = xmlHeader + "\n<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>\n"

    static func worksheet(_ sheet: Sheet) -> String {
        let columns = max(sheet.widths.count, sheet.rows.map(\.count).max() ?? 0)
        var out = xmlHeader + "\n<worksheet xmlns=\"\(mainNamespace)\">"
        if columns > 0 && !sheet.rows.isEmpty {
            out += "<dimension ref=\"A1:\(CellReference.columnName(columns))\(sheet.rows.count)\"/>"
        }
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.rows.count > 1 {
            out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.widths.isEmpty {
            out += "<cols>"
            for (i, w) in sheet.widths.enumerated() {
                out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(number(min(255, max(1, w))))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(CellReference.columnName(c + 1))\(r + 1)"
                switch cell {
                case .empty:
                    continue
                case .number(let v) where v.isFinite:
                    out += "<c r=\"\(ref)\"><v>\(number(v))</v></c>"
                case .number:
                    continue
                case .text(let t):
                    // An inline string: never a formula, whatever its first character.
                    out += "<c r=\"\(ref)\" s=\"\(r == 0 ? 1 : 2)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Escape.xmlText(cellText(t)))</t></is></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>\n"
    }

    /// At most Excel's 32,767 characters (UTF-16 units), cut on a character boundary.
    static func cellText(_ t: String) -> String {
        guard t.utf16.count > maxCellCharacters else { return t }
        let mark = "…"
        var out = ""
        var units = 0
        for ch in t {
            let n = ch.utf16.count
            if units + n > maxCellCharacters - 1 { break }
            out.append(ch)
            units += n
        }
        return out + mark
    }

    /// A number as `<v>` text: integers without a fraction, the rest in Swift's shortest form.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// Tab names as Excel accepts them: `[ ] : * ? / \` replaced by `_`, no apostrophe first or
    /// last, at most 31 characters, not empty, no two the same (ignoring case, as Excel does).
    public static func sheetNames(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        var out: [String] = []
        for (i, w) in wanted.enumerated() {
            var name = String(String.UnicodeScalarView(w.unicodeScalars.map { "[]:*?/\\".unicodeScalars.contains($0) || !Escape.xmlAllowed($0) || $0.value < 0x20 ? "_" : $0 }))
            while name.hasPrefix("'") { name.removeFirst() }
            while name.hasSuffix("'") { name.removeLast() }
            if name.allSatisfy({ $0 == " " }) { name = "Sheet\(i + 1)" }
            name = prefix(name, units: 31)
            var candidate = name
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = prefix(name, units: 31 - suffix.utf16.count) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            out.append(candidate)
        }
        return out
    }

    static func prefix(_ s: String, units: Int) -> String {
        var out = ""
        var count = 0
        for ch in s {
            if count + ch.utf16.count > units { break }
            out.append(ch)
            count += ch.utf16.count
        }
        return out
    }
}

/// A ZIP archive (APPNOTE 6.3) of stored entries: local headers, the data, a central directory
/// and its end record. Every entry is dated 1980-01-01 00:00 (the earliest DOS date), so the
/// bytes depend on the contents alone. Names are ASCII; no ZIP64 (a report is far below 4 GB).
struct StoredZip {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// DOS time 00:00:00 and date 1980-01-01 (day 1, month 1, year 0 since 1980).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (1 << 5) | 1

    mutating func add(_ name: String, _ text: String) { add(name, Array(text.utf8)) }

    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(bytes.count)
        // Local file header.
        put32(&bytes, 0x0403_4B50)
        put16(&bytes, 20)  // version needed: 2.0
        put16(&bytes, 0)  // flags
        put16(&bytes, 0)  // method: stored
        put16(&bytes, Self.dosTime)
        put16(&bytes, Self.dosDate)
        put32(&bytes, crc)
        put32(&bytes, UInt32(data.count))
        put32(&bytes, UInt32(data.count))
        put16(&bytes, UInt16(nameBytes.count))
        put16(&bytes, 0)  // extra length
        bytes += nameBytes
        bytes += data
        // Its central directory record.
        put32(&directory, 0x0201_4B50)
        put16(&directory, 20)  // made by: MS-DOS, 2.0
        put16(&directory, 20)
        put16(&directory, 0)
        put16(&directory, 0)
        put16(&directory, Self.dosTime)
        put16(&directory, Self.dosDate)
        put32(&directory, crc)
        put32(&directory, UInt32(data.count))
        put32(&directory, UInt32(data.count))
        put16(&directory, UInt16(nameBytes.count))
        put16(&directory, 0)  // extra
        put16(&directory, 0)  // comment
        put16(&directory, 0)  // disk
        put16(&directory, 0)  // internal attributes
        put32(&directory, 0)  // external attributes
        put32(&directory, offset)
        directory += nameBytes
        count += 1
    }

    /// The archive: the entries, the central directory, the end record.
    mutating func finish() -> [UInt8] {
        var out = bytes
        let directoryOffset = UInt32(out.count)
        out += directory
        put32(&out, 0x0605_4B50)
        put16(&out, 0)
        put16(&out, 0)
        put16(&out, UInt16(count))
        put16(&out, UInt16(count))
        put32(&out, UInt32(directory.count))
        put32(&out, directoryOffset)
        put16(&out, 0)  // comment length
        return out
    }

    private func put16(_ b: inout [UInt8], _ v: UInt16) { b += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func put32(_ b: inout [UInt8], _ v: UInt32) { b += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
}
