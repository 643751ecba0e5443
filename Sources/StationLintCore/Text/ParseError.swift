/// Why a text file could not be read: the one error type of the text layer (YAML and CSV).
///
/// Each kind has a stable `code` for tests and tools, and a message in Chinese and English.
/// The position is a `Mark` in the file; `SourceText.describe` adds the file name, the source
/// line and a caret.
public struct ParseError: Error, Sendable, Equatable {
    public let kind: Kind
    public let mark: Mark

    public init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.mark = mark
    }

    /// Everything the YAML subset and the CSV reader refuse.
    public enum Kind: Sendable, Equatable {
        case invalidUTF8(byteOffset: Int)
        case controlCharacter(UInt32)
        case unicodeLineBreak(UInt32)
        case tabIndentation
        case tabCharacter
        case anchor
        case alias
        case tag
        case directive
        case explicitKey
        case complexKey
        case keyTooLong(limit: Int)
        case nullKey
        case reservedIndicator(String)
        case multilineFlow
        case multipleDocuments
        case contentAfterDocumentStart
        case badIndentation(expected: Int, found: Int)
        case unexpectedIndentation
        case multilinePlainScalar
        case duplicateKey(String, firstLine: Int)
        case unterminatedQuote
        case invalidEscape(String)
        case textAfterValue
        case unexpectedContent
        case expectedKey
        case mappingValueNotAllowed
        case sequenceNotAllowedHere
        case sequenceInMapping
        case blockScalarIndicator(String)
        case blockScalarIndentation
        case flowPair
        case flowMissingValue
        case flowUnexpected(String)
        case tooDeep(limit: Int)
        case tooLarge(limit: Int)
        case lineTooLong(limit: Int)
        case csvUnterminatedQuote
        case csvTextAfterQuote
        case csvEmptyHeader
        case csvEmptyHeaderName(column: Int)
        case csvDuplicateHeader(String)
        case csvFieldCount(expected: Int, found: Int)
        case csvUndecodable
        /// A YAML file whose bytes are GBK/GB18030 (Notepad's "ANSI"), at its first byte that is not UTF-8.
        case yamlGB18030
        /// A YAML file that starts with a UTF-16 byte order mark (Notepad's "Unicode").
        case yamlUTF16(bigEndian: Bool)
        /// UTF-16 text without a byte order mark: which byte order is a guess, so refused.
        case utf16WithoutBOM
        /// UTF-16 text with a lone surrogate, or an odd number of bytes.
        case invalidUTF16
        /// `name：张三`: a full-width colon where a key's colon belongs (a Chinese input method's `:`).
        case fullWidthColon(key: String)
        /// A full-width space U+3000 in a line's indentation.
        case fullWidthSpaceIndentation
        /// `[甲，乙]`: a full-width comma inside an unquoted item of a flow sequence.
        case fullWidthCommaInFlow
    }

    /// A stable identifier of the kind, for tests and machine output.
    public var code: String {
        switch kind {
        case .invalidUTF8: return "invalid-utf8"
        case .controlCharacter: return "control-character"
        case .unicodeLineBreak: return "unicode-line-break"
        case .tabIndentation: return "tab-indentation"
        case .tabCharacter: return "tab-character"
        case .anchor: return "anchor"
        case .alias: return "alias"
        case .tag: return "tag"
        case .directive: return "directive"
        case .explicitKey: return "explicit-key"
        case .complexKey: return "complex-key"
        case .keyTooLong: return "key-too-long"
        case .nullKey: return "null-key"
        case .reservedIndicator: return "reserved-indicator"
        case .multilineFlow: return "multiline-flow"
        case .multipleDocuments: return "multiple-documents"
        case .contentAfterDocumentStart: return "content-after-document-start"
        case .badIndentation: return "bad-indentation"
        case .unexpectedIndentation: return "unexpected-indentation"
        case .multilinePlainScalar: return "multiline-plain-scalar"
        case .duplicateKey: return "duplicate-key"
        case .unterminatedQuote: return "unterminated-quote"
        case .invalidEscape: return "invalid-escape"
        case .textAfterValue: return "text-after-value"
        case .unexpectedContent: return "unexpected-content"
        case .expectedKey: return "expected-key"
        case .mappingValueNotAllowed: return "mapping-value-not-allowed"
        case .sequenceNotAllowedHere: return "sequence-not-allowed-here"
        case .sequenceInMapping: return "sequence-in-mapping"
        case .blockScalarIndicator: return "block-scalar-indicator"
        case .blockScalarIndentation: return "block-scalar-indentation"
        case .flowPair: return "flow-pair"
        case .flowMissingValue: return "flow-missing-value"
        case .flowUnexpected: return "flow-unexpected"
        case .tooDeep: return "too-deep"
        case .tooLarge: return "too-large"
        case .lineTooLong: return "line-too-long"
        case .csvUnterminatedQuote: return "csv-unterminated-quote"
        case .csvTextAfterQuote: return "csv-text-after-quote"
        case .csvEmptyHeader: return "csv-empty-header"
        case .csvEmptyHeaderName: return "csv-empty-header-name"
        case .csvDuplicateHeader: return "csv-duplicate-header"
        case .csvFieldCount: return "csv-field-count"
        case .csvUndecodable: return "csv-undecodable"
        case .yamlGB18030: return "yaml-gb18030"
        case .yamlUTF16: return "yaml-utf16"
        case .utf16WithoutBOM: return "utf16-without-bom"
        case .invalidUTF16: return "invalid-utf16"
        case .fullWidthColon: return "full-width-colon"
        case .fullWidthSpaceIndentation: return "full-width-space-indentation"
        case .fullWidthCommaInFlow: return "full-width-comma-in-flow"
        }
    }

    /// The message, without position.
    public func message(_ lang: Language) -> String {
        let l = lang
        switch kind {
        case .invalidUTF8(let offset):
            return l.pick("不是有效的 UTF-8 编码（字节偏移 \(offset)）；请以 UTF-8 保存文件",
                          "invalid UTF-8 (byte offset \(offset)); save the file as UTF-8")
        case .controlCharacter(let v):
            return l.pick("不允许的控制字符 \(hex(v))", "control character \(hex(v)) is not allowed")
        case .unicodeLineBreak(let v):
            return l.pick("不支持 Unicode 换行符 \(hex(v))，请改用普通换行", "Unicode line break \(hex(v)) is not supported; use a plain line break")
        case .tabIndentation:
            return l.pick("缩进中不能使用制表符（Tab），请改用空格", "tabs are not allowed in indentation; use spaces")
        case .tabCharacter:
            return l.pick("制表符（Tab）只能出现在引号内、块标量（| 或 >）内或注释中，请改用空格",
                          "a tab may appear only inside quotes, a block scalar (| or >) or a comment; use spaces")
        case .anchor:
            return l.pick("不支持锚点（&）", "anchors (&) are not supported")
        case .alias:
            return l.pick("不支持别名（*）", "aliases (*) are not supported")
        case .tag:
            return l.pick("不支持标签（!）", "tags (!) are not supported")
        case .directive:
            return l.pick("不支持指令（%）", "directives (%) are not supported")
        case .explicitKey:
            return l.pick("不支持显式键（?）", "explicit keys (?) are not supported")
        case .complexKey:
            return l.pick("键必须是单个值，不能是列表或映射", "a key must be a single value, not a list or mapping")
        case .keyTooLong(let limit):
            return l.pick("键太长（超过 \(limit) 个字符）", "key longer than \(limit) characters")
        case .nullKey:
            return l.pick("键不能为空值（null）", "a key cannot be null")
        case .reservedIndicator(let c):
            return l.pick("值不能以“\(c)”开头；如需原样使用请加引号", "a value cannot start with '\(c)'; quote it to use it as text")
        case .multilineFlow:
            return l.pick("方括号或花括号列表必须写在一行内", "a flow collection ([...] or {...}) must be on one line")
        case .multipleDocuments:
            return l.pick("一个文件只能包含一个文档（发现第二个“---”）", "one document per file (found a second '---')")
        case .contentAfterDocumentStart:
            return l.pick("“---”所在行不能有其他内容", "nothing may follow '---' on its line")
        case .badIndentation(let expected, let found):
            return l.pick("缩进不一致：应为 \(expected) 个空格，实际 \(found) 个", "inconsistent indentation: expected an indentation of \(expected), found \(found)")
        case .unexpectedIndentation:
            return l.pick("缩进不一致：此行缩进多于上一层级", "inconsistent indentation: this line is indented deeper than its level allows")
        case .multilinePlainScalar:
            return l.pick("不加引号的值只能写在一行内；多行文字请用“|”或“>”", "an unquoted value must fit on one line; use '|' or '>' for several lines")
        case .duplicateKey(let key, let first):
            return l.pick("键“\(key)”重复（第一次出现在第 \(first) 行）", "key '\(key)' is given twice (first on line \(first))")
        case .unterminatedQuote:
            return l.pick("引号没有闭合（引号内的文字必须在一行内结束）", "unterminated quote (a quoted value must end on its line)")
        case .invalidEscape(let e):
            return l.pick("无效的转义序列“\(e)”", "invalid escape sequence '\(e)'")
        case .textAfterValue:
            return l.pick("值结束后还有多余的文字（如需包含请整体加引号）", "unexpected text after the value (quote the whole value to keep it)")
        case .unexpectedContent:
            return l.pick("此处不应有内容：层级或缩进有误", "unexpected content here: check the level and indentation")
        case .expectedKey:
            return l.pick("此处应为“键: 值”（冒号后需有空格）", "expected 'key: value' here (a space must follow the colon)")
        case .mappingValueNotAllowed:
            return l.pick("此处不能出现“键: 值”；如值中含“: ”请加引号", "a 'key: value' is not allowed here; quote a value that contains ': '")
        case .sequenceNotAllowedHere:
            return l.pick("列表项“- ”不能与键写在同一行，请换行缩进", "a list item '- ' cannot start on its key's line; put it on the next line")
        case .sequenceInMapping:
            return l.pick("列表项“- ”不能出现在键值映射的同一层级", "a list item '- ' cannot stand at the level of a mapping's keys")
        case .blockScalarIndicator(let s):
            return l.pick("块标量的标记“\(s)”不受支持（只支持 |、>、|-、|+、>-、>+）", "block scalar header '\(s)' is not supported (only |, >, |-, |+, >-, >+)")
        case .blockScalarIndentation:
            return l.pick("块标量（| 或 >）的文字缩进不对：各行须比所属的键缩进更多，且不少于第一行",
                          "a block scalar's text (| or >) is wrongly indented: indent its lines deeper than its key, and no less than its first line")
        case .flowPair:
            return l.pick("方括号列表中不支持“键: 值”，请用花括号 {键: 值}", "'key: value' inside [...] is not supported; use {key: value}")
        case .flowMissingValue:
            return l.pick("花括号映射中的每一项都必须是“键: 值”（冒号后要有空格）", "every entry of {...} must be 'key: value' (with a space after the colon)")
        case .flowUnexpected(let c):
            return l.pick("方括号或花括号列表中出现了意外的“\(c)”；如需原样使用请加引号", "unexpected '\(c)' in a flow collection; quote a value that contains it")
        case .tooDeep(let limit):
            return l.pick("嵌套层数超过上限 \(limit)", "nesting deeper than the limit of \(limit)")
        case .tooLarge(let limit):
            return l.pick("文件大于上限 \(limit / 1_048_576) MB", "file larger than the limit of \(limit / 1_048_576) MB")
        case .lineTooLong(let limit):
            return l.pick("行长度超过上限 \(limit) 字节", "line longer than the limit of \(limit) bytes")
        case .csvUnterminatedQuote:
            return l.pick("CSV 引号没有闭合", "unterminated quote in CSV")
        case .csvTextAfterQuote:
            return l.pick("CSV 字段的闭合引号后还有文字（字段内的引号应写成两个 \"\"）", "text after a closing quote in a CSV field (write a quote inside a field as \"\")")
        case .csvEmptyHeader:
            return l.pick("CSV 第一行（表头）为空", "the CSV header row is empty")
        case .csvEmptyHeaderName(let column):
            return l.pick("CSV 表头第 \(column) 列没有名称", "CSV header column \(column) has no name")
        case .csvDuplicateHeader(let h):
            return l.pick("CSV 表头“\(h)”重复", "CSV header '\(h)' is given twice")
        case .csvFieldCount(let expected, let found):
            return l.pick("此行有 \(found) 列，表头有 \(expected) 列", "this row has \(found) fields, the header has \(expected)")
        case .csvUndecodable:
            return l.pick("无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK 或带 BOM 的 UTF-16）",
                          "unrecognised encoding (neither UTF-8 nor GB18030/GBK nor UTF-16 with a byte order mark)")
        case .yamlGB18030:
            return l.pick("文件是 GBK/GB18030 编码（记事本的“ANSI”），不是 UTF-8：" + Self.saveAsUTF8Steps.zh,
                          "the file is in GBK/GB18030 (Notepad's \"ANSI\"), not UTF-8: " + Self.saveAsUTF8Steps.en)
        case .yamlUTF16(let bigEndian):
            let notepad = bigEndian ? "Unicode big endian" : "Unicode"
            return l.pick("文件是 UTF-16 编码（记事本的“\(notepad)”），不是 UTF-8：" + Self.saveAsUTF8Steps.zh,
                          "the file is in UTF-16 (Notepad's \"\(notepad)\"), not UTF-8: " + Self.saveAsUTF8Steps.en)
        case .utf16WithoutBOM:
            return l.pick("文件像是不带字节顺序标记（BOM）的 UTF-16 编码，无法确定字节顺序：" + Self.saveAsUTF8Steps.zh,
                          "the file looks like UTF-16 without a byte order mark, so its byte order is unknown: " + Self.saveAsUTF8Steps.en)
        case .invalidUTF16:
            return l.pick("UTF-16 编码有误（不成对的代理项或字节数为奇数）：" + Self.saveAsUTF8Steps.zh,
                          "invalid UTF-16 (a lone surrogate, or an odd number of bytes): " + Self.saveAsUTF8Steps.en)
        case .fullWidthColon(let key):
            return l.pick("键“\(key)”后是全角冒号“：”，请改为半角冒号加空格“: ”",
                          "the key '\(key)' is followed by a full-width colon '：'; write an ASCII colon and a space ': '")
        case .fullWidthSpaceIndentation:
            return l.pick("缩进中有全角空格（U+3000），请改用半角空格", "a full-width space (U+3000) in the indentation; use ASCII spaces")
        case .fullWidthCommaInFlow:
            return l.pick("方括号列表中用了全角逗号“，”，请改为半角逗号“,”（或给含逗号的值加引号）",
                          "a full-width comma '，' in a [...] list; write an ASCII comma ',' (or quote a value that holds the comma)")
        }
    }
}

extension ParseError {
    /// How to save a file as UTF-8 in Notepad, the editor every Windows machine has.
    static let saveAsUTF8Steps = (
        zh: "请用记事本打开此文件，选“文件 → 另存为”，在“编码”中选“UTF-8”后保存",
        en: "open it in Notepad, choose File → Save As, pick \"UTF-8\" under Encoding and save")
}

private func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
