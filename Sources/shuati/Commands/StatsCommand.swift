import Foundation
import ShuatiKit

/// `shuati stats`: where the student stands, from the review log and the scheduler's memory states.
enum StatsCommand: Command {
    static let name = "stats"
    static let summary = (en: "Study statistics, charts and exam readiness", zh: "学习统计、图表与备考预测")
    static let options: [OptionSpec] = [
        SharedOptions.json,
        OptionSpec("--days", "N", en: "length of the reviews-per-day calendar (default 182)", zh: "每日复习日历的天数（默认 182）"),
        SharedOptions.section, SharedOptions.type,
    ] + SharedOptions.examPlan + SharedOptions.scheduler
    static let helpText = CommandHelp(
        synopsis: ["shuati stats [BANK...] [options]"], options: options,
        notes: (en: """
            With --exam-date: the predicted score of a paper drawn from the bank that day, and a study plan towards it.
            Days are counted in the local time zone (TZ). Items without an answer key are counted apart.
            """, zh: """
            给出 --exam-date 时：预测那天抽一份试卷的得分，并给出到那天的复习计划。
            按本地时区（TZ）计日。没有答案的题单独计数，不计入正确率。
            """))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        let dataDir = context.dataDirectory(args)
        let bank = try BankSources.load(args.positionals, context: context, dataDirectory: dataDir)
        let items = try ItemFilter(args).apply(bank.items)
        let scheduler = Scheduler(config: try SchedulerOptions.config(args, base: try SchedulerConfig.load(dataDirectory: dataDir)))
        let log = try ReviewLog(url: DataDirectory.reviewLog(in: dataDir)).load()
        context.printWarnings(log.warnings)
        let timeZone = TimeZone.current
        let config = try ConfigFile.load(dataDirectory: dataDir)
        let configPath = DataDirectory.config(in: dataDir).path
        let planOptions = try ExamPlanOptions.read(args, config: config, configPath: configPath, timeZone: timeZone)
        let examDate = planOptions?.examDate
        let stats = StudyStats(items: items, events: log.events, scheduler: scheduler, now: context.clock.now,
                               timeZone: timeZone, days: try args.int("--days", in: 7...3650) ?? 182, examDate: examDate)
        // The exam plan (and plain FSRS for comparison), from the same memory states.
        let planned = try planOptions.map { options in
            options.plans(bank: items, states: CardStates.replay(log.events, scheduler: scheduler), events: log.events,
                          scheduler: scheduler, now: context.clock.now, timeZone: timeZone,
                          dayStartHour: try DayBoundary.hour(in: config, path: configPath),
                          newPerDay: config["drill"]?["new_per_day"]?.intValue ?? 20)
        }
        let planView = ExamPlanView(context: context)
        if args.has("--json") {
            var json = StatsJSON.encode(stats, now: context.clock.now)
            if let p = planned, case var .object(pairs) = json {
                pairs.append(("exam_plan", planView.json(plan: p.plan, plain: p.plain, input: p.input, budget: p.budget)))
                json = .object(pairs)
            }
            context.print(json.serialized())
        } else {
            context.print(StatsView(context: context, timeZone: timeZone, width: OutputWidth.current(context)).render(stats))
            if let p = planned {
                context.print("")
                for line in planView.lines(plan: p.plan, plain: p.plain, input: p.input, budget: p.budget) { context.print(line) }
            }
        }
        return 0
    }
}
