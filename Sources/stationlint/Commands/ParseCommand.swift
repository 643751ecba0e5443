import StationLintCore

/// `stationlint parse FILE`: how the tool understood a YAML file, as JSON.
enum ParseCommand: Command {
    static let spec = CommandSpec(
        name: "parse",
        summary: Localized(zh: "把 YAML 文件解析结果输出为 JSON（值均为字符串，空值为 null）",
                           en: "print a YAML file's parsed tree as JSON (scalars as strings, null as null)"),
        usage: "stationlint parse FILE",
        options: [],
        positionalName: "FILE",
        minPositionals: 1,
        maxPositionals: 1
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let path = context.arguments.positionals[0]
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            throw InputError(error, file: path, lang: context.lang)
        }
        do {
            let document = try YAMLDocument(bytes: bytes)
            context.console.outLine(document.json().serialized())
            return .success
        } catch {
            throw InputError(error, file: path, lang: context.lang, source: bytes)
        }
    }
}
