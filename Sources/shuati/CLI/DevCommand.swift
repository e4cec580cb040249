import Foundation
import ShuatiKit

/// `shuati dev …`: hidden helpers for tests and benchmarks (not listed in help).
enum DevCommand: Command {
    static let name = "dev"
    static let summary = (en: "Developer helpers", zh: "开发者工具")
    static let usage = """
        usage: shuati dev append-loop LOG [--prefix P] [--count N]
               shuati dev time-replay LOG      (load, group and replay timed separately, for benchmarks)
        """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        if arguments.first == "time-replay" { return try timeReplay(Array(arguments.dropFirst()), context: context) }
        guard arguments.first == "append-loop" else { throw ArgumentError.missing("a dev subcommand: append-loop, time-replay") }
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

    /// Times the phases of a replay in-process, best of 5, so the scheduler can be compared with other
    /// implementations on the same work (they are timed without reading a JSON log).
    private static func timeReplay(_ arguments: [String], context: CommandContext) throws -> Int32 {
        guard let path = arguments.first else { throw ArgumentError.missing("LOG") }
        func seconds(_ start: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
        var t = DispatchTime.now()
        let contents = try ReviewLog(url: URL(fileURLWithPath: path)).load()
        let load = seconds(t)
        let scheduler = Scheduler()
        var best = (group: Double.infinity, replay: Double.infinity)
        var cards = 0
        for _ in 0..<5 {
            t = DispatchTime.now()
            let history = AnswerHistory(contents.events)
            let group = seconds(t)
            t = DispatchTime.now()
            let states = CardStates.replay(history, events: contents.events, scheduler: scheduler)
            let replay = seconds(t)
            cards = states.count
            best = (min(best.group, group), min(best.replay, replay))
        }
        context.print(String(format: "events %d cards %d load %.3f s group %.3f s replay %.3f s", contents.events.count, cards, load, best.group, best.replay))
        return 0
    }
}
