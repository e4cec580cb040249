import Foundation
import ShuatiKit

/// `shuati drill`: practise the bundled bank, a bank by name, or a document directly.
enum DrillCommand: Command {
    static let name = "drill"
    static let summary = (en: "Drill questions (spaced repetition, chapter practice, wrong answers)", zh: "刷题（间隔重复、章节练习、错题）")
    static let usage = """
        usage: shuati drill [BANK-or-FILE...] [--section S] [--type T] [--mode M] [--limit N] [--seed N]
          --mode due         FSRS queue: due reviews first, then new items (default)
                 new         only items never answered
                 sequential  chapter practice in order (顺序练习)
                 random      chapter practice shuffled (随机练习)
                 wrong       the wrong-answer notebook (错题本)
                 study       read with answers shown (背题模式)
                 starred     bookmarked items (收藏)
          --new-per-day N    new items a day in due mode (default 20, or "drill.new_per_day" in config.json)
          --exam-date D      due mode follows the exam plan for day D (or "exam.date" in config.json), under
                             --daily-reviews N / --daily-minutes M (default 100 items a day)
        On a terminal: one key answers, s stars, u undoes, q quits. On a pipe: one answer per line
        (s, u, q, and =1..=4 to change the last rating).
        """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(
            valued: SchedulerOptions.valued.union(["--section", "--type", "--mode", "--limit", "--seed", "--new-per-day"])
                .union(ExamPlanOptions.valued)))
        let dataDir = context.dataDirectory(args)
        guard let mode = DrillMode(rawValue: args.value("--mode") ?? "due") else {
            throw ArgumentError.badValue(option: "--mode", value: args.value("--mode")!,
                                         expected: DrillMode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let bank = try BankSources.load(args.positionals, context: context, dataDirectory: dataDir)
        let items = try ItemFilter(args).apply(bank.items)
        let config = try ConfigFile.load(dataDirectory: dataDir)
        let scheduler = Scheduler(config: try SchedulerOptions.config(args, base: try SchedulerConfig.load(dataDirectory: dataDir)))
        let log = ReviewLog(url: DataDirectory.reviewLog(in: dataDir))
        let history = try log.load()
        context.printWarnings(history.warnings)
        let states = CardStates.replay(history.events, scheduler: scheduler)
        let newPerDay = try args.int("--new-per-day", in: 0...10_000) ?? config["drill"]?["new_per_day"]?.intValue ?? 20
        var queue = DrillQueue(mode: mode, limit: try args.int("--limit", in: 1...100_000), newPerDay: newPerDay,
                               seed: UInt64(try args.int("--seed", in: 0...Int.max) ?? Int(context.clock.now.timeIntervalSince1970)))
            .build(items: items, states: states, events: history.events, now: context.clock.now)
        if mode == .due, let exam = try ExamPlanOptions.read(args, config: config, configPath: DataDirectory.config(in: dataDir).path,
                                                             timeZone: .current) {
            queue = try ExamPlanHook.todaysQueue(exam, items: items, states: states, events: history.events, scheduler: scheduler,
                                                 config: config, dataDirectory: dataDir, newPerDay: newPerDay,
                                                 limit: try args.int("--limit", in: 1...100_000), context: context)
        }
        guard !queue.items.isEmpty else {
            context.print(emptyMessage(mode, context: context, states: states, items: items))
            return 0
        }
        let controller = DrillController(queue: queue, mode: mode, log: log, scheduler: scheduler,
                                         policy: RatingPolicy.load(from: config), clock: context.clock, states: states,
                                         starred: Bookmarks.starred(history.events))
        if context.stdinIsTTY && context.stdoutIsTTY {
            try ScreenDrill(controller: controller, context: context, terminal: PosixTerminal()).run()
            for line in DrillView(context: context).summary(controller) { context.print(line) }
        } else {
            try LineDrill(controller: controller, context: context, view: DrillView(context: context),
                          readLine: { Swift.readLine(strippingNewline: true) }).run()
        }
        return 0
    }

    private static func emptyMessage(_ mode: DrillMode, context: CommandContext, states: [String: CardState], items: [Question]) -> String {
        switch mode {
        case .due:
            let next = items.compactMap { states[$0.id]?.due }.min()
            let when = next.map { DrillView(context: context).relative($0) } ?? "—"
            return context.tr("Nothing is due and today's new items are done. Next review: \(when). Try --mode random.",
                              "今天没有待复习的题，新题也已学完。下次复习：\(when)。可以试试 --mode random。")
        case .wrong: return context.tr("The wrong-answer notebook is empty.", "错题本是空的。")
        case .starred: return context.tr("No starred items yet (press s during a drill).", "还没有收藏的题（刷题时按 s 收藏）。")
        default: return context.tr("No items match.", "没有符合条件的题目。")
        }
    }
}
