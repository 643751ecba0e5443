import Foundation
import StationLintCore

/// `stationlint diff OLD.json NEW.json`: per station and clause, 已销号, 逾期未改, 未到期 and 新增
/// between two inspection rounds, with both as-of dates, the clause titles and the score change;
/// only the stations that changed unless `--all`. Exit 1 when a failure is new or overdue.
enum DiffCommand: Command {
    static let formats = ["text", "json", "markdown", "html"]

    static let spec = CommandSpec(
        name: "diff",
        summary: Localized(zh: "比较两轮检查的 JSON 报告：已销号、逾期未改、未到期、新增", en: "compare two rounds' JSON reports: fixed, overdue, not yet due, new"),
        usage: "stationlint diff OLD.json NEW.json [--format text|json|markdown|html] [--output FILE] [--all]",
        options: [
            .value("format", formats.joined(separator: "|"), "输出格式（默认 text）", "output format (default text)"),
            .value("output", "FILE", "写入的文件（- 为标准输出）", "file to write (- for standard output)"),
            .flag("all", "列出所有站点（默认只列有变化的站点）", "list every station (default: only those that changed)"),
        ] + PackLoading.options,
        positionalName: "OLD.json NEW.json",
        minPositionals: 2,
        maxPositionals: 2,
        details: Localized(
            zh: """
                逾期未改：两轮都不通过，且本轮基准日晚于上轮报告记录的整改时限。新增不通过若全部发现都属时间窗口类
                （台账更新、走访、活动、限期记录），标注“可能仅因基准日推后”；上轮已豁免、豁免在本轮基准日前过期的，
                标注“豁免已过期”。退出码：有新增或逾期未改为 1，否则 0；报告无法读取为 2。
                """,
            en: """
                Overdue: failing in both rounds, and the new as-of date is after the deadline the old report recorded. A new
                failure whose findings are all of a time-window kind (ledger freshness, visits, events, records within a
                window) is marked "may be only the later as-of date"; one waived before whose waiver expired is marked so.
                Exit 1 when a failure is new or overdue, else 0; 2 when a report cannot be read.
                """)
    )

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let args = context.arguments
        let lang = context.lang
        let format = args.value("format") ?? "text"
        guard formats.contains(format) else { throw UsageError.invalidValue(option: "--format", value: format, expected: formats.joined(separator: "|")) }
        let old = try ReportFiles.read(args.positionals[0], lang: lang)
        let new = try ReportFiles.read(args.positionals[1], lang: lang)
        let pack = try PackLoading.load(args, lang: lang)
        // Said again in --lang from the findings, where the reports carry them.
        func rendered(_ run: RunReport) -> RunReport {
            var copy = run
            copy.stations = run.stations.map { $0.rendered(pack, lang: lang) }
            return copy
        }
        let rules = pack.rulesByID
        let diff = ReportDiff(old: rendered(old), new: rendered(new)) { rules[$0]?.title.text(lang) ?? $0 }
        let all = args.has("all")
        let text: String
        switch format {
        case "json": text = DiffReporter.json(diff, all: all).serialized() + "\n"
        case "markdown": text = DiffReporter.markdown(diff, all: all, lang)
        case "html": text = DiffReporter.html(diff, all: all, lang)
        default: text = DiffReporter.text(diff, all: all, lang)
        }
        if let file = args.value("output"), file != "-" {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            } catch {
                throw ReportTargets.cannotWrite(file, error, context)
            }
        } else {
            context.console.out(text)
        }
        return diff.needsAction ? .failures : .success
    }
}
