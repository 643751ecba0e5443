/// An `.xlsx` workbook read from its bytes: its sheets in tab order, each with its non-empty
/// cells, and the date system its serials count in (the package is opened by `WorkbookPackage`).
public struct Workbook: Sendable {
    public let sheets: [Worksheet]
    /// Whether date serials count from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac Excel).
    public let uses1904DateSystem: Bool

    public init(bytes: [UInt8]) throws(WorkbookError) {
        var package = try WorkbookPackage(bytes: bytes)
        var sheets: [Worksheet] = []
        for sheet in package.sheets {
            let bytes = try package.bytes(of: sheet)
            sheets.append(try package.reader.read(bytes, part: sheet.part ?? "", name: sheet.name))
        }
        self.sheets = sheets
        uses1904DateSystem = package.uses1904DateSystem
    }

    /// The sheet named `name`, if the workbook has one.
    public func sheet(named name: String) -> Worksheet? { sheets.first { $0.name == name } }
}
