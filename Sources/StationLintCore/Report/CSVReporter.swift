/// One row per station (path, name, level, division code, counts per status, score) for a
/// spreadsheet: UTF-8 with a BOM so Excel and WPS read the Chinese, RFC 4180 quoting and CRLF
/// line ends, no cell a spreadsheet would run as a formula (see `Escape.csv`), and no text a
/// spreadsheet would turn into a number: a division code stays `140105000000` (`Escape.csvText`);
/// counts and scores stay numbers.
public enum CSVReporter {
    public static func render(_ input: ReportInput) -> String {
        let sink = MemorySink()
        try? Writer(input, to: sink).write(input)
        return sink.text
    }

    /// The rows a station at a time, straight to the sink: nothing in the sheet depends on the
    /// whole run (whether there is a baseline or a tailoring is known before the first station).
    public final class Writer: ReportWriter {
        let input: ReportInput
        let sink: any ByteSink
        private var started = false

        public init(_ input: ReportInput, to sink: any ByteSink) {
            self.input = input
            self.sink = sink
        }

        public func part(_ s: StationReport) -> StationPart {
            let run = input.run
            let l = run.lang
            let counts = s.counts
            let text = [s.path, s.name ?? "", s.level.map { l == .zh ? input.levelName($0) : $0 } ?? "", s.divisionCode ?? ""]
            let b = s.baselineCounts
            let numbers = Status.allCases.map { String(counts[$0] ?? 0) } + [formatOneDecimal(s.score)]
                + (run.baseline == nil ? [] : [b.known, b.new, b.fixed].map(String.init))
            // The tailoring that applied to the station (its file, title, approver and scope), if any.
            let tailored = run.tailoring.map { $0.applies(to: s.divisionCode) ? [$0.heading(l)] : [""] } ?? []
            return StationPart(Array(("\r\n" + (text.map(Escape.csvText) + numbers.map(Escape.csv) + tailored.map(Escape.csvText)).joined(separator: ",")).utf8))
        }

        public func take(_ part: StationPart, _ digest: StationDigest) throws {
            try head()
            try sink.write(part.bytes)
        }

        public func finish(_ summary: RunSummary) throws {
            try head()
            try sink.write("\r\n")
        }

        private func head() throws {
            guard !started else { return }
            started = true
            let run = input.run
            let l = run.lang
            let header = [l.pick("路径", "path"), l.pick("名称", "name"), l.pick("层级", "level"), l.pick("区划代码", "division_code")]
                + Status.allCases.map { l == .zh ? $0.name(.zh) : $0.rawValue } + [l.pick("得分", "score")]
                // Appended, never in between: a sheet that reads columns by position keeps working.
                + (run.baseline == nil ? [] : [l.pick("已知", "known"), l.pick("新增", "new"), l.pick("基线中已修复", "fixed_since_baseline")])
                + (run.tailoring == nil ? [] : [l.pick("剪裁", "tailoring")])
            try sink.write("\u{FEFF}" + header.map(Escape.csv).joined(separator: ","))
        }
    }
}
