/// What one name in a ledger folder is, by its extension: a ledger to read, or a file that is
/// not read and must be said so (SPEC §5a: "refused with the fix, never ignored").
enum LedgerFileKind: Equatable {
    case yaml
    /// CSV; `tabs` for a `.txt` file (Excel's "Unicode 文本" and "文本文件（制表符分隔）").
    case table(tabs: Bool)
    case workbook
    /// A spreadsheet format not read (.xls, .et, .ods …): it likely holds ledgers.
    case unreadSpreadsheet
    /// Excel's or WPS's own lock file (`~$台账.xlsx`), there while the workbook is open.
    case lockFile
    /// Any other file (a photo, a Word document).
    case other

    init(name: String) {
        if name.hasPrefix("~$") { self = .lockFile; return }
        switch Self.ext(name) {
        case "yaml", "yml": self = .yaml
        case "csv": self = .table(tabs: false)
        case "txt", "tsv": self = .table(tabs: true)
        case "xlsx", "xlsm": self = .workbook
        case "xls", "et", "ett", "xlt", "xltx", "ods", "numbers", "wps", "dbf": self = .unreadSpreadsheet
        default: self = .other
        }
    }

    /// The extension, lower-cased, without its dot (`xlsx` of `台账.XLSX`); empty when none.
    static func ext(_ name: String) -> String {
        name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
    }

    /// The name without its extension (`建档立卡` of `建档立卡.xlsx`).
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// The messages for files of a ledger folder that are not read.
enum LedgerFolderMessages {
    /// How to save a workbook so that it is read: the fix every refusal gives.
    static func saveAs(_ lang: Language) -> String {
        lang.pick("请在 WPS/Excel 中打开，选“另存为”，保存类型选“Excel 工作簿（*.xlsx）”或“CSV”",
                  "open it in WPS or Excel and use “Save As” with the type “Excel Workbook (*.xlsx)” or “CSV”")
    }

    static func unreadSpreadsheet(_ name: String, _ lang: Language) -> String {
        let ext = LedgerFileKind.ext(name)
        let format: String
        switch ext {
        case "xls", "xlt": format = lang.pick("旧版 Excel 97–2003 格式（.\(ext)）", "the old Excel 97–2003 format (.\(ext))")
        case "et", "ett": format = lang.pick("WPS 表格的专有格式（.\(ext)）", "WPS Spreadsheets' own format (.\(ext))")
        default: format = lang.pick(".\(ext) 格式", "the .\(ext) format")
        }
        return lang.pick("“\(name)”是\(format)，stationlint 不读取：", "'\(name)' is in \(format), which stationlint does not read: ") + saveAs(lang)
    }

    static func other(_ name: String, _ lang: Language) -> String {
        lang.pick("“\(name)”不是台账文件（台账应为 .xlsx、.csv 或 .yaml），未读取；若是台账，" + saveAs(lang),
                  "'\(name)' is not a ledger file (ledgers are .xlsx, .csv or .yaml) and was not read; if it is a ledger, " + saveAs(lang))
    }

    static func lockFile(_ name: String, _ lang: Language) -> String {
        lang.pick("“\(name)”是 Excel/WPS 打开工作簿时留下的临时文件，未读取（关闭工作簿后会消失，也可删除）",
                  "'\(name)' is the temporary file Excel or WPS keeps while a workbook is open; not read (it goes when the workbook is closed, or delete it)")
    }

    static func subfolder(_ name: String, _ lang: Language) -> String {
        lang.pick("台账文件夹中的子文件夹“\(name)”不读取；台账文件请直接放在台账文件夹中",
                  "the subfolder '\(name)' of the ledger folder is not read; put ledger files directly in the ledger folder")
    }

    static func twoPlaces(_ spec: LedgerSpec, _ first: String, _ second: String, _ lang: Language) -> String {
        lang.pick("\(spec.title(.zh))有两处（\(first) 与 \(second)），只能保留一个",
                  "\(spec.title(.en)) is in two places (\(first) and \(second)); keep one")
    }
}
