#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds every station folder (one holding `station.yaml` or `站点.yaml`) at or below the given
/// paths: hidden folders skipped, symbolic links to folders followed at most once each (no
/// loops), results in a fixed order (by path bytes) whatever the file system returns.
public enum Discovery {
    /// A station folder discovery found: it is checked and reported, whatever happens to it next.
    public struct Found: Sendable, Equatable {
        /// The folder as the user will read it (`stations/taiyuan/xiaodian`).
        public let path: String
    }

    public static func find(_ roots: [String], lang: Language) -> (stations: [Found], errors: [Diagnostic]) {
        var found: [Found] = []
        var errors: [Diagnostic] = []
        var visited = Set<FileID>()
        for root in roots {
            let clean = normalize(root)
            var info = stat()
            guard stat(clean, &info) == 0 else {
                errors.append(Diagnostic(location: Location(file: clean, line: 1, column: 1), message: lang.pick("路径不存在", "no such file or folder")))
                continue
            }
            if (info.st_mode & S_IFMT) != S_IFDIR {
                // A station.yaml named directly stands for its folder.
                let name = clean.split(separator: "/").last.map(String.init) ?? clean
                if StationLoader.declarationNames.contains(name) {
                    var parent = "."
                    if let slash = clean.lastIndex(of: "/") {
                        parent = slash == clean.startIndex ? "/" : String(clean[..<slash])
                    }
                    found.append(Found(path: parent))
                } else {
                    errors.append(Diagnostic(location: Location(file: clean, line: 1, column: 1), message: lang.pick(
                        "不是站点文件夹（应为含 station.yaml 的文件夹）", "not a station folder (a folder holding station.yaml)")))
                }
                continue
            }
            let before = found.count
            walk(clean, &found, &errors, &visited, lang)
            if found.count == before {
                errors.append(Diagnostic(location: Location(file: clean, line: 1, column: 1), message: lang.pick(
                    "此文件夹及其子文件夹中没有站点（station.yaml 或 站点.yaml）", "no station (station.yaml or 站点.yaml) in or below this folder")))
            }
        }
        // One station reached through two roots is checked once.
        var seen = Set<String>()
        found = found.filter { seen.insert($0.path).inserted }
        // One order whatever the roots' order or the file system's: by path bytes.
        found.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        return (found, errors)
    }

    /// Why a run of `count` stations is refused, or nil when it is within `limit`: a larger
    /// region is checked in parts with `--shard`, whose reports `merge` joins.
    public static func tooMany(_ count: Int, limit: Int = InputLimits.maxStationsPerRun) -> Localized? {
        guard count > limit else { return nil }
        let parts = (count + limit - 1) / limit
        return Localized(
            zh: "找到 \(count) 个站点，超过一次检查的上限 \(limit) 个；请用 --shard K/\(parts) 分 \(parts) 次检查（K 为 1 到 \(parts)），再用 merge 合并报告",
            en: "found \(count) stations, over the limit of \(limit) per run; check them in \(parts) parts with --shard K/\(parts) (K from 1 to \(parts)) and join the reports with merge")
    }

    struct FileID: Hashable { let device: UInt64; let inode: UInt64 }

    static func walk(_ dir: String, _ found: inout [Found], _ errors: inout [Diagnostic], _ visited: inout Set<FileID>, _ lang: Language) {
        var info = stat()
        guard stat(dir, &info) == 0 else { return }
        guard visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
        guard let names = DirectoryListing.names(dir) else {
            errors.append(Diagnostic(location: Location(file: dir, line: 1, column: 1), message: lang.pick("无法读取文件夹", "cannot read the folder")))
            return
        }
        // Whatever is named station.yaml makes a station, so that a folder or a broken link by
        // that name is reported (by the loader, at that path) instead of silently passed over.
        if names.contains(where: { StationLoader.declarationNames.contains($0) && FileReader.exists(joinPath(dir, $0)) }) {
            found.append(Found(path: Self.compact(dir)))
        }
        for name in names where !name.hasPrefix(".") {
            if StationLoader.ledgerFolders.contains(name) { continue }
            let child = joinPath(dir, name)
            var childInfo = stat()
            guard stat(child, &childInfo) == 0, (childInfo.st_mode & S_IFMT) == S_IFDIR else { continue }
            walk(child, &found, &errors, &visited, lang)
        }
    }

    /// `path` in storage of its own size: a path put together by appending has room to grow,
    /// often twice its length, and a run keeps every station's path to its end.
    static func compact(_ path: String) -> String {
        let utf8 = path.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { _ = $0.initialize(from: utf8); return utf8.count }
    }

    /// Drops trailing slashes and a leading `./`.
    static func normalize(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        if p.hasPrefix("./") && p.count > 2 { p.removeFirst(2) }
        return p
    }
}
