/// The run as one workbook a station head or an inspector opens in Excel, WPS or LibreOffice:
/// a sheet of stations (the CSV report's columns: division codes as text cells, counts and
/// scores as numbers), a sheet of every failure (the gap list's rows, one per clause per
/// station), a sheet of the clauses to verify by hand with what the station attests and an
/// empty 核验 column to fill in, and for a batch a sheet per roll-up tier of the pack (its
/// ranking where the tier is ranked). Everything comes from `ReportInput`, already masked.
public enum XLSXReporter {
    public static func render(_ input: ReportInput) -> [UInt8] {
        let sink = MemorySink()
        try? Writer(input, to: sink).write(input)
        return sink.bytes
    }

    /// The sheets, for the writer (and for a test that reads them without unzipping).
    public static func sheets(_ input: ReportInput) -> [XLSXWriter.Sheet] {
        let writer = Writer(input, to: MemorySink())
        try? writer.feed(input)  // takes rows into memory: never throws
        return writer.sheets(input.summary)
    }

    /// The workbook a station at a time. A workbook is one archive written at the end, so this
    /// format keeps its rows (the stations' rows, failures and clauses to verify, as cells)
    /// until then: far less than the reports, but it grows with the findings, unlike the others.
    public final class Writer: ReportWriter {
        let input: ReportInput
        let sink: any ByteSink
        private var stationRows: [[Cell]] = []
        private var failureRows: [[Cell]] = []
        private var manualRows: [[Cell]] = []

        public init(_ input: ReportInput, to sink: any ByteSink) {
            self.input = input
            self.sink = sink
        }

        public func part(_ station: StationReport) -> StationPart {
            let g = GapList(station, input: input)
            return StationPart(rows: [[XLSXReporter.stationRow(station, input)], failures(g, input), manual(g)])
        }

        public func take(_ part: StationPart, _ digest: StationDigest) throws {
            stationRows += part.rows[0]
            failureRows += part.rows[1]
            manualRows += part.rows[2]
        }

        public func finish(_ summary: RunSummary) throws { try sink.write(XLSXWriter.workbook(sheets(summary))) }

        func sheets(_ summary: RunSummary) -> [XLSXWriter.Sheet] {
            let l = input.lang
            var out = [
                sheet(l.pick("站点", "Stations"), [stationsHeader(l).map(Cell.text)] + stationRows,
                      maxWidths: [40, 30, 12, 16] + Status.allCases.map { _ in 10 } + [8]),
                sheet(l.pick("不通过", "Failures"), [failuresHeader(input).map(Cell.text)] + failureRows, maxWidths: [24, 30, 10, 30, 50, 40, 12, 12, 36, 8]),
                sheet(l.pick("人工核验", "Manual"), [manualHeader(l).map(Cell.text)] + manualRows,
                      maxWidths: [24, 30, 10, 30, 50, 40, 16], minWidths: [0, 0, 0, 0, 0, 0, 16]),
            ]
            if summary.count > 1 {
                out += rollUp(summary.rollUp, l)
            }
            if let tailoring = input.run.tailoring { out.append(XLSXReporter.tailoring(tailoring, l)) }
            return out
        }
    }

    /// With `--tailoring`: the tailoring named (file, title, approver, scope) and each change.
    static func tailoring(_ t: Tailoring, _ l: Language) -> XLSXWriter.Sheet {
        let rows: [[Cell]] = [[text(t.heading(l))], [text(l.pick("改动", "Changes"))]] + t.changeLines(l).map { [text($0)] }
        return sheet(l.pick("剪裁", "Tailoring"), rows, maxWidths: [120])
    }

    typealias Cell = XLSXWriter.Cell

    static func text(_ s: String?) -> Cell { .text(s ?? "") }

    static func stationsHeader(_ l: Language) -> [String] {
        [l.pick("路径", "path"), l.pick("名称", "name"), l.pick("层级", "level"), l.pick("区划代码", "division_code")]
            + Status.allCases.map { l == .zh ? $0.name(.zh) : $0.rawValue } + [l.pick("得分", "score")]
    }

    static func stationRow(_ s: StationReport, _ input: ReportInput) -> [Cell] {
        let l = input.lang
        let counts = s.counts
        return [text(s.path), text(s.name), text(s.level.map { l == .zh ? input.levelName($0) : $0 }), text(s.divisionCode)]
            + Status.allCases.map { .number(Double(counts[$0] ?? 0)) } + [.number(s.score)]
    }

    static func failuresHeader(_ input: ReportInput) -> [String] {
        let l = input.lang
        return [l.pick("站点", "Station"), l.pick("路径", "Path"), l.pick("条款", "Clause"), l.pick("要求", "Requirement"),
                l.pick("现状", "Finding"), l.pick("整改建议", "Remedy"), l.pick("严重程度", "Severity"), l.pick("整改时限", "Deadline"), l.pick("位置", "Location")]
            + (input.run.baseline == nil ? [] : [l.pick("基线", "Baseline")])
    }

    static func failures(_ g: GapList, _ input: ReportInput) -> [[Cell]] {
        let l = input.lang
        return g.items.map { item in
            var locations = item.locations
            if item.moreLocations > 0 { locations.append(l.pick("另有 \(item.moreLocations) 处", "and \(item.moreLocations) more")) }
            return [text(GapList.stationName(g.station)), text(g.station.path), text(item.clause), text(item.requirement),
                    text(item.finding), text(item.remedy), text(item.severity), text(item.deadline), text(locations.joined(separator: "\n"))]
                + (input.run.baseline == nil ? [] : [text(item.baseline?.name(l))])
        }
    }

    static func manualHeader(_ l: Language) -> [String] {
        [l.pick("站点", "Station"), l.pick("路径", "Path"), l.pick("条款", "Clause"), l.pick("要求", "Requirement"),
         l.pick("核验内容", "To verify"), l.pick("站点自述", "Attestation"), l.pick("核验", "Verified")]
    }

    static func manual(_ g: GapList) -> [[Cell]] {
        // The 核验 column stays empty: the inspector fills it in.
        g.manual.map { m in
            [text(GapList.stationName(g.station)), text(g.station.path), text(m.clause), text(m.requirement),
             text(m.toVerify), text(m.attestation), .empty]
        }
    }

    /// A sheet per tier of the pack that has units, in the pack's order.
    static func rollUp(_ r: RollUp, _ l: Language) -> [XLSXWriter.Sheet] {
        r.tiers.filter { !$0.units.isEmpty }.map { tier, units in
            var header = [l.pick("代码", "code"), l.pick("名称", "name"), l.pick("站点", "stations"), l.pick("不通过", "failing"),
                          l.pick("平均分", "mean score"), l.pick("最常不通过的条款", "most failed")]
            if tier.ranked { header.insert(l.pick("名次", "rank"), at: 0) }
            var rows: [[Cell]] = [header.map(Cell.text)]
            for u in units {
                var row: [Cell] = [text(u.code), text(u.name), .number(Double(u.stations)), .number(Double(u.failing)),
                                   .number((u.meanScore * 10).rounded() / 10), text(RollUpTable.mostFailed(u))]
                if tier.ranked { row.insert(u.rank.map { .number(Double($0)) } ?? .empty, at: 0) }
                rows.append(row)
            }
            let widths: [Double] = (tier.ranked ? [6] : []) + [16, 24, 8, 8, 8, 30]
            return sheet(tier.title.text(l), rows, maxWidths: widths)
        }
    }

    /// A sheet whose columns are as wide as their widest cell (in display columns, a Chinese
    /// character two), between the header's width and `maxWidths` (long text wraps).
    static func sheet(_ name: String, _ rows: [[Cell]], maxWidths: [Double], minWidths: [Double] = []) -> XLSXWriter.Sheet {
        let columns = rows.map(\.count).max() ?? 0
        var widths: [Double] = []
        for c in 0..<columns {
            var w = 0
            for row in rows where c < row.count {
                switch row[c] {
                case .text(let t): w = max(w, t.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0)
                case .number(let v): w = max(w, XLSXWriter.number(v).count)
                case .empty: break
                }
            }
            let cap = c < maxWidths.count ? maxWidths[c] : 40
            let floor = c < minWidths.count ? minWidths[c] : 0
            widths.append(max(floor, min(cap, Double(w + 2))))
        }
        return XLSXWriter.Sheet(name: name, widths: widths, rows: rows)
    }
}
