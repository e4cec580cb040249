/// The paper in Markdown: title, parts with numbered items, then the answer key.
public enum MarkdownRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        let l = PaperLabels(for: paper)
        var out = "# \(escape(paper.title))\n\n\(l.coverLine(paper))\n"
        if paper.isScored {
            out += "\n\(l.name)：__________　\(l.studentID)：__________　\(l.score)：______\n"
        }
        for (i, part) in paper.parts.enumerated() {
            out += "\n## \(l.partNumber(i))\(l.typeName(part.type))\(l.partSummary(part.items))\n\n"
            for item in part.items { out += itemText(item, labels: l) + "\n" }
        }
        out += "\n---\n\n## \(l.answerKey)\n\n"
        for item in paper.items {
            out += "\(item.number). **\(escape(Escaping.oneLine(l.key(item.question))))**"
            if let e = item.question.explanation, !e.isEmpty { out += "　\(l.explanation)：\(escape(Escaping.oneLine(e)))" }
            out += "\n"
        }
        return RenderedExport(text: out)
    }

    static func itemText(_ item: PaperItem, labels l: PaperLabels) -> String {
        var s = "\(item.number). " + escape(item.question.stem).replacingOccurrences(of: "\n", with: "  \n   ")
        if let p = item.points { s += l.chinese ? "（\(formatPoints(p)) 分）" : " (\(formatPoints(p)) pt)" }
        s += "\n"
        if let options = item.question.options {
            s += "\n"
            for o in options { s += "   - \(o.letter). \(escape(Escaping.oneLine(o.text)))\n" }
        } else if item.question.type == .trueFalse {
            s += "\n   - \(l.trueWord)　　- \(l.falseWord)\n"
        }
        return s
    }

    /// Keeps item text from turning into Markdown: emphasis markers, code spans, links and inline HTML.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            // `_` too: a blank `理念、____和____。` would otherwise render as bold 和.
            case "\\", "*", "_", "`", "<", ">", "[", "]": out.append("\\"); out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
