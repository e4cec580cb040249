import Foundation
import ShuatiKit

/// What the student sees after answering: the verdict, the key, and the rating the scheduler will use.
struct DrillFeedback {
    var item: Question
    var grade: Grade?
    var given: Answer?
    var rating: Rating
    var nextDue: Date?
    /// The student changed the rating after seeing the verdict; the verdict shown follows the rating.
    var ratedByStudent = false
    /// The student asked for the answer (不会) instead of answering.
    var gaveUp = false

    /// Right, partly right or wrong as every count sees it (`AnswerRule`): from the rating once the student
    /// changed it, else from the grade. Nil for a self-rated item without a key.
    var verdict: Grade.Verdict? {
        guard let grade else { return nil }
        guard ratedByStudent else { return grade.verdict }
        return AnswerRule.isRight(rating: rating.rawValue) ? .correct : rating == .hard ? .partial : .wrong
    }
}

/// A short answer graded but not yet recorded: the student checks the key points first.
struct PendingSelfCheck {
    var item: Question
    var response: Answer
    var grade: Grade
    var covered: [Bool]
    var responseMs: Int

    mutating func toggle(_ point: Int) {
        guard covered.indices.contains(point) else { return }
        covered[point].toggle()
    }
}

/// The drill session's logic, shared by the piped and the full-screen front ends: the queue, grading, the review
/// log (every answer written before the next item is shown), undo, bookmarks, and the running tally.
final class DrillController {
    var queue: [Question] { queueItems }
    let mode: DrillMode
    let log: ReviewLog
    let scheduler: Scheduler
    let policy: RatingPolicy
    let clock: any ShuatiKit.Clock
    private(set) var states: [String: CardState]
    private(set) var starred: Set<String>
    private(set) var position = 0
    private(set) var answered = 0
    /// Answers counted for accuracy (graded ones: self-ratings of keyless items are not).
    private(set) var graded = 0
    private(set) var correct = 0
    private(set) var dueLeft: Int
    private(set) var newLeft: Int
    let startedAt: Date
    /// Answers given this session, latest last (for undo).
    private var history: [(index: Int, event: ReviewEvent, previous: CardState?, wasCorrect: Bool, wasDue: Bool)] = []
    /// Items answered wrong this session that come back before it ends (once each time they are missed).
    private(set) var retries = 0
    private var queueItems: [Question]

    init(queue: DrillQueue.Result, mode: DrillMode, log: ReviewLog, scheduler: Scheduler, policy: RatingPolicy,
         clock: any ShuatiKit.Clock, states: [String: CardState], starred: Set<String>) {
        self.queueItems = queue.items
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
    var accuracy: Double? { graded == 0 ? nil : Double(correct) / Double(graded) }
    /// Study mode, and items without a key, show the answer first and ask for a self-rating.
    var showsAnswerFirst: Bool { mode == .study }

    /// Grades a typed or keyed response and records it. Returns nil when the response cannot be read.
    func answer(_ text: String, responseMs: Int) throws -> DrillFeedback? {
        guard let item = current, let response = Grader.parseResponse(text, for: item) else { return nil }
        guard let grade = Grader.grade(item, response: response) else { return nil }
        let rating = policy.rating(for: grade, type: item.type, responseSeconds: Double(responseMs) / 1000)
        return try record(item: item, rating: rating, grade: grade, given: response, responseMs: responseMs)
    }

    /// Short answers are graded and then checked by the student against the key before anything is recorded.
    func needsSelfCheck(_ item: Question) -> Bool { item.type == .shortAnswer && item.answer != nil }

    /// Grades a short answer without recording it; nil when there is nothing to grade.
    func assess(_ text: String, responseMs: Int) -> PendingSelfCheck? {
        guard let item = current, let response = Grader.parseResponse(text, for: item),
              let grade = Grader.grade(item, response: response), !grade.keyPoints.isEmpty else { return nil }
        return PendingSelfCheck(item: item, response: response, grade: grade, covered: grade.keyPoints.map(\.covered),
                                responseMs: responseMs)
    }

    /// Records a short answer with the key points the student confirmed: that verdict sets grade and rating.
    func confirm(_ check: PendingSelfCheck) throws -> DrillFeedback {
        let grade = check.grade.confirmed(check.covered)
        let rating = policy.rating(for: grade, type: check.item.type, responseSeconds: Double(check.responseMs) / 1000)
        return try record(item: check.item, rating: rating, grade: grade, given: check.response, responseMs: check.responseMs)
    }

    /// "Show the answer" (不会): recorded as a wrong answer, so it comes back and enters the 错题本.
    func giveUp(responseMs: Int) throws -> DrillFeedback? {
        guard let item = current, item.answer != nil else { return nil }
        var f = try record(item: item, rating: .again, grade: Grade(score: 0, verdict: .wrong), given: nil, responseMs: responseMs)
        f.gaveUp = true
        return f
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
        let isRight = AnswerRule.isRight(event)
        let wasDue = previous != nil
        history.append((position, event, previous, isRight, wasDue))
        answered += 1
        if AnswerRule.isGraded(event) { graded += 1 }
        if isRight { correct += 1 }
        if AnswerRule.isWrong(event) { retry(item) }
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
        let isRight = AnswerRule.isRight(replaced)
        if isRight != last.wasCorrect { correct += isRight ? 1 : -1 }
        history[history.count - 1] = (last.index, replaced, last.previous, isRight, last.wasDue)
        if AnswerRule.isWrong(replaced) { retry(item) } else { cancelRetry(item, after: last.index) }
        return DrillFeedback(item: item, grade: nil, given: nil, rating: rating, nextDue: next.due, ratedByStudent: true)
    }

    /// A wrong item comes back a few items later (or at the end) in this session, once per miss.
    private func retry(_ item: Question) {
        guard mode != .study, !queueItems[(position + 1)...].contains(where: { $0.id == item.id }) else { return }
        let at = min(queueItems.count, position + 4)
        queueItems.insert(item, at: at)
        retries += 1
    }

    /// Takes back the retry scheduled for an answer that was undone or re-rated as right.
    private func cancelRetry(_ item: Question, after index: Int) {
        guard let i = queueItems.indices.dropFirst(index + 1).first(where: { queueItems[$0].id == item.id }) else { return }
        queueItems.remove(at: i)
        retries -= 1
    }

    /// The 答题卡: per queue position, whether its latest answer this session was right (nil: not answered).
    var sheet: [Bool?] {
        var marks = [Bool?](repeating: nil, count: queueItems.count)
        for entry in history where marks.indices.contains(entry.index) { marks[entry.index] = entry.wasCorrect }
        return marks
    }

    /// Goes to any item of the session (from the 答题卡); false when there is no such position.
    @discardableResult
    func jump(to index: Int) -> Bool {
        guard queueItems.indices.contains(index) else { return false }
        position = index
        return true
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
        if AnswerRule.isGraded(last.event) { graded -= 1 }
        if last.wasCorrect { correct -= 1 }
        cancelRetry(item, after: last.index)
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
