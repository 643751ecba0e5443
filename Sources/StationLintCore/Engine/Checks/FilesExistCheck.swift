/// `files_exist: PATH` (`min: 1`) — the list names at least `min` files and each exists inside
/// the station folder. The rule's `message:` (`{field}`, `{min}`, `{count}`) words the "too
/// few" finding, e.g. with the pack's own unit for the files (`张`).
struct FilesExistCheck: Check {
    static let name = "files_exist"
    static let options = ["min"]
    static let tooFew = MessageTemplate("files_exist.too_few", zh: "{field}少于 {min} 个文件", en: "{field}: fewer than {min} files")
    static let missing = MessageTemplate("files_exist.missing",
        zh: "{field}中的文件“{file}”在站点文件夹中不存在", en: "{field}: file '{file}' does not exist in the station folder")
    static let describing = MessageTemplate("files_exist.describe",
        zh: "{field}至少 {min} 个文件，且文件都存在", en: "{field} names at least {min} files, all present")
    static let messages = [tooFew, missing, describing]
    let path: String
    let minimum: Int
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        minimum = try a.fields.optional("min").map { n throws(RulePackError) in try a.reader.int(n) } ?? 1
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .list(let items) = c.value(path) ?? .list([]) else { return .pass() }
        if c.station.isBroken(path) { return c.unusable(path, .broken)! }
        var findings: [Finding] = []
        if items.count < minimum {
            let args: [String: MessageArgument] = ["field": .field(path), "label": .field(path), "min": .int(minimum), "count": .int(items.count)]
            findings.append(Finding(.override(message, else: Message(Self.tooFew, args), args), [c.location(path)]))
        }
        for item in items {
            let name = item.value.comparedText
            let safe = !name.hasPrefix("/") && !name.split(separator: "/").contains("..")
            if !safe || !c.station.files.isFile(name) {
                findings.append(Finding(Self.missing, ["field": .field(path), "file": .text(name)], [c.station.location(item.mark)]))
            }
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe() -> Message { Message(Self.describing, ["field": .field(path), "min": .int(minimum)]) }
}
