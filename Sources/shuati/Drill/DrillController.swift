import Foundation
import ShuatiKit

/// What the student sees after answering: the verdict, the key, and the rating the scheduler will use.
struct DrillFeedback {
    var item: Question
    var grade: Grade?
    var given: Answer?
    var rating: Rating
    var nextDue: Date?
}

/// The drill session's logic, shared by the piped and the full-screen front ends: the queue, grading, the review
/// log (every answer written before the next item is shown), undo, bookmarks, and the running tally.
final class DrillController {
    let queue: [Question]
    let mode: DrillMode
    let log: ReviewLog
    let scheduler: Scheduler
    let policy: RatingPolicy
    let clock: any ShuatiKit.Clock
    private(set) var states: [String: CardState]
    private(set) var starred: Set<String>
    private(set) var position = 0
    private(set) var answered = 0
    private(set) var correct = 0
    private(set) var dueLeft: Int
    private(set) var newLeft: Int
    let startedAt: Date
    /// Answers given this session, latest last (for undo).
    private var history: [(index: Int, event: ReviewEvent, previous: CardState?, wasCorrect: Bool, wasDue: Bool)] = []

    init(queue: DrillQueue.Result, mode: DrillMode, log: ReviewLog, scheduler: Scheduler, policy: RatingPolicy,
         clock: any ShuatiKit.Clock, states: [String: CardState], starred: Set<String>) {
        self.queue = queue.items
        self.mode = mode
        self.log = log
        self.scheduler = scheduler
        self.policy = policy
        self.clock = clock
        self.states = states
        self.starred = starred
        self.dueLeft = queue.dueCount
        self.newLeft = queue.newCount
        self.startedAt = clock.now
    }

    var current: Question? { position < queue.count ? queue[position] : nil }
    var isFinished: Bool { position >= queue.count }
    var accuracy: Double? { answered == 0 ? nil : Double(correct) / Double(answered) }
    /// Study mode, and items without a key, show the answer first and ask for a self-rating.
    var showsAnswerFirst: Bool { mode == .study }

    /// Grades a typed or keyed response and records it. Returns nil when the response cannot be read.
    func answer(_ text: String, responseMs: Int) throws -> DrillFeedback? {
        guard let item = current, let response = Grader.parseResponse(text, for: item) else { return nil }
        guard let grade = Grader.grade(item, response: response) else { return nil }
        let rating = policy.rating(for: grade, type: item.type, responseSeconds: Double(responseMs) / 1000)
        return try record(item: item, rating: rating, grade: grade, given: response, responseMs: responseMs)
    }

    /// Records a self-rating (items without a key, or after reading the answer).
    func selfRate(_ rating: Rating, responseMs: Int) throws -> DrillFeedback? {
        guard let item = current else { return nil }
        return try record(item: item, rating: rating, grade: nil, given: nil, responseMs: responseMs)
    }

    /// Study mode: mark the item as seen (not a graded review) and move on.
    func markSeen() throws {
        guard let item = current else { return }
        try log.append(ReviewEvent(ts: clock.now, item: item.id, rating: 0, kind: .seen, mode: "study"))
        position += 1
    }

    private func record(item: Question, rating: Rating, grade: Grade?, given: Answer?, responseMs: Int) throws -> DrillFeedback {
        let event = ReviewEvent(ts: clock.now, item: item.id, rating: rating.rawValue, grade: grade?.score,
                                responseMs: responseMs, given: given?.json,
                                mode: mode == .sequential ? DrillQueue.sequentialMode : "drill")
        try log.append(event)
        let previous = states[item.id]
        let next = scheduler.review(previous, item: item.id, rating: rating, at: event.ts)
        states[item.id] = next
        let isRight = grade.map { $0.verdict == .correct } ?? (rating != .again)
        let wasDue = previous != nil
        history.append((position, event, previous, isRight, wasDue))
        answered += 1
        if isRight { correct += 1 }
        if wasDue { dueLeft = max(0, dueLeft - 1) } else { newLeft = max(0, newLeft - 1) }
        return DrillFeedback(item: item, grade: grade, given: given, rating: rating, nextDue: next.due)
    }

    /// Replaces the rating of the answer just given (an undo event plus the answer again with the new rating).
    func override(_ rating: Rating) throws -> DrillFeedback? {
        guard let last = history.last else { return nil }
        let item = queue[last.index]
        let now = clock.now
        var replaced = last.event
        replaced.rating = rating.rawValue
        replaced.ts = now
        try log.append([ReviewEvent(ts: now, item: item.id, rating: last.event.rating, kind: .undo, mode: "drill"), replaced])
        let next = scheduler.review(last.previous, item: item.id, rating: rating, at: now)
        states[item.id] = next
        let isRight = rating != .again
        if isRight != last.wasCorrect { correct += isRight ? 1 : -1 }
        history[history.count - 1] = (last.index, replaced, last.previous, isRight, last.wasDue)
        return DrillFeedback(item: item, grade: nil, given: nil, rating: rating, nextDue: next.due)
    }

    /// Moves past the item whose feedback was shown.
    func advance() { position += 1 }

    /// Takes back the last answer: logs a compensating undo event and returns to that item.
    @discardableResult
    func undo() throws -> Bool {
        guard let last = history.popLast() else { return false }
        let item = queue[last.index]
        try log.append(ReviewEvent(ts: clock.now, item: item.id, rating: last.event.rating, kind: .undo, mode: "drill"))
        states[item.id] = last.previous
        answered -= 1
        if last.wasCorrect { correct -= 1 }
        if last.wasDue { dueLeft += 1 } else { newLeft += 1 }
        position = last.index
        return true
    }

    /// Bookmarks or un-bookmarks the current item; returns whether it is now starred.
    @discardableResult
    func toggleStar() throws -> Bool {
        guard let item = current else { return false }
        let isStarred = starred.contains(item.id)
        try log.append(ReviewEvent(ts: clock.now, item: item.id, rating: 0, kind: isStarred ? .unstar : .star))
        if isStarred { starred.remove(item.id) } else { starred.insert(item.id) }
        return !isStarred
    }

    /// The earliest due date among the items of this session (for the summary).
    var nextDue: Date? {
        queue.compactMap { states[$0.id]?.due }.filter { $0 > clock.now }.min()
    }
}
