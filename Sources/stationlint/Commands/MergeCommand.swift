import StationLintCore

/// `stationlint merge REPORT.json...`: joins the JSON reports of shards into the report one run
/// over all stations would have given. Shard reports must be one whole set: the same total, pack,
/// as-of date and language, each shard once (`ShardSet`); otherwise exit 2, naming what is wrong.
/// The pack that renders them must be the one they were made with, byte for byte
/// (`ReportPacks`): the built-in pack, or the one `--rules DIR` gives.
enum MergeCommand: Command {
    static let spec = CommandSpec(
        name: "merge",
        summary: Localized(zh: "合并分片（--shard）检查得到的 JSON 报告", en: "merge the JSON reports of sharded checks"),
        usage: "stationlint merge REPORT.json... [--format F [--output FILE]]...",
        options: [
            .value("format", CheckCommand.formats.joined(separator: "|"), repeatable: true, "输出格式（默认 json）", "output format (default json)"),
            .value("output", "FILE", repeatable: true, "写入的文件（- 为标准输出）", "file to write (- for standard output)"),
            ReportTargets.failOnOption,
            ReportTargets.sarifRootOption,
            ReportTargets.onlyFailingOption,
            .flag("quiet", "文本格式只显示不通过的条款、输入中的问题和汇总", "text: print only failures, input problems and the summary"),
        ] + PackLoading.options,
        positionalName: "REPORT.json",
        minPositionals: 1,
        maxPositionals: nil,
        details: Localized(
            zh: """
                规则包核对：所有报告须由同一规则包的同一版本生成，且就是合并时所用的规则包（默认为内置规则包）；
                报告由别的规则包或版本生成时，用 --rules DIR 给出那个规则包，否则拒绝合并（退出码 2）。
                版本按报告中的 rulePack.digest 核对：规则包文件的 SHA-256，改变参数值的 --param 也计入。
                """,
            en: """
                Pack check: every report must be made with one version of one rule pack, and that must be the pack
                merge renders with (the built-in one by default); for reports made with another pack or version, give
                that pack with --rules DIR, or merge refuses (exit 2). The version is the report's rulePack.digest:
                the SHA-256 of the pack's files, with any --param that changes a value.
                """)
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let lang = context.lang
        var reports: [RunReport] = []
        for path in context.arguments.positionals { reports.append(try ReportFiles.read(path, lang: lang)) }
        let first = reports[0]
        let files = context.arguments.positionals
        let given = Array(zip(files, reports)).map { (file: $0.0, report: $0.1) }
        if let problem = ShardSet.problem(given) ?? ReportPacks.tailoringMix(given) ?? ReportPacks.baselineMix(given) {
            throw UsageError.other(problem)
        }
        let pack = try PackLoading.load(context.arguments, lang: lang)
        if let problem = ReportPacks.mismatch(given, pack: pack, given: context.arguments.value("rules")) {
            throw UsageError.other(problem)
        }
        var seen = Set<String>()
        for (i, r) in reports.enumerated() {
            for s in r.stations where !seen.insert(s.path).inserted {
                throw InputError(diagnostic: Diagnostic(location: Location(file: context.arguments.positionals[i], line: 1, column: 1), message: lang.pick(
                    "站点 \(s.path) 出现在多份报告中（分片重叠？）", "station \(s.path) is in more than one report (overlapping shards?)")), source: nil)
            }
        }
        let stations = reports.flatMap(\.stations).sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        // Said again from the findings, in `--lang` when given (else the shards' language), with
        // the pack's names: a Chinese shard set merges into an English report.
        var merged = RunReport(toolVersion: first.toolVersion, packID: first.packID,
                               packTitle: pack.id == first.packID ? pack.title : first.packTitle, asOf: first.asOf,
                               lang: context.arguments.value("lang") == nil ? first.lang : lang,
                               stations: stations, errors: reports.flatMap(\.errors))
        merged.packDigest = first.packDigest
        merged.dueWithin = first.dueWithin
        merged.baseline = first.baseline
        merged.tailoring = first.tailoring
        var args = context.arguments
        if args.values("format").isEmpty { args.values["format"] = ["json"] }
        merged.divisionNames = pack.divisions
        let summary = try ReportTargets.write(merged, pack: pack, targets: try ReportTargets.parse(args), context: context).summary
        if !summary.allErrors.filter({ $0.severity == .error }).isEmpty { return .usageOrInput }
        if let failOn = try CheckCommand.failThreshold(args), summary.fails(atOrAbove: failOn) { return .failures }
        return .success
    }
}

/// Reading JSON reports given on the command line.
enum ReportFiles {
    static func read(_ path: String, lang: Language) throws -> RunReport {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path) } catch { throw InputError(error, file: path, lang: lang) }
        do { return try ReportDecoding.decode(bytes) } catch { throw InputError(error, file: path, lang: lang) }
    }
}
