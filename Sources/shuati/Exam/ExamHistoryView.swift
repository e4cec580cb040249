import Foundation
import ShuatiKit

/// `shuati exam history` as text: per paper, a trend of scores out of 100, then each attempt.
struct ExamHistoryView {
    let context: CommandContext
    let width: Int

    func render(_ trends: [(title: String, attempts: [ExamRecord])]) -> [String] {
        var lines = [context.style.bold(context.tr("Exam history", "考试记录"))]
        for trend in trends {
            let scores = trend.attempts.map(\.percent)
            lines.append("")
            lines += CJKLineBreaker.wrap(trend.title, to: width).map { context.style.bold($0) }
            let best = Int(scores.max()!.rounded()), last = Int(scores.last!.rounded())
            var summary = context.tr("\(scores.count) attempt\(scores.count == 1 ? "" : "s") · best \(best) · last \(last)",
                                     "共 \(scores.count) 次 · 最高 \(best) · 最近 \(last)")
            if scores.count >= 2 {
                let change = Int((scores.last! - scores[scores.count - 2]).rounded())
                summary += context.tr(" · \(change >= 0 ? "+" : "")\(change) on the previous", " · 比上次 \(change >= 0 ? "+" : "")\(change)")
            }
            lines += CJKLineBreaker.wrap(summary, to: width, firstPrefix: "  ")
            lines.append("  " + sparkline(Array(scores.suffix(max(1, width - 4)))))
            for attempt in trend.attempts.suffix(10) {
                var row = "  " + dateString(attempt.ts) + "  " + String(format: "%3d/100", Int(attempt.percent.rounded()))
                row += context.tr("  right \(attempt.correct)/\(attempt.items)", "  答对 \(attempt.correct)/\(attempt.items)")
                if attempt.possible != 100 {
                    row += context.tr("  (\(ExamText.formatted(attempt.earned)) of \(ExamText.formatted(attempt.possible)) pts)",
                                      "（\(ExamText.formatted(attempt.earned))/\(ExamText.formatted(attempt.possible)) 分）")
                }
                if let s = attempt.seconds { row += "  " + ScoreReport.clock(Double(s)) }
                lines.append(DisplayWidth.truncated(row, to: width))
            }
            if trend.attempts.count > 10 {
                lines.append("  " + context.tr("(\(trend.attempts.count - 10) earlier attempts in the trend above)", "（更早的 \(trend.attempts.count - 10) 次见上方走势）"))
            }
        }
        return lines
    }

    /// One block per score: ▁ for 0 … █ for 100.
    func sparkline(_ scores: [Double]) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(scores.map { blocks[min(7, max(0, Int($0 / 100 * 7.999)))] })
    }

    private func dateString(_ d: Date) -> String {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = .current
        let p = c.dateComponents([.year, .month, .day, .hour, .minute], from: d)
        return String(format: "%04d-%02d-%02d %02d:%02d", p.year!, p.month!, p.day!, p.hour!, p.minute!)
    }
}
