import Foundation

/// Derives every item's scheduling state by replaying the review log in order (deterministic: the same log gives
/// the same states on every machine).
public enum CardStates {
    /// Replays answers (honouring undo events, ignoring seen/star/unstar) and returns the final state per item.
    public static func replay(_ events: [ReviewEvent], scheduler: Scheduler) -> [String: CardState] {
        var answers: [String: [Int]] = [:]
        answers.reserveCapacity(1024)
        for (index, event) in events.enumerated() {
            switch event.kind {
            case .answer:
                answers[event.item, default: []].append(index)
            case .undo:
                if answers[event.item]?.isEmpty == false { answers[event.item]!.removeLast() }
            case .seen, .star, .unstar:
                break
            }
        }
        var states: [String: CardState] = [:]
        states.reserveCapacity(answers.count)
        for (item, indices) in answers where !indices.isEmpty {
            var card: CardState?
            for index in indices {
                let event = events[index]
                card = scheduler.review(card, item: item, rating: Rating(rawValue: event.rating) ?? .good, at: event.ts)
            }
            states[item] = card
        }
        return states
    }
}
