#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of one station folder, read-only: on disk, or in memory for rule examples and tests.
public protocol StationFiles: Sendable {
    /// The bytes of a file, by path relative to the station folder.
    func read(_ relativePath: String) throws(FileReader.Failure) -> [UInt8]
    /// Whether a regular file exists at a relative path.
    func isFile(_ relativePath: String) -> Bool
    /// The names in a folder (relative path), sorted; nil when there is nothing at that path.
    /// Throws when something is there but cannot be listed: a file (`.notAFile`), a folder
    /// without read permission, an I/O error.
    func list(_ relativeFolder: String) throws(FileReader.Failure) -> [String]?
}

/// A station folder on disk. Never writes.
public struct DiskStationFiles: StationFiles {
    public let root: String

    public init(root: String) { self.root = root }

    func full(_ relative: String) -> String { root.hasSuffix("/") ? root + relative : root + "/" + relative }

    public func read(_ relativePath: String) throws(FileReader.Failure) -> [UInt8] {
        try FileReader.read(full(relativePath))
    }

    public func isFile(_ relativePath: String) -> Bool {
        var info = stat()
        return stat(full(relativePath), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    public func list(_ relativeFolder: String) throws(FileReader.Failure) -> [String]? {
        do {
            return try DirectoryListing.read(relativeFolder.isEmpty ? root : full(relativeFolder))
        } catch .notFound {
            return nil
        }
    }
}

/// A station folder held in memory: relative path → bytes.
public struct MemoryStationFiles: StationFiles {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    public func read(_ relativePath: String) throws(FileReader.Failure) -> [UInt8] {
        guard let bytes = files[relativePath] else { throw .notFound }
        return bytes
    }

    public func isFile(_ relativePath: String) -> Bool { files[relativePath] != nil }

    public func list(_ relativeFolder: String) throws(FileReader.Failure) -> [String]? {
        if files[relativeFolder] != nil { throw .notAFile }
        let prefix = relativeFolder.isEmpty ? "" : relativeFolder + "/"
        var names = Set<String>()
        for path in files.keys where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            if let first = rest.split(separator: "/").first { names.insert(String(first)) }
        }
        return names.isEmpty ? nil : names.sorted()
    }
}

/// Lists a folder with `readdir` (many times faster than URL enumeration here).
public enum DirectoryListing {
    /// Entry names without `.` and `..`, sorted by their UTF-8 bytes; nil when unreadable.
    public static func names(_ path: String) -> [String]? {
        try? read(path)
    }

    /// Entry names without `.` and `..`, sorted by their UTF-8 bytes, or why the folder cannot
    /// be listed (`.notFound`, `.notAFile`, `.permissionDenied`, `.ioError`).
    public static func read(_ path: String) throws(FileReader.Failure) -> [String] {
        guard let dir = opendir(path) else { throw errno == ENOTDIR ? .notAFile : FileReader.failure(errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            // `d_name` is a C array, imported as a tuple of 256 characters on Linux, 1024 on macOS.
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: ptr.pointee)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
