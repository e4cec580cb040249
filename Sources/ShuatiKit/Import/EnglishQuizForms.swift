/// Recognisers for forms of English quiz pages (item banks, answer-key pages, quiz result pages) that the general
/// markers miss. Pure functions of the text and a position, like the rest of `MarkerRecognizer`.

/// A question line followed by its options printed without letters, one per line (indented in the source), the
/// right ones marked `##` at either end (`\tconverged ##`, `\t## SHA`): an item bank's export.
struct MarkedOptionBlock {
    struct Line {
        /// The option's text, without the mark and the indent.
        var start: Int
        var end: Int
        var marked: Bool
    }
    /// Where the question line ends.
    var stemEnd: Int
    var options: [Line]
    /// Where the last option line ends.
    var end: Int
}

extension MarkerRecognizer {
    /// The mark of a correct option in an unlettered list.
    private static let correctOptionMark: [Unicode.Scalar] = ["#", "#"]

    /// The block whose question line starts at `i`: a line that asks (`…?`, `…:`, `…(Choose two.)`), then 2–8 lines
    /// up to a blank line, none of them a numbered or lettered marker, at least one marked and not all. (The
    /// normalised text has lost the options' indent.)
    func markedOptionBlock(stemLineAt i: Int, lineEnd stemEnd: Int) -> MarkedOptionBlock? {
        // Cheap rejection first (this runs at line starts): the line must end like a question.
        var last = stemEnd
        while last > i, s[last - 1] == " " { last -= 1 }
        guard last > i, s[last - 1] == "?" || s[last - 1] == ":" || s[last - 1] == ")", stemEnd + 1 < s.count else { return nil }
        guard !isMarkedLine(from: i, to: last) else { return nil }
        var lines: [MarkedOptionBlock.Line] = []
        var lineStart = stemEnd + 1
        var end = stemEnd
        while lineStart < s.count, s[lineStart] != "\n", lines.count <= 8 {
            var b = lineStart
            while b < s.count, s[b] != "\n" { b += 1 }
            var e = b
            while e > lineStart, s[e - 1] == " " { e -= 1 }
            // A numbered line, an option or a key label is a marker of another form.
            if questionNumber(at: lineStart).map({ $0.style != .bare }) == true || firstLetter(at: lineStart).flatMap({ option(at: lineStart, expected: $0, lowerCase: nil, lineStart: true) }) != nil
                || answerKey(at: lineStart) != nil { return nil }
            lines.append(optionLine(from: lineStart, to: e))
            end = b
            lineStart = b + 1
        }
        let marked = lines.filter(\.marked).count
        guard lines.count >= 2, lines.count <= 8, marked >= 1, marked < lines.count,
              lines.allSatisfy({ $0.end > $0.start }) else { return nil }
        return MarkedOptionBlock(stemEnd: stemEnd, options: lines, end: end)
    }

    /// One option line (trimmed to `a..<e`) with its mark, if any, taken off.
    private func optionLine(from a: Int, to e: Int) -> MarkedOptionBlock.Line {
        let mark = MarkerRecognizer.correctOptionMark
        // `## SHA`: the mark, then a space.
        if e - a > mark.count, s.matches(mark, at: a), s[a + mark.count] == " " {
            var start = a + mark.count
            while start < e, s[start] == " " { start += 1 }
            return .init(start: start, end: e, marked: true)
        }
        // `converged ##`: a space, then the mark (`C##` is a word).
        if e - a > mark.count, s.matches(mark, at: e - mark.count), s[e - mark.count - 1] == " " {
            var end = e - mark.count
            while end > a, s[end - 1] == " " { end -= 1 }
            return .init(start: a, end: end, marked: true)
        }
        return .init(start: a, end: e, marked: false)
    }

    private func isMarkedLine(from a: Int, to e: Int) -> Bool {
        var e = e
        while e > a, s[e - 1] == " " { e -= 1 }
        return optionLine(from: a, to: e).marked
    }
}

extension MarkerRecognizer {
    /// `Q. What is…`: where the stem starts after a bare `Q.` at a line start (a word follows, not a number).
    func unnumberedQDot(at i: Int) -> Int? {
        guard i + 3 < s.count, s[i] == "Q", s[i + 1] == ".", s[i + 2] == " " else { return nil }
        var j = i + 2
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, ScalarClass.isASCIILetter(s[j]) || s[j] == "\"" || ScalarClass.isCJK(s[j]) else { return nil }
        return j
    }
}

extension MarkerRecognizer {
    /// `FALSE "Am I right?"`, `TRUE, if…`, `False - bats are mammals`: a true/false word opening the line with a
    /// comment after it. Capitals (`TRUE`) may be followed by any separator; `True` / `False` only by punctuation
    /// or a quote, so a sentence (`True love is…`) stays text. The value and where the comment starts.
    func trueFalseWordWithComment(from i: Int, to end: Int) -> (Bool, Int)? {
        guard i < end, s[i] == "T" || s[i] == "F" else { return nil }
        for (word, value, capitals) in MarkerRecognizer.commentedTrueFalseWords where s.matches(word, at: i) {
            var j = i + word.count
            guard j < end, !ScalarClass.isASCIILetter(s[j]), !ScalarClass.isDigit(s[j]) else { continue }
            let separator = s[j] == " " ? (j + 1 < end ? s[j + 1] : " ") : s[j]
            guard capitals || separator.isOne(of: ",.;:!-–—\"“(") else { continue }
            while j < end, s[j] == " " || s[j].isOne(of: ",.;:!-–—") { j += 1 }
            // Nothing after the word: the bare form, read elsewhere.
            guard (j..<end).contains(where: { ScalarClass.isASCIILetter(s[$0]) || ScalarClass.isCJK(s[$0]) }) else { return nil }
            return (value, j)
        }
        return nil
    }

    private static let commentedTrueFalseWords: [([Unicode.Scalar], Bool, Bool)] = [
        (Array("TRUE".unicodeScalars), true, true), (Array("FALSE".unicodeScalars), false, true),
        (Array("True".unicodeScalars), true, false), (Array("False".unicodeScalars), false, false),
    ]
}

extension MarkerRecognizer {
    /// `**Answer**: False`, `__Explanation:__ …`: an English key or explanation label set in bold (Markdown read as
    /// plain text), the colon inside or outside the emphasis. At a line start.
    func emphasisedEnglishKey(at i: Int) -> KeyMarker? {
        guard i + 4 < s.count, s[i] == "*" || s[i] == "_", s[i + 1] == s[i] else { return nil }
        let emphasis = [s[i], s[i]]
        var close = i + 2
        while close < s.count, close - i < 24, ScalarClass.isASCIILetter(s[close]) || s[close] == " " || s[close] == "'" { close += 1 }
        var colonInside = false
        if close < s.count, ScalarClass.isColon(s[close]) { colonInside = true; close += 1 }
        guard close > i + 2 else { return nil }
        // `**Correct answer: B**`: the key in the bold too, which closes at the line's end.
        let wholeLine = colonInside && !s.matches(emphasis, at: close) && emphasisClosesLine(emphasis, from: close)
        guard wholeLine || s.matches(emphasis, at: close) else { return nil }
        let word = s.string((i + 2)..<(colonInside ? close - 1 : close)).trimmingCharacters(in: .whitespaces).lowercased()
        var k = wholeLine ? close : close + 2
        if !colonInside {
            while k < s.count, s[k] == " " { k += 1 }
            guard k < s.count, ScalarClass.isColon(s[k]) else { return nil }
            k += 1
        }
        while k < s.count, s[k] == " " { k += 1 }
        if ImportVocabulary.englishStudentWords.contains(word) { return KeyMarker(start: i, end: k, kind: .studentAnswer) }
        guard ImportVocabulary.englishKeyWords.contains(word) else { return nil }
        return KeyMarker(start: i, end: k, kind: ImportVocabulary.englishExplanationWords.contains(word) ? .explanation : .answer)
    }

    /// Whether the line from `k` ends with `emphasis` (`**`, `__`) and holds no other (a short line).
    private func emphasisClosesLine(_ emphasis: [Unicode.Scalar], from k: Int) -> Bool {
        var e = k
        while e < s.count, s[e] != "\n", e - k < 300 { e += 1 }
        guard e == s.count || s[e] == "\n" else { return false }
        while e > k, s[e - 1] == " " { e -= 1 }
        guard e - k >= 3, s.matches(emphasis, at: e - 2) else { return false }
        var j = k
        while j < e - 2 { if s[j] == emphasis[0], s[j + 1] == emphasis[0] { return false }; j += 1 }
        return true
    }
}

extension MarkerRecognizer {
    /// `Q 1 - Which…`, `Q 12. Which…`, `Q3 – Which…`: a `Q` label with a space before its number or a dash after it
    /// (the forms `questionLabel` does not read), at a line start.
    func spacedQLabel(at i: Int) -> NumberMarker? {
        guard i + 4 < s.count, s[i] == "Q" else { return nil }
        var j = i + 1
        let spaced = s[j] == " "
        if spaced { j += 1 }
        let digits = j
        while j < s.count, ScalarClass.isDigit(s[j]), j - digits < 4 { j += 1 }
        guard j > digits, j < s.count, let n = Int(s.string(digits..<j)), n > 0 else { return nil }
        var k = j
        while k < s.count, s[k] == " ", k - j < 2 { k += 1 }
        guard k < s.count else { return nil }
        if s[k] == "-" || s[k] == "–" || s[k] == "—" {
            // A dash set off by spaces: `Q 1 - …` (`Q1-2` is a range).
            guard k > j, k + 1 < s.count, s[k + 1] == " " else { return nil }
        } else {
            guard spaced, k == j, s[k] == "." || s[k] == ")" || ScalarClass.isColon(s[k]) else { return nil }
        }
        k += 1
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, s[k] != "\n" else { return nil }
        return NumberMarker(start: i, end: k, number: n, style: .label)
    }
}

extension MarkerRecognizer {
    /// `Ans (c)`, `Answer (b)The flag…`: an `Ans` / `Answer` label with no colon, at a line start, before a letter in
    /// brackets (which alone makes it a key: `Answer the questions below` stays text). Ends before the bracket.
    func bracketedKeyAfterAns(at i: Int) -> KeyMarker? {
        for word in MarkerRecognizer.uncolonedAnswerWords where s.matches(word, at: i) {
            var k = i + word.count
            guard k < s.count, s[k] == " " else { continue }
            while k < s.count, s[k] == " " { k += 1 }
            guard k + 2 < s.count, s[k] == "(", ScalarClass.isOptionLetter(s[k + 1]), s[k + 2] == ")" else { return nil }
            return KeyMarker(start: i, end: k, kind: .answer)
        }
        return nil
    }

    private static let uncolonedAnswerWords: [[Unicode.Scalar]] = ["Answer", "Ans"].map { Array($0.unicodeScalars) }
}

extension MarkerRecognizer {
    /// The English key labels of quiz pages that `englishKey` does not read, at a line start: `**Answer**: False`,
    /// `Ans (c)`.
    func englishQuizKey(at i: Int) -> KeyMarker? {
        guard i == 0 || s[i - 1] == "\n" else { return nil }
        switch s[i] {
        case "*", "_": return emphasisedEnglishKey(at: i)
        case "A": return bracketedKeyAfterAns(at: i) ?? labelLineOverOption(at: i)
        default: return ScalarClass.isASCIILetter(s[i]) ? labelLineOverOption(at: i) : nil
        }
    }
}

extension MarkerRecognizer {
    /// `(a) 36          (b) 12` after a space on a stem's line: the first option of a row in columns, when `(b)`
    /// follows on the line after a wide gap (two spaces or more). A `(a)` inside a sentence has no such gap.
    func parenthesisedRowFollows(from i: Int) -> Bool {
        guard i >= 1, s[i - 1] == " ", i + 3 < s.count, s[i] == "(", s[i + 1] == "a" || s[i + 1] == "A", s[i + 2] == ")" else {
            return false
        }
        let next = Unicode.Scalar(s[i + 1].value + 1)!
        var k = i + 3
        while k + 2 < s.count, s[k] != "\n", k - i < 200 {
            if s[k] == "(", s[k + 1] == next, s[k + 2] == ")" { return s[k - 1] == " " && s[k - 2] == " " }
            k += 1
        }
        return false
    }
}

extension MarkerRecognizer {
    /// `Correct Answer` alone on its line and `A. 1950` on the next: a quiz result page that prints only the right
    /// option under the label. The key is that option's letter (read from the next line, where the label ends).
    func labelLineOverOption(at i: Int) -> KeyMarker? {
        // (A word, not an option's `A.`: this is asked at every line that starts with a letter.)
        guard i + 1 < s.count, ScalarClass.isASCIILetter(s[i + 1]) else { return nil }
        var e = i
        while e < s.count, s[e] != "\n", e - i <= 20 { e += 1 }
        guard e < s.count, s[e] == "\n", e + 1 < s.count else { return nil }
        var end = e
        while end > i, s[end - 1] == " " || ScalarClass.isColon(s[end - 1]) { end -= 1 }
        let word = s.string(i..<end).lowercased()
        guard ImportVocabulary.englishKeyWords.contains(word), !ImportVocabulary.englishExplanationWords.contains(word) else { return nil }
        let next = e + 1
        guard let letter = firstLetter(at: next), s[next] != "(",
              option(at: next, expected: letter, lowerCase: nil, lineStart: true) != nil else { return nil }
        return KeyMarker(start: i, end: next, kind: .answer)
    }
}

/// A question line followed by its options numbered like a list (`1. Signs of infection`, `2) Fever`, `(3) Rash`)
/// and, within a few lines, a key that names one of them by its number (`Option 1 : …`, `Answer: 2`) or repeats
/// its text. Without that key a numbered run under a question is a list (of questions or answer points).
struct NumberedOptionBlock {
    /// Where the question line ends.
    var stemEnd: Int
    /// The options' texts, after their numbers.
    var options: [Range<Int>]
    /// Which option the key names (0 for `1`).
    var key: Int
    /// The key's line: its label and where the line ends (the scan goes on from there).
    var keyLine: Range<Int>
}

extension MarkerRecognizer {
    /// The block whose question line (ending in `?` or `:`) starts at `i` and ends at `stemEnd` (see
    /// `NumberedOptionBlock`).
    func numberedOptionBlock(stemLineAt i: Int, lineEnd stemEnd: Int) -> NumberedOptionBlock? {
        // Cheap rejection first (this runs at line starts): the line ends like a question, the next one opens `1` / `(1`.
        var last = stemEnd
        while last > i, s[last - 1] == " " { last -= 1 }
        guard last > i, s[last - 1] == "?" || s[last - 1] == ":" || s[last - 1] == "？" || s[last - 1] == "：",
              var next = textLine(after: stemEnd, blanks: 2), s[next] == "1" || s[next] == "(" else { return nil }
        var options: [Range<Int>] = []
        var style: NumberStyle?
        while options.count < 8, let m = questionNumber(at: next), m.number == options.count + 1, m.style != .bare,
              m.style != .label, style == nil || m.style == style {
            style = m.style
            let end = lineEnd(from: next)
            var e = end
            while e > m.end, s[e - 1] == " " { e -= 1 }
            // An option is short and asks nothing (`1. What is…?` under an instruction is a question).
            guard e > m.end, e - m.end <= 150, s[e - 1] != "?", s[e - 1] != "？" else { return nil }
            options.append(m.end..<e)
            guard let after = textLine(after: end, blanks: 1) else { break }
            next = after
        }
        guard options.count >= 2 else { return nil }
        // The key, within three lines (`Answer (Detailed Solution Below)` may stand between).
        var line = options.last!.upperBound
        for _ in 0..<3 {
            guard let start = textLine(after: lineEnd(from: line), blanks: 2) else { return nil }
            let end = lineEnd(from: start)
            if let key = numberedOptionKey(from: start, to: end, options: options) {
                return NumberedOptionBlock(stemEnd: stemEnd, options: options, key: key, keyLine: start..<end)
            }
            // A numbered line or an option letter: another item, not this one's key.
            if ScalarClass.isDigit(s[start]) || firstLetter(at: start).map({ option(at: start, expected: $0, lowerCase: nil, lineStart: true) != nil }) == true {
                return nil
            }
            line = start
        }
        return nil
    }

    /// `Option 1 : Signs of infection`, `Answer: 2`, `Correct answer: (3)`, `Answer: Fever`: which of the numbered
    /// options the line at `a..<e` names. A number must stand alone (`Answer: 2 phases` is a written answer).
    private func numberedOptionKey(from a: Int, to e: Int, options: [Range<Int>]) -> Int? {
        guard ScalarClass.isASCIILetter(s[a]) else { return nil }
        var j = a
        let labelled: Bool
        if let k = answerKey(at: a), k.kind == .answer {
            j = k.end
            labelled = true
        } else {
            guard matchesLowercased(MarkerRecognizer.optionWord, at: a) else { return nil }
            labelled = false
        }
        while j < e, s[j] == " " { j += 1 }
        if matchesLowercased(MarkerRecognizer.optionWord, at: j) {
            j += MarkerRecognizer.optionWord.count
            while j < e, s[j] == " " { j += 1 }
        }
        let textStart = j
        if j < e, s[j] == "(" { j += 1 }
        let digits = j
        while j < e, ScalarClass.isDigit(s[j]), j - digits < 2 { j += 1 }
        if j > digits, let n = Int(s.string(digits..<j)), n >= 1, n <= options.count {
            if j < e, s[j] == ")" { j += 1 }
            while j < e, s[j] == " " { j += 1 }
            // Alone, or followed by a separator and the option's text.
            if j == e || s[j] == ":" || s[j] == "：" || s[j] == "." || s[j] == "-" || s[j] == "–" { return n - 1 }
            return nil
        }
        guard labelled, j == digits, textStart < e else { return nil }
        let wanted = StemCleaner.cleanOption(s[textStart..<e]).lowercased()
        guard !wanted.isEmpty else { return nil }
        let matches = options.indices.filter { StemCleaner.cleanOption(s[options[$0]]).lowercased() == wanted }
        return matches.count == 1 ? matches[0] : nil
    }

    private static let optionWord: [Unicode.Scalar] = Array("option".unicodeScalars)

    /// Where the line holding `i` ends.
    private func lineEnd(from i: Int) -> Int {
        var e = i
        while e < s.count, s[e] != "\n" { e += 1 }
        return e
    }

    /// The start of the next line with text after the line break at `end`, skipping at most `blanks` empty lines.
    private func textLine(after end: Int, blanks: Int) -> Int? {
        var p = end + 1
        var skipped = 0
        while p < s.count, s[p] == "\n" {
            guard skipped < blanks else { return nil }
            skipped += 1
            p += 1
        }
        return p < s.count ? p : nil
    }
}
