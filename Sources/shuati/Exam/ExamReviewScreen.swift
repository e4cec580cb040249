import Foundation
import ShuatiKit

/// After hand-in, on a terminal: every item with its verdict, flagged items marked, one item at a time with your
/// answer and the key; short answers are checked point by point (1–9 toggles a point) and that verdict is the
/// one scored and logged. ←/→ move, f jumps to the next flagged item, Enter or q finishes.
final class ExamReviewScreen {
    private let terminal: any Terminal
    private let paper: Paper
    private let sheet: ExamSheet
    private let chinese: Bool
    private let labels: PaperLabels
    private(set) var confirmed: [Int: [Bool]] = [:]
    private var index = 0

    init(paper: Paper, sheet: ExamSheet, terminal: any Terminal, chinese: Bool) {
        self.paper = paper
        self.sheet = sheet
        self.terminal = terminal
        self.chinese = chinese
        self.labels = PaperLabels(chinese: chinese)
        // Start where the student has something to do: a flagged item, else the first short answer.
        let firstShort = paper.items.firstIndex { $0.question.type == .shortAnswer && sheet.responses[$0.number] != nil }
        index = paper.items.firstIndex { sheet.flagged.contains($0.number) } ?? firstShort ?? 0
        for item in paper.items where item.question.type == .shortAnswer {
            if let r = sheet.responses[item.number], let g = Grader.grade(item.question, response: r), !g.keyPoints.isEmpty {
                confirmed[item.number] = g.keyPoints.map(\.covered)
            }
        }
    }

    private func tr(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    /// Runs until Enter/q; returns the confirmed key points per short-answer item.
    func run() throws -> [Int: [Bool]] {
        try terminal.enterRawMode()
        defer { terminal.restore() }
        while true {
            terminal.write("\u{1B}[H\u{1B}[2J" + screen().joined(separator: "\r\n"))
            guard let key = terminal.readKey(timeout: nil) else { continue }
            if handle(key) { return confirmed }
        }
    }

    /// Applies one key; true when the review is done.
    func handle(_ key: Key) -> Bool {
        let item = paper.items[index]
        switch key {
        case .enter, .character("q"), .character("Q"), .escape, .ctrlC, .ctrlD, .endOfInput: return true
        case .right, .down, .character("n"), .tab: index = min(index + 1, paper.items.count - 1)
        case .left, .up, .character("p"): index = max(index - 1, 0)
        case .character("f"), .character("F"):
            let order = Array(paper.items.indices.dropFirst(index + 1)) + Array(paper.items.indices.prefix(index + 1))
            if let next = order.first(where: { sheet.flagged.contains(paper.items[$0].number) }) { index = next }
        case .character(let c) where ("1"..."9").contains(c):
            let point = Int(String(c))! - 1
            if var points = confirmed[item.number], points.indices.contains(point) {
                points[point].toggle()
                confirmed[item.number] = points
            }
        default: break
        }
        return false
    }

    func screen() -> [String] {
        let (columns, rows) = terminal.size
        let width = max(20, columns)
        let result = ExamScorer.score(paper, responses: sheet.responses, confirmed: confirmed)
        var lines = [DisplayWidth.truncated(tr("Review: \(ExamText.formatted(result.earned)) / \(ExamText.formatted(result.possible)) points",
                                                "复查：\(ExamText.formatted(result.earned)) / \(ExamText.formatted(result.possible)) 分"), to: width)]
        // The answer sheet: ✓ right, ◐ partly, ✗ wrong, · blank; ? flagged; [n] the item shown.
        var grid = ""
        var gridLines: [String] = []
        for (i, r) in result.results.enumerated() {
            let mark = r.response == nil ? "·" : r.grade?.verdict == .correct ? "✓" : r.grade?.verdict == .partial ? "◐" : "✗"
            let n = r.item.number
            var cell = i == index ? "[\(n)\(mark)]" : " \(n)\(mark) "
            if sheet.flagged.contains(n) { cell += "?" } else { cell += " " }
            if DisplayWidth.of(grid) + DisplayWidth.of(cell) > width { gridLines.append(grid); grid = "" }
            grid += cell
        }
        gridLines.append(grid)
        lines += gridLines
        lines.append(String(repeating: "─", count: width))
        let r = result.results[index]
        let q = r.item.question
        lines.append(labels.typeName(q.type) + (sheet.flagged.contains(r.item.number) ? tr("   [flagged]", "   【已标记】") : ""))
        lines += CJKLineBreaker.wrap(q.stem, to: width, firstPrefix: "\(r.item.number). ")
        for o in q.options ?? [] { lines += CJKLineBreaker.wrap(o.text, to: width, firstPrefix: "   \(o.letter). ") }
        let yours = r.response.map { ExamText.response($0, labels: labels) } ?? tr("(blank)", "（未答）")
        lines += CJKLineBreaker.wrap(yours, to: width, firstPrefix: tr("Your answer: ", "你的答案："))
        if let points = confirmed[r.item.number], let grade = r.grade {
            lines.append(tr("Key points (1-9 toggles what you covered):", "要点（按 1-9 切换是否答到）："))
            for (i, point) in grade.keyPoints.enumerated() {
                lines += CJKLineBreaker.wrap(point.point, to: width, firstPrefix: " \(points[i] ? "✓" : "✗") \(i + 1). ", prefix: "      ")
            }
        } else {
            lines += CJKLineBreaker.wrap(ExamText.key(q, labels: labels), to: width, firstPrefix: tr("Answer: ", "答案："))
        }
        let footer = CJKLineBreaker.wrap(tr("Enter/q finish · ←/→ move · f next flagged · 1-9 key points",
                                            "回车/q 完成 · ←/→ 翻题 · f 下一个标记 · 1-9 要点"), to: width, prefix: "")
        let room = max(1, rows - footer.count)
        while lines.count < room { lines.append("") }
        if lines.count > room { lines = Array(lines.prefix(room)) }
        return lines + footer
    }
}
