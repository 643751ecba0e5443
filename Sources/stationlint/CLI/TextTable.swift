import StationLintCore

/// Rows printed as aligned columns (by display width, so Chinese lines up); the last column is
/// never padded, so long titles just run on.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    func render() -> String {
        let all = [header] + rows
        let count = header.count
        var widths = [Int](repeating: 0, count: count)
        for row in all { for (i, cell) in row.enumerated() where i < count - 1 { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        return all.map { row in
            row.enumerated().map { i, cell in i < count - 1 ? DisplayWidth.pad(cell, to: widths[i]) : cell }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

/// Reading `--level`: a level of the pack's vocabulary, in English or Chinese (`county`, `县级`).
enum LevelOption {
    static func parse(_ text: String, pack: RulePack) throws -> String {
        let vocabulary = pack.schema.vocabularies["level"]
        guard let level = vocabulary?.canonical(text) ?? (pack.rules.contains { $0.levels.contains(text) } ? text : nil) else {
            let known = vocabulary?.values ?? Array(Set(pack.rules.flatMap(\.levels))).sorted()
            throw UsageError.invalidValue(option: "--level", value: text, expected: known.joined(separator: "|"))
        }
        return level
    }
}
