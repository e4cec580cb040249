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
        let chinese = context.language == .chinese
        let yours = f.ratedByStudent ? context.tr(" (your rating)", "（按你的评分）") : ""
        if f.gaveUp {
            lines.append(style.yellow(style.bold(context.tr("Answer shown: counted as not known", "已显示答案：记为不会"))))
        } else if let verdict = f.verdict, let grade = f.grade {
            switch verdict {
            case .correct: lines.append(style.green(style.bold(context.tr("✓ Right", "✓ 正确") + yours)))
            case .partial:
                let share = f.ratedByStudent ? "" : " (\(Int((grade.score * 100).rounded()))%)"
                let missing = f.item.type == .multipleChoice && !f.ratedByStudent
                    ? context.tr(": options missing (少选), counted wrong", "：少选，记为错") : ""
                lines.append(style.yellow(style.bold(context.tr("◐ Partly right", "◐ 部分正确") + share + missing + yours)))
            case .wrong: lines.append(style.red(style.bold(context.tr("✗ Wrong", "✗ 错误") + yours)))
            }
            for point in grade.keyPoints {
                lines += CJKLineBreaker.wrap(point.point, to: width, firstPrefix: point.covered ? "  ✓ " : "  ✗ ", prefix: "    ")
                    .map { point.covered ? style.green($0) : style.red($0) }
            }
        }
        if let given = f.given, f.item.type != .shortAnswer {
            lines += CJKLineBreaker.wrap(given.display(chinese: chinese), to: width, firstPrefix: context.tr("Your answer: ", "你的答案："))
        }
        if let answer = f.item.answer {
            lines += CJKLineBreaker.wrap(answer.display(chinese: chinese), to: width, firstPrefix: context.tr("Answer: ", "答案："))
                .map { style.green($0) }
        }
        if let explanation = f.item.explanation {
            lines += CJKLineBreaker.wrap(explanation, to: width, firstPrefix: context.tr("Explanation: ", "解析：")).map { style.dim($0) }
        }
        var rating = context.tr("Rating: ", "评分：") + ratingName(f.rating)
        if let due = f.nextDue { rating += context.tr(" · next \(relative(due))", " · 下次 \(relative(due))") }
        lines.append(style.cyan(rating))
        return lines
    }

    /// The options of a choice item after answering: ✓ right and chosen, ○ right but missed (少选), ✗ chosen wrongly.
    func markedOptions(_ f: DrillFeedback, width: Int) -> [String]? {
        guard let options = f.item.options, !options.isEmpty, case let .choices(key)? = f.item.answer else { return nil }
        var chosen: Set<String> = []
        if case let .choices(given)? = f.given { chosen = Set(given) }
        var lines: [String] = []
        for option in options {
            let right = key.contains(option.letter), picked = chosen.contains(option.letter)
            let mark = right && picked ? "✓" : right ? "○" : picked ? "✗" : " "
            let text = CJKLineBreaker.wrap(option.text, to: width, firstPrefix: "\(mark) \(option.letter). ", prefix: "     ")
            lines += text.map { right ? style.green($0) : picked ? style.red($0) : $0 }
        }
        return lines
    }

    /// The self-check after a short answer: the key points, marked as the grader read the answer, for the
    /// student to confirm or correct.
    func selfCheck(_ check: PendingSelfCheck, width: Int, screen: Bool) -> [String] {
        var lines = [style.bold(context.tr("Check your answer against the key:", "对照答案自查："))]
        lines += CJKLineBreaker.wrap(check.response.display(), to: width, firstPrefix: context.tr("Your answer: ", "你的答案："))
        for (i, point) in check.grade.keyPoints.enumerated() {
            let mark = check.covered[i] ? "✓" : "✗"
            let line = CJKLineBreaker.wrap(point.point, to: width, firstPrefix: " \(mark) \(i + 1). ", prefix: "      ")
            lines += line.map { check.covered[i] ? style.green($0) : style.red($0) }
        }
        let covered = check.covered.filter { $0 }.count
        lines.append(context.tr("\(covered) of \(check.covered.count) points covered", "覆盖 \(covered)/\(check.covered.count) 个要点"))
        lines.append(style.dim(screen
            ? context.tr("1-9: toggle a point · a: all · n: none · Enter: confirm", "1-9：切换要点 · a：全对 · n：全错 · 回车：确认")
            : context.tr("Enter: confirm · or type the numbers of the points you covered (e.g. 1 3), 0 for none",
                         "回车：确认 · 或输入你答到的要点编号（如 1 3），0 表示都没答到")))
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
            lines.append(context.tr("accuracy: \(Int((accuracy * 100).rounded()))% (\(c.correct)/\(c.graded))",
                                    "正确率：\(Int((accuracy * 100).rounded()))%（\(c.correct)/\(c.graded)）"))
        }
        if c.answered > c.graded {
            let n = c.answered - c.graded
            lines.append(context.tr("self-rated without a key: \(n) (not counted)", "无答案自评：\(n) 题（不计入正确率）"))
        }
        lines.append(context.tr("time: \(minutes) min", "用时：\(minutes) 分钟"))
        if let next = c.nextDue {
            lines.append(context.tr("next due: \(relative(next))", "下次复习：\(relative(next))"))
        }
        lines.append(context.tr("every answer is saved in the review log", "所有作答已记录"))
        return lines
    }
}
