/// `in_bounds: LATITUDE_PATH`, `longitude: LONGITUDE_PATH` — the position lies inside the
/// pack's province bounds.
struct InBoundsCheck: Check {
    static let name = "in_bounds"
    static let options = ["longitude"]
    let latitude: String
    let longitude: String

    init(_ a: CheckArguments) throws(RulePackError) {
        latitude = try a.fieldPath(a.main)
        longitude = try a.fieldPath("longitude")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        var findings: [Finding] = []
        for (path, range, zh, en) in [(latitude, c.pack.province.latitude, "纬度", "latitude"), (longitude, c.pack.province.longitude, "经度", "longitude")] {
            switch c.require(path) {
            case .failure(let box):
                if box.outcome.verdict == .error { return box.outcome }
                findings += box.outcome.findings
            case .success(let (value, field)):
                guard let v = value.number, range.contains(v) else {
                    let r = "\(Value.decimal(range.lowerBound).display(c.lang))–\(Value.decimal(range.upperBound).display(c.lang))"
                    findings.append(Finding(c.lang.pick("\(zh) \(value.display(c.lang)) 不在\(c.pack.province.name)范围（\(r)）内",
                                                        "\(en) \(value.display(c.lang)) is outside \(c.pack.province.name) (\(r))"),
                                            [c.station.location(field.mark)]))
                    continue
                }
            }
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe(_ lang: Language) -> String {
        lang.pick("\(latitude)、\(longitude) 位于本省范围内", "\(latitude), \(longitude) lie inside the province")
    }
}
