/// `shuati exam`. PLACEHOLDER: its issue replaces this file.
enum ExamCommand: Command {
    static let name = "exam"
    static let summary = (en: "Build or take a mock exam", zh: "组卷或模拟考试")
    static let usage = "usage: shuati exam"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'exam' is not built yet")
    }
}
