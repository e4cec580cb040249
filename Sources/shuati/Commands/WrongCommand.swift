/// `shuati wrong`. PLACEHOLDER: its issue replaces this file.
enum WrongCommand: Command {
    static let name = "wrong"
    static let summary = (en: "The wrong-answer notebook", zh: "错题本")
    static let usage = "usage: shuati wrong"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'wrong' is not built yet")
    }
}
