import Foundation
import ShuatiKit

/// `shuati stats --json`: every figure as one object.
enum StatsJSON {
    static func encode(_ s: StudyStats, now: Date) -> JSONValue {
        func mastery(_ m: StudyStats.Mastery) -> JSONValue {
            .object([("name", .string(m.name)), ("items", .number(Double(m.items))), ("seen", .number(Double(m.seen))), ("graded", .number(Double(m.graded))),
                     ("never_seen", .number(Double(m.neverSeen))), ("mastered", .number(Double(m.mastered))),
                     ("mastered_share", .number(m.masteredShare)), ("last_answer_accuracy", m.accuracy.map(JSONValue.number) ?? .null)])
        }
        let o = s.overview
        var pairs: [(String, JSONValue)] = [
            ("generated", .string(ISO8601.format(now))),
            ("overview", .object([
                ("items", .number(Double(o.totalItems))), ("keyless_items", .number(Double(o.keylessItems))), ("seen", .number(Double(o.seenItems))),
                ("due_today", .number(Double(o.dueToday))), ("due_next_7_days", .number(Double(o.dueNext7Days))),
                ("reviews_today", .number(Double(o.reviewsToday))), ("streak_days", .number(Double(o.streakDays))),
                ("studied_seconds", .number(Double(o.studiedSeconds))),
            ])),
            ("retention", .object([("window_days", .number(30)), ("reviews", .number(Double(s.retention.reviews))),
                                   ("passed", .number(Double(s.retention.passed))),
                                   ("true_retention", s.retention.trueRetention.map(JSONValue.number) ?? .null),
                                   ("desired_retention", .number(s.retention.desired))])),
            ("sections", .array(s.sections.map(mastery))),
            ("types", .array(s.types.map(mastery))),
            ("reviews_per_day", .array(s.heatmap.map { .object([("day", .string(ISO8601.format($0.day))), ("reviews", .number(Double($0.reviews)))]) })),
            ("due_forecast", .array(s.forecast.map { .number(Double($0)) })),
        ]
        if let r = s.readiness {
            pairs.append(("readiness", .object([
                ("exam_date", .string(ISO8601.format(r.examDate))), ("predicted_score", .number(r.predictedScore)),
                ("items", .number(Double(r.itemsCounted))), ("unseen_items", .number(Double(r.unseenCount))),
                ("unseen_estimate", .object(QuestionType.allCases.compactMap { t in r.unseenEstimate[t].map { (t.rawValue, JSONValue.number($0)) } })),
                ("study_next", .array(r.studyNext.map { .object([("item", .string($0.item)), ("stem", .string($0.stem)),
                                                                   ("section", .string($0.section)), ("predicted_recall", .number($0.predictedRecall)),
                                                                   ("seen", .bool($0.seen))]) })),
            ])))
        }
        return .object(pairs)
    }
}
