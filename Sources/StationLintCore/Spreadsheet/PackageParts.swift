/// The small parts of a workbook package that lead to its sheets: relationships, the workbook
/// part (sheet names and the date system) and the styles (which cells are dates).
enum PackageParts {
    /// One `<Relationship>` of a `.rels` part.
    struct Relationship {
        let id: String
        let type: String
        /// The part it points to, as a path inside the archive.
        let target: String
    }

    static let relationshipTag = Array("Relationship".utf8)
    static let idAttribute = Array("Id".utf8), typeAttribute = Array("Type".utf8)
    static let targetAttribute = Array("Target".utf8), targetModeAttribute = Array("TargetMode".utf8)

    /// The relationships of `source` (`xl/workbook.xml`), read from `bytes` (its `.rels` part).
    static func relationships(_ bytes: [UInt8], part: String, source: String) throws(WorkbookError) -> [Relationship] {
        var x = XMLScanner(bytes, part: part)
        var out: [Relationship] = []
        while true {
            let event = try x.next()
            if event == .endOfDocument { break }
            guard event == .start, x.isNamed(relationshipTag) else { continue }
            if try x.attribute(targetModeAttribute) == "External" { continue }
            guard let id = try x.attribute(idAttribute), let target = try x.attribute(targetAttribute) else { continue }
            out.append(Relationship(id: id, type: try x.attribute(typeAttribute) ?? "", target: resolve(target, from: source)))
        }
        return out
    }

    /// A relationship's target as an archive path: absolute (`/xl/...`) or relative to the
    /// folder of the part it belongs to, with `.` and `..` resolved.
    static func resolve(_ target: String, from source: String) -> String {
        var parts: [Substring]
        if target.hasPrefix("/") {
            parts = []
        } else {
            parts = source.split(separator: "/", omittingEmptySubsequences: false)
            parts.removeLast()
        }
        for piece in target.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// The `.rels` part of `part`: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func relsPath(of part: String) -> String {
        var folders = part.split(separator: "/", omittingEmptySubsequences: false)
        let file = folders.removeLast()
        return (folders + ["_rels", file + ".rels"]).joined(separator: "/")
    }

    /// What the workbook part lists: sheets (name and relationship id) in tab order, and
    /// whether dates count from 1904.
    struct WorkbookPart {
        var sheets: [(name: String, relationship: String)] = []
        var uses1904 = false
    }

    static let sheetTag = Array("sheet".utf8), workbookPrTag = Array("workbookPr".utf8)
    static let nameAttribute = Array("name".utf8), rIdAttribute = Array("id".utf8), date1904Attribute = Array("date1904".utf8)

    static func workbook(_ bytes: [UInt8], part: String) throws(WorkbookError) -> WorkbookPart {
        var x = XMLScanner(bytes, part: part)
        var out = WorkbookPart()
        while true {
            let event = try x.next()
            if event == .endOfDocument { break }
            guard event == .start else { continue }
            if x.isNamed(workbookPrTag) {
                let value = try x.attribute(date1904Attribute)
                out.uses1904 = value == "1" || value == "true"
            } else if x.isNamed(sheetTag) {
                guard let name = try x.attribute(nameAttribute), let id = try x.attribute(rIdAttribute) else {
                    throw x.malformed("a <sheet> without a name or r:id")
                }
                guard out.sheets.count < InputLimits.Workbook.maxSheets else { throw WorkbookError(.tooManySheets, part: part) }
                out.sheets.append((name, id))
            }
        }
        return out
    }

    static let numFmtTag = Array("numFmt".utf8), cellXfsTag = Array("cellXfs".utf8), xfTag = Array("xf".utf8)
    static let numFmtIdAttribute = Array("numFmtId".utf8), formatCodeAttribute = Array("formatCode".utf8)

    /// For each cell style (`cellXfs` index, a cell's `s`), whether its number format is a date.
    static func dateStyles(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [Bool] {
        var x = XMLScanner(bytes, part: part)
        var custom: [Int: Bool] = [:]
        var styles: [Bool] = []
        var xfsDepth: Int?
        while true {
            let event = try x.next()
            if event == .endOfDocument { break }
            if event == .end, x.isNamed(cellXfsTag) { xfsDepth = nil }
            guard event == .start else { continue }
            if x.isNamed(numFmtTag), let id = Int(try x.attribute(numFmtIdAttribute) ?? "") {
                custom[id] = DateFormat.isDate(code: try x.attribute(formatCodeAttribute) ?? "")
            } else if x.isNamed(cellXfsTag) {
                xfsDepth = x.depth
            } else if x.isNamed(xfTag), let d = xfsDepth, x.depth == d + 1 {
                let id = Int(try x.attribute(numFmtIdAttribute) ?? "0") ?? 0
                styles.append(custom[id] ?? DateFormat.isDate(builtin: id))
            }
        }
        return styles
    }
}
