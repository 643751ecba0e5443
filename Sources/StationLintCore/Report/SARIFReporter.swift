import Foundation

/// SARIF 2.1.0: one run; every rule of the pack in `tool.driver.rules`, then the three input
/// rules (`input/error`, `input/warning`, `input/note`); a result for each fail, unreadable
/// clause and waived fail (suppressed, with the waiver's reason), and for each error, warning
/// and note about a station's input or a path given. Files inside the root (`--sarif-root`,
/// default the working folder) are URIs relative to `SRCROOT`, which `originalUriBaseIds`
/// gives as a `file://` URI; files outside it are absolute `file://` URIs. A result with no
/// file of its own is anchored at the station's declaration, line 1. Columns count Unicode
/// scalars, as `Mark` does, so the run says `columnKind: unicodeCodePoints`. No URL is fetched.
public enum SARIFReporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The `uriBaseId` of every relative URI.
    public static let baseID = "SRCROOT"

    public static func render(_ input: ReportInput, root: SARIFRoot = .workingDirectory) -> String {
        let sink = MemorySink()
        try? Writer(input, root: root, to: sink, spool: Spool(inMemory: true)).write(input)
        return sink.text
    }

    /// The level `runs[0].results` is written at: its items are one deeper.
    static let resultsLevel = 3

    /// The log a station at a time: the run's invocation, which lists every unreadable input,
    /// comes before its results, so each station's results go to the spool until the end and
    /// are spliced into the `results` array of the log written around them.
    public final class Writer: ReportWriter {
        let input: ReportInput
        let root: SARIFRoot
        let sink: any ByteSink
        let spool: Spool
        let ruleIndex: [String: Int]

        public init(_ input: ReportInput, root: SARIFRoot, to sink: any ByteSink, spool: Spool) {
            self.input = input
            self.root = root
            self.sink = sink
            self.spool = spool
            var ruleIndex: [String: Int] = [:]
            for (i, r) in input.ruleList.enumerated() where ruleIndex[r.id] == nil { ruleIndex[r.id] = i }
            for (i, r) in InputRule.allCases.enumerated() { ruleIndex[r.rawValue] = input.ruleList.count + i }
            self.ruleIndex = ruleIndex
        }

        /// The station's results, each after a comma (the first of the log drops its comma).
        public func part(_ s: StationReport) -> StationPart { StationPart(items(partResults(s))) }

        func partResults(_ s: StationReport) -> [JSON] {
            let l = input.lang
            let declaration = declarationFile(s)
            var results: [JSON] = []
            for r in s.results where r.status == .fail || r.status == .error || r.status == .waived {
                results.append(result(r, s, ruleIndex[r.rule], l, root: root, declaration: declaration))
            }
            for f in s.baselineFixed ?? [] {
                results.append(fixedResult(f, s, ruleIndex[f.rule], l, root: root, declaration: declaration))
            }
            for d in (s.errors + s.warnings).map({ $0.inStation(s.path) }) {
                results.append(inputResult(d, station: s.path, ruleIndex, root: root, declaration: declaration))
            }
            return results
        }

        func items(_ results: [JSON]) -> [UInt8] {
            var out: [UInt8] = []
            for r in results {
                out.append(0x2C)
                JSON.newline(&out, true, resultsLevel + 1)
                r.write(into: &out, pretty: true, level: resultsLevel + 1)
            }
            return out
        }

        public func take(_ part: StationPart, _ digest: StationDigest) throws { try spool.append(part.bytes) }

        public func finish(_ summary: RunSummary) throws {
            let marker = "\u{1}stationlint results\u{1}"
            let log = sarif(input, summary, root: root, results: .string(marker)).serialized()
            var quoted: [UInt8] = []
            JSON.writeString(marker, into: &quoted)
            let bytes = Array(log.utf8)
            // The last occurrence: `results` is the log's last field, after every input's text.
            guard let start = (0...(bytes.count - quoted.count)).reversed().first(where: { bytes[$0..<$0 + quoted.count].elementsEqual(quoted) }) else { return }
            let at = start..<start + quoted.count
            var first = true
            func add(_ part: [UInt8]) throws {
                guard !part.isEmpty else { return }
                try sink.write(first ? [0x5B] + part.dropFirst() : part)
                first = false
            }
            try sink.write(Array(bytes[..<at.lowerBound]))
            for k in 0..<spool.count { try add(try spool.part(k)) }
            try add(items(input.run.errors.map { inputResult($0, station: nil, ruleIndex, root: root, declaration: nil) }))
            var close: [UInt8] = []
            if first {
                close.append(contentsOf: "[]".utf8)
            } else {
                JSON.newline(&close, true, resultsLevel)
                close.append(0x5D)
            }
            try sink.write(close + Array(bytes[at.upperBound...]) + [0x0A])
        }
    }

    /// The SARIF log as a tree (a report held in memory, or a test reading the log's fields).
    public static func sarif(_ input: ReportInput, root: SARIFRoot = .workingDirectory) -> JSON {
        let writer = Writer(input, root: root, to: MemorySink(), spool: Spool(inMemory: true))
        var results: [JSON] = []
        for s in input.run.stations { results += writer.partResults(s) }
        results += input.run.errors.map { inputResult($0, station: nil, writer.ruleIndex, root: root, declaration: nil) }
        return sarif(input, input.summary, root: root, results: .array(results))
    }

    /// The log around its results.
    static func sarif(_ input: ReportInput, _ summary: RunSummary, root: SARIFRoot, results: JSON) -> JSON {
        let run = input.run
        let l = run.lang
        let notifications = summary.allErrors.map { d in
            JSON.object([
                ("level", .string(InputRule(d.severity).level)),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([location(d.location.file, line: d.location.line, column: d.location.column, root: root)])),
            ])
        }
        let driver: JSON = .object([
            ("name", .string("stationlint")),
            ("version", .string(run.toolVersion)),
            ("semanticVersion", .string(run.toolVersion)),
            ("rules", .array(input.ruleList.map { rule($0, l) } + InputRule.allCases.map { $0.descriptor(l) })),
        ])
        return .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(!summary.allErrors.contains { $0.severity == .error })),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("originalUriBaseIds", .object([(baseID, .object([("uri", .string(root.uri))]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("properties", .object([
                    ("rulePack", .string(run.packID)), ("asOf", .string(run.asOf.description)), ("lang", .string(l.rawValue)),
                ] + (run.shard.map { [("shard", JSON.object([("index", .int($0.index)), ("total", .int($0.count)), ("empty", .bool(summary.count == 0))]))] } ?? [])
                  + (run.baseline.map { [("baseline", $0.json([("counts", baselineCountsJSON(summary.baselineCounts))]))] } ?? [])
                  + (run.tailoring.map { [("tailoring", $0.json())] } ?? []))),
                ("results", results),
            ])])),
        ])
    }

    static func rule(_ r: Rule, _ l: Language) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(r.id)),
            ("name", .string("clause-" + r.clause)),
            ("shortDescription", .object([("text", .string(r.title.text(l)))])),
            ("fullDescription", .object([("text", .string(r.text))])),
        ]
        let remedy = r.remedy.text(l)
        if !remedy.isEmpty { fields.append(("help", .object([("text", .string(remedy))]))) }
        fields.append(("defaultConfiguration", .object([("level", .string(level(r.severity)))])))
        fields.append(("properties", .object([
            ("clause", .string(r.clause)),
            ("levels", .array(r.levels.map { .string($0) })),
            ("modality", .string(r.modality.rawValue)),
            ("tags", .array([.string(r.manual == nil ? "automatic" : "manual")])),
        ])))
        return .object(fields)
    }

    static func result(_ r: RuleResult, _ s: StationReport, _ index: Int?, _ l: Language, root: SARIFRoot, declaration: String) -> JSON {
        var fields: [(String, JSON)] = [("ruleId", .string(r.rule))]
        if let index { fields.append(("ruleIndex", .int(index))) }
        fields.append(("level", .string(r.status == .error ? "error" : level(r.severity ?? .error))))
        var text = r.message
        if r.status == .error { text = Status.error.name(l) + l.pick("：", ": ") + text }
        fields.append(("message", .object([("text", .string(text))])))
        let locations = r.locations.isEmpty
            ? [location(joinPath(s.path, declaration), line: 1, column: nil, root: root)]
            : r.locations.map { location(joinPath(s.path, $0.file), line: $0.line, column: $0.column, root: root) }
        fields.append(("locations", .array(locations)))
        fields.append(("partialFingerprints", .object([("stationRule/v1", .string(s.path + "|" + r.rule))])))
        if let mark = r.baseline { fields.append(("baselineState", .string(mark == .known ? "unchanged" : "new"))) }
        if r.status == .waived, let w = r.waiver {
            var suppression: [(String, JSON)] = [("kind", .string("external")), ("status", .string("accepted"))]
            var about: [String] = []
            if !w.approvedBy.isEmpty { about.append(l.pick("批准单位：\(w.approvedBy)", "approved by \(w.approvedBy)")) }
            if let e = w.expires { about.append(l.pick("有效期至 \(e)", "until \(e)")) }
            let justification = w.reason + (about.isEmpty ? "" : l.pick("（" + about.joined(separator: "；") + "）", " (" + about.joined(separator: ", ") + ")"))
            suppression.append(("justification", .string(justification)))
            fields.append(("suppressions", .array([.object(suppression)])))
        }
        fields.append(("properties", .object([
            ("station", .string(s.path)), ("clause", .string(r.clause)), ("status", .string(r.status.rawValue)),
            ("remedy", .string(r.remedy)),
        ])))
        return .object(fields)
    }

    /// A baselined failure that now passes: `baselineState: absent`, of kind `pass` (its level
    /// `none`, as SARIF requires of a result that is not a failure), at the station's declaration.
    static func fixedResult(_ f: BaselineFixed, _ s: StationReport, _ index: Int?, _ l: Language, root: SARIFRoot, declaration: String) -> JSON {
        var fields: [(String, JSON)] = [("ruleId", .string(f.rule))]
        if let index { fields.append(("ruleIndex", .int(index))) }
        fields += [
            ("kind", .string("pass")),
            ("level", .string("none")),
            ("message", .object([("text", .string(l.pick("基线中已修复", "fixed since the baseline") + (f.message.isEmpty ? "" : l.pick("（基线时：", " (then: ") + f.message + l.pick("）", ")"))))])),
            ("locations", .array([location(joinPath(s.path, declaration), line: 1, column: nil, root: root)])),
            ("partialFingerprints", .object([("stationRule/v1", .string(s.path + "|" + f.rule))])),
            ("baselineState", .string("absent")),
            ("properties", .object([("station", .string(s.path)), ("clause", .string(f.clause)), ("status", .string(Status.pass.rawValue))])),
        ]
        return .object(fields)
    }

    /// A result for an error, warning or note about an input file (already joined to its station).
    static func inputResult(_ d: Diagnostic, station: String?, _ ruleIndex: [String: Int], root: SARIFRoot, declaration: String?) -> JSON {
        let rule = InputRule(d.severity)
        var file = d.location.file
        var line: Int? = d.location.line
        if let station, let declaration, file.isEmpty || file == station || file == station + "/" {
            file = joinPath(station, declaration)
            line = 1
        }
        var properties: [(String, JSON)] = []
        if let station { properties.append(("station", .string(station))) }
        return .object([
            ("ruleId", .string(rule.rawValue)),
            ("ruleIndex", .int(ruleIndex[rule.rawValue] ?? 0)),
            ("level", .string(rule.level)),
            ("message", .object([("text", .string(d.message))])),
            ("locations", .array([location(file, line: line, column: d.location.column, root: root)])),
            ("partialFingerprints", .object([("stationInput/v1", .string((station ?? "") + "|" + d.formatted))])),
            ("properties", .object(properties)),
        ])
    }

    /// The station's declaration file: the one its results and problems name (`站点.yaml` for a
    /// station that uses the Chinese name), else `station.yaml`.
    static func declarationFile(_ s: StationReport) -> String {
        let files = s.results.flatMap { $0.locations.map(\.file) } + (s.errors + s.warnings).map(\.location.file)
        return StationLoader.declarationNames.first { files.contains($0) } ?? StationLoader.declarationNames[0]
    }

    static func location(_ file: String, line: Int?, column: Int?, root: SARIFRoot) -> JSON {
        var physical: [(String, JSON)] = [("artifactLocation", .object(root.artifactLocation(file)))]
        if let line, line >= 1 {
            var region: [(String, JSON)] = [("startLine", .int(line))]
            if let column, column >= 1 { region.append(("startColumn", .int(column))) }
            physical.append(("region", .object(region)))
        }
        return .object([("physicalLocation", .object(physical))])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}

/// The rules for what is wrong with the input rather than with the station: one per severity.
/// A diagnostic carries no kind (an unknown key, an unreadable date and an expired waiver are
/// all plain warnings), so the severity is the one honest grouping; the message says the rest.
public enum InputRule: String, CaseIterable, Sendable {
    case error = "input/error"
    case warning = "input/warning"
    case note = "input/note"

    init(_ severity: Diagnostic.Severity) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        case .note: self = .note
        }
    }

    var level: String {
        switch self {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    func descriptor(_ l: Language) -> JSON {
        let (name, short, full): (String, String, String)
        switch self {
        case .error:
            name = "input-error"
            short = l.pick("输入无法读取", "input that cannot be read")
            full = l.pick("站点文件夹中的文件（station.yaml、台账、豁免）或给出的路径无法读取或不符合格式；受影响的条款无法判定。",
                          "A file of the station folder (station.yaml, a ledger, waivers) or a path given cannot be read or does not fit its format; the clauses that need it cannot be judged.")
        case .warning:
            name = "input-warning"
            short = l.pick("输入中的问题", "a problem in the input")
            full = l.pick("输入可以读取，但有需要改正之处：未知的键、无条款判定的台账中的无效值、已过期的豁免等。",
                          "The input can be read but has something to fix: an unknown key, an invalid value in a ledger no clause judges, an expired waiver, and the like.")
        case .note:
            name = "input-note"
            short = l.pick("对输入的说明", "a note on the input")
            full = l.pick("对无需改正的输入所做的处理（例如跳过的标题行），不是问题。",
                          "What was done with input that is fine as it is (a title row skipped, say); not a problem.")
        }
        return .object([
            ("id", .string(rawValue)),
            ("name", .string(name)),
            ("shortDescription", .object([("text", .string(short))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("defaultConfiguration", .object([("level", .string(level))])),
            ("properties", .object([("tags", .array([.string("input")]))])),
        ])
    }
}

/// Where SARIF's relative URIs start: `--sarif-root`, by default the working folder. Paths are
/// made absolute against the working folder and compared as text (`.` and `..` folded, links
/// not followed), so the same run gives the same URIs wherever the folders are linked from.
public struct SARIFRoot: Sendable, Equatable {
    /// Absolute, with no trailing `/` (the file system's root is the empty string).
    public let directory: String
    /// The working folder that relative station paths start from.
    public let workingDirectory: String

    public init(directory: String, workingDirectory: String) {
        self.workingDirectory = SARIFRoot.normalize(workingDirectory)
        self.directory = SARIFRoot.normalize(directory.hasPrefix("/") ? directory : workingDirectory + "/" + directory)
    }

    public static var workingDirectory: SARIFRoot {
        let cwd = FileManager.default.currentDirectoryPath
        return SARIFRoot(directory: cwd, workingDirectory: cwd)
    }

    /// The root as `originalUriBaseIds` gives it: a `file://` URI ending in `/`.
    public var uri: String { "file://" + Escape.uriPath(directory + "/") }

    /// `uri` plus `uriBaseId` for a file inside the root; an absolute `file://` URI otherwise.
    public func artifactLocation(_ file: String) -> [(String, JSON)] {
        let absolute = SARIFRoot.normalize(file.hasPrefix("/") ? file : workingDirectory + "/" + file)
        let prefix = directory + "/"
        if absolute.hasPrefix(prefix) {
            return [("uri", .string(Escape.uriPath(String(absolute.dropFirst(prefix.count))))), ("uriBaseId", .string(SARIFReporter.baseID))]
        }
        return [("uri", .string("file://" + Escape.uriPath(absolute)))]
    }

    /// `/a/./b/../c/` → `/a/c` (lexically; no trailing slash).
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return parts.isEmpty ? "" : "/" + parts.joined(separator: "/")
    }
}
