import Foundation

/// A file or folder that could not be written, created or read, said in words of ours: the
/// reason comes from the system's error number (or Foundation's `CocoaError` code, which is all
/// Foundation gives on Linux), never from `localizedDescription`, which is in the system's
/// language, not the user's `--lang`. A reason we have no words for is said as the number.
public struct FileSystemError: UserFacingError, Equatable {
    /// Why, as far as the system said.
    public enum Reason: Equatable, Sendable {
        case notFound
        case permissionDenied
        case diskFull
        case readOnly
        case exists
        case notAFolder
        case isAFolder
        case badName
        /// A reason we have no words for: the system's error number, or nil when none was given.
        case other(errno: Int32?)

        /// The reason in `lang`.
        public func message(_ lang: Language) -> String {
            switch self {
            case .notFound: return lang.pick("文件或文件夹不存在", "no such file or folder")
            case .permissionDenied: return lang.pick("没有权限", "permission denied")
            case .diskFull: return lang.pick("磁盘已满", "the disk is full")
            case .readOnly: return lang.pick("磁盘或文件系统只读", "the disk or file system is read-only")
            case .exists: return lang.pick("已存在", "already exists")
            case .notAFolder: return lang.pick("路径中有一段不是文件夹", "a part of the path is not a folder")
            case .isAFolder: return lang.pick("是文件夹", "is a folder")
            case .badName: return lang.pick("文件名无效或过长", "the file name is invalid or too long")
            case .other(let code?): return lang.pick("系统错误码 \(code)", "system error \(code)")
            case .other(nil): return lang.pick("系统未说明原因", "the system gave no reason")
            }
        }
    }

    public let reason: Reason
    /// The file or folder concerned, when known.
    public let path: String?

    public init(_ reason: Reason, path: String? = nil) {
        self.reason = reason
        self.path = path
    }

    /// The reason for a system error number (`errno`).
    public init(errno code: Int32, path: String? = nil) {
        self.init(Self.reason(errno: code), path: path)
    }

    /// The reason Foundation gave for a failed file operation, or nil for an error that is not
    /// Foundation's (a Swift error of some other kind says nothing about the file system).
    public init?(foundation error: any Error, path: String? = nil) {
        if let posix = error as? POSIXError {
            self.init(errno: posix.code.rawValue, path: path)
            return
        }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(truncatingIfNeeded: ns.code), path: path)
        } else if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(truncatingIfNeeded: underlying.code), path: path)
        } else if ns.domain == NSCocoaErrorDomain {
            self.init(Self.reason(cocoa: CocoaError.Code(rawValue: ns.code)), path: path)
        } else {
            return nil
        }
    }

    /// This error at the start of its path (or of `file`, when it names none); with neither, the
    /// message says that a file operation failed.
    public func diagnostic(file: String?, lang: Language) -> Diagnostic {
        let location = Location.start(of: path ?? file)
        let what = location == .commandLine ? lang.pick("文件操作失败：", "a file operation failed: ") : ""
        return Diagnostic(location: location, message: what + reason.message(lang))
    }

    /// The reason as a clause after what failed: `（没有权限）` / ` (permission denied)`.
    public func parenthesised(_ lang: Language) -> String {
        lang.pick("（\(reason.message(lang))）", " (\(reason.message(lang)))")
    }

    static func reason(errno code: Int32) -> Reason {
        switch code {
        case ENOENT: return .notFound
        case EACCES, EPERM: return .permissionDenied
        case ENOSPC, EDQUOT: return .diskFull
        case EROFS: return .readOnly
        case EEXIST: return .exists
        case ENOTDIR: return .notAFolder
        case EISDIR: return .isAFolder
        case ENAMETOOLONG, EILSEQ: return .badName
        default: return .other(errno: code)
        }
    }

    static func reason(cocoa code: CocoaError.Code) -> Reason {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return .notFound
        case .fileReadNoPermission, .fileWriteNoPermission: return .permissionDenied
        case .fileWriteOutOfSpace: return .diskFull
        case .fileWriteVolumeReadOnly: return .readOnly
        case .fileWriteFileExists: return .exists
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: return .badName
        default: return .other(errno: nil)
        }
    }
}
