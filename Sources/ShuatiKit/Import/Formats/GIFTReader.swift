import Foundation

/// Moodle's GIFT format: questions separated by blank lines; `//` comment lines; `$CATEGORY:` lines; an optional
/// `::title::` and `[html]`/`[moodle]`/`[plain]`/`[markdown]` format; the answers in `{…}` — `=right ~wrong`,
/// `~%50%a ~%50%b` (several right: multiple choice), `T`/`F`/`TRUE`/`FALSE`, `=a =b` short answer, `#3.14:0.01`
/// numeric, `{}` essay — with `#feedback` per answer and `####` general feedback (the explanation). Text around
/// the braces makes a missing-word question (the blank becomes `____`). `\~ \= \# \{ \} \: \\ \n` are escapes.
/// shuati's own comment line `// single_choice · 第一章` before a question gives its type and section back.
enum GIFTReader {
    static func read(_ text: String, file: String) throws -> ImportResult {
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        var section = ""
        var hint: (type: QuestionType, section: String?)? = nil
        var block: [String] = []
        var blockLine = 0
        var sawAnswerBlock = false

        func finish() {
            defer { block = []; hint = nil }
            guard !block.isEmpty else { return }
            let joined = block.joined(separator: "\n")
            if answerBlockRange(in: joined) != nil { sawAnswerBlock = true }
            switch question(joined, hint: hint) {
            case let .item(type, stem, options, answer, explanation):
                items.append(Question(type: type, section: hint?.section ?? section, stem: stem, options: options, answer: answer,
                                      explanation: explanation, source: SourceLocation(file: file, line: blockLine)))
            case let .skipped(reason):
                warnings.append(Diagnostic(file: file, line: blockLine, message: reason))
            case .description:
                break
            }
        }

        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\r\u{FEFF}")))
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("//") {
                if block.isEmpty { hint = typeHint(line) }
                continue
            }
            if block.isEmpty, line.hasPrefix("$CATEGORY:") {
                section = categorySection(String(line.dropFirst("$CATEGORY:".count)))
                continue
            }
            if block.isEmpty { blockLine = lineNumber }
            block.append(String(raw))
        }
        finish()
        guard sawAnswerBlock else {
            throw StructuredImportError.notTheFormat(file: file, line: 1, reason: "not a GIFT file: no question with an answer block {…}")
        }
        return ImportResult(items: items, warnings: warnings)
    }

    enum Parsed {
        case item(QuestionType, String, [Option]?, Answer?, String?)
        case skipped(String)
        case description
    }

    /// One question's text (comments removed).
    static func question(_ raw: String, hint: (type: QuestionType, section: String?)?) -> Parsed {
        var text = Substring(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.hasPrefix("::"), let end = unescapedRange(of: "::", in: text.dropFirst(2)) {
            text = text[end.upperBound...].drop { $0.isWhitespace }
        }
        var html = false
        if let format = leadingFormat(text) { html = format.html; text = format.rest }
        let whole = String(text)
        guard let inner = answerBlockRange(in: whole) else {
            return .skipped("GIFT text with no answer block {…} (a description); skipped")
        }
        let before = String(whole[..<whole.index(before: inner.lowerBound)])
        let after = String(whole[whole.index(after: inner.upperBound)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        func field(_ s: String) -> String {
            let unescaped = unescape(s)
            return (html ? QuizHTMLText.text(unescaped) : unescaped).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var stem = field(before)
        if !after.isEmpty { stem += (stem.isEmpty ? "" : " ") + "____ " + field(after) }
        stem = stem.trimmingCharacters(in: .whitespaces)
        guard !stem.isEmpty else { return .skipped("GIFT question with no text before its answers; skipped") }

        let body = String(whole[inner])
        // General feedback `####…` is the explanation.
        var answers = body
        var explanation: String? = nil
        if let general = unescapedRange(of: "####", in: Substring(body)) {
            answers = String(body[..<general.lowerBound])
            let e = field(String(body[general.upperBound...]))
            explanation = e.isEmpty ? nil : e
        }
        let trimmed = answers.trimmingCharacters(in: .whitespacesAndNewlines)
        let answerField: (String) -> String = { s in
            var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            var answerHTML = html
            if let format = leadingFormat(Substring(t)) { answerHTML = format.html; t = String(format.rest) }
            let u = unescape(t)
            return (answerHTML ? QuizHTMLText.text(u) : u).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        // Essay: `{}`, or shuati's essay with the key as general feedback.
        if trimmed.isEmpty {
            return essay(stem: stem, feedback: explanation, hint: hint?.type)
        }
        if trimmed.hasPrefix("#") {
            // Numeric: the first value (`3.14:0.01` → 3.14, `1..5` kept as the range).
            let first = splitAnswers(String(trimmed.dropFirst())).first?.text ?? String(trimmed.dropFirst())
            let value = first.split(separator: ":").first.map(String.init) ?? first
            return .item(.fillBlank, stem, nil, .blanks([answerField(value)]), explanation)
        }
        let word = (unescapedRange(of: "#", in: Substring(trimmed)).map { String(trimmed[..<$0.lowerBound]) } ?? trimmed)
            .trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if word == "T" || word == "TRUE" { return .item(.trueFalse, stem, nil, .trueFalse(true), explanation) }
        if word == "F" || word == "FALSE" { return .item(.trueFalse, stem, nil, .trueFalse(false), explanation) }
        let parts = splitAnswers(trimmed)
        if parts.isEmpty || parts.contains(where: { $0.mark == nil }) {
            return .skipped("GIFT answers \"\(String(trimmed.prefix(20)))\" are not =right ~wrong, T/F or =answer; skipped")
        }
        if parts.contains(where: { $0.text.contains("->") }) {
            return .skipped("GIFT matching question (a -> b) has no shuati item type; skipped")
        }
        if !parts.contains(where: { $0.mark == "~" }) {
            // Short answer: every fully-right answer is an accepted alternative of one blank.
            let full = parts.filter { ($0.weight ?? 100) >= 100 }.map { answerField($0.text) }.filter { !$0.isEmpty && $0 != "*" }
            let accepted = full.isEmpty ? parts.filter { ($0.weight ?? 100) > 0 }.map { answerField($0.text) } : full
            return .item(.fillBlank, stem, nil, .blanks([accepted.joined(separator: "/")]), explanation)
        }
        // Moodle's rule: with an `=` answer the question takes one answer (partial-credit `~%25%` options are not
        // the key); without any, every positively weighted option is part of a multiple answer.
        let hasEquals = parts.contains { $0.mark == "=" }
        var options: [Option] = []
        var right: [String] = []
        for (i, part) in parts.enumerated() {
            let letter = StructuredFields.letter(i)
            options.append(Option(letter: letter, text: answerField(part.text)))
            if hasEquals ? part.mark == "=" : (part.weight ?? 0) > 0 { right.append(letter) }
        }
        var type: QuestionType = hasEquals && right.count == 1 ? .singleChoice : .multipleChoice
        if let h = hint?.type, h.isChoice { type = h }
        return .item(type, stem, options, right.isEmpty ? nil : .choices(right), explanation)
    }

    /// An essay: no key, or (as shuati writes it) the key as general feedback with the explanation after a blank
    /// line and `解析：`/`Explanation:`; a fill-in when shuati's comment says so.
    static func essay(stem: String, feedback: String?, hint: QuestionType?) -> Parsed {
        guard var key = feedback, !key.isEmpty else {
            return .item(hint == .fillBlank ? .fillBlank : .shortAnswer, stem, nil, nil, nil)
        }
        var explanation: String? = nil
        for label in ["解析：", "Explanation："] {
            if key.hasPrefix(label) {
                explanation = String(key.dropFirst(label.count)); key = ""; break
            }
            if let r = key.range(of: "\n\n" + label, options: .backwards) {
                explanation = String(key[r.upperBound...])
                key = String(key[..<r.lowerBound])
                break
            }
        }
        if key.isEmpty { return .item(hint == .fillBlank ? .fillBlank : .shortAnswer, stem, nil, nil, explanation) }
        if hint == .fillBlank {
            let parts = key.contains("；") ? key.components(separatedBy: "；") : key.components(separatedBy: "; ")
            return .item(.fillBlank, stem, nil, .blanks(parts), explanation)
        }
        return .item(.shortAnswer, stem, nil, .text(key), explanation)
    }

    /// One answer of a list: `=` or `~` (nil for text before any), its `%weight%`, its text (feedback dropped).
    struct Part { var mark: Character?; var weight: Double?; var text: String }

    /// Splits answers at unescaped `=` and `~`; per-answer feedback after an unescaped `#` is dropped.
    static func splitAnswers(_ s: String) -> [Part] {
        var parts: [Part] = []
        var current = ""
        var mark: Character? = nil
        var escaped = false
        func flush() {
            let t = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if mark != nil || !t.isEmpty {
                var text = Substring(t)
                var weight: Double? = nil
                if text.hasPrefix("%"), let close = text.dropFirst().firstIndex(of: "%") {
                    weight = Double(text[text.index(after: text.startIndex)..<close])
                    text = text[text.index(after: close)...]
                }
                if let feedback = unescapedRange(of: "#", in: text) { text = text[..<feedback.lowerBound] }
                parts.append(Part(mark: mark, weight: weight, text: String(text)))
            }
            current = ""
        }
        for c in s {
            if escaped { current.append("\\"); current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "=" || c == "~" {
                // `->` of a matching pair is not a separator; `=` right after `~` is not one either.
                flush()
                mark = c
                continue
            }
            current.append(c)
        }
        if escaped { current.append("\\") }
        flush()
        return parts
    }

    /// `\~ \= \# \{ \} \: \\` as the character, `\n` as a line break.
    static func unescape(_ s: String) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                out.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        if escaped { out.append("\\") }
        return out
    }

    /// `[html]` … at the start: whether the text is HTML, and the rest.
    static func leadingFormat(_ text: Substring) -> (html: Bool, rest: Substring)? {
        for (tag, html) in [("[html]", true), ("[moodle]", true), ("[plain]", false), ("[markdown]", false)] where text.lowercased().hasPrefix(tag) {
            return (html, text.dropFirst(tag.count))
        }
        return nil
    }

    /// shuati writes `// single_choice · 第一章 概论` before each question.
    static func typeHint(_ comment: String) -> (type: QuestionType, section: String?)? {
        let body = comment.dropFirst(2).trimmingCharacters(in: .whitespaces)
        let pieces = body.components(separatedBy: " · ")
        guard let type = QuestionType(rawValue: pieces[0].trimmingCharacters(in: .whitespaces)) else { return nil }
        return (type, pieces.count > 1 ? pieces.dropFirst().joined(separator: " · ") : "")
    }

    /// The last segment of `$course$/top/第一章` (`$course$`, `$system$`, `top` are Moodle's context names).
    static func categorySection(_ path: String) -> String {
        let segments = path.trimmingCharacters(in: .whitespaces).split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !($0.hasPrefix("$") && $0.hasSuffix("$")) && $0 != "top" }
        return segments.last ?? ""
    }

    /// The first occurrence of `needle` not preceded by a backslash escape.
    static func unescapedRange(of needle: String, in text: Substring) -> Range<Substring.Index>? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\\" {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if text[i...].hasPrefix(needle) { return i..<text.index(i, offsetBy: needle.count) }
            i = text.index(after: i)
        }
        return nil
    }

    /// The range inside the first unescaped `{…}` of a question (between the braces), or nil.
    static func answerBlockRange(in text: String) -> Range<String.Index>? {
        var i = text.startIndex
        var open: String.Index? = nil
        while i < text.endIndex {
            let c = text[i]
            if c == "\\" {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if c == "{", open == nil { open = text.index(after: i) }
            else if c == "}", let o = open { return o..<i }
            i = text.index(after: i)
        }
        return nil
    }
}
