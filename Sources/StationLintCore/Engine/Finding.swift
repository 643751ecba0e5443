/// What one check found: a message as data and where the evidence is.
public struct Finding: Sendable, Hashable {
    public var message: Message
    public var locations: [Location]

    public init(_ message: Message, _ locations: [Location] = []) {
        self.message = message
        self.locations = locations
    }

    public init(_ template: MessageTemplate, _ args: [String: MessageArgument] = [:], _ locations: [Location] = []) {
        self.init(Message(template, args), locations)
    }
}
