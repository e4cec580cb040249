import Foundation
import ShuatiKit

/// `shuati stats`: where the student stands, from the review log and the scheduler's memory states.
enum StatsCommand: Command {
    static let name = "stats"
    static let summary = (en: "Study statistics, charts and exam readiness", zh: "学习统计、图表与备考预测")
    static let usage = """
        usage: shuati stats [BANK...] [--json] [--days N] [--exam-date YYYY-MM-DD] [--section S] [--type T]
          --days N       length of the reviews-per-day calendar (default 182)
          --exam-date D  predict the score of a paper drawn from the bank on that day
        Days are counted in the local time zone (TZ).
        """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(
            valued: SchedulerOptions.valued.union(["--days", "--exam-date", "--section", "--type"]), flags: ["--json"]))
        let dataDir = context.dataDirectory(args)
        let bank = try BankSources.load(args.positionals, context: context, dataDirectory: dataDir)
        let items = try ItemFilter(args).apply(bank.items)
        let scheduler = Scheduler(config: try SchedulerOptions.config(args, base: try SchedulerConfig.load(dataDirectory: dataDir)))
        let log = try ReviewLog(url: DataDirectory.reviewLog(in: dataDir)).load()
        context.printWarnings(log.warnings)
        let timeZone = TimeZone.current
        var examDate: Date?
        if let text = args.value("--exam-date") {
            guard let date = ISO8601.parse(text + "T00:00:00Z") else {
                throw ArgumentError.badValue(option: "--exam-date", value: text, expected: "a date like 2026-12-20")
            }
            // The exam day, 09:00 local time.
            examDate = date.addingTimeInterval(Double(9 * 3600 - timeZone.secondsFromGMT(for: date)))
        }
        let stats = StudyStats(items: items, events: log.events, scheduler: scheduler, now: context.clock.now,
                               timeZone: timeZone, days: try args.int("--days", in: 7...3650) ?? 182, examDate: examDate)
        if args.has("--json") {
            context.print(StatsJSON.encode(stats, now: context.clock.now).serialized())
        } else {
            context.print(StatsView(context: context, timeZone: timeZone).render(stats))
        }
        return 0
    }
}
