/// JUnit XML for CI (GitLab, Jenkins): one `<testsuite>` per station (named by its path), one
/// `<testcase>` per rule; fail → `<failure type=severity>` with the remedy and locations in its
/// body, unreadable → `<error>`, manual / not applicable / waived → `<skipped>`. Inputs that
/// could not be read become `<error>` test cases of their own; a station's input warnings are
/// one `input/warning` test case with a `<failure type="warning">` listing them (GitLab and
/// Jenkins list failures; a `<system-err>` alone counts as passed and is shown to nobody), and
/// its notes one passing `input/note` case with them in `<system-out>`. Everything is XML-escaped.
public enum JUnitReporter {
    public static func render(_ input: ReportInput) -> String {
        let sink = MemorySink()
        try? Writer(input, to: sink, spool: Spool(inMemory: true)).write(input)
        return sink.text
    }

    /// The report a station at a time: the `<testsuites>` element opens with the totals, so each
    /// station's suite goes to the spool until the end.
    public final class Writer: ReportWriter {
        let input: ReportInput
        let lines: LineSink
        let spool: Spool
        private var total = Tally()

        public init(_ input: ReportInput, to sink: any ByteSink, spool: Spool) {
            self.input = input
            lines = LineSink(sink)
            self.spool = spool
        }

        public func part(_ station: StationReport) -> StationPart {
            let (suite, tally) = JUnitReporter.suite(station, input.run)
            return StationPart(Array(suite.joined(separator: "\n").utf8), tally: [tally.tests, tally.failures, tally.errors, tally.skipped])
        }

        public func take(_ part: StationPart, _ digest: StationDigest) throws {
            total.add(Tally(tests: part.tally[0], failures: part.tally[1], errors: part.tally[2], skipped: part.tally[3]))
            try spool.append(part.bytes)
        }

        public func finish(_ summary: RunSummary) throws {
            let run = input.run
            let x = Escape.xml
            let l = run.lang
            var errorSuite: [String] = []
            var total = self.total
            if !run.errors.isEmpty {
                var tally = Tally()
                var cases: [String] = []
                for d in run.errors {
                    tally.tests += 1
                    tally.errors += 1
                    cases += ["    <testcase classname=\"stationlint\" name=\"\(x(d.location.file))\">",
                              "      <error message=\"\(x(d.message))\" type=\"input\">\(Escape.xmlText(d.formatted))</error>", "    </testcase>"]
                }
                total.add(tally)
                errorSuite.append("  <testsuite name=\"\(x(l.pick("输入", "inputs")))\" tests=\"\(tally.tests)\" failures=\"0\" errors=\"\(tally.errors)\" skipped=\"0\">")
                errorSuite += cases
                errorSuite.append("  </testsuite>")
            }
            try lines.add(["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                           "<testsuites name=\"stationlint\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"\(total.errors)\" skipped=\"\(total.skipped)\">"])
            for k in 0..<spool.count { try lines.add(bytes: try spool.part(k)) }
            try lines.add(errorSuite + ["</testsuites>", ""])
        }
    }

    /// A station's `<testsuite>` and its counts.
    static func suite(_ s: StationReport, _ run: RunReport) -> ([String], Tally) {
        let x = Escape.xml
        let l = run.lang
        var suites: [String] = []
        var tally = Tally()
        var cases: [String] = []
        for r in s.results {
            tally.tests += 1
            let open = "    <testcase classname=\"\(x(s.path))\" name=\"\(x(r.rule))\">"
            switch r.status {
            case .pass:
                cases.append("    <testcase classname=\"\(x(s.path))\" name=\"\(x(r.rule))\"/>")
            case .fail where r.baseline == .known:
                // Known from the baseline: skipped, so that GitLab and Jenkins show it as not failing.
                tally.skipped += 1
                cases += [open, "      <skipped message=\"\(x(l.pick("已知（基线）：", "known (baseline): ") + r.message))\"/>", "    </testcase>"]
            case .fail:
                tally.failures += 1
                cases += [open, "      <failure message=\"\(x(r.message))\" type=\"\(x((r.severity ?? .error).rawValue))\">\(Escape.xmlText(body(r, s, l)))</failure>",
                          "    </testcase>"]
            case .error:
                tally.errors += 1
                cases += [open, "      <error message=\"\(x(r.message))\" type=\"unreadable\">\(Escape.xmlText(body(r, s, l)))</error>", "    </testcase>"]
            case .manual, .notApplicable, .waived:
                tally.skipped += 1
                cases += [open, "      <skipped message=\"\(x(r.status.name(l) + l.pick("：", ": ") + r.message))\"/>", "    </testcase>"]
            }
        }
        for d in s.errors.map({ $0.inStation(s.path) }) where d.severity == .error {
            tally.tests += 1
            tally.errors += 1
            cases += ["    <testcase classname=\"\(x(s.path))\" name=\"\(x(l.pick("输入", "input")))\">",
                      "      <error message=\"\(x(d.message))\" type=\"input\">\(Escape.xmlText(d.formatted))</error>", "    </testcase>"]
        }
        let problems = (s.errors + s.warnings).map { $0.inStation(s.path) }
        let warnings = problems.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            tally.tests += 1
            tally.failures += 1
            let summary = l.pick("输入中有 \(warnings.count) 个问题", warnings.count == 1 ? "1 problem in the input" : "\(warnings.count) problems in the input")
            cases += ["    <testcase classname=\"\(x(s.path))\" name=\"\(InputRule.warning.rawValue)\">",
                      "      <failure message=\"\(x(summary))\" type=\"warning\">\(Escape.xmlText(warnings.map(\.formatted).joined(separator: "\n")))</failure>",
                      "    </testcase>"]
        }
        let notes = problems.filter { $0.severity == .note }
        if !notes.isEmpty {
            tally.tests += 1
            cases += ["    <testcase classname=\"\(x(s.path))\" name=\"\(InputRule.note.rawValue)\">",
                      "      <system-out>\(Escape.xmlText(notes.map(\.formatted).joined(separator: "\n")))</system-out>", "    </testcase>"]
        }
        suites.append("  <testsuite name=\"\(x(s.path))\" tests=\"\(tally.tests)\" failures=\"\(tally.failures)\" errors=\"\(tally.errors)\" skipped=\"\(tally.skipped)\">")
        suites.append("    <properties>")
        for (name, value) in [("name", s.name), ("level", s.level), ("divisionCode", s.divisionCode), ("score", formatOneDecimal(s.score))] + runProperties(run, s) {
            if let value { suites.append("      <property name=\"\(name)\" value=\"\(x(value))\"/>") }
        }
        suites.append("    </properties>")
        suites += cases
        suites.append("  </testsuite>")
        return (suites, tally)
    }

    /// What every suite says of the run beside the station's own properties: the baseline and
    /// the station's counts against it.
    static func runProperties(_ run: RunReport, _ s: StationReport) -> [(String, String?)] {
        var out: [(String, String?)] = []
        if let t = run.tailoring {
            out += [("tailoring", t.heading(run.lang)), ("tailoringDigest", t.digest)] + t.changeLines(run.lang).map { ("tailoringChange", $0) }
        }
        guard let b = run.baseline else { return out }
        let c = s.baselineCounts
        return out + [("baseline", b.file), ("baselineDigest", b.digest), ("baselineKnown", "\(c.known)"), ("baselineNew", "\(c.new)"), ("baselineFixed", "\(c.fixed)")]
    }

    /// The body of a failure: the message, where, and how to fix it.
    static func body(_ r: RuleResult, _ s: StationReport, _ l: Language) -> String {
        var lines = [r.message]
        lines += r.locations.map { joinPath(s.path, $0.formatted) }
        if !r.remedy.isEmpty { lines.append(l.pick("整改建议：", "Remedy: ") + r.remedy) }
        return lines.joined(separator: "\n")
    }

    struct Tally {
        var tests = 0, failures = 0, errors = 0, skipped = 0

        mutating func add(_ t: Tally) {
            tests += t.tests
            failures += t.failures
            errors += t.errors
            skipped += t.skipped
        }
    }
}
