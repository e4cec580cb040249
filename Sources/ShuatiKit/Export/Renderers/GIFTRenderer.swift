import Foundation

/// Moodle's GIFT text format. Single choice `{=right ~wrong}`, multiple choice with `%w%` weights that sum to
/// 100 (wrong options -100, as 错选不得分), true/false `{T}`, one-blank fill-ins as short answer `{=a =b}`,
/// everything else (short answers, several blanks) as essays with the key as general feedback.
public enum GIFTRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        var out = "// \(Escaping.oneLine(paper.title)) — exported by shuati\n"
        out += "$CATEGORY: $course$/shuati/\(categoryName(paper.title))\n\n"
        var skipped: [SkippedItem] = []
        let labels = PaperLabels(for: paper)
        for item in paper.items {
            let q = item.question
            let name = "::\(Escaping.gift("\(item.number) \(q.id)"))::"
            var body: String
            switch (q.type, q.answer) {
            case (.singleChoice, .choices?), (.multipleChoice, .choices?):
                guard let key = q.consistentChoiceKey, let options = q.options else {
                    skipped.append(.init(number: item.number, id: q.id, reason: "the key names an option the item does not have"))
                    continue
                }
                let single = q.type == .singleChoice && key.count == 1
                body = options.map { o in
                    let right = key.contains(o.letter)
                    let mark = single ? (right ? "=" : "~") : (right ? "~%\(weight(100.0 / Double(key.count)))%" : "~%-100%")
                    return "\t\(mark)\(Escaping.gift(htmlText(o.text)))"
                }.joined(separator: "\n")
                body = "{\n\(body)\n\(feedback(q))}"
            case (.trueFalse, .trueFalse(let b)?):
                body = "{\(b ? "TRUE" : "FALSE")\(feedback(q))}"
            case (.fillBlank, .blanks(let blanks)?) where blanks.count == 1:
                let alternatives = blanks[0].split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                body = "{" + alternatives.map { "=\(Escaping.gift($0))" }.joined(separator: " ") + feedback(q) + "}"
            case (.singleChoice, nil), (.multipleChoice, nil), (.trueFalse, nil):
                skipped.append(.init(number: item.number, id: q.id, reason: "no answer key, so Moodle cannot grade it"))
                continue
            default:
                // Essay: graded by hand; the reference answer is shown as general feedback after submission.
                // The explanation follows a blank line and its label, so a reader can tell it from the key.
                var key = q.answer == nil ? "" : labels.key(q)
                if let e = q.explanation, !e.isEmpty { key += (key.isEmpty ? "" : "\n\n") + "\(labels.explanation)：\(e)" }
                body = key.isEmpty ? "{}" : "{####\(Escaping.gift(htmlText(key)))}"
            }
            out += "// \(q.type.rawValue)\(q.section.isEmpty ? "" : " · " + Escaping.oneLine(q.section))\n"
            out += "\(name)[html]\(Escaping.gift(htmlText(q.stem))) \(body)\n\n"
        }
        return RenderedExport(text: out, skipped: skipped)
    }

    /// Items are marked `[html]`, so `& < >` become entities and line breaks `<br>` (GIFT escaping comes after).
    static func htmlText(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    static func feedback(_ q: Question) -> String {
        guard let e = q.explanation, !e.isEmpty else { return "" }
        return "\t####\(Escaping.gift(htmlText(e)))\n"
    }

    /// Moodle's allowed grade fractions are like `33.33333`; five decimals, trailing zeros dropped.
    static func weight(_ w: Double) -> String {
        var s = String(format: "%.5f", w)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// A category path segment: no slashes or line breaks.
    static func categoryName(_ title: String) -> String {
        Escaping.oneLine(title).replacingOccurrences(of: "/", with: "-")
    }
}
