/// SARIF 2.1.0: one run; every rule of the pack in `tool.driver.rules`; a result for each fail,
/// unreadable clause and waived fail (suppressed, with the waiver's reason), located in the input
/// file by a URI relative to the run's working directory. Columns count Unicode scalars, as
/// `Mark` does, so the run says `columnKind: unicodeCodePoints`. No URL is fetched or needed.
public enum SARIFReporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public static func render(_ run: RunReport, pack: RulePack) -> String {
        sarif(run, pack: pack).serialized() + "\n"
    }

    public static func sarif(_ run: RunReport, pack: RulePack) -> JSON {
        let l = run.lang
        var ruleIndex: [String: Int] = [:]
        for (i, r) in pack.rules.enumerated() where ruleIndex[r.id] == nil { ruleIndex[r.id] = i }
        var results: [JSON] = []
        for s in run.stations {
            for r in s.results where r.status == .fail || r.status == .error || r.status == .waived {
                results.append(result(r, s, ruleIndex[r.rule], l))
            }
        }
        let notifications = run.allErrors.map { d in
            JSON.object([
                ("level", .string(d.severity.rawValue)),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([location(d.location.file, line: d.location.line, column: d.location.column)])),
            ])
        }
        let driver: JSON = .object([
            ("name", .string("stationlint")),
            ("version", .string(run.toolVersion)),
            ("semanticVersion", .string(run.toolVersion)),
            ("rules", .array(pack.rules.map { rule($0, l) })),
        ])
        return .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(!run.allErrors.contains { $0.severity == .error })),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("columnKind", .string("unicodeCodePoints")),
                ("properties", .object([
                    ("rulePack", .string(run.packID)), ("asOf", .string(run.asOf.description)), ("lang", .string(l.rawValue)),
                ])),
                ("results", .array(results)),
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

    static func result(_ r: RuleResult, _ s: StationReport, _ index: Int?, _ l: Language) -> JSON {
        var fields: [(String, JSON)] = [("ruleId", .string(r.rule))]
        if let index { fields.append(("ruleIndex", .int(index))) }
        fields.append(("level", .string(r.status == .error ? "error" : level(r.severity ?? .error))))
        var text = r.message
        if r.status == .error { text = Status.error.name(l) + l.pick("：", ": ") + text }
        fields.append(("message", .object([("text", .string(text))])))
        let locations = r.locations.isEmpty
            ? [location(s.path.hasSuffix("/") ? s.path : s.path + "/", line: nil, column: nil)]
            : r.locations.map { location(joinPath(s.path, $0.file), line: $0.line, column: $0.column) }
        fields.append(("locations", .array(locations)))
        fields.append(("partialFingerprints", .object([("stationRule/v1", .string(s.path + "|" + r.rule))])))
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

    static func location(_ file: String, line: Int?, column: Int?) -> JSON {
        var physical: [(String, JSON)] = [("artifactLocation", .object([("uri", .string(Escape.uriPath(file)))]))]
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
