/// What a check found, as data: the id of a message template and its typed arguments. The engine
/// says *what* (a count, a field, a ledger, a person); the Report layer says it in the report's
/// language, names fields and ledgers as the pack does and masks personal data
/// (`MessageRenderer`). A JSON report keeps both the rendered text and this, so it can be rendered
/// again in another language.
public struct Message: Sendable, Hashable {
    public let id: String
    public let args: [String: MessageArgument]

    public init(_ template: MessageTemplate, _ args: [String: MessageArgument] = [:]) {
        id = template.id
        self.args = args
    }

    public init(id: String, args: [String: MessageArgument]) {
        self.id = id
        self.args = args
    }

    /// A text the pack gives (a rule's `message:` or `manual:`), with `{name}` placeholders
    /// filled from `args`.
    public static func pack(_ text: Localized, _ args: [String: MessageArgument] = [:]) -> Message {
        var all = args
        all[MessageTemplate.packTextArgument] = .localized(text)
        return Message(MessageTemplate.packText, all)
    }
}

/// One typed argument of a message. Names (`field`, `ledger`, `level`) are keys the Report layer
/// looks up in the pack; persons, ID and phone numbers are masked there, not here.
public indirect enum MessageArgument: Sendable, Hashable {
    case int(Int)
    case decimal(Double)
    case boolean(Bool)
    case day(Day)
    /// Text from the input, shown as written (a value, a file name).
    case text(String)
    /// Text a person wrote (an attestation): shown with the ID and phone numbers in it masked.
    case freeText(String)
    /// A declaration field, by its dotted path.
    case field(String)
    /// A ledger kind, named with the pack's noun for a ledger (`建档立卡台账`).
    case ledger(String)
    /// A field of a ledger kind.
    case ledgerField(ledger: String, field: String)
    /// A level of station (`县级`).
    case level(String)
    /// What a station of a level is called (`乡镇站`).
    case levelStation(String)
    /// A person a record names: masked unless personal data is shown.
    case person(PersonRef)
    /// A person as an earlier report showed them (already masked or shown as it chose).
    case shownPerson(String)
    case idNumber(String)
    case phone(String)
    /// A named parameter of the pack, said as its value (in `describe`, where no station is).
    case parameter(String)
    /// Rule ids (`DB14-5.4.1.3`).
    case rules([String])
    case location(Location)
    /// Text the pack gives in both languages.
    case localized(Localized)
    /// Items joined as the language joins a list (`、`).
    case list([MessageArgument])
    /// At most `limit` persons, then how many more.
    case persons([MessageArgument], limit: Int)
    case message(Message)
    /// Messages joined with `separator` (a template id whose text is the separator).
    case messages([Message], separator: String)
}

/// A person named by a record: the name, else the ID number, else the record's line.
public struct PersonRef: Sendable, Hashable {
    public let name: String?
    public let id: String?
    public let line: Int

    public init(name: String?, id: String?, line: Int) {
        self.name = name
        self.id = id
        self.line = line
    }
}

/// A message's text in both languages, with `{name}` placeholders for its arguments. Each check
/// primitive lists the templates it uses (`Check.messages`); `MessageCatalog` gathers them.
public struct MessageTemplate: Sendable {
    public let id: String
    public let text: Localized

    public init(_ id: String, zh: String, en: String) {
        self.id = id
        text = Localized(zh: zh, en: en)
    }

    /// The template of a text the pack gives: the text is itself an argument.
    public static let packText = MessageTemplate("pack.text", zh: "", en: "")
    public static let packTextArgument = "_text"
}
