import Foundation
import ShuatiKit

/// `shuati dev …`: hidden helpers for tests and benchmarks (not listed in help).
enum DevCommand: Command {
    static let name = "dev"
    static let summary = (en: "Developer helpers", zh: "开发者工具")
    static let usage = "usage: shuati dev append-loop LOG [--prefix P] [--count N]"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        guard arguments.first == "append-loop" else { throw ArgumentError.missing("a dev subcommand: append-loop") }
        let args = try ParsedArguments(Array(arguments.dropFirst()), spec: ArgumentSpec(valued: ["--prefix", "--count"]))
        guard let path = args.positionals.first else { throw ArgumentError.missing("LOG") }
        let log = ReviewLog(url: URL(fileURLWithPath: path))
        let prefix = args.value("--prefix") ?? "p"
        let count = try args.int("--count", in: 1...Int.max) ?? Int.max
        // Appends numbered answers as fast as it can; prints each number after its fsync returned, so a test that
        // kills this process knows exactly which lines must be in the log.
        var i = 0
        while i < count {
            let event = ReviewEvent(ts: context.clock.now, item: "\(prefix)-\(i)", rating: 1 + i % 4, grade: 1,
                                    responseMs: i, mode: "crash-test")
            try log.append(event)
            context.print("\(i)")
            i += 1
        }
        return 0
    }
}
