/// Why a document could not be imported at all (items it could partly read are warnings, not errors).
public enum ImportError: Error, CustomStringConvertible, Equatable {
    /// The bytes are not text in any encoding shuati reads (UTF-8, UTF-16, GB18030).
    case undecodable(file: String, line: Int)
    /// The file holds NUL or other binary bytes: a .doc/.pdf/.zip, not a text document.
    case binary(file: String)
    /// The file could not be read.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .undecodable(file, line):
            return "\(file):\(line): error: not valid UTF-8, UTF-16 or GB18030 text"
        case let .binary(file):
            return "\(file):1: error: binary file (save the document as plain text first)"
        case let .unreadable(file, reason):
            return "\(file): error: \(reason)"
        }
    }
}
