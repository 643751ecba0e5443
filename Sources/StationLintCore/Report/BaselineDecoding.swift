/// Reads a baseline (`check --baseline FILE`): a file `--write-baseline` wrote, or any JSON
/// report of `check` (told apart by content: a baseline says `"format": "stationlint-baseline"`).
extension Baseline {
    public static func decode(_ bytes: [UInt8]) throws(ReportDecoding.Failure) -> Baseline {
        let object = try ReportDecoding.parse(bytes, what: Localized(zh: "基线不是有效的 JSON", en: "the baseline is not valid JSON"))
        guard let top = object as? [String: Any] else {
            throw ReportDecoding.fail("基线的顶层应为对象（--write-baseline 写出的基线或 --format json 报告）",
                                      "the baseline's top level must be an object (a --write-baseline file or a --format json report)")
        }
        if top["format"] == nil && top["stations"] != nil {
            return Baseline(try ReportDecoding.decode(object))
        }
        guard top["format"] as? String == format else {
            throw ReportDecoding.fail("既不是 --write-baseline 写出的基线（format 应为 \(format)），也不是 --format json 报告",
                                      "neither a baseline written by --write-baseline (format must be \(format)) nor a --format json report")
        }
        guard top["schemaVersion"] as? Int == schemaVersion else {
            throw ReportDecoding.fail("基线版本（schemaVersion）不是 \(schemaVersion)", "the baseline's schemaVersion is not \(schemaVersion)")
        }
        guard let pack = top["rulePack"] as? [String: Any], let packID = pack["id"] as? String,
              let asOfText = top["asOf"] as? String, let asOf = Day.parse(asOfText),
              let items = top["entries"] as? [Any] else {
            throw ReportDecoding.fail("基线缺少 rulePack.id、asOf（YYYY-MM-DD）或 entries 数组", "the baseline lacks rulePack.id, asOf (YYYY-MM-DD) or the entries array")
        }
        var entries: [Entry] = []
        for (i, item) in items.enumerated() {
            guard let o = item as? [String: Any], let station = o["station"] as? String, let path = o["path"] as? String,
                  let rule = o["rule"] as? String, let clause = o["clause"] as? String, !station.isEmpty, !rule.isEmpty else {
                throw ReportDecoding.fail("基线 entries 第 \(i + 1) 项应有非空的 station、rule 以及 path、clause",
                                          "baseline entry \(i + 1) must have a non-empty station and rule, and path and clause")
            }
            entries.append(Entry(station: station, path: path, rule: rule, clause: clause, message: o["message"] as? String ?? ""))
        }
        let version = ((top["tool"] as? [String: Any])?["version"] as? String) ?? ""
        return Baseline(toolVersion: version, packID: packID, packDigest: pack["digest"] as? String, asOf: asOf, entries: entries)
    }
}
