/// Every subcommand, in the order `shuati help` lists them.
enum CommandRegistry {
    static let all: [any Command.Type] = [
        DrillCommand.self,
        ImportCommand.self,
        ListCommand.self,
        ShowCommand.self,
        ExamCommand.self,
        ExportCommand.self,
        StatsCommand.self,
        WrongCommand.self,
        ReplayCommand.self,
    ]

    static func find(_ name: String) -> (any Command.Type)? {
        all.first { $0.name == name }
    }
}
