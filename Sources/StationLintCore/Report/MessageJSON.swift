import Foundation

/// A message in the JSON report: `{"id": "count.too_few", "args": {"count": {"int": 3}, …}}`,
/// each argument an object naming its kind, so that `merge` can render the report again in
/// another language. Personal arguments are written as the report shows them (masked).
extension Message {
    public func json() -> JSON {
        .object([("id", .string(id)), ("args", .object(args.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json()) }))])
    }

    /// The message a JSON report wrote; nil when it is not one.
    public init?(json: Any) {
        guard let o = json as? [String: Any], let id = o["id"] as? String else { return nil }
        var args: [String: MessageArgument] = [:]
        for (k, v) in o["args"] as? [String: Any] ?? [:] {
            guard let a = MessageArgument(json: v) else { return nil }
            args[k] = a
        }
        self.init(id: id, args: args)
    }
}

extension MessageArgument {
    public func json() -> JSON {
        switch self {
        case .int(let n): return .object([("int", .int(n))])
        case .decimal(let d): return .object([("decimal", d.isFinite ? .number(String(d)) : .null)])
        case .boolean(let b): return .object([("boolean", .bool(b))])
        case .day(let d): return .object([("day", .string(d.description))])
        case .text(let t): return .object([("text", .string(t))])
        case .freeText(let t): return .object([("freeText", .string(t))])
        case .field(let p): return .object([("field", .string(p))])
        case .ledger(let k): return .object([("ledger", .string(k))])
        case .ledgerField(let k, let f): return .object([("ledgerField", .array([.string(k), .string(f)]))])
        case .level(let k): return .object([("level", .string(k))])
        case .levelStation(let k): return .object([("levelStation", .string(k))])
        // Masked before a report is written (`ReportInput`); said as shown if not.
        case .person(let p): return .object([("person", .string(p.name ?? p.id ?? "#\(p.line)"))])
        case .shownPerson(let s), .idNumber(let s), .phone(let s): return .object([("person", .string(s))])
        case .parameter(let n): return .object([("parameter", .string(n))])
        case .rules(let ids): return .object([("rules", .array(ids.map { .string($0) }))])
        case .location(let l): return .object([("location", l.json())])
        case .localized(let l): return .object([("localized", .object([("zh", .string(l.zh)), ("en", .string(l.en))]))])
        case .list(let items): return .object([("list", .array(items.map { $0.json() }))])
        case .persons(let items, let limit): return .object([("persons", .array(items.map { $0.json() })), ("limit", .int(limit))])
        case .message(let m): return .object([("message", m.json())])
        case .messages(let ms, let separator): return .object([("messages", .array(ms.map { $0.json() })), ("separator", .string(separator))])
        }
    }

    init?(json: Any) {
        guard let o = json as? [String: Any] else { return nil }
        func items(_ key: String) -> [MessageArgument]? {
            guard let list = o[key] as? [Any] else { return nil }
            let parsed = list.compactMap(MessageArgument.init(json:))
            return parsed.count == list.count ? parsed : nil
        }
        if let n = o["int"] as? Int { self = .int(n) }
        else if let d = o["decimal"] as? NSNumber { self = .decimal(d.doubleValue) }
        else if let b = o["boolean"] as? Bool { self = .boolean(b) }
        else if let t = o["day"] as? String, let d = Day.parse(t) { self = .day(d) }
        else if let t = o["text"] as? String { self = .text(t) }
        else if let t = o["freeText"] as? String { self = .freeText(t) }
        else if let t = o["field"] as? String { self = .field(t) }
        else if let t = o["ledger"] as? String { self = .ledger(t) }
        else if let pair = o["ledgerField"] as? [String], pair.count == 2 { self = .ledgerField(ledger: pair[0], field: pair[1]) }
        else if let t = o["level"] as? String { self = .level(t) }
        else if let t = o["levelStation"] as? String { self = .levelStation(t) }
        else if let t = o["person"] as? String { self = .shownPerson(t) }
        else if let t = o["parameter"] as? String { self = .parameter(t) }
        else if let ids = o["rules"] as? [String] { self = .rules(ids) }
        else if let l = o["location"] as? [String: Any], let loc = ReportDecoding.location(l) { self = .location(loc) }
        else if let l = o["localized"] as? [String: Any], let zh = l["zh"] as? String, let en = l["en"] as? String { self = .localized(Localized(zh: zh, en: en)) }
        else if let list = items("list") { self = .list(list) }
        else if let list = items("persons"), let limit = o["limit"] as? Int { self = .persons(list, limit: limit) }
        else if let m = o["message"].flatMap(Message.init(json:)) { self = .message(m) }
        else if let list = o["messages"] as? [Any], let separator = o["separator"] as? String {
            let ms = list.compactMap(Message.init(json:))
            guard ms.count == list.count else { return nil }
            self = .messages(ms, separator: separator)
        } else { return nil }
    }
}
