/// `in_bounds: LATITUDE_PATH`, `longitude: LONGITUDE_PATH` — the position lies inside the
/// pack's province bounds.
struct InBoundsCheck: Check {
    static let name = "in_bounds"
    static let options = ["longitude"]
    static let latitudeOutside = MessageTemplate("in_bounds.latitude_outside",
        zh: "纬度 {value} 不在{province}范围（{low}–{high}）内", en: "latitude {value} is outside {province} ({low}–{high})")
    static let longitudeOutside = MessageTemplate("in_bounds.longitude_outside",
        zh: "经度 {value} 不在{province}范围（{low}–{high}）内", en: "longitude {value} is outside {province} ({low}–{high})")
    static let describing = MessageTemplate("in_bounds.describe",
        zh: "{latitude}、{longitude}位于本省范围内", en: "{latitude}, {longitude} lie inside the province")
    static let messages = [latitudeOutside, longitudeOutside, describing]
    let latitude: String
    let longitude: String

    init(_ a: CheckArguments) throws(RulePackError) {
        latitude = try a.fieldPath(a.main)
        longitude = try a.fieldPath("longitude")
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        var findings: [Finding] = []
        let province = c.pack.province
        for (path, range, outside) in [(latitude, province.latitude, Self.latitudeOutside), (longitude, province.longitude, Self.longitudeOutside)] {
            switch c.require(path) {
            case .failure(let box):
                if box.outcome.verdict == .error { return box.outcome }
                findings += box.outcome.findings
            case .success(let (value, field)):
                guard let v = value.number, range.contains(v) else {
                    findings.append(Finding(outside, ["field": .field(path), "value": value.argument, "province": .text(province.name),
                                                      "low": .decimal(range.lowerBound), "high": .decimal(range.upperBound)],
                                            [c.station.location(field.mark)]))
                    continue
                }
            }
        }
        return findings.isEmpty ? .pass() : .fail(findings)
    }

    func describe() -> Message { Message(Self.describing, ["latitude": .field(latitude), "longitude": .field(longitude)]) }
}
