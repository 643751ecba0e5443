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
        let levels = pack.schema.levels
        guard let level = levels.vocabulary.canonical(text) else {
            throw UsageError.invalidValue(option: "--level", value: text, expected: levels.keys.joined(separator: "|"))
        }
        return level
    }
}
