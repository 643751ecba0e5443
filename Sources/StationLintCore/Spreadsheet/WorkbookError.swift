/// Why a workbook could not be read: what is wrong, in which ZIP entry, and where in it, so the
/// message can say what to do. One error type for the whole spreadsheet layer (STYLE.md).
public struct WorkbookError: UserFacingError, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// Not a ZIP archive at all, so not an `.xlsx`.
        case notZip
        /// An OLE compound document: `.xls`, WPS `.et`, or a workbook with an open password.
        case legacyOrEncrypted
        /// The archive is cut short or damaged (what is wrong in `detail`).
        case corruptArchive(detail: String)
        /// An entry's inflated bytes do not have the CRC-32 the directory records.
        case crcMismatch
        /// A compression method other than 0 (stored) and 8 (deflate).
        case unsupportedCompression(method: Int)
        /// An entry encrypted with a ZIP password.
        case encryptedEntry
        /// A ZIP64 archive (over 4 GB or 65,535 entries), which a ledger never needs.
        case zip64
        /// More entries than `InputLimits.Workbook.maxArchiveEntries`.
        case tooManyEntries(count: Int)
        /// An entry declared or found larger than `InputLimits.Workbook.maxEntryBytes`.
        case entryTooLarge(bytes: Int)
        /// The parts read together past `InputLimits.Workbook.maxTotalBytes`.
        case totalTooLarge
        /// An entry inflating more than `InputLimits.Workbook.maxCompressionRatio` times.
        case compressionRatio(ratio: Int)
        /// An entry inflating to another size than its directory declares.
        case sizeMismatch(declared: Int)
        /// The DEFLATE stream of an entry is invalid (what is wrong in `detail`).
        case invalidDeflate(detail: String)
        /// A part the workbook needs is not in the archive.
        case missingPart(name: String)
        /// An XML part is not well-formed (what is wrong in `detail`).
        case malformedXML(detail: String)
        /// Elements nest deeper than `InputLimits.Workbook.maxXMLDepth`.
        case xmlTooDeep
        /// A sheet with more rows than `InputLimits.Workbook.maxRows`.
        case tooManyRows
        /// A sheet with more cells than `InputLimits.Workbook.maxCellsPerSheet`.
        case tooManyCells
        /// More sheets than `InputLimits.Workbook.maxSheets`.
        case tooManySheets
        /// A cell or range reference that is not one, or lies past XFD1048576.
        case cellOutOfRange(reference: String)
        /// A cell whose stored value does not read as its type says (`detail`).
        case invalidCell(detail: String)
    }

    /// Where in a part the problem is.
    public enum Position: Sendable, Equatable {
        /// A line and column of an XML part (columns count bytes from 1).
        case text(line: Int, column: Int)
        /// A cell of a sheet.
        case cell(CellReference)
        /// A byte offset in the archive or in an entry's compressed data.
        case byte(Int)
    }

    public let kind: Kind
    /// The ZIP entry concerned (`xl/worksheets/sheet1.xml`), if any.
    public let part: String?
    public let position: Position?

    public init(_ kind: Kind, part: String? = nil, position: Position? = nil) {
        self.kind = kind
        self.part = part
        self.position = position
    }

    /// The same error, said of `part` where it did not name one yet.
    func inPart(_ name: String) -> WorkbookError {
        part == nil ? WorkbookError(kind, part: name, position: position) : self
    }

    /// What is wrong and what to do, in `lang`, with the part and position when known.
    /// The details of a damaged archive or part (`detail`) stay in English in both languages:
    /// they are for whoever repairs the file; the Chinese message says what to do, and labels
    /// the detail as technical (技术细节).
    public func message(_ lang: Language) -> String {
        var text = describe(lang)
        if let part {
            var at = part
            switch position {
            case .text(let line, let column)?: at += ":\(line):\(column)"
            case .cell(let ref)?: at += " " + ref.name
            case .byte(let offset)?: at += lang.pick(" 第 \(offset) 字节", " at byte \(offset)")
            case nil: break
            }
            text += lang.pick("（\(at)）", " (\(at))")
        } else if case .byte(let offset)? = position {
            text += lang.pick("（第 \(offset) 字节）", " (at byte \(offset))")
        }
        return text
    }

    /// This error at the start of the workbook `file` (the part and position are in the message).
    public func diagnostic(file: String?, lang: Language) -> Diagnostic {
        Diagnostic(location: .start(of: file), message: message(lang))
    }

    private func describe(_ lang: Language) -> String {
        let resave = lang.pick("请在 WPS/Excel 中打开并另存为 .xlsx 或 CSV", "open it in WPS/Excel and save it again as .xlsx or CSV")
        switch kind {
        case .notZip:
            return lang.pick("此文件不是 .xlsx 工作簿（不是 ZIP 格式）；\(resave)", "this file is not an .xlsx workbook (not a ZIP archive); \(resave)")
        case .legacyOrEncrypted:
            return lang.pick("此文件是旧版 Excel（.xls）或 WPS（.et）格式，或设置了打开密码；请在 WPS/Excel 中取消密码并另存为 .xlsx 或 CSV",
                             "this file is an old Excel (.xls) or WPS (.et) file, or has an open password; remove the password in WPS/Excel and save it as .xlsx or CSV")
        case .corruptArchive(let detail):
            return lang.pick("工作簿已损坏或不完整（技术细节：\(detail)）；\(resave)，或重新复制此文件", "the workbook is damaged or incomplete (\(detail)); \(resave), or copy the file again")
        case .crcMismatch:
            return lang.pick("工作簿中的数据校验失败（CRC-32 不符），文件已损坏；请重新复制此文件，或\(resave)", "a part of the workbook fails its CRC-32 check: the file is damaged; copy it again, or \(resave)")
        case .unsupportedCompression(let method):
            return lang.pick("工作簿使用了不支持的压缩方式（\(method)）；\(resave)", "the workbook uses an unsupported compression method (\(method)); \(resave)")
        case .encryptedEntry:
            return lang.pick("工作簿的压缩包设置了密码；请取消密码后\(resave)", "the workbook's archive is password-protected; remove the password and \(resave)")
        case .zip64:
            return lang.pick("工作簿使用 ZIP64 格式（超过 4 GB 或 65535 个文件），不支持；请将台账拆分为较小的工作簿或另存为 CSV", "the workbook is a ZIP64 archive (over 4 GB or 65,535 entries), which is not supported; split the ledger into smaller workbooks or save it as CSV")
        case .tooManyEntries(let count):
            return lang.pick("工作簿包含 \(count) 个文件，超过上限 \(InputLimits.Workbook.maxArchiveEntries)；\(resave)", "the workbook holds \(count) entries, more than the limit of \(InputLimits.Workbook.maxArchiveEntries); \(resave)")
        case .entryTooLarge(let bytes):
            return lang.pick("工作簿中的一个部分解压后有 \(bytes) 字节，超过上限 \(InputLimits.Workbook.maxEntryBytes)；请将台账拆分为较小的工作簿", "a part of the workbook inflates to \(bytes) bytes, more than the limit of \(InputLimits.Workbook.maxEntryBytes); split the ledger into smaller workbooks")
        case .totalTooLarge:
            return lang.pick("工作簿解压后总大小超过上限 \(InputLimits.Workbook.maxTotalBytes) 字节；请将台账拆分为较小的工作簿", "the workbook inflates to more than \(InputLimits.Workbook.maxTotalBytes) bytes in all; split the ledger into smaller workbooks")
        case .compressionRatio(let ratio):
            return lang.pick("工作簿中的一个部分压缩比为 \(ratio):1，超过上限 \(InputLimits.Workbook.maxCompressionRatio):1，疑似压缩炸弹；请勿使用来历不明的文件，\(resave)", "a part of the workbook has a compression ratio of \(ratio):1, past the limit of \(InputLimits.Workbook.maxCompressionRatio):1, as a ZIP bomb has; do not use a file of unknown origin, \(resave)")
        case .sizeMismatch(let declared):
            return lang.pick("工作簿中的一个部分解压后的大小与记录的 \(declared) 字节不符，文件已损坏或被篡改；\(resave)", "a part of the workbook does not inflate to the \(declared) bytes its directory records: the file is damaged or crafted; \(resave)")
        case .invalidDeflate(let detail):
            return lang.pick("工作簿中的压缩数据无效（技术细节：\(detail)），文件已损坏；\(resave)", "the workbook's compressed data is invalid (\(detail)): the file is damaged; \(resave)")
        case .missingPart(let name):
            return lang.pick("工作簿缺少必需的部分 \(name)；\(resave)", "the workbook lacks its required part \(name); \(resave)")
        case .malformedXML(let detail):
            return lang.pick("工作簿中的 XML 格式错误（技术细节：\(detail)）；\(resave)", "an XML part of the workbook is malformed (\(detail)); \(resave)")
        case .xmlTooDeep:
            return lang.pick("工作簿中的 XML 嵌套超过 \(InputLimits.Workbook.maxXMLDepth) 层；\(resave)", "an XML part of the workbook nests deeper than \(InputLimits.Workbook.maxXMLDepth) levels; \(resave)")
        case .tooManyRows:
            return lang.pick("工作表超过 \(InputLimits.Workbook.maxRows) 行；请将台账拆分", "a sheet has more than \(InputLimits.Workbook.maxRows) rows; split the ledger")
        case .tooManyCells:
            return lang.pick("工作表超过 \(InputLimits.Workbook.maxCellsPerSheet) 个非空单元格；请将台账拆分", "a sheet has more than \(InputLimits.Workbook.maxCellsPerSheet) non-empty cells; split the ledger")
        case .tooManySheets:
            return lang.pick("工作簿超过 \(InputLimits.Workbook.maxSheets) 个工作表；请删除多余的工作表", "the workbook has more than \(InputLimits.Workbook.maxSheets) sheets; delete the sheets not needed")
        case .cellOutOfRange(let reference):
            return lang.pick("单元格引用“\(reference)”无效或超出 XFD1048576；\(resave)", "the cell reference \"\(reference)\" is invalid or past XFD1048576; \(resave)")
        case .invalidCell(let detail):
            return lang.pick("单元格的值无法读取（技术细节：\(detail)）；请在 WPS/Excel 中检查此单元格并重新保存", "a cell's value cannot be read (\(detail)); check this cell in WPS/Excel and save again")
        }
    }
}
