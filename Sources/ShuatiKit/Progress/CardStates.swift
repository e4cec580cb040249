import Foundation

/// Derives every item's scheduling state by replaying the review log in order (deterministic: the same log gives
/// the same states on every machine).
public enum CardStates {
    /// Replays answers (honouring undo events, ignoring seen/star/unstar) and returns the final state per item.
    public static func replay(_ events: [ReviewEvent], scheduler: Scheduler) -> [String: CardState] {
        // Group answers by item as compact (time, rating) pairs; undo pops the item's latest answer.
        var slots: [String: Int] = [:]
        var items: [String] = []
        var answers: [[(Double, Int)]] = []
        for event in events {
            switch event.kind {
            case .answer:
                let slot: Int
                if let existing = slots[event.item] { slot = existing } else {
                    slot = items.count
                    slots[event.item] = slot
                    items.append(event.item)
                    answers.append([])
                }
                answers[slot].append((event.ts.timeIntervalSince1970, event.rating))
            case .undo:
                if let slot = slots[event.item], !answers[slot].isEmpty { answers[slot].removeLast() }
            case .seen, .star, .unstar, .clear:
                break
            }
        }
        var states: [String: CardState] = [:]
        states.reserveCapacity(items.count)
        for (slot, item) in items.enumerated() where !answers[slot].isEmpty {
            var card: CardState?
            for (ts, rating) in answers[slot] {
                card = scheduler.review(card, item: item, rating: Rating(rawValue: rating) ?? .good,
                                        at: Date(timeIntervalSince1970: ts))
            }
            states[item] = card
        }
        return states
    }
}
