/// Puts the pack's Chinese names in place of English field paths and ledger kinds in a text
/// (`staffing.authorized` → 编制人员·核定编制, `veterans` → 建档立卡台账) and parameter values in
/// place of their names (`recent_activity_days` → 365), for readers of Chinese.
public enum SchemaNames {
    public static func readable(_ text: String, _ schema: Schema, _ lang: Language, parameters: [Parameter] = []) -> String {
        guard lang == .zh else { return text }
        var names: [(String, String)] = parameters.map { ($0.name, String($0.value)) }
        func walk(_ fields: [FieldSpec], _ prefix: String, _ zhPrefix: String) {
            for f in fields {
                let path = prefix.isEmpty ? f.key : prefix + "." + f.key
                let zh = zhPrefix.isEmpty || zhPrefix == "站点" ? f.zh : zhPrefix + "·" + f.zh
                names.append((path, zh))
                walk(f.fields, path, zh)
            }
        }
        walk(schema.station, "", "")
        for ledger in schema.ledgers {
            names.append((ledger.key, ledger.zh + "台账"))
            for f in ledger.fields where f.key.contains("_") { names.append((f.key, f.zh)) }
        }
        // Longest first, and whole words only, so `staffing.in_post` is not half replaced.
        names.sort { $0.0.count > $1.0.count }
        var out = text
        for (english, chinese) in names {
            out = replaceWords(english, with: chinese, in: out)
        }
        return out
    }

    static func replaceWords(_ word: String, with replacement: String, in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        func isWordChar(_ c: Character?) -> Bool {
            guard let c else { return false }
            return c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == ".")
        }
        while let range = rest.range(of: word) {
            let before = range.lowerBound == rest.startIndex ? result.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            result += rest[..<range.lowerBound]
            result += (isWordChar(before) || isWordChar(after)) ? word : replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
