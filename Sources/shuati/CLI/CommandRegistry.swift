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
        OptimizeCommand.self,
        SimulateCommand.self,
        KeyCommand.self,
    ]

    /// Commands that work but are not listed in help.
    static let hidden: [any Command.Type] = [DevCommand.self]

    static func find(_ name: String) -> (any Command.Type)? {
        (all + hidden).first { $0.name == name }
    }
}
