/// Options that fix how a run evaluates and words its results.
public struct EvaluationOptions: Sendable {
    public var asOf: Day
    public var lang: Language
    public var privacy: PersonalData
    /// `check --deadline`: the one 整改时限 of every failure; nil to take the pack's days per
    /// severity from the as-of date.
    public var deadline: Day?
    /// `check --tailoring`: the region's tailoring, applied to the stations in its scope.
    public var tailoring: Tailoring?

    public init(asOf: Day, lang: Language = .zh, showPersonalData: Bool = false, deadline: Day? = nil, tailoring: Tailoring? = nil) {
        self.asOf = asOf
        self.tailoring = tailoring
        self.deadline = deadline
        self.lang = lang
        self.privacy = PersonalData(show: showPersonalData)
    }
}

/// Everything one station's check produced: its identity, one result per rule, its score, and
/// the inputs that could not be read.
public struct StationReport: Sendable {
    public var path: String
    public var name: String?
    public var level: String?
    public var divisionCode: String?
    public var results: [RuleResult]
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]
    /// `check --due-within`: what passes now and fails within the days asked (即将到期), by day;
    /// nil when not asked.
    public var dueSoon: [DueSoon]? = nil
    /// `check --baseline`: the baseline's failures of this station that now pass (基线中已修复),
    /// in rule order; nil without a baseline.
    public var baselineFixed: [BaselineFixed]? = nil

    public var counts: [Status: Int] {
        var c: [Status: Int] = [:]
        for s in Status.allCases { c[s] = 0 }
        for r in results { c[r.status, default: 0] += 1 }
        return c
    }

    /// Weighted share of the applicable automatic requirements that pass, 0–100 (one decimal
    /// when shown). Fails and unreadable evidence count against; manual, not applicable and
    /// waived results are left out. A station with nothing to score is 100 when it was read, and
    /// 0 when it could not be (an unreadable or empty declaration selects no rules: it must not
    /// rank as perfect).
    public var score: Double {
        var passed = 0.0
        var total = 0.0
        for r in results where r.scored {
            total += r.weight
            if r.status == .pass { passed += r.weight }
        }
        if total == 0 { return errors.isEmpty ? 100 : 0 }
        return (passed / total * 100 * 10).rounded() / 10
    }

    /// Whether any rule failed at or above a severity.
    public func fails(atOrAbove severity: Severity) -> Bool {
        results.contains { $0.status == .fail && ($0.severity ?? .error) >= severity }
    }

    /// Whether a fail at or above a severity counts toward the exit code: every fail but those
    /// the baseline already knows (已知).
    public func failsAnew(atOrAbove severity: Severity) -> Bool {
        results.contains { $0.status == .fail && $0.baseline != .known && ($0.severity ?? .error) >= severity }
    }
}

extension RuleResult {
    /// Counted in the score: an automatic requirement that passed, failed or could not be read.
    public var scored: Bool {
        requirement && (status == .pass || status == .fail || status == .error)
    }
}

/// Runs a pack's rules on one station.
public struct Evaluator: Sendable {
    public let pack: RulePack
    public let options: EvaluationOptions
    /// Per level, the ledgers a `ledger` check judges (the others' problems become warnings).
    let judgedLedgers: [String: Set<String>]
    /// The pack with the tailoring's parameters, for the stations it applies to.
    let tailoredPack: RulePack?

    public init(pack: RulePack, options: EvaluationOptions) {
        self.init(pack: pack, options: options, judgedLedgers: UnjudgedLedgers.judged(pack))
    }

    var lang: Language { options.lang }

    /// The same evaluator as of another day (the pack and what it judges kept, not worked out again).
    public func moved(to day: Day) -> Evaluator {
        var options = self.options
        options.asOf = day
        return Evaluator(pack: pack, options: options, judgedLedgers: judgedLedgers)
    }

    init(pack: RulePack, options: EvaluationOptions, judgedLedgers: [String: Set<String>]) {
        self.pack = pack
        self.options = options
        self.judgedLedgers = judgedLedgers
        tailoredPack = options.tailoring.map { t in t.parameters.isEmpty ? pack : pack.with(parameters: t.parameters) }
    }

    /// Loads a station folder with this pack's schema.
    public func load(_ files: any StationFiles, path: String, identityOnly: Bool = false) -> Station {
        loader.load(files, path: path, identityOnly: identityOnly)
    }

    /// Reads the ledgers and waivers of a station loaded with `identityOnly`.
    public func complete(_ identity: Station) -> Station { loader.complete(identity) }

    var loader: StationLoader {
        StationLoader(schema: pack.schema, typer: ValueTyper(vocabularies: pack.schema.vocabularies, levels: pack.schema.levels, asOf: options.asOf, lang: lang, privacy: options.privacy))
    }

    public func evaluate(_ station: Station, related: RelatedResults = .none, only ruleIDs: Set<String>? = nil) -> StationReport {
        var report = StationReport(path: station.path, name: station.name, level: station.level,
                                   divisionCode: station.divisionCodeText,
                                   results: [], errors: station.errors, warnings: station.warnings)
        guard let level = station.level else {
            if station.declarationReadable {
                let f = station.field(station.identity.level)
                report.errors.append(Diagnostic(
                    location: f.map { station.location($0.mark) } ?? Location(file: station.declarationFile, line: 1, column: 1),
                    message: lang.pick("层级未填写或无效：应为 \(pack.schema.levels.choices(lang))，无法选择适用条款",
                                       "level is missing or invalid (\(pack.schema.levels.choices(lang))): no rules can be selected")))
            }
            return report
        }
        // A tailoring in scope evaluates with its parameters, sets rules aside and moves severities.
        let tailoring = options.tailoring.flatMap { $0.applies(to: station.divisionCodeText) ? $0 : nil }
        let pack = tailoring == nil ? self.pack : tailoredPack ?? self.pack
        let context = CheckContext(station: station, pack: pack, asOf: options.asOf, level: level, related: related)
        for rule in pack.rules(for: level) where ruleIDs?.contains(rule.id) ?? true {
            var result: RuleResult
            if let tailoring, let aside = tailoring.setAside(rule.id) {
                result = tailoring.setAsideResult(rule, aside)
            } else {
                result = evaluate(rule, context)
                if result.severity != nil, let moved = tailoring?.severity(rule.id) { result.severity = moved }
            }
            if result.status == .fail || result.status == .error {
                result.deadline = options.deadline ?? pack.remedyDeadline(result.severity ?? tailoring?.severity(rule.id) ?? rule.severity, asOf: options.asOf)
            }
            report.results.append(result)
        }
        report.warnings += WaiverCheck.problems(station, pack, options)
        if ruleIDs == nil { report.warnings += UnjudgedLedgers.warnings(station, pack, judged: judgedLedgers[level] ?? [], lang: lang) }
        report.errors += WaiverCheck.unknownTargets(station, pack, lang)
        return report
    }

    func evaluate(_ rule: Rule, _ context: CheckContext) -> RuleResult {
        let level = context.level
        var result = RuleResult(rule: rule.id, clause: rule.clause, status: .pass, severity: nil, said: [],
                                advice: rule.remedy, locations: [], weight: rule.weight)
        result.requirement = rule.modality == .requirement
        if let reason = rule.notApplicableReason(level) {
            result.status = .notApplicable
            result.said = [.pack(reason)]
            result.advice = nil
            return result
        }
        if !context.station.declarationReadable {
            result.status = .error
            result.said = [Message(CommonMessages.declarationUnreadable, ["file": .text(context.station.declarationFile)])]
            return result
        }
        var failed: [Finding] = []
        var errorFindings: [Finding] = []
        var notes: [Finding] = []
        var undecided: [Finding] = []
        var failSeverity = Severity.info
        for spec in rule.checks where spec.applies(to: level) {
            let outcome = spec.check.evaluate(context)
            if spec.informative {
                notes += outcome.findings
                continue
            }
            switch outcome.verdict {
            case .pass:
                notes += outcome.findings
            case .fail:
                failed += outcome.findings
                failSeverity = max(failSeverity, spec.severity ?? rule.severity)
            case .error:
                errorFindings += outcome.findings
            case .manual:
                undecided += outcome.findings
            }
        }
        // One missing ledger read by several checks is said once.
        failed = unique(failed)
        errorFindings = unique(errorFindings)
        notes = unique(notes)
        let all = errorFindings + failed
        result.locations = uniqueLocations(all.flatMap(\.locations) + (all.isEmpty ? notes.flatMap(\.locations) : []))
        result.noted = notes.map(\.message)
        if !errorFindings.isEmpty {
            result.status = .error
            result.said = (errorFindings + failed).map(\.message)
        } else if !failed.isEmpty {
            result.status = .fail
            result.severity = failSeverity
            // A part the files cannot decide is still said next to the fail (需人工核验 …).
            result.said = (failed + unique(undecided)).map(\.message)
            WaiverCheck.apply(to: &result, rule, context)
        } else if !undecided.isEmpty {
            // A part the files cannot decide (a per-person check whose ledger no clause of this
            // level requires and the station does not keep): 需人工核验 with the reason, never a pass.
            result.status = .manual
            result.said = (unique(undecided) + notes).map(\.message)
            result.locations = uniqueLocations(undecided.flatMap(\.locations))
        } else if let manual = rule.manual {
            result.status = .manual
            let attestation = context.station.attestations[rule.clause]
            result.said = [.pack(manual)]
            if let a = attestation, !a.text.isEmpty {
                result.attestation = a.text
                result.said.append(Message(CommonMessages.attested, ["text": .freeText(a.text)]))
                result.locations = [a.location]
            } else {
                result.attestation = attestation?.text
                // Where the pack's declaration keeps attestations (`attestations`, 自评承诺).
                let path = pack.schema.station.first { $0.type == .attestations }?.key ?? ""
                result.said.append(Message(CommonMessages.notAttested, ["clause": .text(rule.clause), "key": .text(path), "field": .field(path)]))
            }
            result.advice = nil
        } else {
            result.status = .pass
            result.said = notes.isEmpty ? [Message(CommonMessages.meets)] : notes.map(\.message)
            result.advice = nil
        }
        return result
    }

    func unique(_ findings: [Finding]) -> [Finding] {
        var seen = Set<Message>()
        return findings.filter { seen.insert($0.message).inserted }
    }

    func uniqueLocations(_ locations: [Location]) -> [Location] {
        var seen = Set<Location>()
        return locations.filter { seen.insert($0).inserted }
    }
}
