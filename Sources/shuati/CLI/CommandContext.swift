import Foundation
import ShuatiKit
#if canImport(Glibc)
import Glibc
#endif

/// A failure a user can act on: one line on stderr, non-zero exit.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input in a file, with its location when known.
    case input(file: String, line: Int?, message: String)
    /// Anything else that stops the command.
    case failure(String)

    var description: String {
        switch self {
        case let .input(file, line?, message): return "\(file):\(line): error: \(message)"
        case let .input(file, nil, message): return "\(file): error: \(message)"
        case let .failure(message): return message
        }
    }
}

/// Where text goes: standard output/error in the program, a buffer in tests.
protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// A file descriptor sink that writes everything through (no buffering, so nothing is lost on a kill).
final class FileDescriptorSink: TextSink {
    let fd: Int32
    /// The first `errno` a write failed with (stdout redirected to a full disk): the command must not report
    /// success when its output was lost.
    private(set) var failure: Int32?
    init(fd: Int32) { self.fd = fd }
    func write(_ text: String) {
        guard failure == nil else { return }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                failure = n < 0 ? errno : EIO
                return
            }
            offset += n
        }
        bytes.removeAll()
    }
}

/// A sink that keeps what was written, for tests.
final class BufferSink: TextSink {
    private(set) var text = ""
    func write(_ text: String) { self.text += text }
}

/// What every command gets: environment, clock, output, language, styling.
final class CommandContext {
    let environment: [String: String]
    let clock: any ShuatiKit.Clock
    let stdout: TextSink
    let stderr: TextSink
    let stdoutIsTTY: Bool
    let stdinIsTTY: Bool
    let language: Language
    let style: TextStyle
    /// The working directory relative paths are resolved against.
    let currentDirectory: URL

    init(environment: [String: String], clock: any ShuatiKit.Clock, stdout: TextSink, stderr: TextSink,
         stdoutIsTTY: Bool, stdinIsTTY: Bool, currentDirectory: URL) {
        self.environment = environment
        self.clock = clock
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutIsTTY = stdoutIsTTY
        self.stdinIsTTY = stdinIsTTY
        self.language = Language(environment: environment)
        self.style = TextStyle(isTTY: stdoutIsTTY, environment: environment)
        self.currentDirectory = currentDirectory
    }

    /// The real process: stdio, environment, and the system clock unless `SHUATI_NOW` (ISO 8601) fixes it.
    static func live() -> CommandContext {
        let env = ProcessInfo.processInfo.environment
        let clock: any ShuatiKit.Clock = env["SHUATI_NOW"].flatMap(ISO8601.parse).map { FixedClock($0) } ?? SystemClock()
        return CommandContext(environment: env, clock: clock, stdout: FileDescriptorSink(fd: 1),
                              stderr: FileDescriptorSink(fd: 2), stdoutIsTTY: isatty(1) == 1,
                              stdinIsTTY: isatty(0) == 1,
                              currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Picks a message by language.
    func tr(_ english: String, _ chinese: String) -> String { language.pick(english, chinese) }

    func print(_ text: String = "") { stdout.write(text + "\n") }

    /// `file:line: warning: …` lines and other diagnostics go to stderr.
    func printError(_ text: String) { stderr.write(text + "\n") }

    /// Warnings about files, at most `limit` lines and then one line saying how many more there were, so a
    /// damaged file cannot flood the terminal. Control characters in them are shown visibly.
    func printWarnings(_ diagnostics: [Diagnostic], limit: Int = 30) {
        for d in diagnostics.prefix(limit) { printError(ControlCharacters.visible(d.description, keepNewlines: false)) }
        if diagnostics.count > limit, let first = diagnostics.first {
            printError(tr("\(first.file): warning: \(diagnostics.count - limit) more warnings not shown",
                          "\(first.file): warning: 另有 \(diagnostics.count - limit) 条警告未显示"))
        }
    }

    /// The data directory for these arguments (`--data-dir` wins over the environment).
    func dataDirectory(_ args: ParsedArguments) -> URL {
        DataDirectory.resolve(flag: args.value("--data-dir"), environment: environment)
    }
}
