/// The roll-up and ranking in the JSON report (added when a run has more than one station).
extension RollUp {
    public func json() -> JSON {
        .object(tiers.map { ($0.tier.key, .array($0.units.map { $0.json() })) } + [("misplaced", .array(misplaced.map { $0.json() }))])
    }
}

extension RollUp.Unit {
    public func json() -> JSON {
        .object([
            ("code", .string(code)), ("level", .string(level)), ("name", name.map { .string($0) } ?? .null),
            ("rank", rank.map { .int($0) } ?? .null),
            ("stations", .int(stations)), ("failing", .int(failing)), ("meanScore", .oneDecimal(meanScore)),
            ("mostFailed", .array(mostFailed.map { .object([("clause", .string($0.clause)), ("failed", .int($0.failed))]) })),
            ("clausePassRate", .array(clausePass.map {
                .object([("clause", .string($0.clause)), ("passed", .int($0.passed)), ("applicable", .int($0.applicable)),
                         ("rate", .oneDecimal(Double($0.passed) / Double(max(1, $0.applicable)) * 100))])
            })),
        ])
    }
}
