import Foundation
import ShuatiKit

/// Dispatches `shuati COMMAND …` and turns errors into one line and an exit status.
enum ShuatiApp {
    /// Exit statuses: 0 success, 1 failure (bad input, I/O), 2 command-line mistake.
    static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        guard let first = arguments.first else {
            context.print(HelpText.overview(context))
            return 0
        }
        if first == "help" || first == "--help" || first == "-h" {
            if arguments.count > 1, let command = CommandRegistry.find(arguments[1]) {
                context.print(command.help(context))
            } else {
                context.print(HelpText.overview(context))
            }
            return 0
        }
        if first == "--version" || first == "version" {
            context.print("shuati \(HelpText.version)")
            return 0
        }
        guard let command = CommandRegistry.find(first) else {
            context.printError("shuati: error: " + context.tr("unknown command '\(first)'; see 'shuati help'",
                                                               "未知命令 '\(first)'；请看 'shuati help'"))
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.print(command.help(context))
            return 0
        }
        do {
            let status = try command.run(rest, context: context)
            if let sink = context.stdout as? FileDescriptorSink, let code = sink.failure {
                let reason = ErrorLine.reason(FileSystemError(path: "", code: code), context: context)
                context.printError("shuati \(command.name): error: " + context.tr("standard output: ", "标准输出：") + reason)
                return 1
            }
            return status
        } catch {
            let (line, status) = ErrorLine.render(error, command: command.name, context: context)
            context.printError(line)
            return status
        }
    }
}
