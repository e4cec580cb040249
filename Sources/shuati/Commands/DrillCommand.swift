/// `shuati drill`. PLACEHOLDER: its issue replaces this file.
enum DrillCommand: Command {
    static let name = "drill"
    static let summary = (en: "Drill questions (spaced repetition, chapter practice, wrong answers)", zh: "刷题（间隔重复、章节练习、错题）")
    static let usage = "usage: shuati drill"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'drill' is not built yet")
    }
}
