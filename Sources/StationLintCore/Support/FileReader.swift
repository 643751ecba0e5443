#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input file into bytes with POSIX calls (no `Data`, no copy), refusing what is
/// not a regular file or is larger than the limit.
public enum FileReader {
    /// Why a file could not be read.
    public enum Failure: UserFacingError, Equatable, Sendable {
        case notFound
        case notAFile
        case permissionDenied
        /// A symbolic link that leads back to itself.
        case linkLoop
        case tooLarge(size: Int, limit: Int)
        case ioError(Int32)

        public func message(_ lang: Language) -> String {
            switch self {
            case .notFound: return lang.pick("文件不存在", "no such file")
            case .notAFile: return lang.pick("不是普通文件", "not a regular file")
            case .permissionDenied: return lang.pick("没有读取权限", "permission denied")
            case .linkLoop: return lang.pick("符号链接指向自身（链接循环）", "a symbolic link that loops back on itself")
            case let .tooLarge(size, limit):
                return lang.pick("文件大小 \(size / 1_048_576) MB，超过上限 \(limit / 1_048_576) MB",
                                 "file is \(size / 1_048_576) MB, over the limit of \(limit / 1_048_576) MB")
            case .ioError(let code): return lang.pick("读取失败（错误码 \(code)）", "read failed (errno \(code))")
            }
        }

        /// This error at the start of `file`, the file that could not be read.
        public func diagnostic(file: String?, lang: Language) -> Diagnostic {
            Diagnostic(location: .start(of: file), message: message(lang))
        }
    }

    public static let defaultLimit = InputLimits.maxFileBytes

    /// Whether anything (a file, a folder, a link, even a broken one) has this path.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public static func read(_ path: String, limit: Int = defaultLimit) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw failure(errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { throw failure(errno) }
        if (info.st_mode & S_IFMT) != S_IFREG { throw .notAFile }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        var readError: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            while done < size {
                let n = systemRead(fd, buffer.baseAddress! + done, size - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if n == 0 { break }
                done += n
            }
        }
        if readError != 0 { throw .ioError(readError) }
        if done < size { bytes.removeSubrange(done...) }  // the file shrank while being read
        return bytes
    }

    static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: return .notFound
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return .notAFile
        case ELOOP: return .linkLoop
        default: return .ioError(code)
        }
    }
}

/// `read(2)`, named by its module because `FileReader.read` hides it: `Glibc` on Linux,
/// `Darwin` on macOS.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #elseif canImport(Darwin)
    return Darwin.read(fd, buffer, count)
    #endif
}
