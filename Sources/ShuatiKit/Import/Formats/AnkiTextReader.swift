import Foundation

/// Anki's text import (File → Import): `#key:value` header lines (`#separator:tab`, `#html:true`,
/// `#tags column:3`, `#notetype column:…`, `#deck column:…`, `#guid column:…`, `#columns:…`), then one note per
/// line, fields quoted as in CSV. A note shuati exported (tags `shuati <type>`) comes back as that item: the front
/// holds the stem and the options, the back `<b>答案：KEY</b>`, the option texts and `解析：…`. Any other note is
/// a short-answer item, front → stem, back → answer (or a choice item when the front ends in options and the back
/// is their letters).
enum AnkiTextReader {
    struct Header {
        var separator: Unicode.Scalar = "\t"
        var html = true
        var tagsColumn: Int? = nil
        var metaColumns: Set<Int> = []
    }

    static func read(_ text: String, file: String) throws -> ImportResult {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        var header = Header()
        var bodyStart = text.startIndex
        var headerLines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { break }
            let key = line[line.index(after: line.startIndex)..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            switch key {
            case "separator":
                let names: [String: Unicode.Scalar] = ["tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"]
                header.separator = names[value.lowercased()] ?? value.unicodeScalars.first ?? "\t"
            case "html": header.html = value.lowercased() == "true"
            case "tags column": header.tagsColumn = Int(value); if let n = Int(value) { header.metaColumns.insert(n) }
            case "notetype column", "deck column", "guid column": if let n = Int(value) { header.metaColumns.insert(n) }
            default: break
            }
            headerLines += 1
            bodyStart = text.index(line.endIndex, offsetBy: line.endIndex < text.endIndex ? 1 : 0)
        }
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        for row in DelimitedText.rows(String(text[bodyStart...]), separator: header.separator) {
            let line = row.line + headerLines
            let fields = row.fields.enumerated().filter { !header.metaColumns.contains($0.offset + 1) }.map(\.element)
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard fields.count >= 2 else {
                warnings.append(Diagnostic(file: file, line: line, message: "Anki note has one field (no back); skipped"))
                continue
            }
            let tags = header.tagsColumn.flatMap { $0 - 1 < row.fields.count ? row.fields[$0 - 1] : nil }?
                .split(separator: " ").map(String.init) ?? []
            let (item, problem) = note(front: fields[0], back: fields[1], tags: tags, html: header.html,
                                       source: SourceLocation(file: file, line: line))
            if let problem { warnings.append(Diagnostic(file: file, line: line, message: problem)) }
            if let item { items.append(item) }
        }
        return ImportResult(items: items, warnings: warnings)
    }

    static func note(front: String, back: String, tags: [String], html: Bool, source: SourceLocation) -> (Question?, String?) {
        let shuatiType = tags.contains("shuati") ? tags.lazy.compactMap(QuestionType.init(rawValue:)).first : nil
        let section = shuatiType == nil ? "" : tags.drop { $0 == "shuati" || QuestionType(rawValue: $0) != nil }
            .joined(separator: " ").replacingOccurrences(of: "_", with: " ")
        let plain: (String) -> String = { html ? QuizHTMLText.text($0) : $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        // Front: the stem, then (after a blank line) option lines or shuati's 对 / 错.
        var stem = plain(front)
        var options: [Option]? = nil
        if let split = stem.range(of: "\n\n", options: .backwards) {
            let tail = stem[split.upperBound...]
            let lines = tail.components(separatedBy: "\n")
            let parsed = lines.enumerated().map { i, l -> Option? in
                let letter = StructuredFields.letter(i)
                guard l.hasPrefix(letter + ". ") else { return nil }
                return Option(letter: letter, text: String(l.dropFirst(letter.count + 2)))
            }
            // shuati writes every option, even a lone one; other notes need two to be a list of options.
            if parsed.count >= (shuatiType?.isChoice == true ? 1 : 2), parsed.allSatisfy({ $0 != nil }) {
                options = parsed.compactMap { $0 }
                stem = String(stem[..<split.lowerBound])
            } else if ["对 / 错", "True / False"].contains(String(tail)) {
                stem = String(stem[..<split.lowerBound])
            }
        }
        // Back: shuati's `<b>答案：KEY</b>` then option texts and `解析：…`; otherwise all of it is the answer.
        var keyText = plain(back)
        var explanation: String? = nil
        if shuatiType != nil, html, back.hasPrefix("<b>"), let close = back.range(of: "</b>") {
            let bold = QuizHTMLText.text(String(back[back.index(back.startIndex, offsetBy: 3)..<close.lowerBound]))
            keyText = bold.hasPrefix("答案：") ? String(bold.dropFirst(3)) : bold.hasPrefix("Answer：") ? String(bold.dropFirst(7)) : bold
            let rest = QuizHTMLText.text(String(back[close.upperBound...]))
            for label in ["解析：", "Explanation："] {
                if let r = rest.range(of: label) { explanation = String(rest[r.upperBound...]); break }
            }
            if keyText == "（无参考答案）" || keyText == "(no key)" { keyText = "" }
        }
        var type = shuatiType ?? .shortAnswer
        if shuatiType == nil, let options, let letters = StructuredFields.letters(keyText),
           letters.allSatisfy({ l in options.contains { $0.letter == l } }) {
            type = letters.count > 1 ? .multipleChoice : .singleChoice
        }
        if !type.isChoice && type != .trueFalse { options = nil }
        guard !stem.isEmpty else { return (nil, "Anki note with an empty front; skipped") }
        var answer: Answer? = nil
        var problem: String? = nil
        if !keyText.isEmpty {
            switch type {
            case .fillBlank:
                answer = .blanks(keyText.contains("；") ? keyText.components(separatedBy: "；") : keyText.components(separatedBy: "; "))
            default:
                (answer, problem) = StructuredFields.answer(keyText, type: type, stem: stem, options: options)
            }
        }
        return (Question(type: type, section: section, stem: stem, options: options, answer: answer, explanation: explanation,
                         source: source), problem)
    }
}
