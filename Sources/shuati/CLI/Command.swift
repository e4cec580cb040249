/// One `shuati` subcommand. Each lives in its own file under Commands/ and is listed in `CommandRegistry`.
protocol Command {
    /// The word after `shuati`.
    static var name: String { get }
    /// One line for `shuati help`, English and Chinese.
    static var summary: (en: String, zh: String) { get }
    /// The usage line(s) shown by `shuati help NAME` and on a usage error.
    static var usage: String { get }
    /// The help in the user's language (defaults to `usage`).
    static func help(_ context: CommandContext) -> String
    /// Runs with the arguments after the command name; returns the exit status.
    static func run(_ arguments: [String], context: CommandContext) throws -> Int32
}

extension Command {
    /// The help shown by `shuati help NAME`, `--help` and after a usage error, in the user's language. Commands
    /// that declare a `CommandHelp` generate it; the others show `usage`.
    static func help(_ context: CommandContext) -> String { usage }
}
