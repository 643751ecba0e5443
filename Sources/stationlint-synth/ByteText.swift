import StationLintCore

/// A file's bytes being built: text is appended as UTF-8 bytes, numbers and dates digit by
/// digit, so writing a province allocates one buffer per file, not a String per value.
struct ByteText {
    var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// A literal from the source, copied straight from its static UTF-8 storage.
    mutating func put(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func put(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func put(bytes other: [UInt8]) { bytes.append(contentsOf: other) }

    /// A non-negative whole number in decimal, at least `width` digits (zero-padded).
    mutating func int(_ n: Int, width: Int = 1) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = max(n, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[count] = UInt8(v % 10) + 0x30
                v /= 10
                count += 1
            } while v > 0 && count < 20
            while count < width && count < 20 {
                buf[count] = 0x30
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buf[i]) }
        }
    }

    /// `YYYY-MM-DD`.
    mutating func day(_ d: Day) {
        let c = d.components
        int(c.year, width: 4)
        bytes.append(0x2D)
        int(c.month, width: 2)
        bytes.append(0x2D)
        int(c.day, width: 2)
    }

    /// A YAML key line inside a record: `    key: ` (the caller adds the value and newline).
    mutating func field(_ key: StaticString) {
        put("    ")
        put(key)
        put(": ")
    }

    mutating func newline() { bytes.append(0x0A) }
}
