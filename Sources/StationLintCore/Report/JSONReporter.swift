/// The JSON report, contract version 1 (SPEC §10): fields may be added, never renamed. Every
/// other format can be derived from it.
public enum JSONReporter {
    public static func render(_ run: RunReport) -> String {
        run.json().serialized() + "\n"
    }
}

extension RunReport {
    public func json() -> JSON {
        let totals = statusTotals
        var fields: [(String, JSON)] = [
            ("schemaVersion", .int(RunReport.schemaVersion)),
            ("tool", .object([("name", .string("stationlint")), ("version", .string(toolVersion))])),
            ("rulePack", .object([("id", .string(packID)), ("title", .string(packTitle.text(lang)))])),
            ("asOf", .string(asOf.description)),
            ("lang", .string(lang.rawValue)),
            ("stations", .array(stations.map { $0.json() })),
            ("errors", .array(allErrors.map { $0.json() })),
            ("summary", .object([
                ("stations", .int(stations.count)),
                ("failing", .int(failingStations(atOrAbove: .info))),
                ("failingErrors", .int(failingStations(atOrAbove: .error))),
                ("byStatus", .object(Status.allCases.map { ($0.rawValue, .int(totals[$0] ?? 0)) })),
            ])),
        ]
        if stations.count > 1 { fields.append(("rollup", rollUp.json())) }
        return .object(fields)
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
        ])
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
        if !notes.isEmpty { fields.append(("notes", .array(notes.map { .string($0) }))) }
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
    public func json() -> JSON { .object([("file", .string(file)), ("line", .int(line)), ("column", .int(column))]) }
}

extension Diagnostic {
    public func json() -> JSON {
        .object([("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column)),
                 ("severity", .string(severity.rawValue)), ("message", .string(message))])
    }
}

/// A weight as JSON writes it: `2`, `0.5`; Swift's own form beyond 10^15 (never an integer
/// conversion that traps).
func formatWeight(_ w: Double) -> String {
    w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
}
