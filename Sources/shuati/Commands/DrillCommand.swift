import Foundation
import ShuatiKit

/// `shuati drill`: practise the bundled bank, a bank by name, or a document directly.
enum DrillCommand: Command {
    static let name = "drill"
    static let summary = (en: "Drill questions (spaced repetition, chapter practice, wrong answers)", zh: "刷题（间隔重复、章节练习、错题）")
    static let options: [OptionSpec] = [
        SharedOptions.section, SharedOptions.type,
        OptionSpec("--mode", "M", en: "what to practise:", zh: "练习方式：", choices: [
            ("due", "FSRS queue: due reviews first, then new items (default)", "间隔重复：先复习到期的题，再学新题（默认）"),
            ("new", "only items never answered", "只练没做过的题"),
            ("sequential", "chapter practice in order, resuming where you stopped (顺序练习)", "顺序练习，从上次停下的地方继续"),
            ("random", "chapter practice shuffled (随机练习)", "随机练习"),
            ("wrong", "the wrong-answer notebook (错题本)", "错题本"),
            ("study", "read with answers shown, items without a key too (背题模式)", "背题模式：直接看答案（含无答案的题）"),
            ("starred", "bookmarked items (收藏)", "收藏的题"),
        ]),
        OptionSpec("--limit", "N", en: "at most N items this session", zh: "本次最多 N 题"),
        OptionSpec("--seed", "N", en: "the shuffle seed (random mode, new-item mixing)", zh: "随机顺序的种子（随机练习、新题混排）"),
        OptionSpec("--new-per-day", "N", en: "new items a day in due mode (default 20, or drill.new_per_day in config.json)",
                   zh: "间隔重复模式每天的新题数（默认 20，或 config.json 的 drill.new_per_day）"),
        OptionSpec("--restart", en: "sequential practice from the first item instead of where it stopped",
                   zh: "顺序练习从第一题开始，而不是从上次停下的地方"),
        OptionSpec("--include-keyless", en: "also ask items without an answer key (rated by yourself)",
                   zh: "也练没有答案的题（自评）"),
    ] + SharedOptions.scheduler + SharedOptions.examPlan

    static let helpText = CommandHelp(
        synopsis: ["shuati drill [BANK-or-FILE...] [options]"], options: options,
        notes: (en: """
            On a terminal: one key answers, ? shows the answer (I don't know), s stars, u undoes, q quits.
            On a pipe: one answer per line (s, u, q, ? and =1..=4 to change the last rating).
            """, zh: """
            在终端里：按一个键作答，? 显示答案（不会），s 收藏，u 撤销，q 退出。
            管道输入：每行一个答案（s、u、q、? 以及 =1..=4 修改上一题评分）。
            """))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
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
                               seed: UInt64(try args.int("--seed", in: 0...Int.max) ?? Int(context.clock.now.timeIntervalSince1970)),
                               includeKeyless: args.has("--include-keyless"), resume: !args.has("--restart"))
            .build(items: items, states: states, events: history.events, now: context.clock.now)
        if mode == .due, let exam = try ExamPlanOptions.read(args, config: config, configPath: DataDirectory.config(in: dataDir).path,
                                                             timeZone: .current) {
            queue = try ExamPlanHook.todaysQueue(exam, items: items, states: states, events: history.events, scheduler: scheduler,
                                                 config: config, dataDirectory: dataDir, newPerDay: newPerDay,
                                                 limit: try args.int("--limit", in: 1...100_000), context: context)
        }
        guard !queue.items.isEmpty else {
            context.print(emptyMessage(mode, context: context, states: states, items: items,
                                       includeKeyless: args.has("--include-keyless")))
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

    private static func emptyMessage(_ mode: DrillMode, context: CommandContext, states: [String: CardState], items: [Question],
                                     includeKeyless: Bool) -> String {
        let keyless = includeKeyless ? 0 : items.filter { $0.answer == nil }.count
        let unseen = items.filter { states[$0.id] == nil && ($0.answer != nil || includeKeyless) }.count
        if keyless == items.count && !items.isEmpty {
            return context.tr("None of these \(keyless) items has an answer key: read them with --mode study, add keys with 'shuati key ID ANSWER', or use --include-keyless.",
                              "这 \(keyless) 题都没有答案：可用 --mode study 背题，用 'shuati key 编号 答案' 补充答案，或加 --include-keyless。")
        }
        switch mode {
        case .due where unseen > 0:
            return context.tr("Today's \(unseen == 1 ? "new item is" : "new items are") used up (\(unseen) never seen remain). Raise --new-per-day, or try --mode new.",
                              "今天的新题额度已用完（还有 \(unseen) 题没做过）。可以调高 --new-per-day，或用 --mode new。")
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
