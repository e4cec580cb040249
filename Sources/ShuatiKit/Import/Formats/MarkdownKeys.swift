import Foundation

/// The words and marks Markdown quiz documents use for keys, and the plain key lines they become.
enum MarkdownKeys {
    /// The key line the document parser reads, for option letters or a true/false key.
    static func keyLine(_ key: String) -> String { "答案：" + key }
    /// The explanation line the document parser reads.
    static func explanationLine(_ text: String) -> String { "解析：" + text }

    /// What a label (a heading, a bold line, a `<summary>`) announces.
    enum Label { case answer, explanation, options }

    /// The label a short line is, if it is one (`### 答案`, `**Answer**`, `查看解析`, `**选项**`).
    static func label(_ text: String) -> Label? {
        var t = droppingPictograph(text.trimmingCharacters(in: .whitespaces)).lowercased()
        while let last = t.last, ":：】]）)".contains(last) { t.removeLast() }
        while let first = t.first, "【[（(".contains(first) { t.removeFirst() }
        for prefix in ["查看", "点击查看", "显示", "show ", "view ", "click for "] where t.hasPrefix(prefix) {
            t.removeFirst(prefix.count)
        }
        t = t.trimmingCharacters(in: .whitespaces)
        if answerWords.contains(t) { return .answer }
        if explanationWords.contains(t) { return .explanation }
        if t == "选项" || t == "options" || t == "choices" { return .options }
        return nil
    }

    /// The text without a leading emoji and the spaces after it (`✅ Correct Answer: D`, `📚 Explanation:`): notes
    /// decorate their labels so, and the label must still read as one. Text without such a lead is returned as is.
    static func droppingPictograph(_ t: String) -> String {
        guard let first = t.unicodeScalars.first, isPictograph(first) else { return t }
        let rest = t.unicodeScalars.dropFirst().drop { $0 == "\u{FE0F}" }
        guard let space = rest.first, space == " " else { return t }
        return String(String.UnicodeScalarView(rest.drop { $0 == " " }))
    }

    /// The label text a line starts with once its decorating emoji is dropped (`✅ Answer: B` reads `Answer: B`);
    /// any other line as it is (a lone `✅` or `✅ 正确` stays a true mark).
    static func labelWithoutPictograph(_ t: String) -> String {
        guard let first = t.unicodeScalars.first, isPictograph(first) else { return t }
        let rest = droppingPictograph(t)
        return rest.count < t.count && (startsWithLabel(rest) || label(rest) != nil) ? rest : t
    }

    /// Emoji and pictographic symbols (`✅` U+2705, `📚` U+1F4DA), by code point block.
    private static func isPictograph(_ c: Unicode.Scalar) -> Bool {
        (0x2600...0x27BF).contains(c.value) || (0x1F300...0x1FAFF).contains(c.value)
    }

    static let answerWords: Set<String> = ["答案", "答", "参考答案", "正确答案", "标准答案", "答案与解析", "答案及解析",
                                           "answer", "answers", "correct answer", "correct answers", "key", "answer key", "solution", "ans"]
    static let explanationWords: Set<String> = ["解析", "解释", "详解", "分析", "说明", "explanation", "explanations",
                                                "rationale", "reason"]

    /// True when the text already starts with a key or explanation label (`Correct Answer: D`, `答案为B`).
    static func startsWithLabel(_ text: String) -> Bool {
        var t = Substring(droppingPictograph(text.trimmingCharacters(in: .whitespaces)).lowercased())
        if t.first == "【" { t = t.dropFirst() }  // 【答案】D
        for word in answerWords.union(explanationWords) where t.hasPrefix(word) {
            let rest = t.dropFirst(word.count).first
            if rest == nil || ":：为是 【]】".contains(rest!) { return true }
        }
        return false
    }

    /// True when the text starts with a key label, not an explanation's (`Answer: d`, `正确答案：B`).
    static func startsWithAnswerLabel(_ text: String) -> Bool {
        guard startsWithLabel(text) else { return false }
        var t = Substring(droppingPictograph(text.trimmingCharacters(in: .whitespaces)).lowercased())
        if t.first == "【" { t = t.dropFirst() }
        return !explanationWords.contains { t.hasPrefix($0) }
    }

    /// A true/false mark written as an option or a key (`对`, `**错**`, `T`, `√`), as true or false.
    static func trueFalse(_ text: String) -> Bool? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["对", "正确", "是", "√", "✓", "✔", "t", "true", "yes", "right", "correct"].contains(t) { return true }
        if ["错", "错误", "否", "×", "✗", "✘", "f", "false", "no", "wrong", "incorrect"].contains(t) { return false }
        return nil
    }

    /// The true/false key line.
    static func trueFalseLine(_ value: Bool) -> String { keyLine(value ? "正确" : "错误") }

    /// Option letters only (`B`, `ACD`, `A、C`), upper-cased, when the text is nothing else.
    static func letters(_ text: String) -> String? {
        let t = text.filter { !$0.isWhitespace && !",，、;；.".contains($0) }
        guard !t.isEmpty, t.count <= 8, t.allSatisfy(isOptionLetter) else {
            return nil
        }
        let upper = t.uppercased()
        // Lower-case letters alone are too easily a word ("a", "bad"); take them only when single.
        if t != upper && t.count > 1 { return nil }
        return upper
    }

    /// `A`…`H` in either case.
    static func isOptionLetter(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (a >= 65 && a <= 72) || (a >= 97 && a <= 104)
    }

    /// Marks that flag the right row of an option table.
    static func isRowMark(_ cell: String) -> Bool {
        let t = cell.trimmingCharacters(in: .whitespaces)
        return ["*", "★", "☆", "✓", "✔", "√", "✅", "☑", "☑️", "✔️", "正确", "对", "right", "correct", "yes", "x", "X", "(*)", "＊"]
            .contains(t)
    }

    /// The option letter and text of an option line (`A. text`, `(b) text`, `C、text`, `D: text`).
    static func option(_ text: String) -> (letter: Character, text: String)? {
        var c = Substring(text.trimmingCharacters(in: .whitespaces))
        var bracketed = false
        if let f = c.first, f == "(" || f == "（" { bracketed = true; c = c.dropFirst() }
        guard let letter = c.first, isOptionLetter(letter) else { return nil }
        c = c.dropFirst()
        guard let delimiter = c.first else { return nil }
        if bracketed {
            guard delimiter == ")" || delimiter == "）" else { return nil }
        } else {
            guard ".．、:：)）".contains(delimiter) || (delimiter == " " && letter.isUppercase) else { return nil }
        }
        c = c.dropFirst()
        let rest = c.trimmingCharacters(in: .whitespaces)
        // `A. ` needs text after it; a sentence starting "A man" is not an option.
        if rest.isEmpty { return nil }
        if delimiter == " ", let next = rest.first, next.isLowercase { return nil }
        return (Character(letter.uppercased()), rest)
    }
}
