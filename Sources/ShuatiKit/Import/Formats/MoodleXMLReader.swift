import Foundation

/// A Moodle XML quiz: `<question type="…">` elements under `<quiz>`. multichoice (single, or several right answers
/// by positive fraction), truefalse, shortanswer and numerical (one blank, every full-mark answer accepted), essay
/// (the grader information is the key), cloze (`{1:SHORTANSWER:=a~=b}` fields become blanks; one MULTICHOICE field
/// alone is a choice item); category questions name the section of the questions after them. Text fields in
/// `format="html"` become plain text. shuati's tags (`single_choice` …) give an item's type back exactly.
enum MoodleXMLReader {
    static func read(_ data: Data, file: String) throws -> ImportResult {
        var bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil, let text = try? TextDecoder.decode(data, file: file) {
            bytes = Array(text.utf8)  // UTF-16 or GBK files: parsed as UTF-8 from here on
        }
        let root: QuizXMLElement
        do { root = try QuizXMLDocument.parse(bytes) } catch let error as QuizXMLError {
            throw StructuredImportError.notTheFormat(file: file, line: error.line, reason: "not well-formed XML: \(error.reason)")
        }
        guard root.name == "quiz" else {
            throw StructuredImportError.notTheFormat(file: file, line: root.line, reason: "not a Moodle XML quiz (the root element is <\(root.name)>, not <quiz>)")
        }
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        var section = ""
        for q in root.all("question") {
            let type = q.attributes["type"] ?? ""
            if type == "category" {
                section = GIFTReader.categorySection(q.textField("category") ?? "")
                continue
            }
            if type == "description" { continue }
            switch question(q, type: type) {
            case let .success(parts):
                items.append(Question(type: parts.type, section: section, stem: parts.stem, options: parts.options,
                                      answer: parts.answer, explanation: parts.explanation,
                                      source: SourceLocation(file: file, line: q.line)))
            case let .failure(problem):
                warnings.append(Diagnostic(file: file, line: q.line, message: problem.message))
            }
        }
        return ImportResult(items: items, warnings: warnings)
    }

    struct Problem: Error { var message: String }
    struct Parts { var type: QuestionType; var stem: String; var options: [Option]?; var answer: Answer?; var explanation: String? }

    static func question(_ q: QuizXMLElement, type: String) -> Result<Parts, Problem> {
        guard let stemField = q.child("questiontext") else { return .failure(Problem(message: "\(type) question has no <questiontext>; skipped")) }
        var stem = text(stemField)
        let general = q.child("generalfeedback").map(text) ?? ""
        let explanation = general.isEmpty ? nil : general
        let tags = Set(q.child("tags")?.all("tag").compactMap { $0.child("text")?.text.trimmingCharacters(in: .whitespaces) } ?? [])
        let hint = QuestionType.allCases.first { tags.contains($0.rawValue) }
        let answers = q.all("answer").map { (fraction: Double($0.attributes["fraction"] ?? "0") ?? 0, text: text($0)) }
        switch type {
        case "multichoice":
            guard answers.count >= 2 else { return .failure(Problem(message: "multichoice question has \(answers.count) answer(s); skipped")) }
            let options = answers.enumerated().map { Option(letter: StructuredFields.letter($0.offset), text: $0.element.text) }
            let right = answers.enumerated().filter { $0.element.fraction > 0 }.map { StructuredFields.letter($0.offset) }
            let singleText = (q.child("single")?.text ?? "true").trimmingCharacters(in: .whitespaces).lowercased()
            var kind: QuestionType = singleText == "false" || singleText == "0" ? .multipleChoice : .singleChoice
            if let hint, hint.isChoice { kind = hint }
            return .success(Parts(type: kind, stem: stem, options: options, answer: right.isEmpty ? nil : .choices(right), explanation: explanation))
        case "truefalse":
            guard let right = answers.first(where: { $0.fraction >= 100 }) ?? answers.max(by: { $0.fraction < $1.fraction }),
                  let value = StructuredFields.trueFalse(right.text) else {
                return .failure(Problem(message: "truefalse question without a true or false answer; skipped"))
            }
            return .success(Parts(type: .trueFalse, stem: stem, options: nil, answer: .trueFalse(value), explanation: explanation))
        case "shortanswer", "numerical":
            let full = answers.filter { $0.fraction >= 100 }.map(\.text).filter { !$0.isEmpty && $0 != "*" }
            let accepted = full.isEmpty ? answers.filter { $0.fraction > 0 }.map(\.text) : full
            guard !accepted.isEmpty else { return .failure(Problem(message: "\(type) question with no right answer; skipped")) }
            return .success(Parts(type: .fillBlank, stem: stem, options: nil, answer: .blanks([accepted.joined(separator: "/")]), explanation: explanation))
        case "essay":
            let key = q.child("graderinfo").map(text) ?? ""
            if hint == .fillBlank {
                let blanks = key.isEmpty ? nil : (key.contains("；") ? key.components(separatedBy: "；") : key.components(separatedBy: "; "))
                return .success(Parts(type: .fillBlank, stem: stem, options: nil, answer: blanks.map(Answer.blanks), explanation: explanation))
            }
            return .success(Parts(type: .shortAnswer, stem: stem, options: nil, answer: key.isEmpty ? nil : .text(key), explanation: explanation))
        case "cloze", "multianswer":
            let raw = stemField.child("text")?.text ?? ""
            let (html, fields) = MoodleClozeFields.extract(raw)
            guard !fields.isEmpty else { return .failure(Problem(message: "cloze question with no {…} answer fields; skipped")) }
            stem = MoodleClozeFields.stem(QuizHTMLText.text(html))
            if fields.count == 1, let choices = fields[0].choices, fields[0].isChoice {
                let options = choices.enumerated().map { Option(letter: StructuredFields.letter($0.offset), text: $0.element.text) }
                let right = choices.enumerated().filter { $0.element.right }.map { StructuredFields.letter($0.offset) }
                let kind: QuestionType = fields[0].multipleResponse || right.count > 1 ? .multipleChoice : .singleChoice
                return .success(Parts(type: kind, stem: stem, options: options, answer: right.isEmpty ? nil : .choices(right), explanation: explanation))
            }
            return .success(Parts(type: .fillBlank, stem: stem, options: nil, answer: .blanks(fields.map(\.key)), explanation: explanation))
        default:
            return .failure(Problem(message: "Moodle question type \"\(type)\" has no shuati item type; skipped"))
        }
    }

    /// A text field's content: HTML (Moodle's `html` and `moodle_auto_format`) as plain text; plain and Markdown as is.
    static func text(_ field: QuizXMLElement) -> String {
        let raw = field.child("text")?.text ?? ""
        switch field.attributes["format"] ?? "html" {
        case "plain_text", "markdown": return raw.trimmingCharacters(in: .whitespacesAndNewlines)
        default: return QuizHTMLText.text(raw)
        }
    }
}

/// The embedded answers of a Cloze question: `{1:SHORTANSWER:=Paris~%50%Lyon#feedback}`, `{2:MC:=a~b}`,
/// `{:NUMERICAL:=3.14:0.01}`, with Moodle's escapes `\} \# \~ \/ \" \\`.
enum MoodleClozeFields {
    struct Choice { var text: String; var right: Bool }
    struct Field {
        var kind: String
        var answers: [Choice]
        var isChoice: Bool { kind.hasPrefix("MULTICHOICE") || kind.hasPrefix("MC") || isMultipleResponse }
        var isMultipleResponse: Bool { kind.hasPrefix("MULTIRESPONSE") || kind.hasPrefix("MR") }
        var multipleResponse: Bool { isMultipleResponse }
        var choices: [Choice]? { answers.isEmpty ? nil : answers }
        /// The blank's key: every right answer, `/`-separated.
        var key: String {
            let right = answers.filter(\.right).map(\.text)
            return (right.isEmpty ? answers.map(\.text) : right).joined(separator: "/")
        }
    }

    /// Marks left where a field stood, later turned into `____`.
    static let placeholder = "\u{E000}"

    /// The question HTML with each field replaced by a placeholder, and the fields in order.
    static func extract(_ html: String) -> (String, [Field]) {
        var out = ""
        var fields: [Field] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let field = parseField(after) else {
                out += rest[...open]
                rest = after
                continue
            }
            out += rest[..<open] + placeholder
            fields.append(field.0)
            rest = after[field.1...]
        }
        out += rest
        return (out, fields)
    }

    /// `1:SHORTANSWER:…}` → the field and the index after its `}`.
    static func parseField(_ s: Substring) -> (Field, Substring.Index)? {
        let pieces = s.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].allSatisfy(\.isNumber), pieces[1].allSatisfy({ $0.isLetter || $0 == "_" }), !pieces[1].isEmpty else { return nil }
        let kind = pieces[1].uppercased()
        let body = pieces[2]
        var answers: [Choice] = []
        var current = ""
        var escaped = false
        var index = body.startIndex
        func flush() {
            var t = Substring(current)
            var right = false
            if t.hasPrefix("=") { right = true; t = t.dropFirst() }
            if t.hasPrefix("%"), let close = t.dropFirst().firstIndex(of: "%") {
                right = (Double(t[t.index(after: t.startIndex)..<close]) ?? 0) >= 100
                t = t[t.index(after: close)...]
            }
            if let hash = t.firstIndex(of: "\u{E001}") { t = t[..<hash] }
            var text = QuizHTMLText.text(String(t).replacingOccurrences(of: "\u{E002}", with: "#"))
            if kind.hasPrefix("NUMERICAL") || kind.hasPrefix("NM") { text = String(text.split(separator: ":").first ?? "") }
            if !text.isEmpty && text != "*" { answers.append(Choice(text: text, right: right)) }
            current = ""
        }
        while index < body.endIndex {
            let c = body[index]
            if escaped {
                current.append(c == "#" ? "\u{E002}" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "}" {
                flush()
                return (Field(kind: kind, answers: answers), body.index(after: index))
            } else if c == "~" {
                flush()
            } else if c == "#" {
                current.append("\u{E001}")  // feedback starts: dropped in flush
            } else {
                current.append(c)
            }
            index = body.index(after: index)
        }
        return nil
    }

    /// The stem text with blanks for the fields; shuati's fallback shape (the fields numbered after the stem, when
    /// its blanks could not be matched) is folded back.
    static func stem(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if lines.count > 1, let last = lines.last,
           last.replacingOccurrences(of: placeholder, with: "").allSatisfy({ $0.isNumber || $0 == "(" || $0 == ")" || $0 == " " }),
           last.contains(placeholder) {
            lines.removeLast()
        }
        return lines.joined(separator: "\n").replacingOccurrences(of: placeholder, with: "____").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
