import Foundation

/// One report format written a station at a time: each station's part is rendered on whichever
/// worker thread checked it (`part`), handed over in report order (`take`) and dropped, and the
/// parts that depend on the whole run (totals, the roll-up, an index that leads) are written at
/// the end from the digests (`finish`). A format whose report opens with such parts keeps the
/// stations' parts in a `Spool` on disk until then. Rendering a report held in memory goes
/// through the same three steps (`write(_:)`), so both give the same bytes.
public protocol ReportWriter: AnyObject {
    /// The station's part; called on any thread, reading nothing the writer changes.
    func part(_ station: StationReport) -> StationPart
    /// The next station's part, in report order, one call at a time.
    func take(_ part: StationPart, _ digest: StationDigest) throws
    /// Writes what is left once every station is in.
    func finish(_ summary: RunSummary) throws
}

/// A station's part of one format's report.
public struct StationPart: Sendable {
    /// Its bytes, as the format places them.
    public var bytes: [UInt8]
    /// Numbers the format adds up over the stations (JUnit's tests, failures, errors, skipped).
    public var tally: [Int]
    /// A workbook's rows of this station, per sheet.
    public var rows: [[[XLSXWriter.Cell]]]

    public init(_ bytes: [UInt8] = [], tally: [Int] = [], rows: [[[XLSXWriter.Cell]]] = []) {
        self.bytes = bytes
        self.tally = tally
        self.rows = rows
    }

    public init(lines: [String]) { self.init(Array(lines.joined(separator: "\n").utf8)) }
}

extension ReportWriter {
    /// Feeds a report held in memory through the writer and finishes it.
    public func write(_ input: ReportInput) throws {
        try feed(input)
        try finish(input.summary)
    }

    /// Hands the writer every station of a report held in memory, in order.
    func feed(_ input: ReportInput) throws {
        for (s, digest) in zip(input.run.stations, input.summary.stations) { try take(part(s), digest) }
    }
}

/// Where a report's bytes go: a file, standard output, memory.
public protocol ByteSink: AnyObject {
    func write(_ bytes: [UInt8]) throws
    /// Writes out what is buffered and lets go of the destination.
    func close() throws
}

extension ByteSink {
    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Nothing to write out (memory, a closure).
    public func close() throws {}
}

/// Bytes kept in memory (a report rendered to a string).
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: [UInt8]) throws { self.bytes.append(contentsOf: bytes) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A file written in pieces of about a megabyte. Opened in place (created or truncated), never
/// written aside and renamed over the path as FileManager does on Linux: that would replace a
/// device or a link such as /dev/stdout with a plain file.
public final class FileSink: ByteSink {
    private var fd: Int32
    private var buffer: [UInt8] = []

    /// Opens `path` for writing; throws the system's error.
    public init(path: String) throws {
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        buffer.reserveCapacity(1 << 20)
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes out what is buffered.
    public func flush() throws {
        try writeAll(fd, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() throws {
        try flush()
        _ = Foundation.close(fd)
        fd = -1
    }

    deinit { if fd >= 0 { _ = Foundation.close(fd) } }
}

/// Writes every byte to the descriptor at its offset, again after an interrupted call.
func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
        if n < 0 {
            if errno == EINTR { continue }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        done += n
    }
}

/// Stations' parts kept on disk until the report's head can be written: an unnamed temporary
/// file (removed from its folder as soon as it is opened, so nothing is left behind, never in a
/// station folder), appended to in report order and read back by position.
public final class Spool {
    private var fd: Int32 = -1
    private var spans: [(offset: Int, count: Int)] = []
    private var end = 0
    private var buffer: [UInt8] = []
    /// In memory only (a report rendered to a string has no need of a file).
    private let inMemory: Bool
    private var memory: [[UInt8]] = []

    public init(inMemory: Bool) { self.inMemory = inMemory }

    public var count: Int { inMemory ? memory.count : spans.count }

    public func append(_ bytes: [UInt8]) throws {
        if inMemory { memory.append(bytes); return }
        if fd < 0 { fd = try Spool.openTemporary() }
        spans.append((end, bytes.count))
        end += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// The bytes of the part appended `i`-th.
    public func part(_ i: Int) throws -> [UInt8] {
        if inMemory { return memory[i] }
        try flush()
        let span = spans[i]
        var out = [UInt8](repeating: 0, count: span.count)
        var done = 0
        while done < span.count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, span.count - done, off_t(span.offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            done += n
        }
        return out
    }

    // Only ever appended to: reading back with `pread` leaves the file's offset at its end.
    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try writeAll(fd, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// A file in the temporary folder (`TMPDIR`, else /tmp), unlinked at once.
    static func openTemporary() throws -> Int32 {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast()) + Array("stationlint-spool-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return fd
    }

    deinit { if fd >= 0 { _ = close(fd) } }
}

/// Lines joined by line breaks, written as they come: the text, Markdown and HTML reports are
/// lines, and a station's part is several of them already joined.
final class LineSink {
    let sink: any ByteSink
    /// Whether a line was written (the next one then starts with a break).
    private(set) var started = false

    init(_ sink: any ByteSink) { self.sink = sink }

    func add(_ text: String) throws { try add(bytes: Array(text.utf8)) }

    func add(_ lines: [String]) throws { for l in lines { try add(l) } }

    /// Lines already joined by breaks.
    func add(bytes: [UInt8]) throws {
        try sink.write(started ? [0x0A] + bytes : bytes)
        started = true
    }
}
