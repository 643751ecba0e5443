import Foundation
import StationLintCore

/// `stationlint init --level L DIR`: writes a template station folder made from the pack's
/// schema (Chinese keys and `台账/` by default, English with `--lang en`). Never overwrites: if
/// anything it would write — or another declaration, ledger folder or waivers file — already
/// exists, nothing is written and the path is named (exit 2).
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        summary: Localized(zh: "生成站点模板文件夹（站点声明、各台账、豁免与照片说明），不覆盖任何已有文件",
                           en: "write a template station folder (declaration, ledgers, waivers, photos note); never overwrites"),
        usage: "stationlint init --level county|township|village DIR",
        options: [
            .value("level", "county|township|village", "站点层级（必填）", "the station's level (required)"),
            .value("schema-dir", "DIR|URL", "在每个 YAML 文件首行写上 yaml-language-server 的 $schema 注释，指向 DIR（或地址）中由 stationlint schema --output-dir 生成的模式文件，供编辑器校验和补全",
                   "start each YAML file with a yaml-language-server $schema modeline pointing at the schemas `stationlint schema --output-dir` wrote to DIR (or an address), for editors to check and complete"),
        ] + PackLoading.options,
        positionalName: "DIR",
        minPositionals: 1,
        maxPositionals: 1
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let l = context.lang
        let pack = try PackLoading.load(context.arguments, lang: l)
        guard let levelText = context.arguments.value("level") else { throw UsageError.missingValue("--level") }
        let level = try LevelOption.parse(levelText, pack: pack)
        let dir = context.arguments.positionals[0]
        var files = StationTemplate(pack: pack, level: level, lang: l).files()
        let schemaDir = context.arguments.value("schema-dir")
        if let base = schemaDir {
            let writer = JSONSchemaWriter(pack: pack)
            for (i, file) in files.enumerated() {
                guard let schemaFile = writer.fileName(forStationFile: file.path) else { continue }
                let reference = try SchemaModeline.reference(base: base, schemaFile: schemaFile, from: joinPath(dir, file.path))
                files[i].content = SchemaModeline.line(reference) + "\n" + file.content
            }
        }

        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: dir, isDirectory: &isDir), !isDir.boolValue {
            throw refusal(dir, l.pick("已存在且不是文件夹", "exists and is not a folder"))
        }
        // Anything that would be overwritten, or would make a second declaration / ledger folder.
        let conflicting = files.map(\.path) + StationLoader.declarationNames + StationLoader.ledgerFolders + StationLoader.waiverNames
        for name in conflicting {
            let path = joinPath(dir, name)
            // A link counts even when it leads nowhere: writing through it would create its target.
            if FileReader.exists(path) { throw refusal(path, l.pick("已存在，init 不覆盖任何文件", "already exists; init never overwrites")) }
        }
        var written: [String] = []
        for file in files {
            let path = joinPath(dir, file.path)
            do {
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.content.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw InputError(file: path, failed: Localized(zh: "无法写入", en: "cannot be written"), because: error, lang: l)
            }
            written.append(path)
        }
        context.console.outLine(l.pick("已生成\(pack.levelName(level, l))站点模板（\(written.count) 个文件）：", "Wrote a \(level) station template (\(written.count) files):"))
        for path in written { context.console.outLine("  " + path) }
        if let base = schemaDir {
            let missing = !SchemaModeline.isURL(base) && !FileReader.exists(joinPath(base, JSONSchemaWriter.fileName(.station)))
            context.console.outLine(l.pick("各 YAML 文件首行的 $schema 注释指向 \(base) 中的模式文件" + (missing ? "；该处还没有模式文件，请运行 stationlint schema --output-dir \(base)" : ""),
                                           "Each YAML file's first line points the editor at its schema in \(base)" + (missing ? "; none is there yet: run stationlint schema --output-dir \(base)" : "")))
        }
        context.console.outLine(l.pick("下一步：按注释填写 \(joinPath(dir, files[0].path)) 和各台账，然后运行 stationlint check \(dir)",
                                       "Next: fill in \(joinPath(dir, files[0].path)) and the ledgers as their comments say, then run stationlint check \(dir)"))
        return .success
    }

    static func refusal(_ path: String, _ message: String) -> InputError {
        InputError(file: path, message)
    }
}
