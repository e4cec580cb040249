/// `shuati list`. PLACEHOLDER: its issue replaces this file.
enum ListCommand: Command {
    static let name = "list"
    static let summary = (en: "List the items of the banks", zh: "列出题库中的题目")
    static let usage = "usage: shuati list"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'list' is not built yet")
    }
}
