import Foundation
import ShuatiKit

/// Exam-date planning options shared by drill and stats: `--exam-date`, `--daily-reviews`, `--daily-minutes`, or
/// the `"exam"` section of config.json (`{"exam":{"date":"2026-12-20","daily_reviews":80,"daily_minutes":45}}`).
struct ExamPlanOptions {
    static let valued = Set(SharedOptions.examPlan.map(\.name))

    /// The exam, 09:00 local time on its day.
    var examDate: Date
    var reviewsPerDay: Int?
    var minutesPerDay: Double?

    /// The options given, or nil when there is no exam date on the command line or in the config.
    static func read(_ args: ParsedArguments, config: JSONValue, configPath: String, timeZone: TimeZone) throws -> ExamPlanOptions? {
        let section = config["exam"]
        let text: String
        if let flag = args.value("--exam-date") { text = flag }
        else if let configured = section?["date"]?.stringValue { text = configured }
        else { return nil }
        guard let date = ISO8601.parse(text + "T00:00:00Z") else {
            if args.value("--exam-date") != nil {
                throw ArgumentError.badValue(option: "--exam-date", value: text, expected: "a date like 2026-12-20")
            }
            throw CLIError.input(file: configPath, line: nil, message: "exam: date '\(text)' is not like 2026-12-20")
        }
        var options = ExamPlanOptions(examDate: date.addingTimeInterval(Double(9 * 3600 - timeZone.secondsFromGMT(for: date))))
        // Config values are checked like the flags: a typo must not silently mean "no cap".
        func configured(_ key: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let value = section?[key] else { return nil }
            guard let number = value.doubleValue, range.contains(number) else {
                throw CLIError.input(file: configPath, line: nil,
                                     message: "exam: \(key) must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
            }
            return number
        }
        options.reviewsPerDay = try args.int("--daily-reviews", in: 1...100_000) ?? configured("daily_reviews", 1...100_000).map { Int($0) }
        options.minutesPerDay = try args.double("--daily-minutes", in: 1...1440) ?? configured("daily_minutes", 1...1440)
        if options.reviewsPerDay == nil && options.minutesPerDay == nil { options.reviewsPerDay = 100 }
        return options
    }

    /// The plan and, for comparison, plain FSRS scheduling under the same budget.
    func plans(bank: [Question], states: [String: CardState], events: [ReviewEvent], scheduler: Scheduler, now: Date,
               timeZone: TimeZone, dayStartHour: Int, newPerDay: Int) -> (input: ExamPlanInput, budget: StudyBudget, plan: ExamPlan, plain: ExamPlan) {
        let input = ExamPlanInput(bank: bank, states: states, events: events, now: now, examDate: examDate,
                                  timeZone: timeZone, dayStartHour: dayStartHour)
        let budget = StudyBudget(reviewsPerDay: reviewsPerDay, minutesPerDay: minutesPerDay,
                                 secondsPerReview: input.secondsPerReview, secondsPerNew: input.secondsPerNew)
        var planner = ExamPlanner(parameters: scheduler.config.parameters)
        planner.desiredRetention = scheduler.config.desiredRetention
        let plan = planner.plan(input.items, today: input.today, examDay: input.examDay, budget: budget,
                                doneToday: input.doneToday, secondsToday: input.secondsToday)
        let plain = planner.plainFSRS(input.items, today: input.today, examDay: input.examDay, budget: budget,
                                      newPerDay: newPerDay,
                                      doneToday: input.doneToday, secondsToday: input.secondsToday)
        return (input, budget, plan, plain)
    }
}

/// `drill --exam-date`: today's part of the exam plan becomes the drill queue.
enum ExamPlanHook {
    static func todaysQueue(_ exam: ExamPlanOptions, items: [Question], states: [String: CardState], events: [ReviewEvent],
                            scheduler: Scheduler, config: JSONValue, dataDirectory: URL, newPerDay: Int, limit: Int?,
                            context: CommandContext) throws -> DrillQueue.Result {
        let p = exam.plans(bank: items, states: states, events: events, scheduler: scheduler, now: context.clock.now,
                           timeZone: .current, dayStartHour: try DayBoundary.hour(in: config, path: DataDirectory.config(in: dataDirectory).path),
                           newPerDay: newPerDay)
        guard var today = p.plan.days.first else {
            context.print(context.tr("The exam day has come: nothing left to plan, drilling the usual queue.",
                                     "考试日已到，无需再计划，按普通队列刷题。"))
            return DrillQueue(mode: .due, limit: limit, newPerDay: newPerDay).build(items: items, states: states, events: events, now: context.clock.now)
        }
        if let limit, today.items.count > limit {
            today.items = Array(today.items.prefix(limit))
            today.newItems = today.items.filter { states[$0] == nil }.count
        }
        let percent = { (x: Double) in "\(Int((x * 100).rounded()))%" }
        context.print(context.tr("Exam plan for \(ExamPlan.dateString(day: p.plan.examDay)): \(today.reviews) reviews and \(today.newItems) new items today; predicted score \(percent(p.plan.scoreWithoutStudy)) now, \(percent(p.plan.predictedScore)) with the plan.",
                                 "\(ExamPlan.dateString(day: p.plan.examDay)) 考试计划：今天复习 \(today.reviews) 题、新学 \(today.newItems) 题；预计得分率现在 \(percent(p.plan.scoreWithoutStudy))，按计划 \(percent(p.plan.predictedScore))。"))
        return DrillQueue.Result(plannedDay: today, bank: items)
    }
}
