/// `shuati stats`. PLACEHOLDER: its issue replaces this file.
enum StatsCommand: Command {
    static let name = "stats"
    static let summary = (en: "Study statistics, charts and exam readiness", zh: "学习统计、图表与备考预测")
    static let usage = "usage: shuati stats"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'stats' is not built yet")
    }
}
