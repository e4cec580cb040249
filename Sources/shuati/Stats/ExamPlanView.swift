import Foundation
import ShuatiKit

/// The exam-date plan as text (a bar per day of the predicted score) and as JSON, for `stats --exam-date`.
struct ExamPlanView {
    let context: CommandContext
    var style: TextStyle { context.style }

    private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    private func budgetText(_ budget: StudyBudget) -> String {
        var parts: [String] = []
        if let r = budget.reviewsPerDay { parts.append(context.tr("\(r) items a day", "每天 \(r) 题")) }
        if let m = budget.minutesPerDay { parts.append(context.tr("\(Int(m)) minutes a day", "每天 \(Int(m)) 分钟")) }
        return parts.joined(separator: context.tr(" or ", " 或 "))
    }

    func lines(plan: ExamPlan, plain: ExamPlan, input: ExamPlanInput, budget: StudyBudget) -> [String] {
        let daysLeft = plan.examDay - input.today
        var out = [style.bold(context.tr("Exam plan for \(ExamPlan.dateString(day: plan.examDay)) (\(max(0, daysLeft)) days left, \(budgetText(budget)))",
                                         "\(ExamPlan.dateString(day: plan.examDay)) 考试复习计划（还剩 \(max(0, daysLeft)) 天，\(budgetText(budget))）"))]
        guard !plan.days.isEmpty else {
            out.append("  " + context.tr("The exam is today or past: nothing to plan. Predicted score ", "考试就在今天或已过，无需计划。预计得分率 ")
                       + percent(plan.scoreWithoutStudy))
            return out
        }
        let summary = context.tr("Predicted score (choice items count their guessing chance): ", "预计得分率（选择题计入猜对概率）：")
            + percent(plan.scoreWithoutStudy) + context.tr(" without more study, ", " 不再学习，")
            + percent(plan.predictedScore) + context.tr(" with this plan. ", " 按此计划。") + context.tr("The plan studies \(plan.totalStudied) items in all; the plain FSRS queue under the same budget studies \(plain.totalStudied) for \(percent(plain.predictedScore)).",
                                     "计划共学习 \(plan.totalStudied) 题；同样预算下普通 FSRS 队列：\(plain.totalStudied) 题，预计 \(percent(plain.predictedScore))。")
        out += DisplayWidth.wrap(summary, to: 76).map { "  " + $0 }
        out.append(style.dim("  " + DisplayWidth.padded(context.tr("day", "日期"), to: 7) + DisplayWidth.padded(context.tr("new", "新题"), to: 6)
                             + DisplayWidth.padded(context.tr("review", "复习"), to: 8) + DisplayWidth.padded(context.tr("min", "分钟"), to: 6)
                             + context.tr("predicted score after the day", "完成当天后的预计得分率")))
        // Long plans: every day for the first two weeks, then weekly and the last day.
        for (k, day) in plan.days.enumerated() where k < 14 || k % 7 == 0 || k == plan.days.count - 1 {
            let label = day.day == input.today ? context.tr("today", "今天") : String(ExamPlan.dateString(day: day.day).dropFirst(5))
            out.append("  " + DisplayWidth.padded(label, to: 7) + DisplayWidth.padded("\(day.newItems)", to: 6)
                       + DisplayWidth.padded("\(day.reviews)", to: 8) + DisplayWidth.padded("\(Int(day.minutes.rounded()))", to: 6)
                       + bar(day.predictedScore, columns: 36) + " " + percent(day.predictedScore))
        }
        out += DisplayWidth.wrap(context.tr("`shuati drill --exam-date \(ExamPlan.dateString(day: plan.examDay))` studies today's part of the plan.",
                                            "`shuati drill --exam-date \(ExamPlan.dateString(day: plan.examDay))` 按计划学习今天的部分。"), to: 76).map { "  " + $0 }
        return out
    }

    func json(plan: ExamPlan, plain: ExamPlan, input: ExamPlanInput, budget: StudyBudget) -> JSONValue {
        .object([
            ("exam_date", .string(ExamPlan.dateString(day: plan.examDay))),
            ("days_left", .number(Double(max(0, plan.examDay - input.today)))),
            ("daily_reviews", budget.reviewsPerDay.map { .number(Double($0)) } ?? .null),
            ("daily_minutes", budget.minutesPerDay.map { .number($0) } ?? .null),
            ("score_without_study", .number(plan.scoreWithoutStudy)),
            ("score_with_plan", .number(plan.predictedScore)),
            ("score_plain_fsrs", .number(plain.predictedScore)),
            ("items_studied", .number(Double(plan.totalStudied))),
            ("items_studied_plain_fsrs", .number(Double(plain.totalStudied))),
            ("days", .array(plan.days.map { day in
                .object([("date", .string(ExamPlan.dateString(day: day.day))), ("new", .number(Double(day.newItems))),
                         ("reviews", .number(Double(day.reviews))), ("minutes", .number((day.minutes * 10).rounded() / 10)),
                         ("predicted_score", .number(day.predictedScore)), ("items", .array(day.items.map { .string($0) }))])
            })),
        ])
    }

    private func bar(_ fraction: Double, columns: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(columns * 8)).rounded())
        let full = eighths / 8, rest = eighths % 8
        let partial = rest > 0 ? String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest]) : ""
        return String(repeating: "█", count: full) + partial + String(repeating: " ", count: max(0, columns - full - (partial.isEmpty ? 0 : 1)))
    }
}
