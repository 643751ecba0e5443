/// The JSON report, contract version 1 (SPEC §10): fields may be added, never renamed. Every
/// other format can be derived from it.
public enum JSONReporter {
    public static func render(_ input: ReportInput) -> String {
        let sink = MemorySink()
        try? Writer(input, to: sink).write(input)
        return sink.text
    }

    /// The same bytes as `render`, handed to `sink` a station at a time.
    public static func write(_ input: ReportInput, to sink: @escaping ([UInt8]) throws -> Void) throws {
        try Writer(input, to: ClosureSink(sink)).write(input)
    }

    /// The report a station at a time: the run's fields, then each station's part of the
    /// `stations` array as it comes (laid out as `JSON.write` lays out an array at level 1),
    /// then the errors, the summary and the roll-up from the digests.
    public final class Writer: ReportWriter {
        let input: ReportInput
        let sink: any ByteSink
        private var taken = 0

        public init(_ input: ReportInput, to sink: any ByteSink) {
            self.input = input
            self.sink = sink
        }

        public func part(_ station: StationReport) -> StationPart {
            var out: [UInt8] = []
            JSON.newline(&out, true, 2)
            station.json().write(into: &out, pretty: true, level: 2)
            return StationPart(out)
        }

        public func take(_ part: StationPart, _ digest: StationDigest) throws {
            if taken == 0 { try head(empty: false) }
            try sink.write(taken == 0 ? part.bytes : [0x2C] + part.bytes)
            taken += 1
        }

        public func finish(_ summary: RunSummary) throws {
            var out: [UInt8] = []
            if taken == 0 {
                try head(empty: true)
                out.append(contentsOf: "[]".utf8)
            } else {
                JSON.newline(&out, true, 1)
                out.append(0x5D)
            }
            // `,` and the next key of the report's object, up to its value.
            func key(_ name: String) {
                out.append(0x2C)
                JSON.newline(&out, true, 1)
                JSON.writeString(name, into: &out)
                out.append(contentsOf: ": ".utf8)
            }
            for pair in input.run.jsonTail(summary) {
                key(pair.0)
                pair.1.write(into: &out, pretty: true, level: 1)
            }
            if summary.count > 1 {
                key("rollup")
                try summary.rollUp.writeJSON(into: &out, level: 1) { written in
                    try sink.write(written)
                    written.removeAll(keepingCapacity: true)
                }
            }
            JSON.newline(&out, true, 0)
            out.append(contentsOf: "}\n".utf8)
            try sink.write(out)
        }

        /// `{` and the fields before `stations`, up to its value.
        private func head(empty: Bool) throws {
            var out: [UInt8] = [0x7B]
            for pair in input.run.jsonHead(empty: empty) {
                JSON.newline(&out, true, 1)
                JSON.writeString(pair.0, into: &out)
                out.append(contentsOf: ": ".utf8)
                pair.1.write(into: &out, pretty: true, level: 1)
                out.append(0x2C)
            }
            JSON.newline(&out, true, 1)
            JSON.writeString("stations", into: &out)
            out.append(contentsOf: ": ".utf8)
            if !empty { out.append(0x5B) }
            try sink.write(out)
        }
    }
}

/// A sink that hands each piece to a closure.
final class ClosureSink: ByteSink {
    let body: ([UInt8]) throws -> Void
    init(_ body: @escaping ([UInt8]) throws -> Void) { self.body = body }
    func write(_ bytes: [UInt8]) throws { try body(bytes) }
}

extension RunReport {
    /// The report's top-level fields before `stations`; `empty` when it has none.
    func jsonHead(empty: Bool) -> [(String, JSON)] {
        var fields: [(String, JSON)] = [
            ("schemaVersion", .int(RunReport.schemaVersion)),
            ("tool", .object([("name", .string("stationlint")), ("version", .string(toolVersion))])),
            ("rulePack", .object([("id", .string(packID)), ("title", .string(packTitle.text(lang)))]
                                 + (packDigest.map { [("digest", .string($0))] } ?? []))),
            ("asOf", .string(asOf.description)),
            ("lang", .string(lang.rawValue)),
        ]
        if let dueWithin { fields.append(("dueWithin", .int(dueWithin))) }
        if let baseline { fields.append(("baseline", baseline.json())) }
        if let tailoring { fields.append(("tailoring", tailoring.json())) }
        if let shard {
            // Only in a shard's report: `merge` checks the set is whole; an empty shard says so.
            fields.append(("shard", .object([("index", .int(shard.index)), ("total", .int(shard.count)), ("empty", .bool(empty))])))
        }
        return fields
    }

    /// The fields after `stations`: the unreadable inputs and the summary (for a batch, the
    /// roll-up follows them, written by `RollUp.writeJSON`).
    func jsonTail(_ summary: RunSummary) -> [(String, JSON)] {
        let totals = summary.statusTotals
        return [
            ("errors", .array(summary.allErrors.map { $0.json() })),
            ("summary", .object([
                ("stations", .int(summary.count)),
                ("failing", .int(summary.failingStations(atOrAbove: .info))),
                ("failingErrors", .int(summary.failingStations(atOrAbove: .error))),
                ("byStatus", .object(Status.allCases.map { ($0.rawValue, .int(totals[$0] ?? 0)) })),
            ] + (baseline == nil ? [] : [("baseline", baselineCountsJSON(summary.baselineCounts))]))),
        ]
    }
}

extension StationReport {
    public func json() -> JSON {
        let c = counts
        return .object([
            ("path", .string(path)),
            ("name", name.map { .string($0) } ?? .null),
            ("level", level.map { .string($0) } ?? .null),
            ("divisionCode", divisionCode.map { .string($0) } ?? .null),
            ("score", .oneDecimal(score)),
            ("counts", .object(Status.allCases.map { ($0.rawValue, .int(c[$0] ?? 0)) })),
            ("results", .array(results.map { $0.json() })),
            ("warnings", .array(warnings.map { $0.json() })),
        ] + (dueSoon.map { [("dueSoon", .array($0.map { $0.json() }))] } ?? [])
          + (baselineFixed.map { [("baselineFixed", .array($0.map { f in
                .object([("rule", .string(f.rule)), ("clause", .string(f.clause)), ("message", .string(f.message))]) }))] } ?? []))
    }
}

extension BaselineSource {
    /// `{"file", "digest", "asOf"}`.
    public func json(_ extra: [(String, JSON)] = []) -> JSON {
        .object([("file", .string(file)), ("digest", .string(digest)), ("asOf", .string(asOf.description))] + extra)
    }
}

/// `{"known": 3, "new": 1, "fixed": 2}`.
func baselineCountsJSON(_ c: (known: Int, new: Int, fixed: Int)) -> JSON {
    .object([("known", .int(c.known)), ("new", .int(c.new)), ("fixed", .int(c.fixed))])
}

extension DueSoon {
    /// `{"rule", "clause", "by", "exact", "message", "findings"}`: `by` is the first day the rule
    /// fails when `exact`, else the end of the window (it fails by then at the latest).
    public func json() -> JSON {
        var fields: [(String, JSON)] = [
            ("rule", .string(rule)), ("clause", .string(clause)), ("by", .string(by.description)), ("exact", .bool(exact)),
            ("message", .string(result.message)),
        ]
        if !result.said.isEmpty { fields.append(("findings", .array(result.said.map { $0.json() }))) }
        return .object(fields)
    }
}

extension RuleResult {
    public func json() -> JSON {
        var fields: [(String, JSON)] = [
            ("rule", .string(rule)), ("clause", .string(clause)), ("status", .string(status.rawValue)),
            ("severity", severity.map { .string($0.rawValue) } ?? .null),
            ("message", .string(message)), ("remedy", .string(remedy)),
            ("locations", .array(locations.map { $0.json() })),
        ]
        if let deadline { fields.append(("deadline", .string(deadline.description))) }
        if let baseline { fields.append(("baseline", .string(baseline.rawValue))) }
        if !notes.isEmpty { fields.append(("notes", .array(notes.map { .string($0) }))) }
        // What is needed to render the result again (`merge --lang`): the findings as data.
        // A plain pass ("符合要求", most results) writes none: a pass without findings or notes
        // reads back as one (`ReportDecoding`).
        if !said.isEmpty && said != [Message(CommonMessages.meets)] { fields.append(("findings", .array(said.map { $0.json() }))) }
        if !noted.isEmpty { fields.append(("noteFindings", .array(noted.map { $0.json() }))) }
        if let attestation { fields.append(("attestation", .string(attestation))) }
        if let waiver {
            fields.append(("waiver", .object([
                ("reason", .string(waiver.reason)), ("approvedBy", .string(waiver.approvedBy)),
                ("expires", waiver.expires.map { .string($0.description) } ?? .null),
            ])))
        }
        fields.append(("weight", .number(formatWeight(weight))))
        fields.append(("requirement", .bool(requirement)))
        return .object(fields)
    }
}

extension Location {
    public func json() -> JSON { .object(jsonFields) }

    /// `file`, `line`, `column`, and in a workbook `sheet` and `cell` (SPEC §5a: `line` is the row).
    var jsonFields: [(String, JSON)] {
        var fields: [(String, JSON)] = [("file", .string(file)), ("line", .int(line)), ("column", .int(column))]
        if let sheet, let cell { fields += [("sheet", .string(sheet)), ("cell", .string(cell))] }
        return fields
    }
}

extension Diagnostic {
    public func json() -> JSON {
        .object(location.jsonFields + [("severity", .string(severity.rawValue)), ("message", .string(message))])
    }
}

/// A weight as JSON writes it: `2`, `0.5`; Swift's own form beyond 10^15 (never an integer
/// conversion that traps).
func formatWeight(_ w: Double) -> String {
    w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
}
