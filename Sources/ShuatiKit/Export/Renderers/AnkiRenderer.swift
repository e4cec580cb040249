/// Anki's text import: tab-separated Front/Back/Tags with header lines naming separator, HTML, note type, deck and
/// the tags column. The front holds the stem and options; the back the answer (with option text) and explanation.
public enum AnkiRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        let l = PaperLabels(for: paper)
        var out = "#separator:tab\n#html:true\n#notetype:Basic\n#deck:\(deckName(paper.title))\n#tags column:3\n"
        for item in paper.items {
            let q = item.question
            var front = field(q.stem)
            if let options = q.options, !options.isEmpty {
                front += "<br><br>" + options.map { "\(field($0.letter)). \(field($0.text))" }.joined(separator: "<br>")
            } else if q.type == .trueFalse {
                front += "<br><br>\(l.trueWord) / \(l.falseWord)"
            }
            var back = "<b>\(field(l.answer))：\(field(l.key(q)))</b>"
            if case let .choices(letters)? = q.answer {
                let texts = letters.compactMap { letter in q.optionText(letter).map { "\(letter). \(field($0))" } }
                if !texts.isEmpty { back += "<br>" + texts.joined(separator: "<br>") }
            }
            if let e = q.explanation, !e.isEmpty { back += "<br><br>\(field(l.explanation))：\(field(e))" }
            out += "\(front)\t\(back)\t\(tags(q))\n"
        }
        return RenderedExport(text: out)
    }

    /// Field text: HTML-escaped (quotes too, so no field can open a CSV quote), line breaks as `<br>`, no tabs.
    static func field(_ s: String) -> String {
        Escaping.htmlLines(s.replacingOccurrences(of: "\t", with: " "))
    }

    /// `shuati::Title`: a sub-deck of `shuati`, with no tabs or line breaks.
    static func deckName(_ title: String) -> String {
        "shuati::" + Escaping.oneLine(title).replacingOccurrences(of: "::", with: ":")
    }

    /// Space-separated tags: `shuati`, the type, and the section with spaces as `_`.
    static func tags(_ q: Question) -> String {
        var tags = ["shuati", q.type.rawValue]
        let section = q.section.split(whereSeparator: { $0.isWhitespace }).joined(separator: "_")
        if !section.isEmpty { tags.append(section) }
        return tags.joined(separator: " ")
    }
}
