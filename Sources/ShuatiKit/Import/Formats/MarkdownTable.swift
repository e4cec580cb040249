import Foundation

/// A Markdown (or HTML) table read as one of the tables quiz documents hold: an option table with a key
/// marker, a question table (题目 | A | B | … | 答案), or an answer table (题号 | 答案).
struct MarkdownTable {
    /// The rows, separator rows already dropped; cells still hold inline Markdown.
    var rows: [[String]]

    struct Option { var letter: Character; var text: String; var marked: Bool }

    /// Rows that are each one option (a letter cell, the text, maybe a mark such as `*`, `★`, `✓` or bold text).
    func options() -> [Option]? {
        var result: [Option] = []
        for (r, row) in rows.enumerated() {
            let plain = row.map { MarkdownInline(Substring($0)) }
            var letter: Character?
            var texts: [String] = [], marked = false
            for (i, cell) in plain.enumerated() {
                let p = cell.plain.trimmingCharacters(in: .whitespaces)
                if p.isEmpty { continue }
                if letter == nil, let l = Self.letterCell(p) { letter = l; continue }
                if letter == nil, let option = MarkdownKeys.option(p) {
                    letter = option.letter
                    texts.append(option.text)
                    if cell.isAllBold { marked = true }
                    continue
                }
                if MarkdownKeys.isRowMark(p) && (texts.isEmpty || i == plain.count - 1) { marked = true; continue }
                if cell.isAllBold { marked = true }
                texts.append(p)
            }
            guard let letter, !texts.isEmpty else {
                if r == 0 { continue }  // a header row (选项 | 内容 | 正确)
                return nil
            }
            result.append(Option(letter: letter, text: texts.joined(separator: " "), marked: marked))
        }
        guard result.count >= 2 else { return nil }
        // A table that marks every row marks nothing.
        if result.allSatisfy(\.marked) { for i in result.indices { result[i].marked = false } }
        return result
    }

    /// A header naming a stem column and an answer or option columns: each row becomes a question in plain lines.
    func questions() -> [[String]]? {
        guard rows.count >= 2 else { return nil }
        let header = rows[0].map { Self.headerWord($0) }
        guard let stem = header.firstIndex(where: { Self.stemWords.contains($0) }) else { return nil }
        let answer = header.firstIndex { MarkdownKeys.answerWords.contains($0) }
        let explanation = header.firstIndex { MarkdownKeys.explanationWords.contains($0) }
        let number = header.firstIndex { Self.numberWords.contains($0) }
        var optionColumns: [(Character, Int)] = []
        for (i, word) in header.enumerated() {
            var w = Substring(word)
            for prefix in ["选项", "option ", "option", "choice "] where w.hasPrefix(prefix) { w = w.dropFirst(prefix.count) }
            if w.count == 1, let l = w.first, ("a"..."h").contains(l) { optionColumns.append((Character(l.uppercased()), i)) }
        }
        let optionsColumn = header.firstIndex { $0 == "选项" || $0 == "options" || $0 == "choices" }
        guard answer != nil || !optionColumns.isEmpty || optionsColumn != nil else { return nil }
        var items: [[String]] = []
        for (n, row) in rows.dropFirst().enumerated() {
            func cell(_ i: Int?) -> String {
                guard let i, i < row.count else { return "" }
                return MarkdownInline(Substring(row[i].replacingOccurrences(of: "<br>", with: " "))).plain
                    .trimmingCharacters(in: .whitespaces)
            }
            let text = cell(stem)
            guard !text.isEmpty else { continue }
            let numberText = cell(number)
            var lines = ["\(numberText.isEmpty || !numberText.allSatisfy(\.isNumber) ? String(n + 1) : numberText). \(text)"]
            for (letter, column) in optionColumns where !cell(column).isEmpty { lines.append("\(letter). \(cell(column))") }
            if optionsColumn != nil, !cell(optionsColumn).isEmpty { lines.append(cell(optionsColumn)) }
            if !cell(answer).isEmpty { lines.append(MarkdownKeys.keyLine(cell(answer))) }
            if !cell(explanation).isEmpty { lines.append(MarkdownKeys.explanationLine(cell(explanation))) }
            items.append(lines)
        }
        return items.isEmpty ? nil : items
    }

    /// Question numbers with their keys: `题号 | 答案` rows, or a `题号` row over an `答案` row.
    func answerSheet() -> [(number: String, key: String)]? {
        guard rows.count >= 2 else { return nil }
        let plain = rows.map { $0.map { MarkdownInline(Substring($0)).plain.trimmingCharacters(in: .whitespaces) } }
        let header = plain[0].map { Self.headerWord($0) }
        if header.count >= 2, Self.numberWords.contains(header[0]), MarkdownKeys.answerWords.contains(header[1]) {
            let pairs = plain.dropFirst().compactMap { row -> (String, String)? in
                guard row.count >= 2, !row[0].isEmpty, row[0].allSatisfy(\.isNumber), !row[1].isEmpty else { return nil }
                return (row[0], row[1])
            }
            return pairs.isEmpty ? nil : pairs
        }
        // Rows in pairs: numbers over keys.
        var pairs: [(String, String)] = []
        var r = 0
        while r + 1 < plain.count {
            let numbers = plain[r], keys = plain[r + 1]
            guard let first = numbers.first, Self.numberWords.contains(Self.headerWord(first)),
                  let keyHead = keys.first, MarkdownKeys.answerWords.contains(Self.headerWord(keyHead)) else { return nil }
            for i in 1..<numbers.count where i < keys.count && numbers[i].allSatisfy(\.isNumber) && !numbers[i].isEmpty && !keys[i].isEmpty {
                pairs.append((numbers[i], keys[i]))
            }
            r += 2
        }
        return pairs.isEmpty ? nil : pairs
    }

    static let stemWords: Set<String> = ["题目", "题干", "问题", "试题", "题目内容", "question", "stem", "questions"]
    static let numberWords: Set<String> = ["题号", "序号", "编号", "no", "no.", "#", "number", "题"]

    static func headerWord(_ cell: String) -> String {
        MarkdownInline(Substring(cell)).plain.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A cell that is only an option letter (`a.`, `B`, `(C)`, `D、`).
    static func letterCell(_ text: String) -> Character? {
        var t = Substring(text)
        if let f = t.first, f == "(" || f == "（" { t = t.dropFirst() }
        guard let l = t.first, MarkdownKeys.isOptionLetter(l) else { return nil }
        let rest = t.dropFirst()
        guard rest.isEmpty || (rest.count == 1 && ".．、:：)）".contains(rest.first!)) else { return nil }
        return Character(l.uppercased())
    }
}
