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
        let count = history.items.count
        var result = [CardState?](repeating: nil, count: count)
        let chunks = count < 2048 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        // Only time and rating are needed per answer: read them in place instead of copying whole events.
        let (ts, ratings) = timesAndRatings(events)
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = count * chunk / chunks, upper = count * (chunk + 1) / chunks
                ts.withUnsafeBufferPointer { ts in
                    ratings.withUnsafeBufferPointer { ratings in
                        for slot in lower..<upper {
                            var card: CardState?
                            let item = history.items[slot]
                            for index in history.answers[slot] {
                                card = scheduler.review(card, item: item, rating: ratings[Int(index)], at: ts[Int(index)])
                            }
                            out[slot] = card
                        }
                    }
                }
            }
        }
        return result
    }

    /// Each event's time and rating as two compact arrays, filled in parallel shares for large logs.
    static func timesAndRatings(_ events: [ReviewEvent]) -> ([Date], [Rating]) {
        let n = events.count
        var ts = [Date](repeating: Date(timeIntervalSince1970: 0), count: n)
        var ratings = [Rating](repeating: .good, count: n)
        let shares = n < 1 << 16 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        events.withUnsafeBufferPointer { events in
            nonisolated(unsafe) let input = events
            ts.withUnsafeMutableBufferPointer { tsBuffer in
                ratings.withUnsafeMutableBufferPointer { ratingBuffer in
                    nonisolated(unsafe) let tsOut = tsBuffer, ratingOut = ratingBuffer
                    DispatchQueue.concurrentPerform(iterations: shares) { share in
                        for index in (n * share / shares)..<(n * (share + 1) / shares) {
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
