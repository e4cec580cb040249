import Foundation

/// FSRS memory state of one item after its latest review.
public struct CardState: Equatable, Sendable {
    public enum Phase: String, Sendable { case learning, review, relearning }

    public var item: String
    public var phase: Phase
    /// Index into the learning/relearning steps; nil in review.
    public var step: Int?
    public var stability: Double
    public var difficulty: Double
    public var due: Date
    public var lastReview: Date
    public var reps: Int
    public var lapses: Int

    public init(item: String, phase: Phase, step: Int?, stability: Double, difficulty: Double, due: Date,
                lastReview: Date, reps: Int, lapses: Int) {
        self.item = item
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }
}

/// FSRS ratings.
public enum Rating: Int, CaseIterable, Sendable {
    case again = 1, hard = 2, good = 3, easy = 4
}
