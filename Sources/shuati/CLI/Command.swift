/// One `shuati` subcommand. Each lives in its own file under Commands/ and is listed in `CommandRegistry`.
protocol Command {
    /// The word after `shuati`.
    static var name: String { get }
    /// One line for `shuati help`, English and Chinese.
    static var summary: (en: String, zh: String) { get }
    /// The usage line(s) shown by `shuati help NAME` and on a usage error.
    static var usage: String { get }
    /// Runs with the arguments after the command name; returns the exit status.
    static func run(_ arguments: [String], context: CommandContext) throws -> Int32
}
