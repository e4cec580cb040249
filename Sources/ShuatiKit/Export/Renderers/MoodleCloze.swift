import Foundation

/// Moodle's embedded-answers (Cloze) text for a fill-in with several blanks: each blank of the stem (`____`,
/// `( )`, `（ ）`) becomes `{1:SHORTANSWER:=key~=alternative}`, so Moodle grades every blank on its own. When the
/// stem's blanks cannot be matched one to one with the keys, the answer fields follow the stem, numbered.
enum MoodleCloze {
    /// The question text as HTML (not yet wrapped in CDATA).
    static func questionHTML(stem: String, blanks: [String]) -> String {
        let segments = textBetweenBlanks(stem)
        let codes = blanks.map(answerCode)
        if segments.count == codes.count + 1 {
            var html = ""
            for (k, code) in codes.enumerated() { html += text(segments[k]) + code }
            return "<p>" + html + text(segments[codes.count]) + "</p>"
        }
        let fields = codes.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: " ")
        return "<p>" + text(stem) + "</p><p>" + fields + "</p>"
    }

    /// One blank: every `/`-separated alternative of the key is accepted.
    static func answerCode(_ key: String) -> String {
        let alternatives = key.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return "{1:SHORTANSWER:" + alternatives.map { "=" + escape($0) }.joined(separator: "~") + "}"
    }

    /// Cloze syntax characters in an answer are escaped with a backslash (Moodle's rule), HTML ones as entities.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in Escaping.xmlSafe(s) {
            if "}#~/\"\\".contains(c) { out += "\\" }
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }

    /// The stem cut at its blanks: runs of two or more `_`/`＿`, or parentheses holding only spaces.
    static func textBetweenBlanks(_ stem: String) -> [String] {
        let s = Array(stem.unicodeScalars)
        var segments: [String] = []
        var current = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            var end = i
            while end < s.count, s[end] == "_" || s[end] == "＿" { end += 1 }
            if end - i < 2, s[i] == "(" || s[i] == "（" {
                end = i + 1
                while end < s.count, s[end] == " " || s[end] == "\u{3000}" { end += 1 }
                end = end < s.count && (s[end] == ")" || s[end] == "）") ? end + 1 : i
            }
            if end - i >= 2 {
                segments.append(String(current))
                current = String.UnicodeScalarView()
                i = end
            } else {
                current.append(s[i])
                i += 1
            }
        }
        segments.append(String(current))
        return segments
    }

    private static func text(_ s: String) -> String { Escaping.htmlLines(Escaping.xmlSafe(s)) }
}
