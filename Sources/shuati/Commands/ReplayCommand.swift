/// `shuati replay`. PLACEHOLDER: its issue replaces this file.
enum ReplayCommand: Command {
    static let name = "replay"
    static let summary = (en: "Replay a review log and print each card's state", zh: "重放复习日志并输出每张卡片的状态")
    static let usage = "usage: shuati replay"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'replay' is not built yet")
    }
}
