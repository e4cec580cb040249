import Foundation

/// Simulates the days ahead in the spirit of fsrs-rs's simulator: every day the due items are reviewed (answers
/// drawn from the model's recall), then up to `newPerDay` new ones are studied; intervals come from the desired
/// retention. Several seeded runs are averaged, so the curves are expectations. Pure and deterministic.
public struct StudySimulator: Sendable {
    public struct Setup: Sendable {
        public var parameters: [Double]
        public var desiredRetention: Double
        public var days: Int
        public var newPerDay: Int
        /// Memories of the items already studied (their `lastDay` relative to day 0 = today) and how many are new.
        public var seen: [PlanItem.Memory]
        public var unseen: Int
        /// Seconds per review that is recalled, per lapse (review plus relearning), per new item.
        public var secondsPerReview: Double = 12
        public var secondsPerLapse: Double = 30
        public var secondsPerNew: Double = 30
        /// Reviews a day at most (nil: no cap; what is not done waits for the next day).
        public var maxReviewsPerDay: Int?
        public var maximumInterval = 36500
        public var runs = 8
        /// Expected items remembered every day (off: only on the last day, which is all CMRR needs).
        public var dailyRemembered = true
        /// How much worse forgetting feels than the time it costs (fsrs-rs's loss aversion), for CMRR.
        public var lossAversion = 2.5
        public var seed: UInt64 = 1

        public init(parameters: [Double], desiredRetention: Double, days: Int, newPerDay: Int, seen: [PlanItem.Memory], unseen: Int) {
            self.parameters = parameters; self.desiredRetention = desiredRetention; self.days = days
            self.newPerDay = newPerDay; self.seen = seen; self.unseen = unseen
        }
    }

    /// Expected figures per simulated day.
    public struct Day: Equatable, Sendable {
        public var reviews: Double = 0
        public var newItems: Double = 0
        public var minutes: Double = 0
        /// Of which spent on lapses (review and relearning).
        public var lapseMinutes: Double = 0
        /// Expected number of items recalled at the end of the day (sum of recall over items studied so far).
        public var remembered: Double = 0
    }

    public struct Result: Sendable {
        public var days: [Day]
        public var totalMinutes: Double { days.reduce(0) { $0 + $1.minutes } }
        public var totalReviews: Double { days.reduce(0) { $0 + $1.reviews + $1.newItems } }
        /// Minutes of study per item remembered at the end.
        public var minutesPerItemRemembered: Double {
            guard let last = days.last, last.remembered > 0 else { return .infinity }
            return totalMinutes / last.remembered
        }
        /// What CMRR minimises: study time with lapses weighted by `lossAversion`, per item remembered at the end.
        func costPerItemRemembered(lossAversion: Double) -> Double {
            guard let last = days.last, last.remembered > 0 else { return .infinity }
            return (totalMinutes + (lossAversion - 1) * days.reduce(0) { $0 + $1.lapseMinutes }) / last.remembered
        }
    }

    /// Rating shares fsrs-rs's simulator uses: first answers Again/Hard/Good/Easy; recalled reviews Hard/Good/Easy.
    static let firstRatingShares = [0.24, 0.094, 0.495, 0.171]
    static let recallRatingShares = [0.224, 0.631, 0.145]

    public static func run(_ setup: Setup) -> Result {
        var total = [Day](repeating: Day(), count: setup.days)
        for run in 0..<max(1, setup.runs) {
            let days = once(setup, seed: setup.seed &+ UInt64(run) &* 0x9E37_79B9)
            for (i, d) in days.enumerated() {
                total[i].reviews += d.reviews; total[i].newItems += d.newItems
                total[i].minutes += d.minutes; total[i].remembered += d.remembered; total[i].lapseMinutes += d.lapseMinutes
            }
        }
        let n = Double(max(1, setup.runs))
        return Result(days: total.map { Day(reviews: $0.reviews / n, newItems: $0.newItems / n, minutes: $0.minutes / n,
                                            lapseMinutes: $0.lapseMinutes / n, remembered: $0.remembered / n) })
    }

    /// The desired retention in 0.70…0.95 with the least study time (lapses weighted by loss aversion) per item
    /// remembered at the end of the setup's horizon, as fsrs-rs's CMRR. Runs share their seeds across retentions,
    /// so the comparison is not drowned in noise. The curve gives minutes per item remembered at each retention.
    public static func computeMinimumRetention(_ setup: Setup) -> (retention: Double, minutesPerItem: Double, curve: [(Double, Double)]) {
        var curve: [(retention: Double, minutes: Double, cost: Double)] = []
        for step in 0...25 {
            var s = setup
            s.desiredRetention = 0.70 + Double(step) / 100
            s.dailyRemembered = false
            let result = run(s)
            curve.append((s.desiredRetention, result.minutesPerItemRemembered, result.costPerItemRemembered(lossAversion: setup.lossAversion)))
        }
        let best = curve.min { $0.cost < $1.cost }!
        return (best.retention, best.minutes, curve.map { ($0.retention, $0.minutes) })
    }

    private struct Card { var memory: PlanItem.Memory; var due: Int }

    private static func once(_ setup: Setup, seed: UInt64) -> [Day] {
        let model = MemoryModel<Double>(setup.parameters)
        let planner = ExamPlanner(parameters: setup.parameters)
        var rng = FuzzRandom(seed: seed)
        func uniform() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
        let retentionTerm = Foundation.pow(setup.desiredRetention, 1 / model.decay) - 1
        func interval(_ s: Double) -> Int { max(1, min(setup.maximumInterval, Int((s / model.factor * retentionTerm).rounded()))) }
        var cards = setup.seen.map { Card(memory: $0, due: $0.lastDay + interval($0.stability)) }
        var unseen = setup.unseen
        var out: [Day] = []
        out.reserveCapacity(setup.days)
        for day in 0..<setup.days {
            var today = Day()
            var seconds = 0.0
            // Due items, most overdue first, up to the cap.
            var due = cards.indices.filter { cards[$0].due <= day }
            due.sort { cards[$0].due != cards[$1].due ? cards[$0].due < cards[$1].due : $0 < $1 }
            if let cap = setup.maxReviewsPerDay, due.count > cap { due = Array(due.prefix(cap)) }
            for i in due {
                let r = planner.recall(cards[i].memory, on: day)
                let g: Int
                if uniform() < r {
                    let v = uniform()
                    g = v < recallRatingShares[0] ? 2 : v < recallRatingShares[0] + recallRatingShares[1] ? 3 : 4
                    seconds += setup.secondsPerReview
                } else {
                    g = 1
                    seconds += setup.secondsPerLapse
                    today.lapseMinutes += setup.secondsPerLapse / 60
                }
                cards[i].memory = planner.review(cards[i].memory, rating: g, on: day)
                cards[i].due = day + interval(cards[i].memory.stability)
                today.reviews += 1
            }
            let fresh = min(unseen, setup.newPerDay)
            for _ in 0..<fresh {
                let v = uniform()
                var g = 4, acc = 0.0
                for k in 0..<4 { acc += firstRatingShares[k]; if v < acc { g = k + 1; break } }
                let memory = planner.review(nil, rating: g, on: day)
                cards.append(Card(memory: memory, due: day + interval(memory.stability)))
                seconds += setup.secondsPerNew
            }
            unseen -= fresh
            today.newItems = Double(fresh)
            today.minutes = seconds / 60
            if setup.dailyRemembered || day == setup.days - 1 {
                today.remembered = cards.reduce(0) { $0 + planner.recall($1.memory, on: day + 1) }
            }
            out.append(today)
        }
        return out
    }
}
