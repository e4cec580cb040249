/// A problem found in an input file, reported like a compiler warning: `file:line: warning: message`.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, error }
    public var file: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, severity: Severity = .warning, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }

    /// `{"file":…,"line":…,"message":…}` as in `shuati import --json`.
    public var json: JSONValue {
        .object([("file", .string(file)), ("line", .number(Double(line))), ("message", .string(message))])
    }
}
