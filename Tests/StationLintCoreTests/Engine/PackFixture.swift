import ShippedRules
@testable import StationLintCore

/// The shipped pack, loaded once for the tests.
enum PackFixture {
    static let pack: RulePack = {
        do throws(RulePackError) {
            return try RulePackLoader.load(PackSource(origin: ShippedRules.origin, files: ShippedRules.files))
        } catch {
            fatalError("the shipped pack does not load: \(error.diagnostic(.en).formatted)")
        }
    }()

    /// Evaluates one rule on an example station (the code `verify-pack` runs).
    static func run(_ rule: Rule, _ example: RuleExample, lang: Language = .zh) -> RuleResult? {
        pack.run(rule, example, lang: lang)
    }
}
