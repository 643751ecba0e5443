/// `count: KIND`, `min: N` — the ledger has at least N records (persons: 名; others: 条).
/// A ledger of persons is counted by person: by its person id (the `person_id` role), a person
/// listed twice counts once and the repetition is named at its position; a record whose id does
/// not read is not counted and is said (CLAUSES.md "Persons are counted by person").
struct CountCheck: Check {
    static let name = "count"
    static let options = ["min"]
    static let persons = MessageTemplate("count.persons", zh: "{title} {count} 名", en: "{title}: {count}")
    static let records = MessageTemplate("count.records", zh: "{title} {count} 条", en: "{title}: {count}")
    static let tooFewPersons = MessageTemplate("count.too_few_persons",
        zh: "{title} {count} 名，少于 {min} 名", en: "{title}: {count}, fewer than {min}")
    static let tooFewRecords = MessageTemplate("count.too_few_records",
        zh: "{title} {count} 条，少于 {min} 条", en: "{title}: {count}, fewer than {min}")
    static let repeatedPerson = MessageTemplate("count.repeated_person",
        zh: "{person}（{at}，与 {first} 同一{id}）", en: "{person} ({at}, same {id} as {first})")
    static let repeatedOne = MessageTemplate("count.repeated_one",
        zh: "{count} 条重复登记同一人，按一人计：{persons}", en: "{count} repeated record of the same person, counted once: {persons}")
    static let repeated = MessageTemplate("count.repeated",
        zh: "{count} 条重复登记同一人，按一人计：{persons}", en: "{count} repeated records of the same person, counted once: {persons}")
    static let describingPersons = MessageTemplate("count.describe_persons",
        zh: "{title}不少于 {min} 名", en: "{ledger} lists at least {min} persons")
    static let describingRecords = MessageTemplate("count.describe_records",
        zh: "{ledger}不少于 {min} 条记录", en: "{ledger} has at least {min} records")
    static let messages = [persons, records, tooFewPersons, tooFewRecords, repeatedPerson, repeatedOne, repeated,
                           describingPersons, describingRecords]
    let kind: String
    /// The ledger's own name without the pack's noun (`思想政治指导员`): "思想政治指导员 4 名".
    let title: Localized
    /// The person-id field of a ledger of persons (nil: records are counted).
    let idField: LedgerField?
    let minimum: Int
    let message: Localized?

    init(_ a: CheckArguments) throws(RulePackError) {
        let spec = try a.ledger(a.main)
        kind = spec.key
        title = Localized(zh: spec.zh, en: spec.key)
        idField = spec.persons ? try a.role(.personID, in: spec) : nil
        minimum = try a.reader.int(try a.fields.node("min"))
        message = a.message
    }

    func evaluate(_ c: CheckContext) -> CheckOutcome {
        var count: Int
        var location: [Location] = []
        var said: [Finding] = []
        switch c.ledger(kind) {
        case .missing: count = 0
        case .unreadable: if case .failure(let box) = c.requireLedger(kind) { return box.outcome }; count = 0
        case .loaded(let l):
            count = l.records.count; location = [l.location(l.mark)]
            if let idField, let idIndex = l.index(idField) {
                var seen: [PersonKey: Record] = [:]
                var repeats: [Location] = []
                var repeated: [MessageArgument] = []
                count = 0
                for r in l.records {
                    guard let id = r.personKey(idIndex) else { continue }
                    if let first = seen[id] {
                        repeats.append(l.location(r.mark(idIndex)))
                        repeated.append(.message(Message(Self.repeatedPerson, [
                            "person": c.person(r, in: l), "at": .location(l.location(r.mark(idIndex))),
                            "first": .location(l.location(first.mark(idIndex))),
                            "id": .ledgerField(ledger: kind, field: idField.key),
                        ])))
                    } else {
                        seen[id] = r
                        count += 1
                    }
                }
                if !repeated.isEmpty {
                    said.append(Finding(repeated.count == 1 ? Self.repeatedOne : Self.repeated,
                                        ["count": .int(repeated.count), "persons": c.names(repeated)], Array(repeats.prefix(10))))
                }
                said += c.unread(l, [idField])
            }
        }
        let args: [String: MessageArgument] = ["title": .localized(title), "ledger": .ledger(kind), "count": .int(count), "min": .int(minimum)]
        let persons = idField != nil
        if count >= minimum { return .pass([Finding(persons ? Self.persons : Self.records, args)] + said) }
        return .fail([Finding(.override(message, else: Message(persons ? Self.tooFewPersons : Self.tooFewRecords, args), args), location)] + said)
    }

    func describe() -> Message {
        Message(idField != nil ? Self.describingPersons : Self.describingRecords,
                ["title": .localized(title), "ledger": .ledger(kind), "min": .int(minimum)])
    }
}
