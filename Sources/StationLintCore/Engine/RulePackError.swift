/// A problem in a rule pack: a message at `file:line:column`, like any input. Thrown when the pack
/// cannot be loaded (`RulePackLoader`); listed when it loads but does not verify (an example that
/// does not give its status, a clause no rule covers, a parameter nobody reads: `PackVerification`).
public struct RulePackError: UserFacingError, Sendable {
    public let location: Location
    public let message: Localized

    public init(_ location: Location, _ zh: String, _ en: String) {
        self.location = location
        self.message = Localized(zh: zh, en: en)
    }

    /// This error at its own place in the pack (`file` is not needed).
    public func diagnostic(file: String?, lang: Language) -> Diagnostic {
        Diagnostic(location: location, message: message.text(lang))
    }
}
