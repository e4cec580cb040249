/// `shuati show`. PLACEHOLDER: its issue replaces this file.
enum ShowCommand: Command {
    static let name = "show"
    static let summary = (en: "Show one item with its answer", zh: "显示一道题及答案")
    static let usage = "usage: shuati show"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'show' is not built yet")
    }
}
