/// The roll-up and ranking in the JSON report (added when a run has more than one station).
extension RollUp {
    /// `{"cities": [units…], …, "misplaced": [warnings…]}` at `level`, pretty, written a unit at
    /// a time and handed to `flush` whenever `flushAt` bytes are written: a province's roll-up is
    /// some 12 MB of text, which as one tree and one buffer took a quarter of the run's memory.
    func writeJSON(into out: inout [UInt8], level: Int, flushAt: Int = 1 << 20, flush: (inout [UInt8]) throws -> Void) rethrows {
        try JSON.writeObject(count: tiers.count + 1, key: { $0 < tiers.count ? tiers[$0].tier.key : "misplaced" },
                             into: &out, pretty: true, level: level) { k, out in
            let count = k < tiers.count ? tiers[k].units.count : misplaced.count
            try JSON.writeArray(count: count, into: &out, pretty: true, level: level + 1) { i, out in
                let item = k < tiers.count ? tiers[k].units[i].json() : misplaced[i].json()
                item.write(into: &out, pretty: true, level: level + 2)
                if out.count >= flushAt { try flush(&out) }
            }
        }
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
