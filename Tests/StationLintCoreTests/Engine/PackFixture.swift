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

    /// Evaluates one rule on an example station, its result rendered in `lang`.
    static func run(_ rule: Rule, _ example: RuleExample, lang: Language = .zh) -> RuleResult? {
        guard let files = pack.examples.files(for: example) else { return nil }
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: example.asOf ?? pack.examples.asOf, lang: lang))
        let station = evaluator.load(files, path: "example")
        return evaluator.evaluate(station, only: [rule.id]).rendered(pack, lang: lang).results.first
    }
}
