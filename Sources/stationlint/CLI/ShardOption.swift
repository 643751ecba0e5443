import StationLintCore

/// `--shard K/N`, or `--shard auto` with the CI's own variables: GitLab's `parallel:` sets
/// `CI_NODE_INDEX` (from 1) and `CI_NODE_TOTAL`; a Kubernetes Indexed Job sets
/// `JOB_COMPLETION_INDEX` (from 0) and the total is given with `--shard-total N`.
enum ShardOption {
    static let options: [OptionSpec] = [
        .value("shard", "K/N|auto", "只检查 N 份中的第 K 份（同一县的站点在同一份中；各份报告可用 merge 合并）；auto：从 CI 的变量读取",
               "check only part K of N (a county's stations stay together; merge the parts' reports); auto: from the CI's variables"),
        .value("shard-total", "N", "与 --shard auto 一起：分片总数，分片序号取自 JOB_COMPLETION_INDEX（Kubernetes Indexed Job，从 0 起）",
               "with --shard auto: the number of shards, the index taken from JOB_COMPLETION_INDEX (Kubernetes Indexed Job, from 0)"),
    ]

    /// The shard the arguments and environment give; nil for a run over everything.
    static func resolve(_ args: ParsedArguments, environment: [String: String]) throws -> Shard? {
        let total = args.value("shard-total")
        guard let text = args.value("shard") else {
            if total != nil { throw UsageError.other(Localized(zh: "--shard-total 只能与 --shard auto 一起使用", en: "--shard-total goes only with --shard auto")) }
            return nil
        }
        guard text == "auto" else {
            if total != nil { throw UsageError.other(Localized(zh: "--shard-total 只能与 --shard auto 一起使用", en: "--shard-total goes only with --shard auto")) }
            guard let shard = Shard(text) else { throw UsageError.invalidValue(option: "--shard", value: text, expected: "K/N (1 ≤ K ≤ N ≤ \(Shard.maxCount)) | auto") }
            return shard
        }
        if let total {
            guard let n = wholeNumber(total), n >= 1, n <= Shard.maxCount else {
                throw UsageError.invalidValue(option: "--shard-total", value: total, expected: "1…\(Shard.maxCount)")
            }
            guard let raw = environment["JOB_COMPLETION_INDEX"] else {
                throw UsageError.other(Localized(
                    zh: "--shard auto --shard-total \(n) 需要环境变量 JOB_COMPLETION_INDEX（Kubernetes Indexed Job 设置，从 0 起），但它未设置",
                    en: "--shard auto --shard-total \(n) needs the variable JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job, from 0), which is not set"))
            }
            guard let i = wholeNumber(raw), i < n, let shard = Shard("\(i + 1)/\(n)") else {
                throw UsageError.other(Localized(
                    zh: "JOB_COMPLETION_INDEX=“\(raw)”无效：应为 0 到 \(n - 1) 的整数（--shard-total \(n)）",
                    en: "JOB_COMPLETION_INDEX='\(raw)' is invalid: expected a whole number from 0 to \(n - 1) (--shard-total \(n))"))
            }
            return shard
        }
        guard let index = environment["CI_NODE_INDEX"], let count = environment["CI_NODE_TOTAL"] else {
            let missing = ["CI_NODE_INDEX", "CI_NODE_TOTAL"].filter { environment[$0] == nil }.joined(separator: ", ")
            throw UsageError.other(Localized(
                zh: "--shard auto 需要环境变量 CI_NODE_INDEX 和 CI_NODE_TOTAL（GitLab 的 parallel: 设置），缺少 \(missing)；Kubernetes Indexed Job 请用 --shard auto --shard-total N",
                en: "--shard auto needs the variables CI_NODE_INDEX and CI_NODE_TOTAL (set by GitLab's parallel:); \(missing) not set; for a Kubernetes Indexed Job use --shard auto --shard-total N"))
        }
        guard let k = wholeNumber(index), let n = wholeNumber(count), let shard = Shard("\(k)/\(n)") else {
            throw UsageError.other(Localized(
                zh: "CI_NODE_INDEX=“\(index)”、CI_NODE_TOTAL=“\(count)”无效：应为 1 ≤ CI_NODE_INDEX ≤ CI_NODE_TOTAL ≤ \(Shard.maxCount) 的整数",
                en: "CI_NODE_INDEX='\(index)', CI_NODE_TOTAL='\(count)' are invalid: expected whole numbers with 1 ≤ CI_NODE_INDEX ≤ CI_NODE_TOTAL ≤ \(Shard.maxCount)"))
        }
        return shard
    }

    /// ASCII digits only (no sign, no spaces), at most 9 of them.
    static func wholeNumber(_ s: String) -> Int? {
        guard !s.isEmpty, s.utf8.count <= 9, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(s)
    }
}
