/// The 题库 template as a spreadsheet reads it: one row per item under a header row (题型, 题干, 选项A…, 答案, 解析,
/// 章节, and 分值 on a scored paper; English names for an English bank). UTF-8 with a byte-order mark, so Excel
/// shows Chinese text, and CRLF line ends (RFC 4180). `shuati import` reads it back as the same items.
public enum CSVRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        let chinese = PaperLabels(for: paper).chinese
        let optionCount = max(4, paper.items.map { $0.question.options?.count ?? 0 }.max() ?? 0)
        let letters = (0..<optionCount).map(StructuredFields.letter)
        var header = chinese ? ["题型", "题干"] + letters.map { "选项" + $0 } + ["答案", "解析", "章节"]
            : ["type", "question"] + letters.map { "option" + $0 } + ["answer", "explanation", "section"]
        if paper.isScored { header.append(chinese ? "分值" : "points") }
        var out = "\u{FEFF}" + row(header)
        for item in paper.items {
            let q = item.question
            var cells = [StructuredFields.typeWord(q, chinese: chinese), q.stem]
            cells += letters.map { letter in q.optionText(letter) ?? "" }
            cells += [key(q, chinese: chinese), q.explanation ?? "", q.section]
            if paper.isScored { cells.append(item.points.map(formatPoints) ?? "") }
            out += row(cells)
        }
        return RenderedExport(text: out)
    }

    /// The 答案 cell: letters `AC`, 正确/错误 (True/False), blanks joined by `|`, or the reference text.
    static func key(_ q: Question, chinese: Bool) -> String {
        switch q.answer {
        case nil: return ""
        case let .choices(letters)?: return letters.joined()
        case let .trueFalse(b)?: return chinese ? (b ? "正确" : "错误") : (b ? "True" : "False")
        case let .blanks(blanks)?: return blanks.joined(separator: "|")
        case let .text(t)?: return t
        }
    }

    static func row(_ cells: [String]) -> String {
        cells.map { DelimitedText.field($0) }.joined(separator: ",") + "\r\n"
    }
}
