/// An `.xlsx` workbook read from its bytes: its sheets in tab order, each with its non-empty
/// cells, and the date system its serials count in. Reading follows the package's own links
/// (`_rels/.rels` → the workbook part → its relationships → each sheet), so a workbook whose
/// parts are not where Excel puts them is read all the same.
public struct Workbook: Sendable {
    public let sheets: [Worksheet]
    /// Whether date serials count from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac Excel).
    public let uses1904DateSystem: Bool

    public init(bytes: [UInt8]) throws(WorkbookError) {
        let archive = try ZipArchive(bytes: bytes)
        var budget = InputLimits.Workbook.maxTotalBytes
        func part(_ name: String) throws(WorkbookError) -> [UInt8]? {
            guard let entry = archive.entries[name] else { return nil }
            return try archive.read(entry, budget: &budget)
        }

        var workbookPath = "xl/workbook.xml"
        if let rels = try part("_rels/.rels") {
            let links = try PackageParts.relationships(rels, part: "_rels/.rels", source: "")
            if let office = links.first(where: { $0.type.hasSuffix("/officeDocument") }) { workbookPath = office.target }
        }
        guard let workbookBytes = try part(workbookPath) else { throw WorkbookError(.missingPart(name: workbookPath)) }
        let book = try PackageParts.workbook(workbookBytes, part: workbookPath)

        let relsPath = PackageParts.relsPath(of: workbookPath)
        var links: [PackageParts.Relationship] = []
        if let rels = try part(relsPath) {
            links = try PackageParts.relationships(rels, part: relsPath, source: workbookPath)
        }
        let folder = PackageParts.resolve("x", from: workbookPath).dropLast()
        func linked(_ type: String, _ fallback: String) -> String {
            links.first(where: { $0.type.hasSuffix("/" + type) })?.target ?? (folder + fallback)
        }
        let stringsPath = linked("sharedStrings", "sharedStrings.xml")
        let strings = try part(stringsPath).map { b throws(WorkbookError) in try SharedStrings.read(b, part: stringsPath) } ?? []
        let stylesPath = linked("styles", "styles.xml")
        let styles = try part(stylesPath).map { b throws(WorkbookError) in try PackageParts.dateStyles(b, part: stylesPath) } ?? []

        let reader = WorksheetReader(sharedStrings: strings, dateStyles: styles)
        var sheets: [Worksheet] = []
        for sheet in book.sheets {
            guard let target = links.first(where: { $0.id == sheet.relationship })?.target else {
                throw WorkbookError(.missingPart(name: "\(relsPath) → \(sheet.relationship) (\(sheet.name))"), part: relsPath)
            }
            guard let sheetBytes = try part(target) else { throw WorkbookError(.missingPart(name: target)) }
            sheets.append(try reader.read(sheetBytes, part: target, name: sheet.name))
        }
        self.sheets = sheets
        uses1904DateSystem = book.uses1904
    }

    /// The sheet named `name`, if the workbook has one.
    public func sheet(named name: String) -> Worksheet? { sheets.first { $0.name == name } }
}
