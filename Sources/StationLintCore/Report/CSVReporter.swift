/// One row per station (path, name, level, division code, counts per status, score) for a
/// spreadsheet: UTF-8 with a BOM so Excel and WPS read the Chinese, RFC 4180 quoting and CRLF
/// line ends, no cell a spreadsheet would run as a formula (see `Escape.csv`), and no text a
/// spreadsheet would turn into a number: a division code stays `140105000000` (`Escape.csvText`);
/// counts and scores stay numbers.
public enum CSVReporter {
    public static func render(_ input: ReportInput) -> String {
        let run = input.run
        let l = run.lang
        let header = [l.pick("路径", "path"), l.pick("名称", "name"), l.pick("层级", "level"), l.pick("区划代码", "division_code")]
            + Status.allCases.map { l == .zh ? $0.name(.zh) : $0.rawValue } + [l.pick("得分", "score")]
            // Appended, never in between: a sheet that reads columns by position keeps working.
            + (run.baseline == nil ? [] : [l.pick("已知", "known"), l.pick("新增", "new"), l.pick("基线中已修复", "fixed_since_baseline")])
            + (run.tailoring == nil ? [] : [l.pick("剪裁", "tailoring")])
        var lines = [header.map(Escape.csv).joined(separator: ",")]
        for s in run.stations {
            let counts = s.counts
            let text = [s.path, s.name ?? "", s.level.map { l == .zh ? input.levelName($0) : $0 } ?? "", s.divisionCode ?? ""]
            let b = s.baselineCounts
            let numbers = Status.allCases.map { String(counts[$0] ?? 0) } + [formatOneDecimal(s.score)]
                + (run.baseline == nil ? [] : [b.known, b.new, b.fixed].map(String.init))
            // The tailoring that applied to the station (its file, title, approver and scope), if any.
            let tailored = run.tailoring.map { $0.applies(to: s.divisionCode) ? [$0.heading(l)] : [""] } ?? []
            lines.append((text.map(Escape.csvText) + numbers.map(Escape.csv) + tailored.map(Escape.csvText)).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
