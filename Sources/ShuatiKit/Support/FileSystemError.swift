import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failed file operation, said in plain words: the path and the reason (`no space left on device`), never
/// Foundation's error text.
public struct FileSystemError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file or directory the operation was about.
    public let path: String
    /// The `errno` value, or 0 when the reason is not a system error.
    public let code: Int32
    /// The reason in plain English words.
    public let reason: String

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
        self.reason = FileSystemError.reason(for: code)
    }

    public init(path: String, reason: String) {
        self.path = path
        self.code = 0
        self.reason = reason
    }

    /// The same failure named by another path (the one the user typed rather than the resolved one).
    public func at(_ path: String) -> FileSystemError {
        code == 0 ? FileSystemError(path: path, reason: reason) : FileSystemError(path: path, code: code)
    }

    /// The error for the current `errno`.
    public static func current(_ path: String) -> FileSystemError { FileSystemError(path: path, code: errno) }

    public var description: String { "\(path): \(reason)" }

    /// Plain words for the errors a student can meet (full disk, read-only folder …); `strerror` for the rest.
    public static func reason(for code: Int32) -> String {
        switch code {
        case ENOSPC: return "no space left on device"
        case EDQUOT: return "disk quota exceeded"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "read-only file system"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENOENT: return "no such file or directory"
        case EEXIST: return "already exists"
        case EFBIG: return "file too large"
        case ENAMETOOLONG: return "file name too long"
        case EMFILE, ENFILE: return "too many open files"
        case EIO: return "input/output error"
        case ELOOP: return "too many symbolic links"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
