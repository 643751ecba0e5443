import Foundation

/// Reads a JSON report (contract version 1) back, for `merge` and `diff`.
public enum ReportDecoding {
    /// Why a report could not be read.
    public struct Failure: UserFacingError, Sendable {
        public let message: Localized
        /// Where in the file, when known (a JSON syntax error); else the file's start.
        public var line = 1, column = 1

        public init(message: Localized, line: Int = 1, column: Int = 1) {
            self.message = message
            self.line = line
            self.column = column
        }

        /// This error at its place in the report `file`.
        public func diagnostic(file: String?, lang: Language) -> Diagnostic {
            guard let file else { return Diagnostic(location: .commandLine, message: message.text(lang)) }
            return Diagnostic(location: Location(file: file, line: line, column: column), message: message.text(lang))
        }
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> RunReport {
        try decode(parse(bytes, what: Localized(zh: "不是有效的 JSON 报告", en: "not a valid JSON report")))
    }

    /// The JSON value of `bytes`; a syntax error is said as `what` at its line and column (where
    /// Foundation says the character it stopped at, or the end of the file for a cut-off text).
    static func parse(_ bytes: [UInt8], what: Localized) throws(Failure) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            let said = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            var offset: Int? = nil
            if let r = said.range(of: "character ") {
                offset = Int(said[r.upperBound...].prefix { $0.isNumber })
            } else if said.contains("end of file") || said.contains("End of file") {
                offset = bytes.count
            }
            let (line, column) = offset.map { position(of: min($0, bytes.count), in: bytes) } ?? (1, 1)
            throw Failure(message: what, line: line, column: column)
        }
    }

    /// The 1-based line and column (Unicode scalars, as `Mark` counts) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// A report already parsed (`parse`).
    static func decode(_ object: Any) throws(Failure) -> RunReport {
        guard let top = object as? [String: Any] else { throw fail("顶层应为对象", "the top level must be an object") }
        guard top["schemaVersion"] as? Int == RunReport.schemaVersion else {
            throw fail("报告版本不是 \(RunReport.schemaVersion)", "the report's schemaVersion is not \(RunReport.schemaVersion)")
        }
        guard let pack = top["rulePack"] as? [String: Any], let packID = pack["id"] as? String,
              let asOfText = top["asOf"] as? String, let asOf = Day.parse(asOfText),
              let stations = top["stations"] as? [[String: Any]] else {
            throw fail("缺少 rulePack、asOf 或 stations", "rulePack, asOf or stations is missing")
        }
        let lang = Language(rawValue: top["lang"] as? String ?? "zh") ?? .zh
        let title = (pack["title"] as? String) ?? ""
        let version = ((top["tool"] as? [String: Any])?["version"] as? String) ?? ""
        var reports: [StationReport] = []
        for s in stations {
            guard let path = s["path"] as? String, let results = s["results"] as? [[String: Any]] else {
                throw fail("站点缺少 path 或 results", "a station lacks path or results")
            }
            var decoded: [RuleResult] = []
            for r in results {
                guard let rule = r["rule"] as? String, let clause = r["clause"] as? String,
                      let statusText = r["status"] as? String, let status = Status(rawValue: statusText) else {
                    throw fail("\(path) 的结果缺少 rule、clause 或 status", "a result of \(path) lacks rule, clause or status")
                }
                let weight = (r["weight"] as? NSNumber)?.doubleValue ?? 1
                guard weight >= 0 && weight <= Rule.maxWeight else {
                    throw fail("\(path) 的结果 \(rule) 权重 \(weight) 不在 0 到 \(Int(Rule.maxWeight)) 之间",
                               "a result of \(path), \(rule), has the weight \(weight), not within 0 to \(Int(Rule.maxWeight))")
                }
                var result = RuleResult(
                    rule: rule, clause: clause, status: status, severity: (r["severity"] as? String).flatMap(Severity.init(rawValue:)),
                    said: messages(r["findings"]), advice: nil,
                    locations: (r["locations"] as? [[String: Any]] ?? []).compactMap(location),
                    noted: messages(r["noteFindings"]), attestation: r["attestation"] as? String,
                    waiver: waiver(r["waiver"]), weight: weight)
                // The text as written stays for what cannot be rendered again (a report without
                // findings, or with a message this version does not know).
                result.message = r["message"] as? String ?? ""
                result.remedy = r["remedy"] as? String ?? ""
                result.notes = r["notes"] as? [String] ?? []
                let known = { (m: Message) in m.id == MessageTemplate.packText.id || MessageCatalog.templates[m.id] != nil }
                if !result.said.allSatisfy(known) || !result.noted.allSatisfy(known) {
                    result.said = []
                    result.noted = []
                }
                if status == .pass && r["findings"] == nil && r["notes"] == nil { result.said = [Message(CommonMessages.meets)] }
                result.requirement = r["requirement"] as? Bool ?? true
                if let text = r["deadline"] {
                    guard let t = text as? String, let day = Day.parse(t) else {
                        throw fail("\(path) 的结果 \(rule) 的 deadline 应为 YYYY-MM-DD", "a result of \(path), \(rule), has a deadline that is not YYYY-MM-DD")
                    }
                    result.deadline = day
                }
                if let mark = r["baseline"] {
                    guard let t = mark as? String, let m = BaselineMark(rawValue: t) else {
                        throw fail("\(path) 的结果 \(rule) 的 baseline 应为 known 或 new", "a result of \(path), \(rule), has a baseline that is not known or new")
                    }
                    result.baseline = m
                }
                decoded.append(result)
            }
            var report = StationReport(
                path: path, name: s["name"] as? String, level: s["level"] as? String, divisionCode: s["divisionCode"] as? String,
                results: decoded, errors: [], warnings: (s["warnings"] as? [[String: Any]] ?? []).compactMap(diagnostic))
            if let list = s["dueSoon"] {
                guard let items = list as? [[String: Any]] else { throw fail("\(path) 的 dueSoon 应为数组", "dueSoon of \(path) must be an array") }
                report.dueSoon = try items.map { o throws(Failure) in
                    guard let rule = o["rule"] as? String, let clause = o["clause"] as? String,
                          let byText = o["by"] as? String, let by = Day.parse(byText) else {
                        throw fail("\(path) 的 dueSoon 项缺少 rule、clause 或 by（YYYY-MM-DD）", "a dueSoon item of \(path) lacks rule, clause or by (YYYY-MM-DD)")
                    }
                    var result = RuleResult(rule: rule, clause: clause, status: .fail, severity: nil, said: messages(o["findings"]),
                                            advice: nil, locations: [], weight: 0)
                    result.message = o["message"] as? String ?? ""
                    if !result.said.allSatisfy({ $0.id == MessageTemplate.packText.id || MessageCatalog.templates[$0.id] != nil }) { result.said = [] }
                    return DueSoon(rule: rule, clause: clause, by: by, exact: o["exact"] as? Bool ?? false, result: result)
                }
            }
            if let list = s["baselineFixed"] {
                guard let items = list as? [[String: Any]] else { throw fail("\(path) 的 baselineFixed 应为数组", "baselineFixed of \(path) must be an array") }
                report.baselineFixed = try items.map { o throws(Failure) in
                    guard let rule = o["rule"] as? String, let clause = o["clause"] as? String else {
                        throw fail("\(path) 的 baselineFixed 项缺少 rule 或 clause", "a baselineFixed item of \(path) lacks rule or clause")
                    }
                    return BaselineFixed(rule: rule, clause: clause, message: o["message"] as? String ?? "")
                }
            }
            reports.append(report)
        }
        var run = RunReport(toolVersion: version, packID: packID, packTitle: Localized(zh: title, en: title), asOf: asOf, lang: lang,
                            stations: reports, errors: (top["errors"] as? [[String: Any]] ?? []).compactMap(diagnostic))
        run.dueWithin = top["dueWithin"] as? Int
        if let digest = pack["digest"] {
            guard let text = digest as? String, !text.isEmpty else { throw fail("rulePack.digest 应为非空字符串", "rulePack.digest must be a non-empty string") }
            run.packDigest = text
        }
        if let b = top["baseline"] {
            guard let o = b as? [String: Any], let file = o["file"] as? String, let digest = o["digest"] as? String,
                  let t = o["asOf"] as? String, let day = Day.parse(t) else {
                throw fail("baseline 应为 {\"file\", \"digest\", \"asOf\"}", "baseline must be {\"file\", \"digest\", \"asOf\"}")
            }
            run.baseline = BaselineSource(file: file, digest: digest, asOf: day)
        }
        if let t = top["tailoring"] {
            run.tailoring = try tailoring(t)
        }
        if let shard = top["shard"] {
            guard let o = shard as? [String: Any], let k = o["index"] as? Int, let n = o["total"] as? Int, let parsed = Shard("\(k)/\(n)") else {
                throw fail("shard 应为 {\"index\": K, \"total\": N}，1 ≤ K ≤ N", "shard must be {\"index\": K, \"total\": N} with 1 ≤ K ≤ N")
            }
            run.shard = parsed
        }
        return run
    }

    /// Findings a report wrote; empty when there are none or one cannot be read (the text as
    /// written is then kept).
    static func messages(_ value: Any?) -> [Message] {
        guard let list = value as? [Any] else { return [] }
        let parsed = list.compactMap(Message.init(json:))
        return parsed.count == list.count ? parsed : []
    }

    static func fail(_ zh: String, _ en: String) -> Failure { Failure(message: Localized(zh: zh, en: en)) }

    static func location(_ o: [String: Any]) -> Location? {
        guard let f = o["file"] as? String, let l = o["line"] as? Int, let c = o["column"] as? Int else { return nil }
        return Location(file: f, line: l, column: c, sheet: o["sheet"] as? String)
    }

    static func diagnostic(_ o: [String: Any]) -> Diagnostic? {
        guard let loc = location(o), let message = o["message"] as? String else { return nil }
        return Diagnostic(location: loc, severity: (o["severity"] as? String).flatMap(Diagnostic.Severity.init(rawValue:)) ?? .error, message: message)
    }

    /// The tailoring a report names (`Tailoring.json`).
    static func tailoring(_ any: Any) throws(Failure) -> Tailoring {
        guard let o = any as? [String: Any], let file = o["file"] as? String, let title = o["title"] as? String,
              let by = o["approvedBy"] as? String, let digest = o["digest"] as? String, let list = o["changes"] as? [[String: Any]] else {
            throw fail("tailoring 应为 {\"file\", \"title\", \"approvedBy\", \"digest\", \"changes\"}", "tailoring must be {\"file\", \"title\", \"approvedBy\", \"digest\", \"changes\"}")
        }
        var changes: [Tailoring.Change] = []
        for c in list {
            guard let kind = (c["kind"] as? String).flatMap(Tailoring.Change.Kind.init(rawValue:)), let target = c["target"] as? String else {
                throw fail("tailoring.changes 的项应有 kind（parameter、setAside、severity）和 target", "a tailoring change needs kind (parameter, setAside, severity) and target")
            }
            changes.append(Tailoring.Change(kind: kind, target: target, clause: c["clause"] as? String ?? "", from: c["from"] as? String ?? "",
                                            to: c["to"] as? String ?? "", reason: c["reason"] as? String ?? "", approvedBy: c["approvedBy"] as? String ?? ""))
        }
        return Tailoring(file: file, title: title, approvedBy: by, scope: o["scope"] as? [String] ?? [], digest: digest, changes: changes)
    }

    static func waiver(_ any: Any?) -> Waiver? {
        guard let o = any as? [String: Any] else { return nil }
        return Waiver(target: "", reason: o["reason"] as? String ?? "", approvedBy: o["approvedBy"] as? String ?? "",
                      expires: (o["expires"] as? String).flatMap(Day.parse), location: Location(file: "", line: 0, column: 0))
    }
}
