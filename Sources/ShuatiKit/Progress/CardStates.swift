import Foundation

/// Derives every item's scheduling state by replaying the review log in order (deterministic).
public enum CardStates {
    /// Replays answers (honouring undo events) and returns the final state per item id.
    /// PLACEHOLDER (issue 3 may rework this; the signature is the contract).
    public static func replay(_ events: [ReviewEvent], scheduler: Scheduler) -> [String: CardState] {
        var answers: [String: [ReviewEvent]] = [:]
        var order: [String] = []
        for event in events {
            switch event.kind {
            case .answer:
                if answers[event.item] == nil { order.append(event.item) }
                answers[event.item, default: []].append(event)
            case .undo:
                if !(answers[event.item]?.isEmpty ?? true) { answers[event.item]!.removeLast() }
            case .seen, .star, .unstar:
                break
            }
        }
        var states: [String: CardState] = [:]
        for item in order {
            var card: CardState?
            for event in answers[item] ?? [] {
                card = scheduler.review(card, item: item, rating: Rating(rawValue: event.rating) ?? .good, at: event.ts)
            }
            if let card { states[item] = card }
        }
        return states
    }
}
