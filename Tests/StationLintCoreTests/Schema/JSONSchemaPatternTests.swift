import Foundation
import XCTest
@testable import StationLintCore

/// Each pattern of the emitted schemas accepts exactly the text stationlint reads as its type:
/// thousands of generated spellings (forms, widths, separators, edge spaces, near misses) go
/// through `ValueTyper` and through the pattern (ICU here), and must get the same answer. The
/// same patterns are then compiled as an editor compiles them (ECMA-262 with the `u` flag, by
/// node) and must answer the same again.
final class JSONSchemaPatternTests: XCTestCase {
    let typer = ValueTyper(vocabularies: PackFixture.pack.schema.vocabularies, asOf: Day(year: 2999, month: 12, day: 31)!,
                           lang: .en, privacy: PersonalData(show: true))

    /// Pattern → (text, what stationlint says): what this test tried, for the ECMA-262 run.
    var tried: [String: [(String, Bool)]] = [:]

    static var node: String? {
        ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func assertSame(_ pattern: String, _ samples: [String], _ what: String, accepted: (String) -> Bool,
                    file: StaticString = #filePath, line: UInt = #line) throws {
        let regex = try NSRegularExpression(pattern: pattern)
        var mismatches: [String] = []
        var counts = (yes: 0, no: 0)
        for s in Set(samples).sorted() {
            let tool = accepted(s)
            let ns = s as NSString
            let matched = regex.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) != nil
            if tool { counts.yes += 1 } else { counts.no += 1 }
            if tool != matched { mismatches.append("\(tool ? "stationlint reads" : "stationlint refuses") \(s.debugDescription), the pattern \(matched ? "matches" : "does not")") }
            tried[pattern, default: []].append((s, tool))
        }
        XCTAssertTrue(mismatches.isEmpty, "\(what): \(mismatches.count) of \(Set(samples).count) differ:\n" + mismatches.prefix(20).joined(separator: "\n"),
                      file: file, line: line)
        XCTAssertTrue(counts.yes > 0 && counts.no > 0, "\(what): the samples must hold both valid and invalid text", file: file, line: line)
    }

    func reads(_ s: String, as type: FieldType) -> Bool { !typer.value(s, as: type).isInvalid }

    // MARK: generated spellings

    /// Full-width forms of ASCII, as a Chinese input method types them.
    static func wide(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { u in
            (0x21...0x7E).contains(u.value) ? Unicode.Scalar(u.value + 0xFEE0)! : u
        }))
    }

    /// `s` itself, full-width, with edge spaces of each kind, and with one character widened.
    static func variants(_ s: String) -> [String] {
        var out = [s, wide(s), " " + s, s + " ", "\t" + s + "\u{3000}", "\u{3000}" + s, "x" + s, s + "x", s + "\n"]
        if let i = s.indices.dropFirst().first { out.append(String(s[..<i]) + wide(String(s[i...]))) }
        return out
    }

    func testDates() throws {
        var samples: [String] = []
        let years = ["1899", "1900", "2000", "2023", "2024", "2100", "2400", "2999", "3000", "24", "02024"]
        let months = ["0", "1", "2", "02", "9", "09", "10", "12", "13", "00"]
        let days = ["0", "1", "01", "9", "28", "29", "30", "31", "32", "001"]
        for y in years {
            for m in months {
                for d in days {
                    samples += ["\(y)-\(m)-\(d)", "\(y)/\(m)/\(d)", "\(y).\(m).\(d)", "\(y)年\(m)月\(d)日"]
                }
                samples += ["\(y)\(m.count == 1 ? "0" + m : m)15", "\(y)-\(m)/15", "\(y) 年 \(m) 月 29 号", "\(y)年\(m)月31"]
            }
        }
        for base in ["2024-02-29", "2023/2/29", "2024年2月29日", "20240229", "2024.9.10", "2000/2/29", "1900/2/29"] {
            samples += Self.variants(base)
        }
        for time in [" 0:00", " 08:30:00", "  23:59:59", " 24:00", " 8:5", " 12:60", " 12:00:60", "0:00", " 12:00 "] {
            samples += ["2024/9/10" + time, "2024-09-10" + time, "20240910" + time, "2024年9月10日" + time, Self.wide("2024/9/10" + time)]
        }
        samples += ["", " ", "2024", "2024-9", "2024--9-10", "２０２４年９月１０日", "2024年9月10日 ", "2024 年9月10日", "2024-9-10 ", "二〇二四年九月十日"]
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.date), samples, "date") { reads($0, as: .date) }
    }

    func testBooleansIntegersDecimalsAndCodes() throws {
        var booleans: [String] = []
        for w in ["true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "是", "否", "yes", "no", "on", "1", "0", "真", "是的"] { booleans += Self.variants(w) }
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.boolean), booleans, "boolean") { reads($0, as: .boolean) }

        var random = SplitMix64(seed: 20241231)
        let numberCharacters = Array("+-.0123456789")
        var integers: [String] = ["", "+", "-", "12a", "1 2", "1,000", "1_000", "0x1F"]
        var decimals: [String] = integers + [".", "..", "1.2.3", "1e5", "+.5", "-5.", ".5"]
        for _ in 0..<3000 {
            let n = random.next(upTo: 36)
            let s = String((0..<n).map { _ in numberCharacters[random.next(upTo: numberCharacters.count)] })
            let digitsOnly = (random.next(upTo: 3) == 0 ? "-" : "") + String((0..<n).map { _ in "0123456789".randomElement(using: &random)! })
            decimals += [s, random.next(upTo: 5) == 0 ? Self.wide(s) : " " + s]
            integers += [digitsOnly, Self.wide(digitsOnly), s]
        }
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.integer), integers, "integer") { reads($0, as: .integer) }
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.decimal), decimals, "decimal") { reads($0, as: .decimal) }

        var codes: [String] = []
        for c in ["140105000000", "14010500000", "1401050000000", "14010500000X", "140105 000000"] { codes += Self.variants(c) }
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.divisionCode), codes, "division code") { reads($0, as: .divisionCode) }
    }

    func testIDNumbers() throws {
        var samples: [String] = []
        var random = SplitMix64(seed: 7)
        let births = ["19900101", "20000229", "19000229", "21000229", "20240230", "19991301", "18991231", "30000101", "19900100", "19900431", "19900531"]
        for birth in births {
            for _ in 0..<6 {
                let first = "1401" + String(random.next(upTo: 90) + 10) + birth + String(random.next(upTo: 900) + 100)
                // The right check digit, so that only what a pattern can see decides.
                let check = Character(UnicodeScalar(ValueReaders.idCheckDigit(Array(first.utf8))!))
                let id = first + String(check)
                samples += Self.variants(id)
                if check == "X" { samples.append(first + "x") }
                samples += [String(id.dropLast()), id + "1", first + "Y", "1.40105E+17"]
            }
        }
        // A wrong check digit is stationlint's to find: the pattern takes it.
        let accepted: (String) -> Bool = { s in
            let text = WidthFolding.ascii(s).trimmingSpaces()
            guard !SpreadsheetNumber.isMangled(text) else { return false }
            var id = text
            if id.utf8.last == 0x78 { id = String(id.dropLast()) + "X" }
            switch ValueReaders.idNumberProblem(id) {
            case nil, .checkDigit?: return true
            default: return false
            }
        }
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.idNumber), samples, "ID number", accepted: accepted)
    }

    func testPhones() throws {
        var samples: [String] = []
        let numbers = ["13812345678", "138 1234 5678", "138-1234-5678", "1381234567", "12812345678", "23812345678",
                       "0351-7654321", "0351—7654321", "0351–7654321", "0351 - 7654321", "0351 7654321", "03517654321", "035176543210",
                       "(0351)7654321", "（0351）7654321", "(0351) 7654321", "(0351)-7654321", "(035)7654321", "(010)12345678",
                       "010-12345678", "01012345678", "0101234567", "021-1234567-123", "0351-7654321-1234567", "0351-765432",
                       "035-5612345", "0051-7654321", "1381-234-5678", "138 1234 5678 9", "0351-7654321-", "+86 13812345678",
                       "+8613812345678", "86 13812345678", "86-138-1234-5678", "8613812345678", "+86 0351-7654321", "86 (0351)7654321",
                       "+86", "", "电话", "0351-7654321 转 8", "(0351 7654321"]
        for n in numbers { samples += Self.variants(n) }
        try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.phone), samples, "phone") { reads($0, as: .phone) }
    }

    /// Every spelling the pack lists, and what `TextNormalizer.key` folds onto one: case, width,
    /// spaces and punctuation around or inside; alone and in a list written as one value.
    func testVocabulariesAloneAndInLists() throws {
        var random = SplitMix64(seed: 11)
        let inserts = [" ", "\u{3000}", "·", "“", "”", "（", ")", "_", "-", "《", "》", "\t", "、", "，", ";", "\n", "x", "甲"]
        for (name, vocabulary) in PackFixture.pack.schema.vocabularies.sorted(by: { $0.key < $1.key }) {
            var spellings: [String] = []
            for e in vocabulary.entries { spellings += [e.value] + e.aliases + (e.zh.map { [$0] } ?? []) }
            var samples: [String] = []
            for s in spellings {
                samples += Self.variants(s) + [s.uppercased(), String(s.dropLast()), s + s]
                for _ in 0..<3 {
                    var chars = Array(s)
                    chars.insert(contentsOf: inserts[random.next(upTo: inserts.count)], at: random.next(upTo: chars.count + 1))
                    samples.append(String(chars))
                }
            }
            let type: FieldType = name == "level" ? .level : .vocabulary(name)
            try assertSame(JSONSchemaPatterns.whole(JSONSchemaPatterns.vocabulary(vocabulary, inList: false)), samples, "vocabulary \(name)") {
                reads($0, as: type)
            }
            var lists: [String] = ["", " ", "、", "，，"]
            for _ in 0..<60 {
                let parts = (0..<(1 + random.next(upTo: 3))).map { _ in samples[random.next(upTo: samples.count)] }
                lists.append(parts.joined(separator: ["、", ",", "，", "；", ";", "\n", " 、 "][random.next(upTo: 7)]))
            }
            try assertSame(JSONSchemaPatterns.list(of: JSONSchemaPatterns.vocabulary(vocabulary, inList: true)), lists + samples,
                           "a list of \(name) in one value") { text in
                TextNormalizer.splitList(text).allSatisfy { reads($0, as: type) }
            }
        }
    }

    /// The characters the patterns are built from are the ones the tool's functions group.
    func testTheCharacterTablesAreTheTools() {
        let c = JSONSchemaPatterns.characters
        XCTAssertEqual(Set(c.folded["7"] ?? []), ["7", "７"])
        XCTAssertEqual(Set(c.folded[" "] ?? []), [" ", "\u{3000}"])
        XCTAssertEqual(Set(c.keyed["a"] ?? []), ["a", "A", "ａ", "Ａ"])
        XCTAssertEqual(Set(c.separators), ["、", "，", ",", "；", ";", "\n"])
        XCTAssertEqual(Set(c.edgeSpaces), [" ", "\t", "\u{3000}"])
        XCTAssertTrue(["（", "》", "_", "·", "\u{3000}", "\u{2014}"].allSatisfy { c.ignorable.contains($0) })
        XCTAssertFalse(c.ignorable.contains("甲"))
    }

    /// After each test, every pattern it tried, compiled by node as `new RegExp(p, "u")` (as
    /// editors built on VS Code's JSON support compile `pattern`), must answer as ICU did.
    override func tearDownWithError() throws {
        guard !tried.isEmpty, let node = Self.node else { return }
        let patterns = tried.keys.sorted()
        let input = JSON.array(patterns.map { p in
            .object([("pattern", .string(p)), ("texts", .array(tried[p]!.map { .string($0.0) }))])
        }).serialized(pretty: false)
        let script = """
            const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            console.log(JSON.stringify(cases.map(c => { const r = new RegExp(c.pattern, 'u'); return c.texts.map(t => r.test(t)); })));
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "node could not compile or run a pattern: \(err)")
        guard let answers = try JSONSerialization.jsonObject(with: out) as? [[Bool]] else { return XCTFail("node said: \(err)") }
        var differ: [String] = []
        for (p, answer) in zip(patterns, answers) {
            for ((text, tool), js) in zip(tried[p]!, answer) where tool != js {
                differ.append("\(text.debugDescription): stationlint \(tool), ECMA-262 \(js), pattern \(p.prefix(60))…")
            }
        }
        XCTAssertTrue(differ.isEmpty, "ECMA-262: \(differ.count) differ:\n" + differ.prefix(20).joined(separator: "\n"))
    }

    func testNodeIsThereToCompileThePatternsAsEditorsDo() throws {
        if Self.node == nil {
            throw XCTSkip("node is not installed, so the patterns are not also compiled as ECMA-262 (apt-get install nodejs)")
        }
    }
}

private extension SplitMix64 {
    mutating func next(upTo n: Int) -> Int { Int(next() % UInt64(n)) }
}
