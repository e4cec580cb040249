import Dispatch
import Foundation

/// Derives every item's scheduling state by replaying the review log in order (deterministic: the same log gives
/// the same states on every machine).
public enum CardStates {
    /// Replays answers (honouring undo events, ignoring seen/star/unstar) and returns the final state per item.
    public static func replay(_ events: [ReviewEvent], scheduler: Scheduler) -> [String: CardState] {
        let history = AnswerHistory(events)
        let finals = replay(history, events: events, scheduler: scheduler)
        var states: [String: CardState] = [:]
        states.reserveCapacity(history.items.count)
        for (slot, item) in history.items.enumerated() {
            if let card = finals[slot] { states[item] = card }
        }
        return states
    }

    /// The final state of each item of `history` (nil for an item whose answers were all undone). Items are
    /// independent, so they are replayed in parallel, one contiguous share per core.
    public static func replay(_ history: AnswerHistory, events: [ReviewEvent], scheduler: Scheduler) -> [CardState?] {
        let parallel = ParallelShares(count: history.items.count, parallelFrom: 2048)
        var result = [CardState?](repeating: nil, count: parallel.count)
        // Only time and rating are needed per answer: read them in place instead of copying whole events.
        let (ts, ratings) = timesAndRatings(events)
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            ts.withUnsafeBufferPointer { ts in
                ratings.withUnsafeBufferPointer { ratings in
                    nonisolated(unsafe) let ts = ts, ratings = ratings
                    parallel.run { _, slots in
                        for slot in slots {
                            out[slot] = replay(item: history.items[slot], answers: history.answers[slot], ts: ts,
                                               ratings: ratings, scheduler: scheduler) { _, _ in }
                        }
                    }
                }
            }
        }
        return result
    }

    /// One item's answers replayed in order; `before(state, event)` sees the state before each answer (nil before
    /// the first) and the index of that answer's event.
    @inline(__always)
    static func replay(item: String, answers: [Int32], ts: UnsafeBufferPointer<Date>, ratings: UnsafeBufferPointer<Rating>,
                       scheduler: Scheduler, before: (CardState?, Int) -> Void) -> CardState? {
        var card: CardState?
        for index in answers {
            let event = Int(index)
            before(card, event)
            card = scheduler.review(card, item: item, rating: ratings[event], at: ts[event])
        }
        return card
    }

    /// Each event's time and rating as two compact arrays, filled in parallel shares for large logs.
    static func timesAndRatings(_ events: [ReviewEvent]) -> ([Date], [Rating]) {
        let n = events.count
        var ts = [Date](repeating: Date(timeIntervalSince1970: 0), count: n)
        var ratings = [Rating](repeating: .good, count: n)
        let parallel = ParallelShares(count: n, parallelFrom: 1 << 16)
        events.withUnsafeBufferPointer { events in
            nonisolated(unsafe) let input = events
            ts.withUnsafeMutableBufferPointer { tsBuffer in
                ratings.withUnsafeMutableBufferPointer { ratingBuffer in
                    nonisolated(unsafe) let tsOut = tsBuffer, ratingOut = ratingBuffer
                    parallel.run { _, range in
                        for index in range {
                            tsOut[index] = input[index].ts
                            ratingOut[index] = Rating(rawValue: input[index].rating) ?? .good
                        }
                    }
                }
            }
        }
        return (ts, ratings)
    }
}
