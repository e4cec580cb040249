import Foundation

/// How wide plain (not full-screen) output may be: `$COLUMNS` when set, else the terminal's width on a tty, else
/// 80. Never narrower than 40: below that tables cannot be read anyway.
enum OutputWidth {
    static func current(_ context: CommandContext) -> Int {
        if let text = context.environment["COLUMNS"], let n = Int(text), n > 0 { return max(40, n) }
        if context.stdoutIsTTY { return max(40, PosixTerminal().size.columns) }
        return 80
    }
}
