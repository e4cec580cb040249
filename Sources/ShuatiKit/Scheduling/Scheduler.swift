import Foundation

/// FSRS-6 scheduler.
/// PLACEHOLDER (issue 3 replaces the body with FSRS-6 exactly as py-fsrs); the API is the contract.
public struct Scheduler: Sendable {
    public let config: SchedulerConfig
    public init(config: SchedulerConfig = SchedulerConfig()) { self.config = config }

    /// The state after reviewing `card` (nil for a new item) with `rating` at `now`.
    public func review(_ card: CardState?, item: String, rating: Rating, at now: Date) -> CardState {
        let previous = card ?? CardState(item: item, phase: .learning, step: 0, stability: 1, difficulty: 5,
                                         due: now, lastReview: now, reps: 0, lapses: 0)
        var next = previous
        next.reps += 1
        next.lastReview = now
        if rating == .again { next.lapses += card == nil ? 0 : 1; next.stability = max(0.1, previous.stability / 2) }
        else { next.stability = previous.stability * Double(rating.rawValue) }
        next.phase = rating == .again ? .relearning : .review
        next.step = next.phase == .review ? nil : 0
        next.due = now.addingTimeInterval(next.stability * 86400)
        return next
    }

    /// Predicted probability of recall of `card` at `now` (0…1).
    public func retrievability(_ card: CardState, at now: Date) -> Double {
        let days = max(0, now.timeIntervalSince(card.lastReview) / 86400).rounded(.down)
        return pow(1 + 19.0 / 81.0 * days / card.stability, -0.5)
    }
}
