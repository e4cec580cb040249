import Foundation

/// Moodle's Aiken format: a question (one line, or several), options `A.` or `A)` in letter order, then
/// `ANSWER: X`. Items are single choice.
enum AikenReader {
    /// One question block as written.
    struct Block {
        var line: Int
        var stem: String
        var options: [Option]
        var answerLetter: String?
        var answerLine: Int?
    }

    static func read(_ text: String, file: String) throws -> ImportResult {
        let blocks = self.blocks(text)
        guard blocks.contains(where: { $0.answerLetter != nil }) else {
            throw StructuredImportError.notTheFormat(file: file, line: 1, reason: "not an Aiken file: no `ANSWER: X` line")
        }
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        for block in blocks {
            guard !block.stem.isEmpty else {
                warnings.append(Diagnostic(file: file, line: block.line, message: "Aiken options with no question before them; skipped"))
                continue
            }
            guard block.options.count >= 2 else {
                warnings.append(Diagnostic(file: file, line: block.line, message: "Aiken question has \(block.options.count) option(s); skipped"))
                continue
            }
            var answer: Answer?
            if let letter = block.answerLetter {
                if block.options.contains(where: { $0.letter == letter }) { answer = .choices([letter]) } else {
                    warnings.append(Diagnostic(file: file, line: block.answerLine ?? block.line,
                                               message: "ANSWER: \(letter) names no option of the question; kept without a key"))
                }
            } else {
                warnings.append(Diagnostic(file: file, line: block.line, message: "Aiken question has no ANSWER line; kept without a key"))
            }
            items.append(Question(type: .singleChoice, section: "", stem: block.stem, options: block.options, answer: answer,
                                  source: SourceLocation(file: file, line: block.line)))
        }
        return ImportResult(items: items, warnings: warnings)
    }

    /// The question blocks of `text`: stem lines, then option lines, closed by an ANSWER line or a blank line
    /// after the options.
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block? = nil
        func close() { if let c = current { blocks.append(c) }; current = nil }
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\r\u{FEFF}")))
            if line.isEmpty {
                if let c = current, !c.options.isEmpty { close() }
                continue
            }
            if let letter = answerLetter(line) {
                if current == nil { current = Block(line: lineNumber, stem: "", options: []) }
                current!.answerLetter = letter
                current!.answerLine = lineNumber
                close()
                continue
            }
            let expected = StructuredFields.letter(current?.options.count ?? 0)
            if let text = option(line, letter: expected), current != nil || expected == "A" {
                if current == nil { current = Block(line: lineNumber, stem: "", options: []) }
                current!.options.append(Option(letter: expected, text: text))
                continue
            }
            if let c = current, !c.options.isEmpty { close() }
            if current == nil { current = Block(line: lineNumber, stem: line, options: []) } else {
                current!.stem += "\n" + line
            }
        }
        close()
        return blocks
    }

    /// `ANSWER: B` (any case, colon optional as Moodle allows) → `B`.
    static func answerLetter(_ line: String) -> String? {
        guard line.count >= 7, line.prefix(6).uppercased() == "ANSWER" else { return nil }
        let rest = line.dropFirst(6).drop { $0 == " " || $0 == ":" || $0 == "：" }
        guard let c = rest.first, c.isASCII, c.isLetter, rest.dropFirst().allSatisfy({ $0 == " " }) else { return nil }
        return c.uppercased()
    }

    /// The text of an option line `A. text` / `A) text` for the expected letter.
    static func option(_ line: String, letter: String) -> String? {
        guard line.hasPrefix(letter), line.count >= 2 else { return nil }
        let mark = line[line.index(after: line.startIndex)]
        guard mark == "." || mark == ")" else { return nil }
        return line.dropFirst(2).trimmingCharacters(in: .whitespaces)
    }
}
