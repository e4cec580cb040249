/// `shuati help`.
enum HelpText {
    static let version = "0.1.0"

    static func overview(_ context: CommandContext) -> String {
        var lines = [
            context.tr("shuati — drill exam questions with spaced repetition", "shuati（刷题）— 用间隔重复刷题"),
            "",
            context.tr("Usage: shuati COMMAND [OPTIONS]", "用法：shuati 命令 [选项]"),
            "",
        ]
        let width = CommandRegistry.all.map { $0.name.count }.max() ?? 0
        for command in CommandRegistry.all {
            let summary = context.language == .chinese ? command.summary.zh : command.summary.en
            lines.append("  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + summary)
        }
        lines.append("")
        lines.append(context.tr("Every command takes --data-dir DIR. 'shuati help COMMAND' shows its options.",
                                "每个命令都接受 --data-dir DIR。'shuati help 命令' 显示其选项。"))
        return lines.joined(separator: "\n")
    }
}
