/// Takes the entries of one block sequence as the parser reads them, instead of the tree
/// keeping them: the sequence that is the value of a root key the sink asks for (a ledger's
/// `records:`). Each entry is handed over as soon as it is parsed — a block mapping as its
/// pairs, still in the parser's own buffer, anything else as a node — and the tree keeps only
/// a null in its place, at its position. A file of thousands of records is then typed record
/// by record, with no node, array or copy per record (`LedgerReader`).
///
/// The marks of what is handed over leave their column to be counted (`Mark.resolved(in:)`)
/// when a message names them. If the file does not parse, the parse fails as it would without
/// a sink (at a counted mark), and what the sink took is to be dropped.
protocol YAMLEntrySink: AnyObject {
    /// Whether the value of this root key is the sequence to hand over (asked for each root key).
    func streams(rootKey: UnsafeBufferPointer<UInt8>) -> Bool
    /// The value of that key is a block sequence: its entries follow.
    func sequenceStarts()
    /// An entry that is a block mapping: its pairs, at the mapping's position.
    func mapping(_ pairs: ArraySlice<Node.Pair>, at mark: Mark, _ source: ScalarSource)
    /// Any other entry (a scalar, a null, a flow collection, a nested sequence).
    func node(_ node: Node, _ source: ScalarSource)
}

/// The bytes that scalars of the `.span` kind point into, for reading them as text or bytes.
struct ScalarSource {
    let bytes: UnsafeBufferPointer<UInt8>

    func string(_ scalar: Scalar) -> String {
        switch scalar {
        case .text(let s): return s
        case .span(let start, let end): return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)]), as: UTF8.self)
        }
    }

    /// A mark of the entries handed over, its column counted (for a message).
    func resolved(_ mark: Mark) -> Mark { mark.resolved(in: bytes) }

    /// `body` with a scalar's UTF-8 bytes, without making a `String`.
    func withBytes<R>(_ scalar: Scalar, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch scalar {
        case .text(var s): return s.withUTF8 { body($0) }
        case .span(let start, let end): return body(UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)]))
        }
    }
}
