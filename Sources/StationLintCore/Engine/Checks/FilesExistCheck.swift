/// `files_exist: PATH` (`min: 1`) — the list names at least `min` files and each exists inside
/// the station folder.
struct FilesExistCheck: Check {
    static let name = "files_exist"
    static let options = ["min"]
    let path: String
    let minimum: Int

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        minimum = try a.fields.optional("min").map { n throws(RulePackError) in try a.reader.int(n) } ?? 1
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        guard case .list(let items) = c.value(path) ?? .list([]) else { return .pass() }
        if c.station.isBroken(path) { return c.unusable(path, .broken)! }
        var findings: [Finding] = []
        if items.count < minimum {
            findings.append(Finding(c.lang.pick("\(c.label(path))少于 \(minimum) 张", "\(c.label(path)): fewer than \(minimum) files"), [c.location(path)]))
        }
        for item in items {
            let name = item.value.display(c.lang)
            let safe = !name.hasPrefix("/") && !name.split(separator: "/").contains("..")
            if !safe || !c.station.files.isFile(name) {
                findings.append(Finding(c.lang.pick("\(c.label(path))中的文件“\(name)”在站点文件夹中不存在", "\(c.label(path)): file '\(name)' does not exist in the station folder"),
                                        [c.station.location(item.mark)]))
            }
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe(_ lang: Language) -> String {
        lang.pick("\(path) 至少 \(minimum) 个文件，且文件都存在", "\(path) names at least \(minimum) files, all present")
    }
}
