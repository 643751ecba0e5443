/// The files of a rule pack, by name: read from a folder (`--rules DIR`) or carried in the binary.
public struct PackSource: Sendable {
    /// Where the pack came from, for messages (`Rules/DB14-T-2024` or `<built-in>`).
    public let origin: String
    public let files: [String: [UInt8]]

    public init(origin: String, files: [String: [UInt8]]) {
        self.origin = origin
        self.files = files
    }

    /// Reads `pack.yaml` and every other file of a pack folder.
    public static func directory(_ path: String) throws(RulePackError) -> PackSource {
        guard let names = DirectoryListing.names(path) else {
            throw RulePackError(Location(file: path, line: 1, column: 1), "规则包目录不存在或无法读取", "the rule pack folder does not exist or cannot be read")
        }
        var files: [String: [UInt8]] = [:]
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".txt") || name.hasSuffix(".csv") {
            let full = (path.hasSuffix("/") ? path : path + "/") + name
            do {
                files[name] = try FileReader.read(full)
            } catch {
                throw RulePackError(Location(file: full, line: 1, column: 1), error.message(.zh), error.message(.en))
            }
        }
        guard files["pack.yaml"] != nil else {
            throw RulePackError(Location(file: path, line: 1, column: 1), "规则包目录中没有 pack.yaml", "the rule pack folder has no pack.yaml")
        }
        return PackSource(origin: path, files: files)
    }

    /// The path of a pack file, for messages.
    public func path(_ name: String) -> String {
        origin.hasPrefix("<") ? "\(origin)/\(name)" : (origin.hasSuffix("/") ? origin + name : origin + "/" + name)
    }
}

extension PackSource {
    /// `sha256:` and the SHA-256 of the pack's files in the byte order of their names, each as
    /// its name, a NUL, its length in decimal, a NUL and its bytes (so no two packs' files run
    /// together into the same stream). See `RulePack.digest`.
    public var digest: String {
        var hash = SHA256()
        for name in files.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let bytes = files[name] ?? []
            hash.update(Array(name.utf8) + [0] + Array(String(bytes.count).utf8) + [0])
            hash.update(bytes)
        }
        return "sha256:" + hash.hex()
    }
}
