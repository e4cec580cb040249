import Foundation
import ShuatiKit

/// `shuati replay LOG`: rebuilds every card's FSRS state from a review log.
enum ReplayCommand: Command {
    static let name = "replay"
    static let summary = (en: "Replay a review log and print each card's state", zh: "重放复习日志并输出每张卡片的状态")
    static let options: [OptionSpec] = [SharedOptions.json] + SharedOptions.scheduler
    static let helpText = CommandHelp(
        synopsis: ["shuati replay LOG [--json] [scheduler options]"], options: options,
        notes: (en: "An empty steps value means no steps. Fuzz is off unless --fuzz-seed is given.",
                zh: "步长为空表示没有步长。不给 --fuzz-seed 就不随机化间隔。"))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        guard let path = args.positionals.first else { throw ArgumentError.missing("LOG") }
        let config = try SchedulerOptions.config(args, base: SchedulerConfig())
        let url = URL(fileURLWithPath: path, relativeTo: context.currentDirectory)
        guard FileContents.exists(url) else {
            throw CLIError.input(file: path, line: nil, message: context.tr("file not found", "文件不存在"))
        }
        guard try !FileContents.read(url, shownAs: path).isEmpty else {
            throw CLIError.input(file: path, line: nil, message: context.tr("empty file, not a review log", "空文件，不是复习日志"))
        }
        let contents = try ReviewLog(url: url).load()
        context.printWarnings(contents.warnings)
        let history = AnswerHistory(contents.events)
        let cards = CardStates.replay(history, events: contents.events, scheduler: Scheduler(config: config))
            .compactMap { $0 }.sorted { $0.item < $1.item }
        if args.has("--json") {
            let out = ReplayJSON.document(cards)
            context.print(out)
        } else {
            for card in cards {
                let step = card.step.map { " step \($0)" } ?? ""
                context.print("\(ControlCharacters.visible(card.item, keepNewlines: false))  \(card.phase.rawValue)\(step)  S=\(format(card.stability)) D=\(format(card.difficulty))  due \(ISO8601.format(card.due))  reps \(card.reps) lapses \(card.lapses)")
            }
            context.print(context.tr("\(cards.count) cards from \(contents.events.count) events", "共 \(cards.count) 张卡片，\(contents.events.count) 条记录"))
        }
        return 0
    }

    private static func format(_ x: Double) -> String { String(format: "%.4f", x) }
}

/// Scheduler flags shared by replay, drill and stats: they override the data directory's config.
enum SchedulerOptions {
    static let valued = Set(SharedOptions.scheduler.map(\.name))

    static func config(_ args: ParsedArguments, base: SchedulerConfig) throws -> SchedulerConfig {
        var config = base
        if let r = try args.double("--retention", in: 0.01...0.99) { config.desiredRetention = r }
        for (flag, path) in [("--learning-steps", \SchedulerConfig.learningSteps), ("--relearning-steps", \SchedulerConfig.relearningSteps)] {
            guard let text = args.value(flag) else { continue }
            guard let steps = StepList.parse(text) else {
                throw ArgumentError.badValue(option: flag, value: text, expected: "a list like 1m,10m (s, m, h, d units)")
            }
            config[keyPath: path] = steps
        }
        if let m = try args.int("--maximum-interval", in: 1...100_000) { config.maximumInterval = m }
        if let seed = try args.int("--fuzz-seed", in: 0...Int.max) { config.fuzzSeed = UInt64(seed) }
        return config
    }
}
