import Foundation
import ShuatiKit

/// Writes every answered item of a submitted paper to the review log as an `"mode":"exam"` answer, in the bank's
/// option letters, so the wrong-answer notebook and the scheduler see it. Blank items are not answers: nothing
/// is logged for them.
enum ExamLogWriter {
    static func write(_ result: ExamResult, to log: ReviewLog, at now: Date) throws -> Int {
        var written = 0
        for r in result.results {
            guard let response = r.response, let grade = r.grade else { continue }
            try log.append(ReviewEvent(ts: now, item: r.item.question.id, rating: ExamScorer.rating(for: grade, type: r.item.question.type).rawValue,
                                       grade: grade.score, given: r.item.bankResponse(response).json, mode: "exam"))
            written += 1
        }
        return written
    }
}
