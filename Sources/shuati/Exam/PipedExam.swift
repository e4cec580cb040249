import Foundation
import ShuatiKit

/// Sitting a paper without a full-screen terminal (stdin is a pipe or file): the paper is printed, then one answer
/// per line — `N ANSWER` for item N, or a bare answer for the next item in order; an empty line skips an item;
/// `submit` (交卷) or end of input hands the paper in.
struct PipedExam {
    let paper: Paper
    let context: CommandContext

    /// Reads answers from `nextLine` until submit or end of input.
    func run(nextLine: () -> String?) -> ExamSheet {
        let labels = PaperLabels(chinese: context.language == .chinese)
        let paperLabels = PaperLabels(for: paper)
        context.print(context.style.bold(paper.title) + "  " + paperLabels.coverLine(paper))
        for part in paper.parts {
            context.print("")
            context.print(context.style.bold(labels.typeName(part.type)))
            for item in part.items {
                for line in ExamText.question(item, labels: paperLabels, width: 100) { context.print(line) }
            }
        }
        context.print("")
        context.print(context.tr("Answer one item per line: 'N ANSWER' (e.g. '1 B'), or answers in order; an empty line skips; 'check N 1 3' marks which key points of short answer N you covered; 'submit' or end of input hands in.",
                                 "每行一题：'题号 答案'（如 '1 B'），或按顺序作答；空行跳过；'check 题号 1 3' 标出简答题答到的要点；输入 'submit'/'交卷' 或结束输入即交卷。"))
        var sheet = ExamSheet(paper: paper)
        var next = 1
        var lineNumber = 0
        while let raw = nextLine() {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if ["submit", "交卷", "done"].contains(line.lowercased()) { break }
            if let (number, points) = PipedExam.selfCheck(line, paper: paper) {
                sheet.confirmedPoints[number] = points
                continue
            }
            let (number, text) = PipedExam.split(line, itemCount: paper.items.count) ?? (next, line)
            guard (1...paper.items.count).contains(number) else {
                context.printError(context.tr("stdin:\(lineNumber): warning: there is no item \(number): the paper has items 1–\(paper.items.count); line ignored",
                                              "stdin:\(lineNumber): warning: 没有第 \(number) 题：试卷只有第 1–\(paper.items.count) 题；已忽略"))
                continue
            }
            if !sheet.answer(number, text: text) {
                context.printError(context.tr("stdin:\(lineNumber): warning: cannot read '\(text)' as an answer to item \(number); left blank",
                                              "stdin:\(lineNumber): warning: 无法把 '\(text)' 读作第 \(number) 题的答案；按未答处理"))
            }
            next = number + 1
        }
        return sheet
    }

    /// `check 5 1 3` / `自查 5 1 3`: short answer 5 covered key points 1 and 3 (`check 5 0`: none).
    static func selfCheck(_ line: String, paper: Paper) -> (Int, [Bool])? {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" })
        guard parts.count >= 3, ["check", "自查"].contains(parts[0].lowercased()), let number = Int(parts[1]),
              let item = paper.items.first(where: { $0.number == number }), item.question.type == .shortAnswer,
              case let .text(reference)? = item.question.answer else { return nil }
        let count = ShortAnswerGrader.keyPoints(reference).count
        var covered = [Bool](repeating: false, count: count)
        for part in parts.dropFirst(2) {
            guard let n = Int(part), (0...count).contains(n) else { return nil }
            if n > 0 { covered[n - 1] = true }
        }
        return (number, covered)
    }

    /// `12 B`, `12. B`, `12、对`, `12:AC`, `12B` → (12, answer); nil for a bare answer. A number beyond the paper
    /// (`999 B`) is returned too, so the caller says there is no such item instead of taking it as an answer.
    static func split(_ line: String, itemCount: Int) -> (Int, String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let n = Int(digits) else { return nil }
        var rest = line.dropFirst(digits.count)
        if let first = rest.first, " \t.、:：)）".contains(first) {
            rest = rest.dropFirst()
        } else if !(rest.first.map { $0.isLetter && $0.isASCII } ?? false) {
            return nil  // `1990年`: a bare answer that happens to start with digits
        }
        return (n, rest.trimmingCharacters(in: .whitespaces))
    }
}
