import Foundation
import ShuatiKit

/// Text for the drill screens, shared by the piped and full-screen front ends.
struct DrillView {
    let context: CommandContext
    var style: TextStyle { context.style }

    /// `12/40 · due 5 · new 3 · 83%`
    func statusLine(_ c: DrillController) -> String {
        let done = min(c.position + 1, c.queue.count)
        var parts = ["\(done)/\(c.queue.count)"]
        parts.append(context.tr("due \(c.dueLeft)", "待复习 \(c.dueLeft)"))
        parts.append(context.tr("new \(c.newLeft)", "新题 \(c.newLeft)"))
        if let accuracy = c.accuracy { parts.append(context.tr("right \(Int((accuracy * 100).rounded()))%", "正确率 \(Int((accuracy * 100).rounded()))%")) }
        return parts.joined(separator: " · ")
    }

    func item(_ item: Question, showAnswer: Bool, width: Int, starred: Bool) -> [String] {
        var lines = ItemRenderer(context: context).render(item, showAnswer: showAnswer, width: width)
        if starred, !lines.isEmpty { lines[0] += " ★" }
        return lines
    }

    /// What to type, per item type.
    func prompt(_ item: Question, screen: Bool) -> String {
        let letters = (item.options ?? []).map(\.letter).joined()
        switch item.type {
        case .singleChoice: return context.tr("Answer (\(letters.isEmpty ? "A-D" : letters))", "作答（\(letters.isEmpty ? "A-D" : letters)）")
        case .multipleChoice:
            return screen ? context.tr("Toggle letters, Enter to submit", "按字母选择，回车提交")
                          : context.tr("Answer, e.g. AC", "作答，如 AC")
        case .trueFalse: return context.tr("True or false (T/F, 对/错)", "对还是错（T/F、对/错）")
        case .fillBlank: return context.tr("Fill in (separate blanks with ;)", "填空（多个空用 ; 分隔）")
        case .shortAnswer: return context.tr("Your answer", "你的答案")
        }
    }

    func feedback(_ f: DrillFeedback, width: Int) -> [String] {
        var lines: [String] = []
        if let grade = f.grade {
            switch grade.verdict {
            case .correct: lines.append(style.green(style.bold(context.tr("✓ Right", "✓ 正确"))))
            case .partial: lines.append(style.yellow(style.bold(context.tr("◐ Partly right", "◐ 部分正确") + " (\(Int((grade.score * 100).rounded()))%)")))
            case .wrong: lines.append(style.red(style.bold(context.tr("✗ Wrong", "✗ 错误"))))
            }
            for point in grade.keyPoints {
                lines += DisplayWidth.wrap((point.covered ? "  ✓ " : "  ✗ ") + point.point, to: width)
                    .map { point.covered ? style.green($0) : style.red($0) }
            }
        }
        if let answer = f.item.answer {
            let text = context.tr("Answer: ", "答案：") + answer.display(chinese: context.language == .chinese)
            lines += DisplayWidth.wrap(text, to: width)
        }
        if let explanation = f.item.explanation {
            lines += DisplayWidth.wrap(context.tr("Explanation: ", "解析：") + explanation, to: width).map { style.dim($0) }
        }
        var rating = context.tr("Rating: ", "评分：") + ratingName(f.rating)
        if let due = f.nextDue { rating += context.tr(" · next \(relative(due))", " · 下次 \(relative(due))") }
        lines.append(style.cyan(rating))
        return lines
    }

    func ratingName(_ r: Rating) -> String {
        switch r {
        case .again: return context.tr("1 Again", "1 重来")
        case .hard: return context.tr("2 Hard", "2 困难")
        case .good: return context.tr("3 Good", "3 良好")
        case .easy: return context.tr("4 Easy", "4 简单")
        }
    }

    /// `in 10 min`, `in 3 days`.
    func relative(_ date: Date) -> String {
        let seconds = date.timeIntervalSince(context.clock.now)
        if seconds < 3600 { return context.tr("in \(max(1, Int((seconds / 60).rounded()))) min", "\(max(1, Int((seconds / 60).rounded()))) 分钟后") }
        if seconds < 86400 { return context.tr("in \(Int((seconds / 3600).rounded())) h", "\(Int((seconds / 3600).rounded())) 小时后") }
        return context.tr("in \(Int((seconds / 86400).rounded())) days", "\(Int((seconds / 86400).rounded())) 天后")
    }

    func summary(_ c: DrillController) -> [String] {
        let minutes = Int((context.clock.now.timeIntervalSince(c.startedAt) / 60).rounded())
        var lines = [style.bold(context.tr("Session summary", "本次小结"))]
        lines.append(context.tr("answered: \(c.answered)", "作答：\(c.answered) 题"))
        if let accuracy = c.accuracy {
            lines.append(context.tr("accuracy: \(Int((accuracy * 100).rounded()))% (\(c.correct)/\(c.answered))",
                                    "正确率：\(Int((accuracy * 100).rounded()))%（\(c.correct)/\(c.answered)）"))
        }
        lines.append(context.tr("time: \(minutes) min", "用时：\(minutes) 分钟"))
        if let next = c.nextDue {
            lines.append(context.tr("next due: \(relative(next))", "下次复习：\(relative(next))"))
        }
        lines.append(context.tr("every answer is saved in the review log", "所有作答已记录"))
        return lines
    }
}
