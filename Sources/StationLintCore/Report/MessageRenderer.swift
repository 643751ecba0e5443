/// Says a `Message` in one language: fills its template's `{name}` placeholders, names fields,
/// ledgers and levels as the pack does (one name per field in a whole report), and masks
/// persons, ID and phone numbers unless personal data is shown. The only place where the
/// engine's findings become prose.
public struct MessageRenderer: Sendable {
    public let lang: Language
    public let privacy: PersonalData
    public let names: ReportNames

    public init(lang: Language, privacy: PersonalData, names: ReportNames) {
        self.lang = lang
        self.privacy = privacy
        self.names = names
    }

    /// The message's text; nil when its template is unknown (a report from another version).
    public func render(_ m: Message) -> String? {
        let template: String
        if m.id == MessageTemplate.packText.id {
            guard case .localized(let t)? = m.args[MessageTemplate.packTextArgument] else { return nil }
            template = t.text(lang)
        } else {
            guard let t = MessageCatalog.templates[m.id] else { return nil }
            template = t.text.text(lang)
        }
        return fill(template, m.args)
    }

    public func text(_ m: Message) -> String { render(m) ?? m.id }

    /// Messages joined with the language's `；`.
    public func joined(_ ms: [Message], separator: MessageTemplate = CommonMessages.semicolon) -> String {
        ms.map(text).joined(separator: separator.text.text(lang))
    }

    /// The template with each `{name}` replaced by its argument (a name without one is kept as
    /// written). Scanned as bytes: braces are ASCII, and a message is filled for every finding.
    func fill(_ template: String, _ args: [String: MessageArgument]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var template = template
        return template.withUTF8 { b -> String in
            func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
            var out = ""
            var rest = 0
            while let open = b[rest...].firstIndex(of: 0x7B) {
                guard let close = b[(open + 1)...].firstIndex(of: 0x7D) else { break }
                out += text(rest..<open)
                if let a = args[text((open + 1)..<close)] { out += self.text(a) } else { out += text(open..<(close + 1)) }
                rest = close + 1
            }
            return out + text(rest..<b.count)
        }
    }

    public func text(_ a: MessageArgument) -> String {
        switch a {
        case .int(let n): return String(n)
        case .decimal(let d): return Value.decimal(d).display(lang)
        case .boolean(let b): return Value.boolean(b).display(lang)
        case .day(let d): return d.description
        case .text(let t): return t
        case .freeText(let t): return privacy.scrub(t)
        case .field(let path): return names.field(path, lang)
        case .ledger(let kind): return names.ledger(kind, lang)
        case .ledgerField(let kind, let field): return names.ledgerField(kind, field, lang)
        case .level(let key): return names.levels.name(key, lang)
        case .levelStation(let key): return names.levels.spec(key)?.station.text(lang) ?? key
        case .person(let p):
            if let n = p.name, !n.isEmpty { return privacy.name(n) }
            if let id = p.id, !id.isEmpty { return privacy.id(id) }
            return lang.pick("第 \(p.line) 行的记录", "the record on line \(p.line)")
        case .shownPerson(let s): return s
        case .idNumber(let s): return privacy.id(s)
        case .phone(let s): return privacy.phone(s)
        case .parameter(let name): return names.parameters[name].map(String.init) ?? name
        case .rules(let ids): return ids.joined(separator: lang.pick("、", ", "))
        case .location(let l): return l.formatted
        case .localized(let l): return l.text(lang)
        case .list(let items): return items.map(text).joined(separator: lang.pick("、", ", "))
        case .persons(let items, let limit):
            let shown = items.prefix(limit).map(text).joined(separator: lang.pick("、", ", "))
            if items.count <= limit { return shown }
            return shown + lang.pick(" 等 \(items.count) 人", " and \(items.count - limit) more")
        case .message(let m): return text(m)
        case .messages(let ms, let separator):
            return ms.map(text).joined(separator: MessageCatalog.templates[separator]?.text.text(lang) ?? "; ")
        }
    }
}

/// How a report names what the pack defines: declaration fields (one name per field: its own
/// name when no other field shares it, else with its parent's, `志愿服务队·名称`), ledgers (with
/// the pack's noun, `建档立卡台账`), ledger fields and levels.
public struct ReportNames: Sendable {
    public let levels: Levels
    let fields: [String: Localized]
    let ledgers: [String: Localized]
    let ledgerFields: [String: Localized]
    /// The pack's parameter values (after `--param`).
    let parameters: [String: Int]

    public init(_ pack: RulePack) {
        let schema = pack.schema
        levels = schema.levels
        parameters = pack.parameters.mapValues(\.value)
        var leaves: [(path: String, chain: [FieldSpec])] = []
        func walk(_ specs: [FieldSpec], _ prefix: String, _ chain: [FieldSpec]) {
            for f in specs {
                let path = prefix.isEmpty ? f.key : prefix + "." + f.key
                leaves.append((path, chain + [f]))
                walk(f.fields, path, chain + [f])
            }
        }
        walk(schema.station, "", [])
        // The block that holds the identity (`station`) is not said before its fields' names.
        let root = schema.identity.name.split(separator: ".").first.map(String.init)
        var count: [String: Int] = [:]
        for l in leaves { count[l.chain.last!.zh, default: 0] += 1 }
        var fields: [String: Localized] = [:]
        for l in leaves {
            let leaf = l.chain.last!
            var chain = l.chain
            if chain.count > 1, chain.first?.key == root { chain.removeFirst() }
            if count[leaf.zh, default: 0] > 1 || chain.count == 1 {
                fields[l.path] = Localized(zh: chain.map(\.zh).joined(separator: "·"), en: chain.map(\.key).joined(separator: "."))
            } else {
                fields[l.path] = Localized(zh: leaf.zh, en: leaf.key)
            }
        }
        self.fields = fields
        var ledgers: [String: Localized] = [:]
        var ledgerFields: [String: Localized] = [:]
        for spec in schema.ledgers {
            ledgers[spec.key] = Localized(zh: schema.ledgerName(spec.key, .zh), en: schema.ledgerName(spec.key, .en))
            for f in spec.fields { ledgerFields[spec.key + "." + f.key] = Localized(zh: f.zh, en: f.key) }
        }
        self.ledgers = ledgers
        self.ledgerFields = ledgerFields
    }

    public func field(_ path: String, _ lang: Language) -> String { fields[path]?.text(lang) ?? path }
    public func ledger(_ kind: String, _ lang: Language) -> String { ledgers[kind]?.text(lang) ?? kind }
    public func ledgerField(_ kind: String, _ field: String, _ lang: Language) -> String {
        ledgerFields[kind + "." + field]?.text(lang) ?? field
    }
}
