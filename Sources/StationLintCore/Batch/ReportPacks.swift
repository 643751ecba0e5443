/// Which rule pack made a report (`rulePack.id` and `rulePack.digest`), and whether `merge` may
/// join reports and render them with the pack at hand: a report is words about one pack's rules,
/// and rendered with another pack's titles, remedies and sections it would say what it never
/// found — so the pack must be that one, byte for byte (`RulePack.digest`).
public enum ReportPacks {
    /// `DB14-T-2024-draft（sha256:0123456789ab）`: the id and the digest's start; a report without a
    /// digest (written before reports carried one) says its version is not recorded.
    static func name(_ id: String, _ digest: String?, _ lang: Language) -> String {
        let version = digest.map { String($0.prefix(19)) } ?? lang.pick("版本未记录", "version not recorded")
        return lang.pick("\(id)（\(version)）", "\(id) (\(version))")
    }

    /// At most `shown` file names, then how many more.
    static func files(_ names: [String], _ lang: Language, shown: Int = 3) -> String {
        let listed = names.prefix(shown).joined(separator: lang.pick("、", ", "))
        return names.count > shown ? listed + lang.pick(" 等 \(names.count) 份", " and \(names.count - shown) more") : listed
    }

    /// Reports of more than one pack or pack version, each pack named with its files; nil when
    /// all are of one. A report without a digest is of a version of its own: it cannot be told
    /// to be the same.
    public static func mix(_ reports: [(file: String, report: RunReport)]) -> Localized? {
        groups(reports, key: { "\($0.packID)\u{0}\($0.packDigest ?? "")" }, named: { r, lang in name(r.packID, r.packDigest, lang) },
               zh: "这些报告来自不同的规则包或规则包版本，不能合并：", en: "the reports are of different rule packs or pack versions and cannot be merged: ")
    }

    /// Reports compared with different baselines (`check --baseline`), or some with one and some
    /// without, each baseline named with its files; nil when all agree.
    public static func baselineMix(_ reports: [(file: String, report: RunReport)]) -> Localized? {
        groups(reports, key: { $0.baseline?.digest ?? "" }, named: { r, lang in
            r.baseline.map { lang.pick("基线 \($0.file)（\(String($0.digest.prefix(19)))）", "baseline \($0.file) (\(String($0.digest.prefix(19))))") }
                ?? lang.pick("无基线", "no baseline")
        }, zh: "这些报告与不同的基线对照（或有的有基线、有的没有），不能合并：", en: "the reports were compared with different baselines (or some with none) and cannot be merged: ")
    }

    /// Reports made with different tailorings (`check --tailoring`), or some with one and some
    /// without, each named with its files; nil when all agree.
    public static func tailoringMix(_ reports: [(file: String, report: RunReport)]) -> Localized? {
        groups(reports, key: { $0.tailoring?.digest ?? "" }, named: { r, lang in
            r.tailoring.map { lang.pick("剪裁 \($0.file)（\(String($0.digest.prefix(19)))）", "tailoring \($0.file) (\(String($0.digest.prefix(19))))") }
                ?? lang.pick("无剪裁", "no tailoring")
        }, zh: "这些报告用了不同的剪裁（或有的有剪裁、有的没有），不能合并：", en: "the reports were made with different tailorings (or some with none) and cannot be merged: ")
    }

    /// The reports grouped by `key`, each group named (by its first report) with its files, after
    /// `zh`/`en`; nil when there is one group.
    static func groups(_ reports: [(file: String, report: RunReport)], key: (RunReport) -> String,
                       named: @escaping (RunReport, Language) -> String, zh: String, en: String) -> Localized? {
        var groups: [(key: String, first: RunReport, files: [String])] = []
        for (file, r) in reports {
            let k = key(r)
            if let i = groups.firstIndex(where: { $0.key == k }) {
                groups[i].files.append(file)
            } else {
                groups.append((k, r, [file]))
            }
        }
        guard groups.count > 1 else { return nil }
        func list(_ lang: Language) -> String {
            groups.map { named($0.first, lang) + lang.pick("：", ": ") + files($0.files, lang) }.joined(separator: lang.pick("；", "; "))
        }
        return Localized(zh: zh + list(.zh), en: en + list(.en))
    }

    /// Why reports of one pack (see `mix`) cannot be rendered with `pack`; nil when they can.
    /// `given` is the `--rules` folder, nil for the built-in pack. A report without a digest is
    /// judged by its pack's id alone: nothing more was recorded.
    public static func mismatch(_ reports: [(file: String, report: RunReport)], pack: RulePack, given: String?) -> Localized? {
        guard let first = reports.first?.report else { return nil }
        let sameID = first.packID == pack.id
        if sameID && (first.packDigest == nil || first.packDigest == pack.digest) { return nil }
        func text(_ lang: Language) -> String {
            let made = name(first.packID, first.packDigest, lang), have = name(pack.id, pack.digest.isEmpty ? nil : pack.digest, lang)
            let shown = files(reports.map(\.file), lang)
            let hint = sameID ? lang.pick("（--param 改变的参数值也算作规则包的一部分）", " (a --param that changes a value counts as part of the pack)") : ""
            if let given {
                return lang.pick("\(shown) 由规则包 \(made)生成，而 --rules \(given) 是 \(have)：请用 --rules 给出生成这些报告时所用的规则包\(hint)",
                                 "\(shown): made with the rule pack \(made), but --rules \(given) is \(have); give the pack the reports were made with in --rules\(hint)")
            }
            return lang.pick("\(shown) 由规则包 \(made)生成，而本程序内置的是 \(have)：请用 --rules 给出生成这些报告时所用的规则包\(hint)",
                             "\(shown): made with the rule pack \(made), but the built-in pack is \(have); give the pack the reports were made with in --rules\(hint)")
        }
        return Localized(zh: text(.zh), en: text(.en))
    }
}
