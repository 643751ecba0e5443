import Foundation
import StationLintCore

/// `stationlint schema station|waivers|KIND` prints the JSON Schema (draft 2020-12) of a station
/// folder's YAML file, made from the pack; `--output-dir DIR` writes them all (or those named),
/// one file each (`station.schema.json`, `ledger-veterans.schema.json`, `waivers.schema.json`),
/// for an editor's YAML language server.
enum SchemaCommand: Command {
    static let spec = CommandSpec(
        name: "schema",
        summary: Localized(zh: "输出站点声明、豁免或某一台账的 JSON Schema，供编辑器在输入时校验和补全",
                           en: "print the JSON Schema of the declaration, the waivers or a ledger, for editors to check and complete as you type"),
        usage: "stationlint schema station|waivers|KIND   |   stationlint schema --output-dir DIR [station|waivers|KIND...]",
        options: [
            .value("output-dir", "DIR", "把全部（或所列）模式文件写入 DIR：station.schema.json、waivers.schema.json、ledger-<台账英文名>.schema.json",
                   "write every schema (or those named) to DIR: station.schema.json, waivers.schema.json, ledger-<kind>.schema.json"),
        ] + PackLoading.options,
        positionalName: "station|waivers|KIND",
        minPositionals: 0,
        maxPositionals: nil
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let l = context.lang
        let pack = try PackLoading.load(context.arguments, lang: l)
        let writer = JSONSchemaWriter(pack: pack)
        var documents: [JSONSchemaWriter.Document] = []
        for name in context.arguments.positionals {
            guard let document = writer.document(named: name) else {
                let hint = DidYouMean.hint(for: name, among: writer.documentNames + pack.schema.ledgers.map(\.zh))
                throw UsageError.other(Localized(
                    zh: "没有名为“\(name)”的模式：应为 station、waivers 或台账名（\(writer.documentNames.dropFirst(2).joined(separator: "、"))，或其中文名）"
                        + hint.zh,
                    en: "no schema named '\(name)': expected station, waivers or a ledger kind (\(writer.documentNames.dropFirst(2).joined(separator: ", ")), or its Chinese name)"
                        + hint.en))
            }
            documents.append(document)
        }
        guard let dir = context.arguments.value("output-dir") else {
            guard documents.count == 1 else {
                throw UsageError.other(Localized(
                    zh: documents.isEmpty ? "缺少参数：station、waivers 或台账名；或用 --output-dir DIR 写出全部模式" : "不写 --output-dir 时只能输出一个模式",
                    en: documents.isEmpty ? "missing argument: station, waivers or a ledger kind; or --output-dir DIR to write them all" : "without --output-dir, one schema at a time"))
            }
            context.console.out(writer.text(documents[0]))
            return .success
        }
        if documents.isEmpty { documents = writer.documents }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: dir, isDirectory: &isDir), !isDir.boolValue {
            throw refusal(dir, l.pick("已存在且不是文件夹", "exists and is not a folder"))
        }
        do {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: dir, failed: Localized(zh: "无法创建文件夹", en: "cannot be created"), because: error, lang: l)
        }
        for document in documents {
            let path = joinPath(dir, JSONSchemaWriter.fileName(document))
            do {
                try Data(writer.text(document).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw InputError(file: path, failed: Localized(zh: "无法写入", en: "cannot be written"), because: error, lang: l)
            }
            context.console.outLine(path)
        }
        return .success
    }

    static func refusal(_ path: String, _ message: String) -> InputError {
        InputError(file: path, message)
    }
}
