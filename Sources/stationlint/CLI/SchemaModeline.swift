import Foundation
import StationLintCore

/// The YAML language server's modeline, `# yaml-language-server: $schema=…`, that `init
/// --schema-dir` writes as the first line of each YAML file, pointing at the file's schema in the
/// folder (or at the address) where `stationlint schema --output-dir` put them.
enum SchemaModeline {
    static func line(_ reference: String) -> String { "# yaml-language-server: $schema=" + reference }

    /// Whether `base` is an address (`https://…`, `file:///…`) rather than a folder.
    static func isURL(_ base: String) -> Bool {
        guard let colon = base.range(of: "://") else { return false }
        let scheme = base[..<colon.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// What `$schema=` says in the file at `file` for `schemaFile` in `base`: the address and the
    /// name, or the path from the file's folder to the schema, so that a station folder and its
    /// schemas can move together. The language server reads the reference up to the first space
    /// and cuts it at a `#`, so a reference with either is refused.
    static func reference(base: String, schemaFile: String, from file: String) throws -> String {
        let reference: String
        if isURL(base) {
            reference = (base.hasSuffix("/") ? base : base + "/") + schemaFile
        } else {
            let from = components(absolute((file as NSString).deletingLastPathComponent))
            let to = components(absolute(joinPath(base, schemaFile)))
            var common = 0
            while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
            reference = (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
        }
        if reference.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0 == "#" }) {
            throw UsageError.other(Localized(
                zh: "--schema-dir 给出的位置（\(reference)）含空格或“#”，编辑器的 YAML 语言服务器读不到；请把模式文件放在路径不含空格和“#”的文件夹中（地址中的空格写作 %20）",
                en: "the --schema-dir reference (\(reference)) holds a space or a '#', which the YAML language server cannot read; put the schemas in a folder whose path has neither (write a space in an address as %20)"))
        }
        return reference
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : joinPath(FileManager.default.currentDirectoryPath, path)
    }

    /// The folders of an absolute path, `.` and `..` folded (links are not followed: the
    /// language server resolves the text too).
    static func components(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !out.isEmpty { out.removeLast() }
            default: out.append(String(part))
            }
        }
        return out
    }
}
