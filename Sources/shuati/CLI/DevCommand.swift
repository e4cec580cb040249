/// `shuati dev …`: hidden helpers for tests and benchmarks (not listed in help).
/// PLACEHOLDER (issue 3 adds `append-loop` for the crash test; others may add subcommands in their own files).
enum DevCommand: Command {
    static let name = "dev"
    static let summary = (en: "Developer helpers", zh: "开发者工具")
    static let usage = "usage: shuati dev SUBCOMMAND"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("unknown dev subcommand")
    }
}
