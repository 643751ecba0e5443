/// How a check puts a typed value into a message or compares it.
extension Value {
    /// The value in a message: said in the report's language by the Report layer (是/true,
    /// numbers and dates as shown, a list's items joined as the language joins them).
    var argument: MessageArgument {
        switch self {
        case .text(let s): return .text(s)
        case .integer(let i): return .int(i)
        case .decimal(let d): return .decimal(d)
        case .boolean(let b): return .boolean(b)
        case .date(let d): return .day(d)
        case .list(let items): return .list(items.map(\.value.argument))
        case .invalid(let raw, _): return .text(raw)
        }
    }

    /// The value's text for comparing with a text the pack gives or another field: text as
    /// written, numbers and dates as shown, yes/no as 是/否 and a list joined with 、 — one text
    /// whatever the report's language, so that a verdict never depends on it.
    var comparedText: String { display(.zh) }
}
