/// What a file's first bytes say it is, so that a ledger loader can refuse an `.xls`, `.et` or
/// password-protected workbook with the fix before trying to read it as `.xlsx`.
public enum FileSignature: Sendable, Equatable {
    /// A ZIP archive (`PK\3\4`, or `PK\5\6` for an empty one): what `.xlsx` is.
    case zip
    /// An OLE compound document (D0 CF 11 E0 A1 B1 1A E1): Excel 97–2003 `.xls`, WPS `.et`,
    /// and an encrypted OOXML workbook, which Office wraps in such a container.
    case oleCompoundDocument
    /// Anything else.
    case other

    public init(_ bytes: [UInt8]) {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if bytes.count >= 8 && Array(bytes[0..<8]) == ole {
            self = .oleCompoundDocument
        } else if bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6)) {
            self = .zip
        } else {
            self = .other
        }
    }
}
