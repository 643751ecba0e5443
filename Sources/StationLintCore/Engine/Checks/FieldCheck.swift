/// A check on one declared field and nothing else: `NAME: PATH`, with the rule's message
/// override. The pack reading (the path must be in the schema) is written here once.
protocol FieldCheck: Check {
    init(path: String, message: Localized?)
}

extension FieldCheck {
    static var options: [String] { [] }

    init(_ a: CheckArguments) throws(RulePackError) {
        self.init(path: try a.fieldPath(a.main), message: a.message)
    }
}
