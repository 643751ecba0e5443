/// `stationlint verify-pack DIR`, as `conftest verify` and `inspec check` do it: the pack loads
/// (else the `RulePackError`), every rule's examples give their expected status, every clause of
/// the pack's `standard.txt` is covered by a rule, and every parameter is read by some check and
/// documented in both languages. The test suite runs the same code on the shipped pack.
public struct PackVerification: Sendable {
    public let pack: RulePack
    /// Every problem found, in file and position order.
    public let problems: [RulePackError]
    /// How many rule examples were run.
    public let examples: Int
    /// How many clauses the standard has (0 without `standard.txt`).
    public let clauses: Int

    /// The name of the standard's text beside `pack.yaml`.
    public static let standardFile = "standard.txt"

    public static func verify(_ source: PackSource) throws(RulePackError) -> PackVerification {
        let pack = try RulePackLoader.load(source)
        let (exampleProblems, ran) = pack.exampleProblems()
        var problems = exampleProblems + pack.parameterProblems(source)
        var clauses = 0
        if let text = source.files[standardFile] {
            let standard = StandardClauses(text, file: source.path(standardFile))
            clauses = standard.clauses.count
            problems += standard.uncovered(by: pack)
        } else {
            problems.append(RulePackError(Location(file: source.path(standardFile), line: 1, column: 1),
                                        "规则包中没有 \(standardFile)（标准原文），无法核对每个条款是否都有规则",
                                        "the pack has no \(standardFile) (the standard's text): whether every clause has a rule cannot be checked"))
        }
        return PackVerification(pack: pack, problems: problems.sorted { $0.location < $1.location }, examples: ran, clauses: clauses)
    }
}

extension RulePack {
    /// Parameters no check (nor the pack's `remedy_deadlines`) reads, and parameters whose note is not given in both languages.
    func parameterProblems(_ source: PackSource) -> [RulePackError] {
        var read = Set<String>()
        for rule in rules { for spec in rule.checks { read.formUnion(spec.check.parametersRead) } }
        // The parameters `remedy_deadlines:` names are read by the deadline of every failure
        // (`remedyDeadline`), not by a check.
        read.formUnion(remedyDeadlines.values)
        let packFile = Location(file: source.path("pack.yaml"), line: 1, column: 1)
        var out: [RulePackError] = []
        for p in parameterList {
            if !read.contains(p.name) {
                out.append(RulePackError(p.location ?? packFile, "参数 \(p.name) 没有任何检查使用（删去它，或在检查中用它）",
                                       "the parameter \(p.name) is read by no check (remove it, or use it in a check)"))
            }
            for (text, zh, en) in [(p.note.zh, "中文", "Chinese"), (p.note.en, "英文", "English")]
            where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                out.append(RulePackError(p.noteLocation ?? p.location ?? packFile, "参数 \(p.name) 的说明（note）缺少\(zh)（zh 与 en 都应写明取值的理由）",
                                       "the parameter \(p.name) has no \(en) note (note needs zh and en: why the value is what it is)"))
            }
        }
        return out
    }
}
