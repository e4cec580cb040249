import Foundation

/// What the exam planner needs from the bank and the log: study-day numbers (local time zone, day starting at the
/// configured hour), each keyed item's memory, today's answers so far, and how long answers take this student.
public struct ExamPlanInput: Sendable {
    public var items: [PlanItem]
    public var today: Int
    public var examDay: Int
    /// Answers already given today, and their time in seconds.
    public var doneToday: Int
    public var secondsToday: Double
    /// Typical seconds per review and per new item, from the log's response times (defaults without data).
    public var secondsPerReview: Double
    public var secondsPerNew: Double

    /// Only items with an answer key count: a paper is drawn from those.
    public init(bank: [Question], states: [String: CardState], events: [ReviewEvent], now: Date, examDate: Date,
                timeZone: TimeZone, dayStartHour: Int) {
        var days = LocalDays(timeZone: timeZone)
        let shift = Double(dayStartHour * 3600)
        func day(_ date: Date) -> Int { days.day(date.addingTimeInterval(-shift)) }
        today = day(now)
        examDay = day(examDate)
        items = bank.filter { $0.answer != nil }.map { question in
            let memory = states[question.id].map {
                PlanItem.Memory(stability: $0.stability, difficulty: $0.difficulty, lastDay: day($0.lastReview))
            }
            return PlanItem(id: question.id, guessChance: GuessingFloor.chance(question), memory: memory)
        }
        // Response times: first answers to an item are "new", later ones reviews; each capped at 2 minutes.
        var seenItems = Set<String>()
        var reviewMs = 0.0, reviewCount = 0.0, newMs = 0.0, newCount = 0.0
        var todayCount = 0, todayMs = 0.0
        for event in events where event.kind == .answer {
            let ms = Double(min(max(event.responseMs ?? 0, 0), 120_000))
            let isNew = seenItems.insert(event.item).inserted
            if event.responseMs != nil {
                if isNew { newMs += ms; newCount += 1 } else { reviewMs += ms; reviewCount += 1 }
            }
            if day(event.ts) == today { todayCount += 1; todayMs += ms }
        }
        doneToday = todayCount
        secondsToday = todayMs / 1000
        secondsPerReview = reviewCount >= 20 ? reviewMs / reviewCount / 1000 : 12
        // A new item is answered once and then again in its learning steps.
        secondsPerNew = newCount >= 20 ? 2.5 * newMs / newCount / 1000 : 30
    }
}

extension DrillQueue.Result {
    /// A drill queue holding one day of an exam plan, in the plan's order.
    public init(plannedDay: ExamPlan.Day, bank: [Question]) {
        let byID = Dictionary(bank.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.init(items: plannedDay.items.compactMap { byID[$0] }, dueCount: plannedDay.reviews, newCount: plannedDay.newItems)
    }
}

extension ExamPlan {
    /// `YYYY-MM-DD` of a study-day number.
    public static func dateString(day: Int) -> String {
        let (y, m, d) = ISO8601.civilFromDays(day)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
