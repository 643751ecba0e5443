import Foundation
import StationLintCore

/// The files a benchmark runs over, read into memory before any timing so the disk is not measured.
struct Corpus: Sendable {
    /// Paths as found (each DIR joined with the path below it), sorted within each DIR.
    let paths: [String]
    /// The bytes of each file, in the order of `paths`.
    let files: [[UInt8]]

    var totalBytes: Int { files.reduce(0) { $0 + $1.count } }

    /// Every file whose name ends in `suffix` below each of `roots` (a root may also be a file).
    static func load(_ roots: [String], suffix: String) -> Result<Corpus, UsageProblem> {
        var paths: [String] = []
        for root in roots {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else {
                return .failure(UsageProblem(message: "\(root): no such file or directory"))
            }
            if !isDir.boolValue {
                paths.append(root)
                continue
            }
            guard let below = try? FileManager.default.subpathsOfDirectory(atPath: root) else {
                return .failure(UsageProblem(message: "\(root): cannot list the directory"))
            }
            let base = root.hasSuffix("/") ? root : root + "/"
            paths += below.filter { $0.hasSuffix(suffix) }.sorted().map { base + $0 }
        }
        var files: [[UInt8]] = []
        files.reserveCapacity(paths.count)
        for path in paths {
            do {
                files.append(try FileReader.read(path))
            } catch {
                return .failure(UsageProblem(message: "\(path): \(error.message(.en))"))
            }
        }
        return .success(Corpus(paths: paths, files: files))
    }

    /// The same corpus without the files at `excluded` (those that failed to parse).
    func removing(_ excluded: Set<Int>) -> Corpus {
        let keep = paths.indices.filter { !excluded.contains($0) }
        return Corpus(paths: keep.map { paths[$0] }, files: keep.map { files[$0] })
    }
}
