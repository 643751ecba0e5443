#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The limits on what stationlint reads, so that no input — mistaken or hostile — can exhaust
/// the machine or stall a run. Each is far above what a real station needs (SPEC §11: a county
/// registry is a few MB; Shanxi has about 21,000 stations, China about 600,000), and each is
/// refused with its own message at a position, never a crash.
public enum InputLimits {
    /// The largest file read, in bytes: checked with `fstat` before a byte is read.
    public static let maxFileBytes = 128 * 1_048_576
    /// How many collections may nest in a YAML file (a root mapping is 1).
    public static let maxDepth = 64
    /// The longest line of a YAML or CSV file, in bytes (of UTF-8 text).
    public static let maxLineBytes = 1_048_576
    /// The longest key of a YAML mapping or name in a CSV header, in characters (YAML 1.2 and
    /// PyYAML refuse implicit keys longer than 1024 characters).
    public static let maxKeyCharacters = 1024
    /// The most records one ledger may hold.
    public static let maxRecordsPerLedger = 1_000_000
    /// The most stations one `check` may take; a larger region is checked with `--shard`.
    public static let maxStationsPerRun = 2_000_000

    /// The limits on an `.xlsx` workbook (a ZIP archive of XML parts), each checked on the
    /// declared sizes first and then again while inflating, so nothing is allocated past them.
    public enum Workbook {
        /// The most entries a workbook's ZIP archive may list (a real one has 10 to 50).
        public static let maxArchiveEntries = 10_000
        /// The most bytes one entry may inflate to.
        public static let maxEntryBytes = 256 * 1_048_576
        /// The most bytes all the parts read from one workbook may inflate to, together.
        public static let maxTotalBytes = 512 * 1_048_576
        /// The largest ratio of inflated to compressed size for an entry over
        /// `ratioCheckedAbove` bytes: XML compresses 10–30:1, a ZIP bomb 1000:1 and more.
        public static let maxCompressionRatio = 200
        /// Entries inflating to at most this many bytes are not held to the ratio.
        public static let ratioCheckedAbove = 1_048_576
        /// How many elements may nest in an XML part (a worksheet needs 5).
        public static let maxXMLDepth = 64
        /// The most rows a sheet may have, and the highest row number (the format's own limit).
        public static let maxRows = 1_048_576
        /// The highest column number (XFD, the format's own limit).
        public static let maxColumns = 16_384
        /// The most non-empty cells one sheet may hold (20 fields of a million records).
        public static let maxCellsPerSheet = 20_000_000
        /// The most sheets a workbook may list.
        public static let maxSheets = 1_000
    }
}

/// Finds the first line longer than a limit, at memchr speed.
enum LineLength {
    /// The byte offset of the first byte past `limit` on the first line that is too long
    /// (line breaks not counted; a BOM counts), or nil when every line fits.
    static func firstOverflow(in b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        guard let base = b.baseAddress, b.count > limit else { return nil }
        var lineStart = 0
        while lineStart < b.count {
            let rest = b.count - lineStart
            guard let found = memchr(base + lineStart, 0x0A, rest) else {
                return rest > limit ? lineStart + limit : nil
            }
            let newline = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            var length = newline - lineStart
            if length > 0 && b[newline - 1] == 0x0D { length -= 1 }
            if length > limit { return lineStart + limit }
            lineStart = newline + 1
        }
        return nil
    }
}
