import Foundation

/// Turns typed text into a response in the item's answer shape.
enum ResponseReader {
    static let trueWords: Set<String> = ["对", "對", "√", "✓", "✔", "t", "y", "yes", "正确", "正確", "是", "1", "true", "right", "v"]
    static let falseWords: Set<String> = ["错", "錯", "×", "✗", "✘", "x", "f", "n", "no", "错误", "錯誤", "否", "0", "false", "wrong"]

    static func read(_ text: String, for question: Question) -> Answer? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return nil }
        switch question.type {
        case .singleChoice, .multipleChoice:
            var letters = Set<String>()
            let valid = Set((question.options ?? []).map(\.letter))
            for scalar in TextNormalizer.nfkc(t).uppercased().unicodeScalars {
                if scalar.value >= 0x41 && scalar.value <= 0x5A {
                    let letter = String(Character(scalar))
                    guard valid.isEmpty || valid.contains(letter) else { return nil }
                    letters.insert(letter)
                } else if !(scalar == " " || scalar == "," || scalar == "、" || scalar == "，" || scalar == ";") {
                    return nil
                }
            }
            return letters.isEmpty ? nil : .choices(letters.sorted())
        case .trueFalse:
            let word = TextNormalizer.nfkc(t).lowercased()
            if trueWords.contains(word) { return .trueFalse(true) }
            if falseWords.contains(word) { return .trueFalse(false) }
            return nil
        case .fillBlank:
            let count: Int
            if case let .blanks(key)? = question.answer { count = key.count } else { count = 1 }
            return .blanks(splitBlanks(t, count: count))
        case .shortAnswer:
            return .text(t)
        }
    }

    /// One string per blank: split on `;`/`；`/`|` (or on `,`/`，`/spaces when that gives the expected count).
    static func splitBlanks(_ text: String, count: Int) -> [String] {
        if count <= 1 { return [text] }
        let primary = text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }
        if primary.count == count { return primary }
        let secondary = text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == " " }).map(String.init)
        return secondary.count == count ? secondary : primary
    }
}
