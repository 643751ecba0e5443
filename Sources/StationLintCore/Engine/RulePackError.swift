/// Why a rule pack could not be loaded: a message at `file:line:column`, like any input.
public struct RulePackError: Error, Sendable {
    public let location: Location
    public let message: Localized

    public init(_ location: Location, _ zh: String, _ en: String) {
        self.location = location
        self.message = Localized(zh: zh, en: en)
    }

    public func diagnostic(_ lang: Language) -> Diagnostic {
        Diagnostic(location: location, message: message.text(lang))
    }
}
