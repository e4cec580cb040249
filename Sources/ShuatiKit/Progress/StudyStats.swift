import Dispatch
import Foundation

/// Everything `shuati stats` shows, computed from the bank, the review log and the scheduler. Pure.
public struct StudyStats: Sendable {
    public struct Overview: Sendable, Equatable {
        public var totalItems = 0
        /// Items without an answer key (studied, never counted as right or wrong).
        public var keylessItems = 0
        public var seenItems = 0
        public var dueToday = 0
        public var dueNext7Days = 0
        public var reviewsToday = 0
        /// Days in a row with at least one answer, ending today (or yesterday, when today has none yet).
        public var streakDays = 0
        /// Sum of response times (each capped at 10 minutes, so a walk-away does not count as study).
        public var studiedSeconds = 0
    }

    /// Mastery of one group of items (a section or an item type).
    public struct Mastery: Sendable, Equatable {
        public var name: String
        public var items = 0
        public var seen = 0
        /// Items whose predicted recall now is at least the desired retention.
        public var mastered = 0
        /// Seen items whose last graded answer was right (`AnswerRule`).
        public var lastRight = 0
        /// Seen items with a graded answer: self-rated items without a key are not counted as right or wrong.
        public var graded = 0
        public var neverSeen: Int { items - seen }
        public var accuracy: Double? { graded == 0 ? nil : Double(lastRight) / Double(graded) }
        public var masteredShare: Double { items == 0 ? 0 : Double(mastered) / Double(items) }
    }

    public struct Retention: Sendable, Equatable {
        /// Review-state answers in the window, and how many were Hard/Good/Easy.
        public var reviews = 0
        public var passed = 0
        public var desired: Double
        public var trueRetention: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }
    }

    public struct Readiness: Sendable, Equatable {
        public var examDate: Date
        /// Mean predicted recall over the paper's items at the exam date (0…1).
        public var predictedScore: Double
        /// What an unseen item counts as, by type (guessing chance).
        public var unseenEstimate: [QuestionType: Double]
        public var itemsCounted: Int
        public var unseenCount: Int
        /// The items that would gain most from study now: (id, stem, section, predicted recall at the exam).
        public var studyNext: [StudyPick]
    }

    public struct StudyPick: Sendable, Equatable {
        public var item: String
        public var stem: String
        public var section: String
        public var predictedRecall: Double
        public var seen: Bool
    }

    public var overview = Overview()
    public var sections: [Mastery] = []
    public var types: [Mastery] = []
    public var retention: Retention
    /// Answers per local day, oldest first, ending today (`days` entries).
    public var heatmap: [(day: Date, reviews: Int)] = []
    /// Items due per day for the next 14 days; index 0 is today including overdue.
    public var forecast: [Int] = []
    public var readiness: Readiness?

    public static func == (a: StudyStats, b: StudyStats) -> Bool {
        a.overview == b.overview && a.sections == b.sections && a.types == b.types && a.retention == b.retention
            && a.forecast == b.forecast && a.readiness == b.readiness
            && a.heatmap.map(\.reviews) == b.heatmap.map(\.reviews) && a.heatmap.map(\.day) == b.heatmap.map(\.day)
    }

    /// Computes the statistics. `days` is the heatmap's length; `examDate` adds the readiness forecast.
    public init(items: [Question], events: [ReviewEvent], scheduler: Scheduler, now: Date, timeZone: TimeZone,
                days: Int = 182, examDate: Date? = nil) {
        retention = Retention(desired: scheduler.config.desiredRetention)
        var localDays = LocalDays(timeZone: timeZone)
        let today = localDays.day(now)
        let firstHeatmapDay = today - max(1, days) + 1
        var perDay = [Int](repeating: 0, count: max(1, days))
        let retentionWindowStart = now.addingTimeInterval(-30 * 86400)

        // One reading of the log: answers grouped by item (undo applied), then day counts and study time.
        let history = AnswerHistory(events)
        let answerLists = history.answers
        let itemNames = history.items
        let seenOnly = history.seen
        var activeDays = Set<Int>()
        // Day counts and time only for answers that survived undo, read in log (time) order so the local-day
        // lookup mostly hits the hour before, and without copying whole events.
        var surviving = [Bool](repeating: false, count: events.count)
        for list in answerLists { for index in list { surviving[Int(index)] = true } }
        var studiedMs = 0
        events.withUnsafeBufferPointer { events in
            var previousDay = Int.min
            for index in events.indices where surviving[index] {
                let day = localDays.day(events[index].ts)
                if day != previousDay { activeDays.insert(day); previousDay = day }
                if day >= firstHeatmapDay && day <= today { perDay[day - firstHeatmapDay] += 1 }
                if day == today { overview.reviewsToday += 1 }
                studiedMs += min(max(events[index].responseMs ?? 0, 0), 600_000)
            }
        }
        overview.studiedSeconds = studiedMs / 1000
        var streakEnd = today
        if !activeDays.contains(today) { streakEnd = today - 1 }
        while activeDays.contains(streakEnd) { overview.streakDays += 1; streakEnd -= 1 }
        heatmap = perDay.enumerated().map { (localDays.start(ofDay: firstHeatmapDay + $0.offset), $0.element) }

        // Replay each item (in parallel shares): final state, phase before each answer (for true retention), last answer.
        let replay = StudyReplay.run(history, events: events, scheduler: scheduler, retentionWindowStart: retentionWindowStart)
        retention.reviews = replay.retentionReviews
        retention.passed = replay.retentionPassed
        var states: [String: CardState] = [:]
        var lastRight: [String: Bool] = [:]
        states.reserveCapacity(itemNames.count)
        lastRight.reserveCapacity(itemNames.count)
        for (slot, item) in itemNames.enumerated() {
            guard let card = replay.finals[slot] else { continue }
            states[item] = card
            if let right = replay.lastRight[slot] { lastRight[item] = right }
        }

        // Per item: mastery now, due counts, forecast, readiness.
        let endOfToday = localDays.start(ofDay: today + 1)
        let endOf7 = localDays.start(ofDay: today + 8)
        forecast = [Int](repeating: 0, count: 14)
        var sectionIndex: [String: Int] = [:]
        var typeIndex: [QuestionType: Int] = [:]
        overview.totalItems = items.count
        overview.keylessItems = items.filter { $0.answer == nil }.count
        var picks: [StudyPick] = []
        var readinessSum = 0.0
        var readinessCount = 0
        var unseenCount = 0
        let unseenEstimate = StudyStats.guessingChance
        for item in items {
            let state = states[item.id]
            let seen = state != nil || seenOnly.contains(item.id)
            if seen { overview.seenItems += 1 }
            let recallNow = state.map { scheduler.retrievability($0, at: now) } ?? 0
            // Mastered: graduated to review and predicted recall still at the target (a card lapsed an hour ago
            // has R = 1 but is not mastered).
            let mastered = state?.phase == .review && recallNow >= scheduler.config.desiredRetention
            let right = lastRight[item.id]
            func tally(_ m: inout Mastery) {
                m.items += 1
                if state != nil { m.seen += 1 }
                if mastered { m.mastered += 1 }
                if state != nil && right != nil { m.graded += 1 }
                if state != nil && right == true { m.lastRight += 1 }
            }
            if sectionIndex[item.section] == nil { sectionIndex[item.section] = sections.count; sections.append(Mastery(name: item.section)) }
            tally(&sections[sectionIndex[item.section]!])
            if typeIndex[item.type] == nil { typeIndex[item.type] = types.count; types.append(Mastery(name: item.type.rawValue)) }
            tally(&types[typeIndex[item.type]!])
            if let state {
                if state.due < endOfToday { overview.dueToday += 1 } else if state.due < endOf7 { overview.dueNext7Days += 1 }
                let dueDay = localDays.day(state.due)
                let index = max(0, dueDay - today)
                if index < 14 { forecast[index] += 1 }
            }
            if let examDate, item.answer != nil {
                let recall: Double
                // Right on the exam day: recalled, or else guessed (choice items).
                let guess = GuessingFloor.chance(item)
                if let state {
                    let r = scheduler.retrievability(state, at: examDate)
                    recall = r + (1 - r) * guess
                } else {
                    recall = guess
                    unseenCount += 1
                }
                readinessSum += recall
                readinessCount += 1
                picks.append(StudyPick(item: item.id, stem: item.stem, section: item.section, predictedRecall: recall, seen: state != nil))
            }
        }
        types.sort { $0.name < $1.name }
        if let examDate {
            picks.sort { $0.predictedRecall != $1.predictedRecall ? $0.predictedRecall < $1.predictedRecall : $0.item < $1.item }
            readiness = Readiness(examDate: examDate, predictedScore: readinessCount == 0 ? 0 : readinessSum / Double(readinessCount),
                                  unseenEstimate: unseenEstimate, itemsCounted: readinessCount, unseenCount: unseenCount,
                                  studyNext: Array(picks.prefix(10)))
        }
    }

    /// Chance of getting an unseen item right by guessing (single choice uses 1/number of options).
    public static let guessingChance: [QuestionType: Double] = [
        .singleChoice: 0.25, .multipleChoice: 1.0 / 15.0, .trueFalse: 0.5, .fillBlank: 0, .shortAnswer: 0,
    ]
}

/// The per-item replay behind the statistics, one contiguous share of items per core.
enum StudyReplay {
    struct Result {
        var finals: [CardState?]
        /// Per item: whether its last graded answer was right; nil when it has none.
        var lastRight: [Bool?]
        var retentionReviews = 0
        var retentionPassed = 0
    }

    static func run(_ history: AnswerHistory, events: [ReviewEvent], scheduler: Scheduler, retentionWindowStart: Date) -> Result {
        let parallel = ParallelShares(count: history.items.count, parallelFrom: 2048)
        var result = Result(finals: [CardState?](repeating: nil, count: parallel.count),
                            lastRight: [Bool?](repeating: nil, count: parallel.count))
        var tallies = [(reviews: Int, passed: Int)](repeating: (0, 0), count: parallel.shares)
        let (ts, ratings) = CardStates.timesAndRatings(events)
        events.withUnsafeBufferPointer { events in
            ts.withUnsafeBufferPointer { ts in
                ratings.withUnsafeBufferPointer { ratings in
                    result.finals.withUnsafeMutableBufferPointer { finals in
                        result.lastRight.withUnsafeMutableBufferPointer { lastRight in
                            tallies.withUnsafeMutableBufferPointer { tallies in
                                nonisolated(unsafe) let input = events, ts = ts, ratings = ratings
                                nonisolated(unsafe) let finalsOut = finals, rightOut = lastRight, talliesOut = tallies
                                parallel.run { share, slots in
                                    var reviews = 0, passed = 0
                                    for slot in slots {
                                        let list = history.answers[slot]
                                        guard !list.isEmpty else { continue }
                                        // True retention: answers given while the card was in review, in the window.
                                        finalsOut[slot] = CardStates.replay(item: history.items[slot], answers: list, ts: ts,
                                                                            ratings: ratings, scheduler: scheduler) { card, event in
                                            guard let card, card.phase == .review, ts[event] >= retentionWindowStart else { return }
                                            reviews += 1
                                            if input[event].rating >= 2 { passed += 1 }
                                        }
                                        if let last = list.last(where: { AnswerRule.isGraded(input[Int($0)]) }) {
                                            rightOut[slot] = AnswerRule.isRight(input[Int(last)])
                                        }
                                    }
                                    talliesOut[share] = (reviews, passed)
                                }
                            }
                        }
                    }
                }
            }
        }
        result.retentionReviews = tallies.reduce(0) { $0 + $1.reviews }
        result.retentionPassed = tallies.reduce(0) { $0 + $1.passed }
        return result
    }
}
