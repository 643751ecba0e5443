/// The clauses of a standard's text (`standard.txt` beside `pack.yaml`), each where it stands:
/// a line that starts (after spaces and a stray "- " left by the PDF) with a dotted number and
/// a space, `5.2.1.6 从退役军人…`. A number that other numbers extend (`5.2`, `5.2.1`) is a
/// heading, not a clause; a number is taken where it first stands. Numbers alone on their line
/// (terms and definitions, `3.1`) and undotted ones (chapters, the table of contents) are not
/// clauses.
public struct StandardClauses: Sendable {
    public struct Clause: Sendable, Equatable {
        public let number: String
        public let location: Location
    }

    public let clauses: [Clause]

    public init(_ bytes: [UInt8], file: String) {
        var found: [Clause] = []
        var seen = Set<String>()
        var lineNumber = 0
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(String(decoding: raw, as: UTF8.self))
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            var column = 1
            while let first = line.unicodeScalars.first, first == " " || first == "\t" || first == "\u{3000}" {
                line = Substring(line.unicodeScalars.dropFirst())
                column += 1
            }
            if line.hasPrefix("- ") {
                line = line.dropFirst(2)
                column += 2
            }
            // A clause number: digits and dots (5.2.1.6), or a letter first (an annex's A.1).
            let lead = line.first.map { $0.isASCII && $0.isUppercase } == true ? 1 : 0
            let number = line.prefix(lead) + line.dropFirst(lead).prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard number.first.map({ $0.isNumber || $0.isUppercase }) == true, number.last?.isNumber == true, number.contains("."),
                  let after = line.dropFirst(number.count).first, after == " " || after == "\u{3000}" else { continue }
            if seen.insert(String(number)).inserted {
                found.append(Clause(number: String(number), location: Location(file: file, line: lineNumber, column: column)))
            }
        }
        // Every proper prefix of a number that stands itself is a heading (5.2 and 5.2.1 of 5.2.1.6).
        let numbers = Set(found.map(\.number))
        var headings = Set<String>()
        for n in numbers {
            var p = Substring(n)
            while let dot = p.lastIndex(of: ".") {
                p = p[..<dot]
                if numbers.contains(String(p)) { headings.insert(String(p)) }
            }
        }
        clauses = found.filter { !headings.contains($0.number) }
    }

    /// The clauses no rule of the pack names.
    public func uncovered(by pack: RulePack) -> [RulePackError] {
        let covered = Set(pack.rules.map(\.clause))
        return clauses.filter { !covered.contains($0.number) }.map { c in
            RulePackError(c.location, "条款 \(c.number) 没有对应的规则（每个条款都应有规则：自动检查、manual 或 not_applicable）",
                        "the clause \(c.number) has no rule (every clause needs one: checked, manual or not_applicable)")
        }
    }
}
