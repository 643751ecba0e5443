import Foundation
import StationLintCore

/// The report formats `check` writes.
enum ReportFormat: String, CaseIterable {
    case text, json, markdown, html, junit, sarif, csv
    case rollupCSV = "rollup-csv"
    case xlsx
}

/// Pairs each `--format` with its `--output` and writes the reports; a report goes only where
/// `--output` says (standard output otherwise), never into a station folder.
enum ReportTargets {
    /// `--fail-on`, as `check` and `merge` both take it.
    static let failOnOption = OptionSpec.value("fail-on", "error|warning|never",
        "何种问题使退出码为 1（默认 error；warning 还包括“宜”条款不通过和输入中的警告）",
        "which problems make the exit code 1 (default error; warning adds failed 宜 clauses and input warnings)")

    /// `--only-failing`, as `check` and `merge` both take it.
    static let onlyFailingOption = OptionSpec.flag("only-failing", "文本、Markdown 和 HTML 报告只列出需整改的站点（其余仍计入汇总和排名）",
        "text, Markdown and HTML: list only the stations with something to act on (the rest still count in the summary and ranking)")

    /// `--sarif-root`, as `check` and `merge` both take it.
    static let sarifRootOption = OptionSpec.value("sarif-root", "DIR", "SARIF 中相对 URI 的起点（默认当前文件夹）", "where SARIF's relative URIs start (default: the working folder)")

    /// The SARIF root the arguments give.
    static func sarifRoot(_ args: ParsedArguments) -> SARIFRoot {
        let cwd = FileManager.default.currentDirectoryPath
        return SARIFRoot(directory: args.value("sarif-root") ?? cwd, workingDirectory: cwd)
    }

    struct Target {
        let format: ReportFormat
        /// nil: standard output.
        let file: String?
    }

    static func parse(_ args: ParsedArguments) throws -> [Target] {
        var formats: [ReportFormat] = []
        for f in args.values("format") {
            guard let format = ReportFormat(rawValue: f) else {
                let names = ReportFormat.allCases.map(\.rawValue)
                throw UsageError.invalidValue(option: "--format", value: f, expected: names.joined(separator: "|"),
                                              suggestion: DidYouMean.nearest(f, among: names))
            }
            formats.append(format)
        }
        if formats.isEmpty { formats = [.text] }
        let outputs = args.values("output")
        if outputs.count != formats.count && !(formats.count == 1 && outputs.isEmpty) {
            throw UsageError.other(Localized(zh: "每个 --format 需要各自的 --output（\(formats.count) 个格式，\(outputs.count) 个输出）",
                                             en: "each --format needs its own --output (\(formats.count) formats, \(outputs.count) outputs)"))
        }
        let targets = formats.enumerated().map { i, f in Target(format: f, file: i < outputs.count && outputs[i] != "-" ? outputs[i] : nil) }
        if targets.filter({ $0.file == nil }).count > 1 {
            throw UsageError.other(Localized(zh: "只能有一个格式写到标准输出", en: "only one format can go to standard output"))
        }
        if targets.contains(where: { $0.format == .xlsx && $0.file == nil }) {
            // A workbook is a ZIP archive: bytes that would garble a terminal and that nothing reads from a pipe.
            throw UsageError.other(Localized(
                zh: "--format xlsx 写出的是二进制的工作簿文件，不能写到终端或标准输出；请用 --output 文件名.xlsx 指定要写入的文件",
                en: "--format xlsx writes a binary workbook, which cannot go to a terminal or standard output; name the file with --output FILE.xlsx"))
        }
        return targets
    }

    /// Refuses a `--output` at or below a station folder being checked: stationlint never
    /// writes into a station folder (SPEC §2), so a report cannot land among a station's inputs
    /// or overwrite one. Links are resolved on both sides; a path not yet created is judged by
    /// the nearest folder above it that exists.
    static func refuseInsideStations(_ targets: [Target], stations: [Discovery.Found]) throws {
        try refuseInsideStations(files: targets.compactMap(\.file), stations: stations)
    }

    /// The same refusal for any file the command writes (a report, `--write-baseline`).
    static func refuseInsideStations(files: [String], stations: [Discovery.Found]) throws {
        let folders = stations.map { (path: $0.path, real: resolved($0.path)) }
        for file in files {
            let real = resolved(file)
            guard let station = folders.first(where: { real == $0.real || real.hasPrefix($0.real.hasSuffix("/") ? $0.real : $0.real + "/") }) else { continue }
            throw UsageError.other(Localized(
                zh: "报告文件 \(file) 位于站点文件夹 \(station.path) 之内；stationlint 不向站点文件夹写入任何文件，请把 --output 指到站点文件夹之外",
                en: "the report file \(file) is inside the station folder \(station.path); stationlint never writes into a station folder, so point --output outside it"))
        }
    }

    /// The absolute path with links resolved, as far up as the path exists; the rest appended.
    static func resolved(_ path: String) -> String {
        var head = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var tail: [String] = []
        while true {
            if let real = realpath(head, nil) {
                defer { free(real) }
                return ([String(cString: real)] + tail.reversed()).joined(separator: "/")
            }
            guard let slash = head.lastIndex(of: "/"), slash != head.startIndex else { return path }
            tail.append(String(head[head.index(after: slash)...]))
            head = String(head[..<slash])
        }
    }

    /// Writes every target of a run held in memory (`merge`); returns what they were made from.
    @discardableResult
    static func write(_ run: RunReport, pack: RulePack, targets: [Target], context: CommandContext) throws -> ReportInput {
        // Rendered once, in the report's language and masked, for every format.
        let input = ReportInput(run, pack: pack, showPersonalData: context.arguments.has("show-personal-data"))
        let open = try self.open(targets, input, context: context)
        for t in open { try t.run { try t.writer.write(input) } }
        for t in open { try t.close() }
        return input
    }

    /// A target with its writer and where its bytes go.
    struct Open {
        let target: Target
        let writer: any ReportWriter
        let sink: any ByteSink
        let context: CommandContext

        /// Runs a step of the writer, a failure to write given as the file's error.
        func run(_ body: () throws -> Void) throws {
            do { try body() } catch let e as InputError { throw e } catch {
                throw ReportTargets.cannotWrite(target.file ?? "-", error, context)
            }
        }

        func close() throws {
            try run {
                try sink.close()
            }
        }
    }

    /// Opens every target (files are created or truncated now) with its format's writer, which
    /// renders stations with `input` (a header input in a streaming batch).
    static func open(_ targets: [Target], _ input: ReportInput, context: CommandContext) throws -> [Open] {
        let args = context.arguments
        return try targets.map { target in
            let sink: any ByteSink
            if let file = target.file {
                do { sink = try FileSink(path: file) } catch { throw cannotWrite(file, error, context) }
            } else {
                sink = ConsoleSink(context.console)
            }
            let onlyFailing = args.has("only-failing")
            let writer: any ReportWriter
            switch target.format {
            case .text:
                writer = TextReporter(color: target.file == nil && context.colorStdout, quiet: args.has("quiet"), onlyFailing: onlyFailing).writer(input, to: sink)
            case .json: writer = JSONReporter.Writer(input, to: sink)
            case .markdown: writer = MarkdownReporter.Writer(input, to: sink, onlyFailing: onlyFailing, spool: Spool(inMemory: false))
            case .html: writer = HTMLReporter.Writer(input, to: sink, onlyFailing: onlyFailing, spool: Spool(inMemory: false))
            case .junit: writer = JUnitReporter.Writer(input, to: sink, spool: Spool(inMemory: false))
            case .sarif: writer = SARIFReporter.Writer(input, root: sarifRoot(args), to: sink, spool: Spool(inMemory: false))
            case .csv: writer = CSVReporter.Writer(input, to: sink)
            case .rollupCSV: writer = RollUpCSVReporter.Writer(input, to: sink)
            case .xlsx: writer = XLSXReporter.Writer(input, to: sink)  // parse refuses it without a file
            }
            return Open(target: target, writer: writer, sink: sink, context: context)
        }
    }

    static func cannotWrite(_ file: String, _ error: (any Error)?, _ context: CommandContext,
                            what: Localized = Localized(zh: "无法写入报告文件", en: "cannot write the report file")) -> InputError {
        InputError(file: file, failed: what, because: error, lang: context.lang)
    }
}

/// Standard output as a sink: text gathered up to a megabyte, then handed to the console (each
/// piece a writer gives is whole UTF-8 text, so a cut between pieces never splits a character).
final class ConsoleSink: ByteSink {
    let console: Console
    private var buffer: [UInt8] = []

    init(_ console: Console) { self.console = console }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    func close() throws { flush() }

    func flush() {
        guard !buffer.isEmpty else { return }
        console.out(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
    }
}
