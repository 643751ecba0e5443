/// `at_least: PATH`, `min: N` (`exclusive: true` for "more than") — a number is large enough.
struct AtLeastCheck: Check {
    static let name = "at_least"
    static let options = ["min", "exclusive"]
    let path: String
    let minimum: Double
    let exclusive: Bool
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        path = try a.fieldPath(a.main)
        minimum = try a.reader.double(try a.fields.node("min"))
        exclusive = try a.flag("exclusive")
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        switch c.require(path) {
        case .failure(let box): return box.outcome
        case .success(let (value, field)):
            guard let n = value.number else { return .fail(c.lang.pick("\(c.label(path))不是数字", "\(c.label(path)) is not a number"), [c.station.location(field.mark)]) }
            if exclusive ? n > minimum : n >= minimum { return .pass() }
            let shown = value.display(c.lang)
            let m = Value.decimal(minimum).display(c.lang)
            return .fail(c.fill(message, default: exclusive
                                    ? c.lang.pick("\(c.label(path))为 \(shown)，应大于 \(m)", "\(c.label(path)) is \(shown), must be more than \(m)")
                                    : c.lang.pick("\(c.label(path))为 \(shown)，少于 \(m)", "\(c.label(path)) is \(shown), fewer than \(m)"),
                                ["label": c.label(path), "value": shown, "min": m]),
                         [c.station.location(field.mark)])
        }
    }

    func describe(_ lang: Language) -> String {
        let m = Value.decimal(minimum).display(lang)
        return exclusive ? lang.pick("\(path) 大于 \(m)", "\(path) > \(m)") : lang.pick("\(path) 不少于 \(m)", "\(path) ≥ \(m)")
    }
}
