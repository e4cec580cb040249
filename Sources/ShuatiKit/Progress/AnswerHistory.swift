/// The answers of a review log grouped by item, in log order, with undo applied: the one reading of the log that
/// card states, statistics and the wrong-answer notebook all share. Holds indices, not copies of the events.
public struct AnswerHistory: Sendable {
    /// Item ids in order of first answer.
    public private(set) var items: [String] = []
    /// For each item, the indices (into the events given) of its surviving answers.
    public private(set) var answers: [[Int32]] = []
    /// Items read in study mode (`seen` events).
    public private(set) var seen = Set<String>()

    public init(_ events: [ReviewEvent]) {
        var slot: [String: Int] = [:]
        for (index, event) in events.enumerated() {
            switch event.kind {
            case .answer:
                let s: Int
                if let existing = slot[event.item] { s = existing } else {
                    s = items.count
                    slot[event.item] = s
                    items.append(event.item)
                    answers.append([])
                }
                answers[s].append(Int32(index))
            case .undo:
                if let s = slot[event.item], !answers[s].isEmpty { answers[s].removeLast() }
            case .clear:
                // Only the wrong-answer notebook reads clears; it looks at them itself.
                break
            case .seen:
                seen.insert(event.item)
            case .star, .unstar:
                break
            }
        }
    }
}
