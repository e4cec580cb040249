import Foundation

/// How much study a day holds: a number of reviews, a number of minutes, or both (whichever binds first).
public struct StudyBudget: Equatable, Sendable {
    public var reviewsPerDay: Int?
    public var minutesPerDay: Double?
    /// Time one review of a seen item takes, and one first study of a new item (with its learning steps).
    public var secondsPerReview: Double
    public var secondsPerNew: Double

    public init(reviewsPerDay: Int? = nil, minutesPerDay: Double? = nil, secondsPerReview: Double = 12, secondsPerNew: Double = 30) {
        self.reviewsPerDay = reviewsPerDay
        self.minutesPerDay = minutesPerDay
        self.secondsPerReview = secondsPerReview
        self.secondsPerNew = secondsPerNew
    }

    /// Whether one more item of this kind still fits a day that already holds `reviews` items and `seconds`.
    func fits(reviews: Int, seconds: Double, isNew: Bool) -> Bool {
        if let cap = reviewsPerDay, reviews + 1 > cap { return false }
        if let minutes = minutesPerDay, seconds + (isNew ? secondsPerNew : secondsPerReview) > minutes * 60 + 1e-9 { return false }
        return true
    }
}

/// One bank item as the planner sees it: its chance of being right by guessing, and its memory (nil if unseen).
public struct PlanItem: Sendable {
    public struct Memory: Equatable, Sendable {
        public var stability: Double
        public var difficulty: Double
        /// Study-day number of the latest review.
        public var lastDay: Int
        public init(stability: Double, difficulty: Double, lastDay: Int) {
            self.stability = stability; self.difficulty = difficulty; self.lastDay = lastDay
        }
    }

    public var id: String
    public var guessChance: Double
    public var memory: Memory?
    public init(id: String, guessChance: Double, memory: Memory?) { self.id = id; self.guessChance = guessChance; self.memory = memory }
}

/// A day-by-day plan up to the exam and what it is predicted to give.
public struct ExamPlan: Sendable {
    public struct Day: Sendable {
        /// Study-day number.
        public var day: Int
        /// Items to study that day, most urgent first.
        public var items: [String]
        public var newItems: Int
        public var reviews: Int { items.count - newItems }
        public var minutes: Double
        /// Predicted exam score once this day's plan (and every day before) is done.
        public var predictedScore: Double
    }

    public var examDay: Int
    public var days: [Day]
    /// Predicted score if nothing more is studied.
    public var scoreWithoutStudy: Double
    /// Predicted score after the whole plan.
    public var predictedScore: Double { days.last?.predictedScore ?? scoreWithoutStudy }
    /// Items studied over the whole plan.
    public var totalStudied: Int { days.reduce(0) { $0 + $1.items.count } }
}

/// Plans study towards an exam day so that the predicted score of a paper drawn from the bank that day is as high
/// as a daily budget allows: unseen items are spread over the days left (none in the last `consolidationDays`), each day the items whose review raises their predicted recall on the exam day most per second
/// are chosen, and items already safe (predicted right on the exam day with probability ≥ `safeRecall`, 97 %) get no
/// more reviews. Pure: memory states, day numbers and budget in, plan out.
public struct ExamPlanner: Sendable {
    public var parameters: [Double]
    /// Items predicted right at least this often on the exam day are left alone.
    public var safeRecall = 0.97
    /// The retention FSRS schedules for (reviews are due when recall falls to it).
    public var desiredRetention = 0.9
    /// Days before the exam kept free of new items, for consolidation.
    public var consolidationDays = 3
    /// Share of first answers rated Again / Hard / Good / Easy (fsrs-rs's simulator defaults).
    public var firstRatingShares: [Double] = [0.24, 0.094, 0.495, 0.171]

    public init(parameters: [Double]) { self.parameters = parameters }

    private var model: MemoryModel<Double> { MemoryModel<Double>(parameters) }

    /// Probability of answering right on the exam day: recalled, or else guessed.
    static func score(recall: Double, guess: Double) -> Double { recall + (1 - recall) * guess }

    /// Predicted recall on `day` of an item with `memory`.
    public func recall(_ memory: PlanItem.Memory, on day: Int) -> Double {
        model.retrievability(days: Double(max(0, day - memory.lastDay)), stability: memory.stability)
    }

    /// The memory after studying on `day` with `rating` (a lapse is relearnt the same day, as drill does).
    public func review(_ memory: PlanItem.Memory?, rating g: Int, on day: Int) -> PlanItem.Memory {
        let m = model
        guard let memory else {
            var s = parameters[g - 1], d = m.initialDifficulty(g)
            if g == 1 { s = m.shortTermStability(s, 3); d = m.nextDifficulty(d, 3) }
            return PlanItem.Memory(stability: s.clamped(0.001, 36500), difficulty: d, lastDay: day)
        }
        let gap = day - memory.lastDay
        var s: Double
        var d = memory.difficulty
        if gap <= 0 {
            s = m.shortTermStability(memory.stability, g)
        } else {
            let r = m.retrievability(days: Double(gap), stability: memory.stability)
            s = g == 1 ? m.forgetStability(d, memory.stability, r) : m.recallStability(d, memory.stability, r, g)
        }
        d = m.nextDifficulty(d, g)
        if g == 1 { s = m.shortTermStability(s.clamped(0.001, 36500), 3); d = m.nextDifficulty(d, 3) }
        return PlanItem.Memory(stability: s.clamped(0.001, 36500), difficulty: d, lastDay: day)
    }

    /// Expected exam-day recall after studying on `day`, over the possible outcomes, and the likeliest memory.
    func expectedAfterStudy(_ memory: PlanItem.Memory?, on day: Int, examDay: Int) -> (recall: Double, likely: PlanItem.Memory) {
        if memory == nil {
            var expected = 0.0
            for g in 1...4 { expected += firstRatingShares[g - 1] * recall(review(nil, rating: g, on: day), on: examDay) }
            return (expected, review(nil, rating: 3, on: day))
        }
        let r = day > memory!.lastDay ? recall(memory!, on: day) : 1
        let success = review(memory, rating: 3, on: day), failure = review(memory, rating: 1, on: day)
        let expected = r * recall(success, on: examDay) + (1 - r) * recall(failure, on: examDay)
        return (expected, r >= 0.5 ? success : failure)
    }

    /// Whether a seen item deserves a review on `day`: never when already safe; yes when FSRS has it due; when it
    /// would next come due before the exam, not yet (a review now is premature); when it would not come due before
    /// the exam, yes if its recall on the exam day would fall below the desired retention, and in the last
    /// `consolidationDays` for any item not yet safe.
    func worthReviewing(_ memory: PlanItem.Memory, examRecall: Double, guess: Double, on day: Int, examDay: Int) -> Bool {
        if Self.score(recall: examRecall, guess: guess) >= safeRecall { return false }
        let due = dueDay(memory)
        if due <= day { return true }
        if due < examDay { return false }
        return examRecall < desiredRetention || examDay - day <= consolidationDays
    }

    /// The day FSRS would next schedule the item (interval at the desired retention, at least one day).
    func dueDay(_ memory: PlanItem.Memory) -> Int {
        let m = model
        let interval = memory.stability / m.factor * (Foundation.pow(desiredRetention, 1 / m.decay) - 1)
        return memory.lastDay + max(1, Int(min(interval, 36500).rounded()))
    }

    /// The exam-aimed plan from `today` to the day before `examDay`. `doneToday` reviews (and `secondsToday`)
    /// already count against today's budget.
    public func plan(_ items: [PlanItem], today: Int, examDay: Int, budget: StudyBudget,
                     doneToday: Int = 0, secondsToday: Double = 0) -> ExamPlan {
        var state = PlanState(items, planner: self, examDay: examDay)
        var days: [ExamPlan.Day] = []
        for day in today..<max(today, examDay) {
            let daysLeft = examDay - day
            let reserve = daysLeft > consolidationDays ? consolidationDays : 0
            let unseen = state.unseenCount
            let quota = unseen == 0 ? 0 : Int((Double(unseen) / Double(max(1, daysLeft - reserve))).rounded(.up))
            // Gain per second of studying each item today.
            var candidates: [(index: Int, gain: Double, isNew: Bool)] = []
            // Every new item studied today ends the same way: computed once.
            let newAfter = expectedAfterStudy(nil, on: day, examDay: examDay).recall
            for (i, item) in items.enumerated() {
                let memory = state.memory[i]
                if let memory, memory.lastDay >= day { continue }
                let now = state.examRecall[i]
                if let memory, !worthReviewing(memory, examRecall: now, guess: item.guessChance, on: day, examDay: examDay) { continue }
                let after = memory == nil ? newAfter : expectedAfterStudy(memory, on: day, examDay: examDay).recall
                let gain = (after - now) * (1 - item.guessChance)
                guard gain > 1e-9 else { continue }
                let cost = memory == nil ? budget.secondsPerNew : budget.secondsPerReview
                candidates.append((i, gain / cost, memory == nil))
            }
            candidates.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.index < $1.index }
            var chosen: [Int] = []
            var reviews = day == today ? doneToday : 0
            var seconds = day == today ? secondsToday : 0
            var newCount = 0
            func take(_ c: (index: Int, gain: Double, isNew: Bool)) -> Bool {
                guard budget.fits(reviews: reviews, seconds: seconds, isNew: c.isNew) else { return false }
                chosen.append(c.index); reviews += 1
                seconds += c.isNew ? budget.secondsPerNew : budget.secondsPerReview
                if c.isNew { newCount += 1 }
                return true
            }
            // The day's share of new items first (so unseen items are all met in time), then reviews by gain,
            // then more new items if room is left.
            let fresh = candidates.filter(\.isNew)
            var taken = 0
            for c in fresh where taken < quota && take(c) { taken += 1 }
            for c in candidates where !c.isNew { _ = take(c) }
            for c in fresh.dropFirst(taken) where take(c) {}
            // Drill order: reviews (most to gain first), then new items.
            chosen = chosen.filter { state.memory[$0] != nil } + chosen.filter { state.memory[$0] == nil }
            for i in chosen { state.study(i, on: day) }
            days.append(ExamPlan.Day(day: day, items: chosen.map { items[$0].id }, newItems: newCount,
                                     minutes: (seconds - (day == today ? secondsToday : 0)) / 60, predictedScore: state.score))
        }
        return ExamPlan(examDay: examDay, days: days, scoreWithoutStudy: PlanState(items, planner: self, examDay: examDay).score)
    }

    /// What plain FSRS scheduling would do under the same budget: each day the due items, most overdue first,
    /// then up to `newPerDay` new items in bank order, cut at the budget. For comparison with `plan`.
    public func plainFSRS(_ items: [PlanItem], today: Int, examDay: Int, budget: StudyBudget, newPerDay: Int,
                          doneToday: Int = 0, secondsToday: Double = 0) -> ExamPlan {
        var state = PlanState(items, planner: self, examDay: examDay)
        var days: [ExamPlan.Day] = []
        for day in today..<max(today, examDay) {
            var dueList: [(index: Int, due: Int)] = []
            for i in items.indices {
                guard let memory = state.memory[i], memory.lastDay < day else { continue }
                let due = dueDay(memory)
                if due <= day { dueList.append((i, due)) }
            }
            dueList.sort { $0.due != $1.due ? $0.due < $1.due : $0.index < $1.index }
            let due = dueList.map(\.index)
            let fresh = Array(items.indices.filter { state.memory[$0] == nil }.prefix(newPerDay))
            var chosen: [Int] = []
            var reviews = day == today ? doneToday : 0
            var seconds = day == today ? secondsToday : 0
            var newCount = 0
            for i in due + fresh {
                let isNew = state.memory[i] == nil
                guard budget.fits(reviews: reviews, seconds: seconds, isNew: isNew) else { break }
                chosen.append(i); reviews += 1; seconds += isNew ? budget.secondsPerNew : budget.secondsPerReview
                if isNew { newCount += 1 }
            }
            for i in chosen { state.study(i, on: day) }
            days.append(ExamPlan.Day(day: day, items: chosen.map { items[$0].id }, newItems: newCount,
                                     minutes: (seconds - (day == today ? secondsToday : 0)) / 60, predictedScore: state.score))
        }
        return ExamPlan(examDay: examDay, days: days, scoreWithoutStudy: PlanState(items, planner: self, examDay: examDay).score)
    }
}

/// The planner's running picture: each item's likeliest memory and its expected recall on the exam day.
private struct PlanState {
    let items: [PlanItem]
    let planner: ExamPlanner
    let examDay: Int
    var memory: [PlanItem.Memory?]
    var examRecall: [Double]

    init(_ items: [PlanItem], planner: ExamPlanner, examDay: Int) {
        self.items = items
        self.planner = planner
        self.examDay = examDay
        memory = items.map(\.memory)
        examRecall = items.map { $0.memory.map { planner.recall($0, on: examDay) } ?? 0 }
    }

    var unseenCount: Int { memory.reduce(0) { $0 + ($1 == nil ? 1 : 0) } }

    mutating func study(_ i: Int, on day: Int) {
        let (expected, likely) = planner.expectedAfterStudy(memory[i], on: day, examDay: examDay)
        memory[i] = likely
        examRecall[i] = expected
    }

    /// Mean predicted score of an item drawn from the bank.
    var score: Double {
        guard !items.isEmpty else { return 0 }
        var total = 0.0
        for (i, item) in items.enumerated() { total += ExamPlanner.score(recall: examRecall[i], guess: item.guessChance) }
        return total / Double(items.count)
    }
}

/// The chance of getting an item right without knowing it: 1/options for single choice, 1/2 for true/false,
/// one non-empty subset of the options for multiple choice, nothing for typed answers.
public enum GuessingFloor {
    public static func chance(_ item: Question) -> Double {
        let options = item.options?.count ?? 0
        switch item.type {
        case .singleChoice: return 1 / Double(max(2, options == 0 ? 4 : options))
        case .trueFalse: return 0.5
        case .multipleChoice:
            let n = min(max(2, options == 0 ? 4 : options), 10)
            return 1 / (Foundation.pow(2, Double(n)) - 1)
        default: return 0
        }
    }
}
