/// Applies a station's waivers: an unexpired one turns a fail into `waived`; an expired one is
/// ignored and said so; one naming no rule of the pack is an error.
enum WaiverCheck {
    static func matching(_ rule: Rule, _ station: Station) -> [Waiver] {
        station.waivers.filter { $0.target == rule.id || $0.target == rule.clause }
    }

    static func apply(to result: inout RuleResult, _ rule: Rule, _ context: CheckContext) {
        for waiver in matching(rule, context.station) {
            if waiver.isActive(on: context.asOf) {
                result.status = .waived
                result.waiver = waiver
                result.said.append(Message(CommonMessages.waived, [
                    "reason": .text(waiver.reason), "by": .text(waiver.approvedBy), "until": .text(waiver.expires?.description ?? "")]))
                result.locations.append(waiver.location)
                return
            }
            result.noted.append(Message(CommonMessages.waiverExpired, [
                "until": .text(waiver.expires?.description ?? "?"), "where": .location(waiver.location)]))
        }
    }

    /// Expired waivers, as warnings.
    static func problems(_ station: Station, _ pack: RulePack, _ options: EvaluationOptions) -> [Diagnostic] {
        station.waivers.compactMap { w in
            guard let e = w.expires, !w.isActive(on: options.asOf), pack.rule(w.target) != nil else { return nil }
            return Diagnostic(location: w.location, severity: .warning, message: options.lang.pick(
                "豁免“\(w.target)”已于 \(e) 过期，不再生效", "the waiver for '\(w.target)' expired on \(e) and no longer applies"))
        }
    }

    /// Waivers that name no rule or clause of the pack: errors.
    static func unknownTargets(_ station: Station, _ pack: RulePack, _ lang: Language) -> [Diagnostic] {
        station.waivers.compactMap { w in
            guard pack.rule(w.target) == nil else { return nil }
            let hint = DidYouMean.hint(for: w.target, among: pack.rules.map(\.id))
            return Diagnostic(location: w.location, message: lang.pick(
                "豁免指向的规则“\(w.target)”不存在" + hint.zh,
                "the waiver names no known rule '\(w.target)'" + hint.en))
        }
    }
}
