/// What every reporter is handed, built once per run: the stations with each result's text
/// rendered in the report's language and personal data masked, the roll-up, the rule index, the
/// pack's names and section titles, and the unreadable inputs in order. Reporters read this and
/// nothing else (no pack beside it), so every format says the same thing in the same words.
public struct ReportInput: Sendable {
    /// The run, its results rendered (`message`, `notes`, `remedy`) and their data masked. In a
    /// streaming batch's header input (`header`) it has no stations: each comes to the reporters
    /// on its own (`rendered`) and the run's totals from `summary`.
    public private(set) var run: RunReport
    /// What the reports say of the run as a whole, from its stations' digests.
    public private(set) var summary: RunSummary
    /// Rules by id.
    public let rules: [String: Rule]
    /// The pack's rules in its order.
    public let ruleList: [Rule]
    public let renderer: MessageRenderer
    /// Numbers the clauses of the run's digests.
    public let clauseNumbers: ClauseNumbers
    let sections: [String: Localized]
    let levels: Levels
    let rollUpTiers: [RollUpTier]

    public init(_ run: RunReport, pack: RulePack, showPersonalData: Bool = false) {
        self.init(header: run, pack: pack, showPersonalData: showPersonalData)
        let rendered = run.stations.map(self.rendered)
        var copy = self.run
        copy.stations = rendered
        self.run = copy
        summary = RunSummary(copy, stations: rendered.map { StationDigest($0, clauses: clauseNumbers) }, context: self)
    }

    /// The input a streaming batch renders each station with and writes its headers from: the
    /// run's own fields; `run.stations` is not read, and `summary` is empty (a streaming batch
    /// makes the run's summary from its digests).
    public init(header run: RunReport, pack: RulePack, showPersonalData: Bool = false) {
        let renderer = MessageRenderer(lang: run.lang, privacy: PersonalData(show: showPersonalData), names: ReportNames(pack))
        var bare = run
        bare.stations = []
        self.run = bare
        self.renderer = renderer
        rules = pack.rulesByID
        ruleList = pack.rules
        clauseNumbers = ClauseNumbers(pack.rules.map(\.clause))
        sections = pack.sections
        levels = pack.schema.levels
        rollUpTiers = pack.rollUpTiers
        sectionOf = { pack.section(of: $0) }
        summary = RunSummary.empty
    }

    /// A station's report as every reporter is given it: each result's text rendered in the
    /// report's language and its data masked.
    @Sendable public func rendered(_ s: StationReport) -> StationReport {
        var copy = s
        copy.results = s.results.map { renderer.rendered($0, rule: rules[$0.rule]) }
        copy.dueSoon = s.dueSoon?.map { d in
            var d = d
            d.result = renderer.rendered(d.result, rule: rules[d.rule])
            return d
        }
        return copy
    }

    /// The summary's roll-up.
    public var rollUp: RollUp { summary.rollUp }

    /// Every unreadable input, sorted (`RunSummary.allErrors`).
    public var allErrors: [Diagnostic] { summary.allErrors }

    private let sectionOf: @Sendable (String) -> String

    public var lang: Language { run.lang }

    /// The section a clause belongs to (`5.2`).
    public func section(of clause: String) -> String { sectionOf(clause) }

    /// `5.2 思政引领`.
    public func sectionTitle(_ section: String) -> String {
        sections[section].map { "\(section) \($0.text(lang))" } ?? section
    }

    public func levelName(_ level: String) -> String { levels.name(level, lang) }

    /// A rule's title in the report's language (its id when the pack does not know it).
    public func title(_ ruleID: String) -> String { rules[ruleID]?.title.text(lang) ?? ruleID }
}

extension MessageRenderer {
    /// A result with its text rendered and its data masked as the text is (persons, ID and
    /// phone numbers become what the report shows), so that a JSON report carries no more
    /// personal data than its prose.
    func rendered(_ r: RuleResult, rule: Rule?) -> RuleResult {
        var out = r
        if !r.said.isEmpty {
            out.said = r.said.map(masked)
            // The waiver note follows the finding it excuses, as one sentence.
            var text = ""
            for (i, m) in out.said.enumerated() {
                if i > 0 && m.id != CommonMessages.waived.id { text += CommonMessages.semicolon.text.text(lang) }
                text += self.text(m)
            }
            out.message = text
        }
        if !r.noted.isEmpty {
            out.noted = r.noted.map(masked)
            out.notes = out.noted.map(text)
        }
        // A report read back from JSON has its remedy as text only: the rule gives it again.
        if let advice = r.advice ?? (r.remedy.isEmpty ? nil : rule?.remedy) { out.remedy = advice.text(lang) }
        if let a = r.attestation { out.attestation = privacy.scrub(a) }
        return out
    }

    /// The message with every personal argument replaced by what the report shows of it.
    func masked(_ m: Message) -> Message {
        Message(id: m.id, args: m.args.mapValues(masked))
    }

    func masked(_ a: MessageArgument) -> MessageArgument {
        switch a {
        case .person, .idNumber, .phone: return .shownPerson(text(a))
        case .freeText(let t): return .freeText(privacy.scrub(t))
        case .list(let items): return .list(items.map(masked))
        case .persons(let items, let limit): return .persons(items.map(masked), limit: limit)
        case .message(let m): return .message(masked(m))
        case .messages(let ms, let separator): return .messages(ms.map(masked), separator: separator)
        default: return a
        }
    }
}

extension StationReport {
    /// The station's report with every result rendered, as a reporter would see it (for a rule
    /// example, a test, or a command that shows one station's results).
    public func rendered(_ pack: RulePack, lang: Language, showPersonalData: Bool = false) -> StationReport {
        let renderer = MessageRenderer(lang: lang, privacy: PersonalData(show: showPersonalData), names: ReportNames(pack))
        let rules = pack.rulesByID
        var copy = self
        copy.results = results.map { renderer.rendered($0, rule: rules[$0.rule]) }
        return copy
    }
}
