/// An `.xlsx` workbook's package, opened: its sheets in tab order, the shared strings and date
/// styles their cells refer to, and the date system. Each sheet's part is inflated only when it
/// is asked for, so a sheet can be typed as it is read and dropped before the next is inflated
/// (`StationLoader.loadWorkbook`); `Workbook` reads every sheet into a model through it.
///
/// Reading follows the package's own links (`_rels/.rels` → the workbook part → its
/// relationships → each sheet), so a workbook whose parts are not where Excel puts them is read
/// all the same.
struct WorkbookPackage {
    /// A sheet as the workbook lists it: the name its tab shows and the part holding it (nil
    /// when the workbook's relationships do not say).
    struct Sheet {
        let name: String
        let relationship: String
        let part: String?
    }

    let sheets: [Sheet]
    /// Whether date serials count from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac Excel).
    let uses1904DateSystem: Bool
    /// Reads a sheet's part with this workbook's shared strings and date styles.
    let reader: WorksheetReader
    private let archive: ZipArchive
    private let relsPath: String
    /// What may still be inflated (`InputLimits.Workbook.maxTotalBytes`), over all parts.
    private var budget: Int

    init(bytes: [UInt8]) throws(WorkbookError) {
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
        let strings = try part(stringsPath).map { b throws(WorkbookError) in try SharedStrings.read(b, part: stringsPath) } ?? SharedStrings()
        let stylesPath = linked("styles", "styles.xml")
        let styles = try part(stylesPath).map { b throws(WorkbookError) in try PackageParts.dateStyles(b, part: stylesPath) } ?? []

        reader = WorksheetReader(sharedStrings: strings, dateStyles: styles)
        sheets = book.sheets.map { sheet in
            Sheet(name: sheet.name, relationship: sheet.relationship, part: links.first(where: { $0.id == sheet.relationship })?.target)
        }
        uses1904DateSystem = book.uses1904
        self.archive = archive
        self.relsPath = relsPath
        self.budget = budget
    }

    /// The inflated bytes of a sheet's part. Asked for in tab order, sheet by sheet, they fail
    /// where reading the whole workbook would: a missing part, or the inflating budget spent.
    mutating func bytes(of sheet: Sheet) throws(WorkbookError) -> [UInt8] {
        guard let target = sheet.part else {
            throw WorkbookError(.missingPart(name: "\(relsPath) → \(sheet.relationship) (\(sheet.name))"), part: relsPath)
        }
        guard let entry = archive.entries[target] else { throw WorkbookError(.missingPart(name: target)) }
        return try archive.read(entry, budget: &budget)
    }
}
