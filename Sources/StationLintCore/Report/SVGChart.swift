/// Charts as inline SVG text, pure functions from numbers to markup: no script, no network, no
/// colour that carries meaning (greys, a hatch and printed labels, so a black-and-white print
/// says the same; no namespace URL, as inline SVG in HTML needs none). Every chart is one `<svg role="img">` with a `<title>` and `aria-label`;
/// every number it draws is also printed as text in it. Sizes grow with the rows drawn (units,
/// sections), never with the stations: a province of 2,000 stations draws tens of rows.
public enum SVGChart {
    /// A row of a horizontal bar chart: `value` on the 0…`scale` axis, `note` printed after it.
    public struct Bar: Sendable {
        public let label: String
        public let value: Double
        public let note: String
        /// Drawn hatched (a unit tied in rank, a section below full marks).
        public let marked: Bool
        public init(label: String, value: Double, note: String, marked: Bool = false) {
            self.label = label
            self.value = value
            self.note = note
            self.marked = marked
        }
    }

    /// A row of a box plot: the five numbers of a unit's scores.
    public struct Box: Sendable {
        public let label: String
        public let min: Double, q1: Double, median: Double, q3: Double, max: Double
        public let note: String
        public init(label: String, min: Double, q1: Double, median: Double, q3: Double, max: Double, note: String) {
            self.label = label
            self.min = min
            self.q1 = q1
            self.median = median
            self.q3 = q3
            self.max = max
            self.note = note
        }
    }

    static let rowHeight = 18
    static let labelWidth = 150
    static let plotWidth = 400
    static let noteWidth = 150
    static let top = 26

    /// Horizontal bars, one per row, on an axis from 0 to `scale`, each with its label on the
    /// left and its note (the number) on the right.
    public static func bars(title: String, _ rows: ArraySlice<Bar>, scale: Double = 100, id: String) -> String {
        let height = top + rows.count * rowHeight + 20
        let width = labelWidth + plotWidth + noteWidth
        var body = [hatch(id)]
        body += axis(scale: scale, y0: top - 4, y1: top + rows.count * rowHeight)
        for (i, r) in rows.enumerated() {
            let y = top + i * rowHeight
            let w = x(r.value, scale) - Double(labelWidth)
            body.append(label(r.label, y: y))
            body.append("<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(n(Swift.max(0, w)))\" height=\"\(rowHeight - 6)\" fill=\"\(r.marked ? "url(#\(id)-hatch)" : "#8c8c8c")\" stroke=\"#333\" stroke-width=\"0.6\"/>")
            body.append(text(r.note, x: Double(labelWidth + plotWidth + 6), y: y))
        }
        return svg(width: width, height: height, title: title, body)
    }

    /// A box plot, one box per row on a 0…100 axis: whiskers from min to max, the box from
    /// the lower to the upper quartile, a heavy line at the median; the note on the right.
    public static func boxes(title: String, _ rows: ArraySlice<Box>, id: String) -> String {
        let height = top + rows.count * rowHeight + 20
        let width = labelWidth + plotWidth + noteWidth
        var body = axis(scale: 100, y0: top - 4, y1: top + rows.count * rowHeight)
        for (i, r) in rows.enumerated() {
            let y = top + i * rowHeight
            let mid = Double(y) + Double(rowHeight) / 2
            body.append(label(r.label, y: y))
            body.append("<line x1=\"\(n(x(r.min, 100)))\" y1=\"\(n(mid))\" x2=\"\(n(x(r.max, 100)))\" y2=\"\(n(mid))\" stroke=\"#333\" stroke-width=\"1\"/>")
            for v in [r.min, r.max] {
                body.append("<line x1=\"\(n(x(v, 100)))\" y1=\"\(y + 5)\" x2=\"\(n(x(v, 100)))\" y2=\"\(y + rowHeight - 5)\" stroke=\"#333\" stroke-width=\"1\"/>")
            }
            body.append("<rect x=\"\(n(x(r.q1, 100)))\" y=\"\(y + 3)\" width=\"\(n(Swift.max(1, x(r.q3, 100) - x(r.q1, 100))))\" height=\"\(rowHeight - 6)\" fill=\"#d0d0d0\" stroke=\"#333\" stroke-width=\"0.8\"/>")
            body.append("<line x1=\"\(n(x(r.median, 100)))\" y1=\"\(y + 2)\" x2=\"\(n(x(r.median, 100)))\" y2=\"\(y + rowHeight - 2)\" stroke=\"#000\" stroke-width=\"2.5\"/>")
            body.append(text(r.note, x: Double(labelWidth + plotWidth + 6), y: y))
        }
        return svg(width: width, height: height, title: title, body)
    }

    /// A heat map: a row per unit, a column per section, each cell shaded by its pass rate
    /// (darker is worse) with the rate printed in it; an empty cell has nothing applicable.
    public static func heatMap(title: String, rows: [String], columns: [String], cells: [[(passed: Int, applicable: Int)?]], id: String) -> String {
        let cell = 52
        let width = labelWidth + columns.count * cell + 4
        let height = top + rows.count * rowHeight + 4
        var body: [String] = []
        for (j, c) in columns.enumerated() {
            body.append("<text x=\"\(labelWidth + j * cell + cell / 2)\" y=\"\(top - 8)\" text-anchor=\"middle\" font-weight=\"bold\">\(Escape.xmlText(c))</text>")
        }
        for (i, r) in rows.enumerated() {
            let y = top + i * rowHeight
            body.append(label(r, y: y))
            for j in columns.indices {
                let x0 = labelWidth + j * cell
                guard j < cells[i].count, let v = cells[i][j], v.applicable > 0 else {
                    body.append("<rect x=\"\(x0)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(rowHeight)\" fill=\"#fff\" stroke=\"#999\" stroke-width=\"0.5\"/>")
                    body.append("<text x=\"\(x0 + cell / 2)\" y=\"\(y + 13)\" text-anchor=\"middle\" fill=\"#555\">–</text>")
                    continue
                }
                let rate = Double(v.passed) / Double(v.applicable)
                // White at 100%, near black at 50% and below: the range that separates units.
                let darkness = Swift.min(1, Swift.max(0, (1 - rate) * 2))
                let grey = Int((255 - darkness * 215).rounded())
                let hex = String(grey, radix: 16)
                let fill = "#" + String(repeating: hex.count == 1 ? "0" + hex : hex, count: 3)
                body.append("<rect x=\"\(x0)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(rowHeight)\" fill=\"\(fill)\" stroke=\"#999\" stroke-width=\"0.5\"/>")
                body.append("<text x=\"\(x0 + cell / 2)\" y=\"\(y + 13)\" text-anchor=\"middle\" fill=\"\(grey < 128 ? "#fff" : "#000")\">\(RegionView.percent(v.passed, v.applicable))</text>")
            }
        }
        return svg(width: width, height: height, title: title, body)
    }

    // MARK: pieces

    static func svg(width: Int, height: Int, title: String, _ body: [String]) -> String {
        let t = Escape.xmlText(title)
        return "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(Escape.xml(title))\" font-size=\"10\">\n"
            + "<title>\(t)</title>\n" + body.joined(separator: "\n") + "\n</svg>"
    }

    /// The x of `value` on the plot (label column left of it).
    static func x(_ value: Double, _ scale: Double) -> Double {
        Double(labelWidth) + Swift.min(1, Swift.max(0, value / Swift.max(scale, 1e-9))) * Double(plotWidth)
    }

    static func axis(scale: Double, y0: Int, y1: Int) -> [String] {
        (0...5).flatMap { k -> [String] in
            let v = scale * Double(k) / 5
            let px = n(x(v, scale))
            return ["<line x1=\"\(px)\" y1=\"\(y0)\" x2=\"\(px)\" y2=\"\(y1)\" stroke=\"#bbb\" stroke-width=\"0.5\" stroke-dasharray=\"2 2\"/>",
                    "<text x=\"\(px)\" y=\"\(y0 - 4)\" text-anchor=\"middle\" fill=\"#444\">\(formatNumber(v))</text>"]
        }
    }

    static func hatch(_ id: String) -> String {
        "<defs><pattern id=\"\(id)-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#333\" stroke-width=\"2\"/></pattern></defs>"
    }

    /// The row's label at the left, cut to fit the label column (the table beside has it whole).
    static func label(_ s: String, y: Int) -> String {
        "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(Escape.xmlText(fitted(s, width: 24)))</text>"
    }

    static func text(_ s: String, x: Double, y: Int) -> String {
        "<text x=\"\(n(x))\" y=\"\(y + 13)\">\(Escape.xmlText(s))</text>"
    }

    /// `s` cut to `width` display columns with `…`.
    static func fitted(_ s: String, width: Int) -> String {
        if DisplayWidth.of(s) <= width { return s }
        var out = ""
        for ch in s {
            if DisplayWidth.of(out + String(ch)) > width - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }

    /// A coordinate with at most one decimal.
    static func n(_ v: Double) -> String {
        let s = formatOneDecimal(v)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    static func formatNumber(_ v: Double) -> String { n(v) }
}
