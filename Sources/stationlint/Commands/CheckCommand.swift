import Foundation
import StationLintCore

/// `stationlint check PATH...`: checks station folders (or every station below a folder) and
/// reports per clause, in one or several formats.
enum CheckCommand: Command {
    static let formats = ReportFormat.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "check",
        summary: Localized(zh: "检查站点文件夹（或其下所有站点），逐条给出是否符合标准",
                           en: "check station folders (or every station below a folder), clause by clause"),
        usage: "stationlint check PATH... [--format F [--output FILE]]... [--as-of YYYY-MM-DD] [--deadline YYYY-MM-DD] [--due-within N] [--fail-on error|warning|never] [--shard K/N|auto] [--baseline FILE] [--write-baseline FILE] [--tailoring FILE]",
        options: [
            .value("format", formats.joined(separator: "|"), repeatable: true, "报告格式（默认 text，可重复，每个格式配一个 --output）", "report format (default text; repeatable, one --output each)"),
            .value("output", "FILE", repeatable: true, "报告写入的文件（- 为标准输出）", "file to write the report to (- for standard output)"),
            .value("as-of", "YYYY-MM-DD", "检查基准日（默认今天），所有时间窗口以此为准", "the day all time windows count back from (default today)"),
            .value("deadline", "YYYY-MM-DD", "所有不通过项的整改时限（默认按规则包的 remedy_deadlines：基准日加各严重程度的天数）",
                   "the deadline of every failure (default: the pack's remedy_deadlines, the as-of date plus the days of each severity)"),
            .value("due-within", "N", "另在基准日后第 N 天再检查一次，列出今天通过、届时将不通过的条款（即将到期）",
                   "check again as of N days later and list what passes today but would fail then (falling due)"),
            ReportTargets.failOnOption,
            ReportTargets.sarifRootOption,
            ReportTargets.onlyFailingOption,
            .value("baseline", "FILE", "与基线对照：基线中已有的不通过项（同一站点、同一规则）标为“已知”，不计入退出码；并列出基线中已修复的项。FILE 为 --write-baseline 写出的基线或任一 --format json 报告",
                   "compare with a baseline: a failure already in it (same station, same rule) is marked known and left out of the exit code; baselined failures now fixed are listed. FILE is a --write-baseline file or any --format json report"),
            .value("write-baseline", "FILE", "把本次的不通过项写成基线文件（不写入站点文件夹）", "write this check's failures as a baseline file (never inside a station folder)"),
            .value("tailoring", "FILE", "应用地区的剪裁文件（YAML）：设定参数、把规则列为不适用（须写理由和批准单位）、调整严重程度；命令行的 --param 优先于剪裁中的参数",
                   "apply a region's tailoring file (YAML): set parameters, set rules aside (with a reason and an approver), lower or raise severities; --param on the command line wins over the tailoring's parameters"),
            .value("jobs", "N", "并行数（默认全部核心）", "parallel workers (default: all cores)"),
            .flag("show-personal-data", "报告中显示完整的身份证号、电话和姓名（默认打码）", "show full ID numbers, phones and names (masked by default)"),
            .flag("quiet", "只显示不通过的条款、输入中的问题（错误与警告）和汇总", "print only failures, the input's errors and warnings, and the summary"),
        ] + ShardOption.options + PackLoading.options,
        positionalName: "PATH",
        minPositionals: 1,
        maxPositionals: nil,
        details: Localized(
            zh: """
                基线：站点按有效且不重复的区划代码识别（否则按报告中的路径），不通过项按“站点 + 规则编号”对照；
                换了站点的不通过项算新增。已知项在各格式中标为“已知”（JUnit 中为 skipped，SARIF 中 baselineState 为 unchanged）。
                剪裁文件的键可用中文或英文（名称、批准单位、适用范围、参数、不适用、严重程度）；未知的键、规则、参数，
                类型错误、重复项、缺少理由或批准单位，均以 文件:行:列 报错（退出码 2）。被剪裁为不适用的规则结果为
                not_applicable，并写明剪裁、理由和批准单位；每份报告都写明剪裁文件及其改动。
                """,
            en: """
                Baseline: a station is its valid, unique division code (else its path as the report gives it); a failure is
                matched by station and rule id, so one that moved to another station is new. Known failures are marked in
                every format (skipped in JUnit, baselineState unchanged in SARIF).
                Tailoring keys may be English or Chinese (title/名称, approved_by/批准单位, scope/适用范围, parameters/参数,
                set_aside/不适用, severity/严重程度); an unknown key, rule or parameter, a wrong type, a duplicate, a missing
                reason or approver is an error at file:line:column (exit 2). A rule set aside is not_applicable, naming the
                tailoring, the reason and the approver; every report names the tailoring file and its changes.
                """)
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let args = context.arguments
        let lang = context.lang
        let targets = try ReportTargets.parse(args)
        let failOn = try failThreshold(args)
        let asOf = try OptionValues.asOf(args)
        let deadline = try OptionValues.deadline(args, asOf: asOf)
        let dueWithin = try OptionValues.dueWithin(args)
        let jobs = try OptionValues.jobs(args)
        let pack = try PackLoading.load(args, lang: lang)
        let baseline = try args.value("baseline").map { try BaselineFiles.read($0, lang: lang) }
        let tailoring = try args.value("tailoring").map { try TailoringFiles.read($0, pack: pack, overridden: PackLoading.overridden(args), lang: lang) }
        let options = EvaluationOptions(asOf: asOf, lang: lang, showPersonalData: args.has("show-personal-data"), deadline: deadline, tailoring: tailoring)
        let evaluator = Evaluator(pack: pack, options: options)

        var (found, discoveryErrors) = Discovery.find(args.positionals, lang: lang)
        try ReportTargets.refuseInsideStations(targets, stations: found)
        if let file = args.value("write-baseline") { try ReportTargets.refuseInsideStations(files: [file], stations: found) }
        let shard = try ShardOption.resolve(args, environment: context.environment)
        let runner = BatchRunner(evaluator: evaluator, jobs: jobs, dueWithin: dueWithin)
        // Refused before any file is read when no shard could bring the count down.
        if shard == nil, let tooMany = Discovery.tooMany(found.count) { throw UsageError.other(tooMany) }
        // The declarations first (on every worker): they decide the shards, who waits for whom
        // (a county for its townships) and the baseline's station keys.
        var identities = runner.identities(found)
        if let shard {
            // A station goes with the unit of the pack's highest level it lies in (a county and
            // its townships in one shard), so clauses over other stations see all of them.
            let groups = runner.shardGroups(identities)
            found = shard.select(found) { groups[$0.path] ?? $0.path }
            // The shard keeps the stations' order, so its declarations are those of its paths, in order.
            let selected = Set(found.map(\.path))
            identities = identities.filter { selected.contains($0.path) }
            if let tooMany = Discovery.tooMany(found.count) { throw UsageError.other(tooMany) }
        }
        var progress: ProgressLine? = nil
        if context.console.stderrIsTerminal && !args.has("quiet") && found.count > 1 {
            progress = ProgressLine(console: context.console, total: found.count, lang: lang)
        }
        var run = RunReport(toolVersion: StationLintCLI.version, packID: pack.id, packTitle: pack.title, asOf: asOf, lang: lang,
                            stations: [], errors: discoveryErrors)
        run.divisionNames = pack.divisions
        run.dueWithin = dueWithin
        run.shard = shard
        run.packDigest = pack.digest.isEmpty ? nil : pack.digest
        run.tailoring = tailoring
        if let baseline {
            run.baseline = baseline.source
            run.errors += baseline.baseline.notes(for: run, source: baseline.source, knownRules: Set(pack.rules.map(\.id)))
        }
        if let shard, found.isEmpty {
            context.console.errLine(lang.pick("stationlint：分片 \(shard.index)/\(shard.count) 中没有站点（站点少于分片，或同一县的站点都在别的分片中）；报告照常写出，可以合并",
                                              "stationlint: shard \(shard.index)/\(shard.count) holds no station (fewer stations than shards, or whole counties in other shards); its report is written as usual and merges"))
        }
        let keys = Baseline.keys(identities.map { ($0.path, $0.divisionCodeText) })
        let summary = try StreamedCheck.run(runner, found, identities: identities, header: run, pack: pack, targets: targets,
                                            marker: baseline.map { Baseline.Marker($0.baseline) }, keys: keys,
                                            keepFailures: args.value("write-baseline") != nil, progress: progress, context: context)
        if let file = args.value("write-baseline") { try BaselineFiles.write(Baseline(run, digests: summary.stations), to: file, context: context) }

        if !summary.allErrors.filter({ $0.severity == .error }).isEmpty { return .usageOrInput }
        if let failOn, summary.fails(atOrAbove: failOn) { return .failures }
        return .success
    }

    /// `--fail-on`: the least severity that fails the run; nil for `never`.
    static func failThreshold(_ args: ParsedArguments) throws -> Severity? {
        switch args.value("fail-on") ?? "error" {
        case "error": return .error
        case "warning": return .warning
        case "never": return nil
        case let other: throw UsageError.invalidValue(option: "--fail-on", value: other, expected: "error|warning|never")
        }
    }
}

/// Reading `--tailoring`.
enum TailoringFiles {
    static func read(_ path: String, pack: RulePack, overridden: Set<String>, lang: Language) throws -> Tailoring {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path) } catch { throw InputError(error, file: path, lang: lang) }
        let document: YAMLDocument
        do { document = try YAMLDocument(bytes: bytes) } catch { throw InputError(error, file: path, lang: lang, source: bytes) }
        do {
            return try TailoringReader.read(document, file: path, pack: pack).without(parameters: overridden)
        } catch {
            throw InputError(error, file: path, lang: lang, source: bytes)
        }
    }
}

/// Reading `--baseline` and writing `--write-baseline`.
enum BaselineFiles {
    static func read(_ path: String, lang: Language) throws -> (baseline: Baseline, source: BaselineSource) {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path) } catch { throw InputError(error, file: path, lang: lang) }
        do {
            let baseline = try Baseline.decode(bytes)
            return (baseline, BaselineSource(file: path, digest: "sha256:" + SHA256.hex(bytes), asOf: baseline.asOf))
        } catch {
            throw InputError(error, file: path, lang: lang, source: bytes)
        }
    }

    static func write(_ baseline: Baseline, to file: String, context: CommandContext) throws {
        do {
            try Data((baseline.json().serialized() + "\n").utf8).write(to: URL(fileURLWithPath: file))
        } catch {
            throw ReportTargets.cannotWrite(file, error, context, what: Localized(zh: "无法写入基线文件", en: "cannot write the baseline file"))
        }
    }
}

/// A check's stations streamed to every report: each station checked, marked against the
/// baseline, rendered and given to every format's writer on the worker that checked it, handed
/// over in order and dropped; the writers finish from the digests.
enum StreamedCheck {
    static func run(_ runner: BatchRunner, _ found: [Discovery.Found], identities: [DeclaredStation], header run: RunReport, pack: RulePack,
                    targets: [ReportTargets.Target], marker: Baseline.Marker?, keys: [String], keepFailures: Bool,
                    progress: ProgressLine?, context: CommandContext) throws -> RunSummary {
        let header = ReportInput(header: run, pack: pack, showPersonalData: context.arguments.has("show-personal-data"))
        let open = Targets(try ReportTargets.open(targets, header, context: context))
        // One digest a station, kept to the end: room for all of them at once, not grown by doubling.
        let digests = Locked([StationDigest]())
        digests.withLock { $0.reserveCapacity(found.count) }
        let failure = Locked<(any Error)?>(nil)
        runner.stream(found, identities: identities, progress: progress.map { p -> @Sendable (Int) -> Void in { n in p.advance(n) } }, prepare: { i, report in
            var report = report
            marker?.mark(&report, key: keys[i])
            let rendered = header.rendered(report)
            let digest = StationDigest(rendered, clauses: header.clauseNumbers, keepFailures: keepFailures ? keys[i] : nil)
            return Prepared(digest: digest, parts: open.targets.map { $0.writer.part(rendered) })
        }, deliver: { _, prepared in
            digests.withLock { $0.append(prepared.digest) }
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                for (t, part) in zip(open.targets, prepared.parts) { try t.run { try t.writer.take(part, prepared.digest) } }
            } catch {
                failure.withLock { $0 = error }
            }
        })
        if let error = failure.withLock({ $0 }) { throw error }
        let summary = RunSummary(header.run, stations: digests.withLock { $0 }, context: header)
        for t in open.targets { try t.run { try t.writer.finish(summary) } }
        for t in open.targets { try t.close() }
        return summary
    }

    /// What a worker hands over for a station.
    struct Prepared: Sendable {
        let digest: StationDigest
        let parts: [StationPart]
    }

    /// The open targets, shared with the workers: they call only `part`, which reads nothing a
    /// writer changes; `take` and `finish` run one at a time (under the batch's delivery lock,
    /// then on this thread).
    final class Targets: @unchecked Sendable {
        let targets: [ReportTargets.Open]
        init(_ targets: [ReportTargets.Open]) { self.targets = targets }
    }
}
