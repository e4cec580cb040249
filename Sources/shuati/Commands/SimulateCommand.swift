import Foundation
import ShuatiKit

/// `shuati simulate`: what the coming days hold at a desired retention, and the retention that costs least study
/// per item remembered.
enum SimulateCommand: Command {
    static let name = "simulate"
    static let summary = (en: "Simulate future workload and find the most efficient retention", zh: "模拟未来的复习量并寻找最省时的记忆保持率")
    static let options: [OptionSpec] = [
        OptionSpec("--days", "N", en: "days to simulate (1–3650)", zh: "模拟的天数（1–3650）"),
        OptionSpec("--new-per-day", "K", en: "new items a day (default drill.new_per_day in config.json, or 20)",
                   zh: "每天的新题数（默认 config.json 的 drill.new_per_day，或 20）"),
        OptionSpec("--retention", "R", en: "desired retention to simulate (default the scheduler's, 0.9)",
                   zh: "要模拟的目标记忆保持率（默认调度器的设置，0.9）"),
        OptionSpec("--max-reviews", "N", en: "reviews a day at most (the rest wait)", zh: "每天最多复习 N 次（其余顺延）"),
        OptionSpec("--seed", "N", en: "seed of the simulated answers", zh: "模拟作答的随机种子"),
        SharedOptions.json,
    ]
    static let helpText = CommandHelp(
        synopsis: ["shuati simulate [BANK...] --days N [--new-per-day K] [--retention R] [--max-reviews N] [--json]"],
        options: options,
        notes: (en: """
            Starts from your current memory of the bank's items and your parameters (see `shuati optimize`). Also finds
            the compute-minimum retention (CMRR): the desired retention with the least study time per item remembered.
            """, zh: """
            从你对题库各题的当前记忆和你的参数（见 `shuati optimize`）出发。同时给出计算最优保持率（CMRR）：
            每记住一题所需学习时间最少的目标保持率。
            """))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        guard let days = try args.int("--days", in: 1...3650) else { throw ArgumentError.missing("--days N") }
        let dataDir = context.dataDirectory(args)
        let config = try ConfigFile.load(dataDirectory: dataDir)
        let schedulerConfig = try SchedulerConfig.load(dataDirectory: dataDir)
        let bank = try BankSources.load(args.positionals, context: context, dataDirectory: dataDir)
        let log = try ReviewLog(url: DataDirectory.reviewLog(in: dataDir)).load()
        for warning in log.warnings { context.printError(warning.description) }
        let scheduler = Scheduler(config: schedulerConfig)
        let states = CardStates.replay(log.events, scheduler: scheduler)
        let now = context.clock.now
        // Today's memories, as the planner reads them (day 0 = today).
        let input = ExamPlanInput(bank: bank.items, states: states, events: log.events, now: now, examDate: now,
                                  timeZone: .current, dayStartHour: try DayBoundary.hour(in: config, path: DataDirectory.config(in: dataDir).path))
        var setup = StudySimulator.Setup(
            parameters: schedulerConfig.parameters,
            desiredRetention: try args.double("--retention", in: 0.5...0.99) ?? schedulerConfig.desiredRetention,
            days: days,
            newPerDay: try args.int("--new-per-day", in: 0...10_000) ?? config["drill"]?["new_per_day"]?.intValue ?? 20,
            seen: input.items.compactMap { $0.memory.map { var m = $0; m.lastDay -= input.today; return m } },
            unseen: input.items.filter { $0.memory == nil }.count)
        setup.secondsPerReview = input.secondsPerReview
        setup.secondsPerLapse = input.secondsPerReview * 2.5
        setup.secondsPerNew = input.secondsPerNew
        setup.maxReviewsPerDay = try args.int("--max-reviews", in: 1...100_000)
        setup.seed = UInt64(try args.int("--seed", in: 0...Int.max) ?? 1)
        let result = StudySimulator.run(setup)
        // CMRR over at least a year with a deck of at least 500 items, so the answer is about the learner, not noise.
        var cmrrSetup = setup
        cmrrSetup.days = max(days, 365)
        cmrrSetup.runs = 4
        if cmrrSetup.seen.count + cmrrSetup.unseen < 500 { cmrrSetup.unseen = 500 - cmrrSetup.seen.count }
        if cmrrSetup.newPerDay == 0 { cmrrSetup.newPerDay = 20 }
        let cmrr = StudySimulator.computeMinimumRetention(cmrrSetup)

        if args.has("--json") {
            context.print(JSONValue.object([
                ("days", .number(Double(days))), ("retention", .number(setup.desiredRetention)),
                ("new_per_day", .number(Double(setup.newPerDay))), ("items", .number(Double(setup.seen.count + setup.unseen))),
                ("per_day", .array(result.days.map { d in
                    .object([("reviews", .number(d.reviews)), ("new", .number(d.newItems)), ("minutes", .number(d.minutes)),
                             ("remembered", .number(d.remembered))])
                })),
                ("total_minutes", .number(result.totalMinutes)), ("total_reviews", .number(result.totalReviews)),
                ("cmrr", .object([("retention", .number(cmrr.retention)), ("minutes_per_item_remembered", .number(cmrr.minutesPerItem)),
                                  ("curve", .array(cmrr.curve.map { .object([("retention", .number($0.0)), ("minutes_per_item_remembered", .number($0.1))]) }))])),
            ]).serialized())
            return 0
        }
        let style = context.style
        let chart = ColumnChart()
        let pct = { (x: Double) in "\(Int((x * 100).rounded()))%" }
        context.print(style.bold(context.tr("Simulation of \(days) days: \(setup.seen.count + setup.unseen) items (\(setup.seen.count) studied, \(setup.unseen) new), \(setup.newPerDay) new a day, desired retention \(pct(setup.desiredRetention))",
                                            "模拟 \(days) 天：共 \(setup.seen.count + setup.unseen) 题（已学 \(setup.seen.count)，未学 \(setup.unseen)），每天新学 \(setup.newPerDay) 题，目标记忆保持率 \(pct(setup.desiredRetention))")))
        let span = days > chart.columns ? context.tr(" (one column ≈ \(Int((Double(days) / Double(chart.columns)).rounded(.up))) days)", "（每列约 \(Int((Double(days) / Double(chart.columns)).rounded(.up))) 天）") : ""
        context.print(context.tr("Reviews per day (expected, new items included)", "每日复习量（期望值，含新题）") + span)
        for line in chart.render(result.days.map { $0.reviews + $0.newItems }, format: { String(format: "%.0f", $0) }) { context.print(line) }
        context.print(context.tr("Minutes per day", "每日学习分钟数") + span)
        for line in chart.render(result.days.map(\.minutes), format: { String(format: "%.0f", $0) }) { context.print(line) }
        context.print(context.tr("Items remembered (expected)", "记住的题数（期望值）") + span)
        for line in chart.render(result.days.map(\.remembered), format: { String(format: "%.0f", $0) }) { context.print(line) }
        let last = result.days.last!
        context.print(context.tr("In all: \(Int(result.totalReviews.rounded())) reviews, \(Int(result.totalMinutes.rounded()) / 60) h \(Int(result.totalMinutes.rounded()) % 60) min; at the end \(Int(last.remembered.rounded())) of \(setup.seen.count + setup.unseen) items remembered.",
                                 "合计：\(Int(result.totalReviews.rounded())) 次复习，\(Int(result.totalMinutes.rounded()) / 60) 小时 \(Int(result.totalMinutes.rounded()) % 60) 分钟；结束时约记住 \(Int(last.remembered.rounded())) / \(setup.seen.count + setup.unseen) 题。"))
        let atCurrent = cmrr.curve.min { abs($0.0 - setup.desiredRetention) < abs($1.0 - setup.desiredRetention) }!
        let floor = cmrr.retention <= 0.7001 ? context.tr(" (the lowest considered)", "（搜索范围下限）") : ""
        context.print(context.tr("Most efficient desired retention (CMRR): \(pct(cmrr.retention))\(floor), \(String(format: "%.2f", cmrr.minutesPerItem)) min of study per item remembered after \(cmrrSetup.days) days (\(pct(atCurrent.0)): \(String(format: "%.2f", atCurrent.1)) min).",
                                 "最省时的目标记忆保持率（CMRR）：\(pct(cmrr.retention))\(floor)，\(cmrrSetup.days) 天后每记住一题约需 \(String(format: "%.2f", cmrr.minutesPerItem)) 分钟（\(pct(atCurrent.0))：\(String(format: "%.2f", atCurrent.1)) 分钟）。"))
        return 0
    }
}
