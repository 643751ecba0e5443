import StationLintCore

/// `stationlint sample PATH... --count N --seed S [--by level|city|county]`: a reproducible,
/// optionally stratified random sample of stations for inspection (5.8.1); with `--persons N`,
/// the phone spot-check list (电话抽查) of N persons per sampled station.
enum SampleCommand: Command {
    static let spec = CommandSpec(
        name: "sample",
        summary: Localized(zh: "随机抽取站点用于明查暗访（同样的种子得到同样的样本，可分层）", en: "draw a reproducible (optionally stratified) random sample of stations to inspect"),
        usage: "stationlint sample PATH... --count N --seed S [--by level|city|county] [--persons N [--show-personal-data]] [--format text|json|csv|html]",
        options: [
            .value("count", "N", "抽取的站点数", "how many stations"),
            .value("seed", "S", "随机种子（数字或文字），记录下来即可复现", "random seed (a number or any text); note it to reproduce the sample"),
            .value("by", "level|city|county", "按层级、市或县分层，按比例分配", "stratify proportionally by level, city or county"),
            .value("persons", "N", "电话抽查：从每个抽中站点的人员台账和走访台账中随机抽取 N 人，列出走访记录和电话",
                   "phone spot check: draw N persons from each sampled station's person and visit ledgers, with their visits and phone"),
            .flag("show-personal-data", "显示完整的姓名、证件号和电话（默认隐去；隐去的号码无法拨打）", "show names, IDs and phone numbers in full (masked by default; a masked number cannot be dialled)"),
            .value("format", "text|json|csv|html", "输出格式（默认 text；csv 和 html 仅用于 --persons）", "output format (default text; csv and html with --persons only)"),
        ] + PackLoading.options,
        positionalName: "PATH",
        minPositionals: 1,
        maxPositionals: nil
    )

    static func stratumName(_ s: Sampling.Stratum, _ pack: RulePack) -> String {
        switch s {
        case .level: return "层级"
        case .division(let digits): return pack.rollUpTiers.first { $0.codeDigits == digits }?.name.zh ?? "\(digits)"
        }
    }

    static func run(_ context: CommandContext) throws -> ExitStatus {
        let args = context.arguments
        let lang = context.lang
        guard let countText = args.value("count") else { throw UsageError.missingValue("--count") }
        guard let count = Int(countText), count >= 1 else { throw UsageError.invalidValue(option: "--count", value: countText, expected: "≥ 1") }
        guard let seed = args.value("seed") else { throw UsageError.missingValue("--seed") }
        let pack = try PackLoading.load(args, lang: lang)
        var by: Sampling.Stratum? = nil
        if let b = args.value("by") {
            // `level`, or a tier of the pack's roll-up by its level or key (`city`, `counties`).
            if b == "level" { by = .level }
            else if let tier = pack.rollUpTiers.first(where: { $0.level == b || $0.key == b }) { by = .division(digits: tier.codeDigits) }
            else { throw UsageError.invalidValue(option: "--by", value: b, expected: (["level"] + pack.rollUpTiers.map(\.level)).joined(separator: "|")) }
        }
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: Today.day(), lang: lang))
        let (found, errors) = Discovery.find(args.positionals, lang: lang)
        let candidates = found.map { f -> Sampling.Candidate in
            let s = evaluator.load(DiskStationFiles(root: f.path), path: f.path, identityOnly: true)
            return Sampling.Candidate(path: f.path, name: s.name, level: s.level, divisionCode: s.divisionCodeText)
        }
        let picked = Sampling.sample(candidates, count: count, seed: seed, by: by)
        if let personsText = args.value("persons") {
            guard let persons = Int(personsText), persons >= 1 else { throw UsageError.invalidValue(option: "--persons", value: personsText, expected: "≥ 1") }
            try phoneList(picked.map(\.candidate), population: candidates.count, persons: persons, seed: seed, evaluator: evaluator, found: found, pack: pack, context: context)
            for e in errors { context.console.errLine(e.formatted) }
            return errors.isEmpty ? .success : .usageOrInput
        }
        switch args.value("format") ?? "text" {
        case "text":
            context.console.outLine(lang.pick("从 \(candidates.count) 个站点中抽取 \(picked.count) 个（种子 \(seed)\(by.map { "，按\(stratumName($0, pack))分层" } ?? "")）：",
                                              "\(picked.count) of \(candidates.count) stations (seed \(seed)\(args.value("by").map { ", by \($0)" } ?? "")):"))
            if picked.count > count {
                context.console.outLine(lang.pick("（每层至少抽取 1 个站点，样本由 \(count) 个增至 \(picked.count) 个）",
                                                  "(at least one station from every stratum: the sample grew from \(count) to \(picked.count))"))
            }
            for (i, p) in picked.enumerated() {
                let level = p.candidate.level.map { pack.levelName($0, lang) } ?? "?"
                context.console.outLine("\(i + 1). \(p.candidate.name ?? "?")（\(level)，\(p.candidate.divisionCode ?? "?")）  \(p.candidate.path)")
            }
        case "json":
            context.console.outLine(JSON.object([
                ("seed", .string(seed)), ("by", args.value("by").map { JSON.string($0) } ?? .null), ("population", .int(candidates.count)),
                ("sample", .array(picked.map { p in .object([
                    ("stratum", .string(p.stratum)), ("path", .string(p.candidate.path)), ("name", p.candidate.name.map { .string($0) } ?? .null),
                    ("level", p.candidate.level.map { .string($0) } ?? .null), ("divisionCode", p.candidate.divisionCode.map { .string($0) } ?? .null),
                ]) })),
            ]).serialized())
        case let other: throw UsageError.invalidValue(option: "--format", value: other, expected: "text|json（csv、html 需 --persons）")
        }
        for e in errors { context.console.errLine(e.formatted) }
        return errors.isEmpty ? .success : .usageOrInput
    }

    /// The phone spot-check list of the sampled stations, each read in full.
    static func phoneList(_ stations: [Sampling.Candidate], population: Int, persons: Int, seed: String, evaluator: Evaluator, found: [Discovery.Found],
                          pack: RulePack, context: CommandContext) throws {
        let args = context.arguments
        let lang = context.lang
        let shown = args.has("show-personal-data")
        let privacy = PersonalData(show: shown)
        let lists = stations.map { c -> PhoneSample in
            let station = evaluator.complete(evaluator.load(DiskStationFiles(root: c.path), path: c.path, identityOnly: true))
            return PhoneSample.draw(station, schema: pack.schema, count: persons, seed: seed, privacy: privacy, lang: lang)
        }
        let list = PhoneList(lists, seed: seed, perStation: persons, shown: shown, lang: lang, population: population)
        switch args.value("format") ?? "text" {
        case "text": context.console.out(list.text())
        case "csv":
            if let m = list.maskedNotice { context.console.errLine(m) }
            context.console.out(list.csv())
        case "html": context.console.out(list.html())
        case "json":
            context.console.outLine(JSON.object([
                ("seed", .string(seed)), ("personsPerStation", .int(persons)), ("masked", .bool(!shown)),
                ("stations", .array(lists.map { s in .object([
                    ("path", .string(s.path)), ("name", s.stationName.map { .string($0) } ?? .null), ("population", .int(s.population)),
                    ("persons", .array(s.persons.map { p in .object([
                        ("name", .string(p.name)), ("id", .string(p.id)), ("phone", p.phone.map { .string($0) } ?? .null),
                        ("ledgers", .array(p.ledgers.map { .string($0) })),
                        ("visits", .array(p.visits.map { v in .object([("date", .string(v.date)), ("reason", .string(v.reason)), ("visitor", .string(v.visitor))]) })),
                    ]) })),
                ]) })),
            ]).serialized())
        case let other: throw UsageError.invalidValue(option: "--format", value: other, expected: "text|json|csv|html")
        }
    }
}
