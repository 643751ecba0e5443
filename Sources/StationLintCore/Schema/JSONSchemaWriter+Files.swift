/// The ledger and waiver schemas: the YAML forms `LedgerReader` and `WaiverReader` read.
extension JSONSchemaWriter {
    /// A ledger file: a mapping of the header (`updated`, `records`, under either name), the
    /// records a list of mappings. A bare list is refused, as stationlint refuses it.
    func ledgerPairs(_ spec: LedgerSpec, _ defs: inout JSONSchemaDefinitions) -> [(String, JSON)] {
        // The reader knows the first date field of the header and the first list of records;
        // any other header key is unknown to it.
        let header = [schema.ledgerHeader.first { $0.type == .date }, schema.ledgerHeader.first { $0.type == .records }].compactMap { $0 }
        let persons = spec.persons
            ? ("每人一条记录：同一身份证号只能出现一次（由 stationlint 检查）。", " One record per person: an ID number appears at most once (stationlint checks it).")
            : ("", "")
        defs.add("record", .object([
            ("description", .string("\(spec.zh)台账的一条记录 / one record of the \(spec.key) ledger")),
            ("type", .string("object")),
        ] + objectKeywords(spec.fields, .record, path: "", required: spec.required, &defs)))
        let names = StationLoader.ledgerFolders.map { "\($0)/\($0 == StationLoader.ledgerFolders[0] ? spec.key : spec.zh).yaml" }
        return [
            ("title", .string("\(spec.zh)台账（\(names.joined(separator: " 或 "))） / the \(spec.key) ledger (\(names.joined(separator: " or ")))")),
            ("description", .string("每条记录以“- ”开头，列在“记录”（records）下；“更新日期”（updated）为台账最近一次更新的日期。\(persons.0)\n"
                                    + "One '- ' item per record under records (记录); updated (更新日期) is the day the ledger was last brought up to date.\(persons.1)")),
            ("type", .string("object")),
        ] + objectKeywords(header, .declaration, path: "", &defs)
    }

    /// `waivers.yaml`: a list of mappings, each naming a rule and its expiry. Writing one key
    /// under two names is refused here although `WaiverReader` keeps the last one: a waiver
    /// whose rule or expiry is given twice is a mistake an editor should show.
    func waiverPairs(_ defs: inout JSONSchemaDefinitions) -> [(String, JSON)] {
        var properties: [(String, JSON)] = []
        var rules: [JSON] = []
        for key in WaiverReader.keys.keys {
            let names = [key.en] + key.zh
            let value = waiverValue(key.en, names, &defs)
            for (i, name) in names.enumerated() {
                properties.append((name, value))
                if i + 1 < names.count { rules.append(Self.notBoth(name, Array(names[(i + 1)...]))) }
            }
            if key.en == "rule" || key.en == "expires" { rules.append(Self.present(names)) }
        }
        let item: JSON = .object([
            ("description", .string("一项豁免 / one waiver")),
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("additionalProperties", .bool(false)),
            ("allOf", .array(rules)),
        ])
        return [
            ("title", .string("豁免（waivers.yaml 或 豁免.yaml） / waivers (waivers.yaml or 豁免.yaml)")),
            ("description", .string("经上级批准、暂缓整改的条款，每项以“- ”开头；未过期的豁免把“不通过”记为“已豁免”。\n"
                                    + "Clauses an authority has allowed to be fixed later, one '- ' item each; an unexpired waiver turns a fail into 'waived'.")),
            ("type", .array([.string("array"), .string("null")])),
            ("items", item),
        ]
    }

    func waiverValue(_ key: String, _ names: [String], _ defs: inout JSONSchemaDefinitions) -> JSON {
        let label = names.joined(separator: " / ")
        switch key {
        case "rule":
            return .object([("description", .string("\(label)：规则编号（如 DB14-5.1.1）或条款号（如 5.1.1）；必填\n\(label): a rule id (DB14-5.1.1) or a clause number (5.1.1); required")),
                            ("anyOf", .array(ruleNames))])
        case "expires":
            return .object([("description", .string("\(label)：日期，如 2025-03-31；过期后不再生效；必填\n\(label): a date such as 2025-03-31, after which the waiver no longer counts; required")),
                            ("allOf", .array([defs.reference(.date)]))])
        default:
            let what = key == "reason" ? ("理由，如 场所改造中，2025年3月前完成", "why, e.g. premises under repair until March 2025")
                : key == "approved_by" ? ("批准单位，如 某县退役军人事务局", "the approving authority") : ("文字", "text")
            return .object([("description", .string("\(label)：\(what.0)\n\(label): \(what.1)")),
                            ("type", .array([.string("string"), .string("number"), .string("boolean"), .string("null")]))])
        }
    }

    /// Every rule id and clause number of the pack, each with its title for completion; a clause
    /// that YAML 1.2 reads as a number (`4.3`) also as that number.
    var ruleNames: [JSON] {
        var out: [JSON] = []
        for rule in pack.rules {
            out.append(.object([("const", .string(rule.id)), ("description", .string("\(rule.clause) \(rule.title.zh) / \(rule.title.text(.en))"))]))
        }
        var seen: Set<String> = []
        for rule in pack.rules where !seen.contains(rule.clause) {
            seen.insert(rule.clause)
            let description = JSON.string("\(rule.clause) \(rule.title.zh) / \(rule.title.text(.en))")
            out.append(.object([("const", .string(rule.clause)), ("description", description)]))
            if Self.isJSONNumber(rule.clause) {
                out.append(.object([("const", .number(rule.clause)), ("description", description)]))
            }
        }
        return out
    }

    /// `4`, `4.3`: text that is a number to YAML 1.2 and written the same in JSON.
    static func isJSONNumber(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return parts[0] == "0" || !parts[0].hasPrefix("0")
    }
}
