import Foundation
import ShuatiKit

/// The text shown after submitting: total, per type, per section, then each item not fully right with the key.
enum ScoreReport {
    /// `outOf100`: the paper's points were not chosen (the default blueprint), so the score is shown out of 100
    /// with the raw points beside it.
    static func render(_ result: ExamResult, context: CommandContext, elapsed: TimeInterval?, width: Int = 80,
                       outOf100: Bool = false) -> String {
        let labels = PaperLabels(chinese: context.language == .chinese)
        let style = context.style
        var out: [String] = []
        let percent = result.possible > 0 ? Int((result.earned / result.possible * 100).rounded()) : 0
        out.append(style.bold(context.tr("Score report — \(result.paper.title)", "成绩报告 — \(result.paper.title)")))
        var total: String
        if outOf100 && result.possible != 100 {
            let scaled = ExamText.formatted(((result.possible > 0 ? result.earned / result.possible * 100 : 0) * 10).rounded() / 10)
            total = context.tr("Score: \(scaled) / 100 (\(ExamText.formatted(result.earned)) of \(ExamText.formatted(result.possible)) points)",
                               "得分：\(scaled) / 100（原始分 \(ExamText.formatted(result.earned)) / \(ExamText.formatted(result.possible))）")
        } else {
            total = context.tr("Score: \(ExamText.formatted(result.earned)) / \(ExamText.formatted(result.possible)) (\(percent)%)",
                               "得分：\(ExamText.formatted(result.earned)) / \(ExamText.formatted(result.possible))（\(percent)%）")
        }
        total += context.tr("   answered \(result.answeredCount)/\(result.results.count), right \(result.correctCount)",
                            "   作答 \(result.answeredCount)/\(result.results.count)，答对 \(result.correctCount)")
        if let elapsed { total += context.tr("   time \(clock(elapsed))", "   用时 \(clock(elapsed))") }
        out.append(total)
        out.append("")
        out.append(style.bold(context.tr("By type", "按题型")))
        for t in result.byType {
            let name = QuestionType(rawValue: t.name).map(labels.typeName) ?? t.name
            out.append(row(name, t, context: context))
        }
        let sections = result.bySection
        if sections.count > 1 || (sections.first.map { !$0.name.isEmpty } ?? false) {
            out.append("")
            out.append(style.bold(context.tr("By section", "按章节")))
            for s in sections { out.append(row(s.name.isEmpty ? context.tr("(no section)", "（无章节）") : s.name, s, context: context)) }
        }
        let missed = result.missed
        out.append("")
        if missed.isEmpty {
            out.append(style.green(context.tr("Every item right.", "全部答对。")))
        } else {
            out.append(style.bold(context.tr("Wrong or unanswered (\(missed.count))", "答错或未答（\(missed.count)）")))
            for r in missed {
                let q = r.item.question
                out.append(DisplayWidth.truncated("\(r.item.number). [\(labels.typeName(q.type))] \(q.stem.replacingOccurrences(of: "\n", with: " "))", to: width))
                let yours = r.response.map { ExamText.response($0, labels: labels) } ?? context.tr("(blank)", "（未答）")
                let verdict = r.grade?.verdict == .partial ? context.tr("  partly right", "  部分正确") : ""
                out.append("   " + style.red(context.tr("yours: ", "你的答案：") + yours) + verdict)
                // Long reference answers are cut to a few lines so the report stays scannable ('shuati show ID' has all).
                var keyLines = DisplayWidth.wrap(context.tr("right: ", "正确答案：") + ExamText.key(q, labels: labels), to: width - 3)
                if keyLines.count > 4 { keyLines = Array(keyLines.prefix(4)); keyLines[3] = DisplayWidth.truncated(keyLines[3] + "…", to: width - 3) }
                for line in keyLines { out.append("   " + style.green(line)) }
            }
        }
        return out.joined(separator: "\n")
    }

    static func row(_ name: String, _ t: ScoreTally, context: CommandContext) -> String {
        let label = DisplayWidth.padded(DisplayWidth.truncatedKeepingEnd(name, to: 36), to: 38)
        return "  " + label + context.tr("\(t.correct)/\(t.items) right   \(ExamText.formatted(t.earned)) / \(ExamText.formatted(t.possible)) pts",
                                         "答对 \(t.correct)/\(t.items)   \(ExamText.formatted(t.earned)) / \(ExamText.formatted(t.possible)) 分")
    }

    /// `1:05:09` or `12:03`.
    static func clock(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds.rounded()))
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
