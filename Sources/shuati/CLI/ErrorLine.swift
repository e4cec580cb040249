import Foundation
import ShuatiKit

/// Turns any error a command throws into the one line the user sees and the exit status: `file:line: error: …`
/// for bad input with a location, `shuati CMD: error: …` otherwise. Never Foundation's error text, never two
/// prefixes, never more than one line, and control characters shown visibly.
enum ErrorLine {
    static func render(_ error: any Error, command: String, context: CommandContext) -> (line: String, status: Int32) {
        let prefix = "shuati \(command): error: "
        let text: String
        var status: Int32 = 1
        switch error {
        case let error as ArgumentError:
            text = prefix + "\(error)" + context.tr(" (see 'shuati help \(command)')", "（见 'shuati help \(command)'）")
            status = 2
        case let error as CLIError:
            switch error {
            case .input: text = error.description
            case let .failure(message): text = located(message) ? message : prefix + message
            }
        case let error as FileSystemError:
            text = prefix + error.path + ": " + reason(error, context: context)
        case let error as ConfigError:
            text = error.description
        case let error as ImportError:
            text = error.description
        case let error as ReviewLogError:
            text = located(error.description) ? error.description : prefix + error.description
        case is CocoaError:
            text = prefix + foundationFallback(error as NSError, context: context)
        case let error as any CustomStringConvertible where !(type(of: error) is NSError.Type):
            text = prefix + error.description
        default:
            text = prefix + foundationFallback(error as NSError, context: context)
        }
        return (ControlCharacters.visible(text, keepNewlines: false), status)
    }

    /// Whether a message already says where and that it is an error (`file:12: error: …`).
    static func located(_ message: String) -> Bool { message.contains(": error: ") }

    /// The reason in the user's language.
    static func reason(_ error: FileSystemError, context: CommandContext) -> String {
        guard context.language == .chinese else { return error.reason }
        switch error.code {
        case ENOSPC: return "磁盘空间不足（no space left on device）"
        case EACCES, EPERM: return "没有权限（permission denied）"
        case EROFS: return "文件系统是只读的（read-only file system）"
        case EISDIR: return "这是一个目录（is a directory）"
        case ENOENT: return "文件或目录不存在（no such file or directory）"
        case ENOTDIR: return "路径中有一部分不是目录（not a directory）"
        default: return error.reason
        }
    }

    /// A Foundation error that slipped through: its POSIX reason in plain words when it has one, never its
    /// `Error Domain=…` text.
    static func foundationFallback(_ error: NSError, context: CommandContext) -> String {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        var code: Int32?
        if error.domain == NSPOSIXErrorDomain { code = Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        }
        if code == nil, error.domain == NSCocoaErrorDomain {
            switch error.code {
            case NSFileWriteOutOfSpaceError: code = ENOSPC
            case NSFileWriteVolumeReadOnlyError: code = EROFS
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: code = EACCES
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: code = ENOENT
            default: break
            }
        }
        let words = code.map { reason(FileSystemError(path: path ?? "", code: $0), context: context) }
            ?? context.tr("the operation failed", "操作失败")
        return (path.map { $0 + ": " } ?? "") + words
    }
}
