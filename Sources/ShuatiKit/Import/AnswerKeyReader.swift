/// Reads what follows an answer-key label when it is a short token: option letters (`B`, `A,C`, `ABE`) or a
/// true/false word (`正确`, `对`, `√`, `T`). Anything else is a text key (option text or a paragraph), read later.
struct AnswerKeyReader {
    let s: [Unicode.Scalar]
    let recognizer: MarkerRecognizer

    static let trueWords = ImportVocabulary.trueWords
    static let falseWords = ImportVocabulary.falseWords

    /// First scalars of the true/false words, for a cheap check before reading one.
    static let wordStarts: Set<Unicode.Scalar> = Set((trueWords + falseWords).compactMap { $0.unicodeScalars.first })

    /// The true/false value of a whole word (`对`, `错误`, `√`), if it is one.
    static func value(of word: String) -> Bool? {
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        return nil
    }

    /// The token at `i` and where it ends, or nil for a text key.
    func token(at i: Int) -> (String, Int)? {
        if let listed = lettersWithTheirText(at: i) { return listed }
        if let letters = letters(at: i) { return letters }
        if let j = afterOptionWord(at: i), let letters = letters(at: j) { return letters }
        return trueFalse(at: i)
    }

    /// `a) in, b) at`, `A.甲；C.丙`: two or more keys, each printed with its option's text. Ends after the last
    /// letter's delimiter (its text is the option's, read by whoever reads on).
    private func lettersWithTheirText(at start: Int) -> (String, Int)? {
        var j = start
        var found = ""
        var lastEnd = start
        while j + 1 < s.count, ScalarClass.isOptionLetter(s[j]), s[j + 1] == ")" || s[j + 1] == "." {
            let c = s[j]
            let letter = c.value >= 0x61 ? Unicode.Scalar(c.value - 0x20)! : c
            guard !found.unicodeScalars.contains(letter) else { return nil }
            found.unicodeScalars.append(letter)
            j += 2
            lastEnd = j
            // The option's text (short), up to a separator that a next letter follows; joined by ` and ` the
            // options may be longer (`B) Reducing the learning rate … and D) Adding …`).
            let textStart = j
            var next: Int? = nil
            while j < s.count, s[j] != "\n", j - textStart <= 100 {
                let separator = (s[j] == "," || s[j] == ";" || s[j] == "、") && j - textStart <= 40
                let joiner = !separator && s[j] == " " && j + 4 < s.count && s[j + 1] == "a" && s[j + 2] == "n"
                    && s[j + 3] == "d" && s[j + 4] == " "
                if separator || joiner {
                    var k = j + (separator ? 1 : 5)
                    while k < s.count, s[k] == " " { k += 1 }
                    if k + 1 < s.count, ScalarClass.isOptionLetter(s[k]), s[k + 1] == ")" || s[k + 1] == ".",
                       separator || k + 2 < s.count && s[k + 2] == " " {
                        next = k
                        break
                    }
                }
                j += 1
            }
            guard let n = next else { break }
            j = n
        }
        guard found.unicodeScalars.count >= 2 else { return nil }
        return (found, lastEnd)
    }

    /// The words that may name the key's option before its letter: `Answer: Option B`, `答案：选项C`.
    private static let optionWords: [[Unicode.Scalar]] = ["option", "选项", "選項"].map { Array($0.unicodeScalars) }

    /// Where the letter starts after an option word at `i` (case-insensitive, spaces or a colon between).
    private func afterOptionWord(at i: Int) -> Int? {
        for word in AnswerKeyReader.optionWords where i + word.count < s.count {
            let matches = word.indices.allSatisfy { k in
                let c = s[i + k]
                return (c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c) == word[k]
            }
            guard matches else { continue }
            var j = i + word.count
            while j < s.count, s[j] == " " || ScalarClass.isColon(s[j]) { j += 1 }
            return j
        }
        return nil
    }

    /// Words that join key letters: `(a) and (d)`, `A和C`.
    private static let joiners: [[Unicode.Scalar]] = ["and", "&", "和", "与", "及"].map { Array($0.unicodeScalars) }

    /// After letter `j - 1`: where the next letter of the same key starts, skipping separators and joiners.
    private func nextLetter(after j: Int, parenthesised: Bool) -> Int? {
        var k = j
        var sawSeparator = false
        while k < s.count, k - j < 8 {
            if s[k] == "," || s[k] == "、" || s[k] == " " || s[k] == ";" { k += 1; sawSeparator = true; continue }
            if let w = AnswerKeyReader.joiners.first(where: { s.matches($0, at: k) }) { k += w.count; sawSeparator = true; continue }
            break
        }
        guard sawSeparator, k < s.count else { return nil }
        if parenthesised {
            guard k + 2 < s.count, s[k] == "(", ScalarClass.isOptionLetter(s[k + 1]), s[k + 2] == ")" else { return nil }
            return k
        }
        guard ScalarClass.isOptionLetter(s[k]), k + 1 >= s.count || !ScalarClass.isASCIILetter(s[k + 1]) else { return nil }
        return k
    }

    /// `(a) and (d)`, `(b)`, `(A)(C)`: each letter in its own brackets.
    private func bracketedLetters(at start: Int) -> (String, Int)? {
        var j = start
        var found = ""
        while j + 2 < s.count, s[j] == "(", ScalarClass.isOptionLetter(s[j + 1]), s[j + 2] == ")" {
            let c = s[j + 1]
            found.unicodeScalars.append(c.value >= 0x61 ? Unicode.Scalar(c.value - 0x20)! : c)
            j += 3
            if j < s.count, s[j] == "(" { continue }
            guard let k = nextLetter(after: j, parenthesised: true) else { break }
            j = k
        }
        guard !found.isEmpty, found.count <= 8 else { return nil }
        return (found, j)
    }

    private func letters(at start: Int) -> (String, Int)? {
        if let bracketed = bracketedLetters(at: start), bracketed.0.count > 1 || start + 3 < s.count && s[start + 3] != ")" {
            return bracketed
        }
        var j = start
        var open = false
        if j < s.count, s[j] == "(" { open = true; j += 1 }
        var found = ""
        var upper = false, lower = false, separated = false
        while j < s.count {
            let c = s[j]
            if ScalarClass.isOptionLetter(c) {
                if c.value >= 0x61 { lower = true } else { upper = true }
                found.unicodeScalars.append(c.value >= 0x61 ? Unicode.Scalar(c.value - 0x20)! : c)
                j += 1
            } else if !found.isEmpty, let k = nextLetter(after: j, parenthesised: false) {
                // `A,C`, `A, B, D`, `A C`, `A and D`: separators between letters, never after the last.
                j = k
                separated = true
            } else {
                break
            }
        }
        guard !found.isEmpty, found.count <= 8 else { return nil }
        // `Fe`, `Ca`: a word (an element, a name), not keys; keys glued together share one case (`ABD`, `abd`).
        if upper && lower && !separated { return nil }
        if j < s.count, ScalarClass.isASCIILetter(s[j]) { return nil }  // CRM, Internet: a text key
        if open { if j < s.count, s[j] == ")" { j += 1 } else { return nil } }
        if j < s.count, s[j] == "." || s[j] == "、" || s[j] == ")" && j + 1 < s.count && s[j + 1] == " " {
            j += 1  // 答案:B. / Answer: C) They all… (and the option text may follow)
        }
        return (found, j)
    }

    /// The true and false words as scalars, made once (this runs at every key).
    private static let trueFalseScalars: [([[Unicode.Scalar]], String)] =
        [(trueWords.map { Array($0.unicodeScalars) }, "true"), (falseWords.map { Array($0.unicodeScalars) }, "false")]

    private func trueFalse(at start: Int) -> (String, Int)? {
        for (words, value) in AnswerKeyReader.trueFalseScalars {
            for w in words {
                guard s.matches(w, at: start) else { continue }
                let end = start + w.count
                guard end < s.count else { return (value, end) }
                let next = s[end]
                if ScalarClass.isASCIILetter(next) || ScalarClass.isDigit(next) && w.count == 1 && ScalarClass.isASCIILetter(w[0]) {
                    continue
                }
                if ScalarClass.isCJK(next) {
                    // 对试题7: fine; 是指企业…: a sentence, not a key.
                    let followedByMarker = recognizer.questionLabel(at: end) != nil || recognizer.answerKey(at: end) != nil
                    if !followedByMarker { continue }
                }
                return (value, end)
            }
        }
        return nil
    }
}
