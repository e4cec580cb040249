import Foundation
import ShuatiKit

/// Plain-text layout of paper items for the terminal (piped mode and the report).
enum ExamText {
    /// The item's lines: `3. stem (2 pts)` then indented options.
    static func question(_ item: PaperItem, labels: PaperLabels, width: Int) -> [String] {
        let q = item.question
        var head = "\(item.number). \(q.stem)"
        if let p = item.points { head += labels.chinese ? "（\(formatted(p)) 分）" : " (\(formatted(p)) pt)" }
        var lines = DisplayWidth.wrap(head, to: width)
        for o in q.options ?? [] {
            lines += DisplayWidth.wrap("   \(o.letter). \(o.text)", to: width)
        }
        if q.type == .trueFalse && q.options == nil { lines.append("   \(labels.trueWord) / \(labels.falseWord)") }
        return lines
    }

    /// Points without a needless `.0`.
    static func formatted(_ p: Double) -> String {
        p == p.rounded() ? String(Int(p)) : String(format: "%.1f", p)
    }

    /// A response as the student would read it: letters, 对/错, the text.
    static func response(_ answer: Answer, labels: PaperLabels) -> String {
        switch answer {
        case let .trueFalse(b): return b ? labels.trueWord : labels.falseWord
        default: return answer.display(chinese: labels.chinese)
        }
    }

    /// The key with the text of the right options: `B. 客户满意度`.
    static func key(_ q: Question, labels: PaperLabels) -> String {
        if case let .choices(letters)? = q.answer {
            let parts = letters.map { l in q.optionText(l).map { "\(l). \($0)" } ?? l }
            return parts.joined(separator: "  ")
        }
        return labels.key(q)
    }
}
