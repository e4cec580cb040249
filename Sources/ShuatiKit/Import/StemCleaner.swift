import Foundation

/// Cleans the raw text of stems, options and answers: numbering leftovers, score notes, answer letters left in
/// the blank, line wraps, bullets.
enum StemCleaner {
    /// Answer found inside the stem: `( B )`, `（ABC）`, `(√)`, or letters after the blank at the end.
    struct InlineAnswer {
        var letters: [String]?
        var trueFalse: Bool?
        /// Text after a true/false key that closes a sentence (`…中国公民。(×)应为旅游者`): a note on the key.
        var note: String?
    }

    /// Finds answer marks in the stem's blanks, blanks them (`( )`), and returns them.
    static func extractInlineAnswer(_ stem: inout [Unicode.Scalar], hasOptions: Bool) -> InlineAnswer {
        var result = InlineAnswer()
        // (One scan decides whether the two rewrites below have anything to do.)
        var hasLenticular = false, hasReading = false
        for c in stem where c.value >= 0xE0 {
            if c == "【" { hasLenticular = true } else if c.value < 0x250 { hasReading = true }
        }
        var scalars = hasReading ? droppingReadingsInBlanks(stem) : stem
        // `…的一项是【B】`, `…【√】`: a key in square brackets reads like one in round brackets.
        for open in scalars.indices where hasLenticular && scalars[open] == "【" {
            guard let close = scalars[open...].prefix(12).firstIndex(of: "】") else { continue }
            let inner = scalars[(open + 1)..<close].filter { !isKeySeparator($0) }
            if !inner.isEmpty, inner.allSatisfy({ ScalarClass.isUpperOptionLetter($0) }) || inner.count == 1 && trueFalseMark(inner[0]) != nil {
                scalars[open] = "("
                scalars[close] = ")"
            }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] != "(", !(hasOptions && scalars[i] == "_") {
                // Only a bracket (or, with options, an underscore) starts anything below: the text up to the next
                // one is copied in one go.
                i = copyRun(scalars, from: i, into: &out) { $0 == "(" || hasOptions && $0 == "_" }
                continue
            }
            // `P(X)=x3+x+1`, `f(A)`: brackets glued to a Latin word or number are notation, not a blank.
            let notation = i > 0 && (ScalarClass.isASCIILetter(scalars[i - 1]) || ScalarClass.isDigit(scalars[i - 1]))
            // `(正确)`, `( 错误 )` in a true/false stem: the key as a word.
            if scalars[i] == "(", !notation, !hasOptions, let (value, close) = trueFalseWordBlank(scalars, i) {
                result.trueFalse = value
                out.append(contentsOf: ["(", " ", ")"])
                // (`…中国公民。(错误)` then a paragraph: as with a mark, what follows a closed statement's key is a
                // note on it.)
                if let note = noteAfterClosingKey(scalars, out: Array(out.dropLast(3)), close: close) {
                    result.note = note
                    i = scalars.count
                    continue
                }
                i = close + 1
                continue
            }
            // `…是排球吗?(错 是乒乓球)`, `…(×,应为五年)`: the key closing the statement with its correction after it.
            if scalars[i] == "(", !notation, !hasOptions, let (value, close) = correctedTrueFalseBlank(scalars, i) {
                result.trueFalse = value
                out.append(contentsOf: ["(", " ", ")"])
                i = close + 1
                continue
            }
            if scalars[i] == "(", !notation, let close = closingBlank(scalars, i, lowerCase: hasOptions) {
                // Lower-case keys (`( b )`) only where there are options for them to name.
                var inner = scalars[(i + 1)..<close].filter { !isKeySeparator($0) }.map { hasOptions && ScalarClass.isOptionLetter($0) && $0.value >= 0x61 ? Unicode.Scalar($0.value - 0x20)! : $0 }
                // Without options, `( T )` / `( F )` mark true/false, not option letters.
                let letterMark: Bool? = !hasOptions && inner.count == 1 ? (inner[0] == "T" ? true : inner[0] == "F" ? false : nil) : nil
                // `(A错)`: the option letter with the word it stands for; the letter is the key.
                if hasOptions, inner.count == 2, ScalarClass.isUpperOptionLetter(inner[0]), trueFalseMark(inner[1]) != nil { inner.removeLast() }
                let letters = letterMark == nil && !inner.isEmpty && inner.allSatisfy({ ScalarClass.isUpperOptionLetter($0) })
                if letters, Set(inner).count < inner.count || inner.count > 8 {
                    // A key names each letter once: `(BBC)` is a name, kept as printed.
                    out.append(contentsOf: scalars[i...close])
                    i = close + 1
                    continue
                }
                if letters {
                    result.letters = (result.letters ?? []) + inner.map { String(Character($0)) }
                } else if inner.count == 1, let tf = letterMark ?? trueFalseMark(inner[0]) {
                    result.trueFalse = tf
                    // `…的缩写吗?(对) 不明飞行物`, `…中国公民。(×)应为旅游者`: the statement ended before its key, so
                    // what follows the key is a note on it, not more of the statement.
                    if !hasOptions, let note = noteAfterClosingKey(scalars, out: out, close: close) {
                        result.note = note
                        out.append(contentsOf: ["(", " ", ")"])
                        i = scalars.count
                        continue
                    }
                }
                out.append(contentsOf: ["(", " ", ")"])
                i = close + 1
                continue
            }
            // `…的顶点是__D__。`: the key written into the underscores of a choice's blank.
            if scalars[i] == "_", hasOptions, i == 0 || scalars[i - 1] != "_", let (letters, end) = lettersInUnderscores(scalars, i) {
                result.letters = (result.letters ?? []) + letters
                out.append(contentsOf: ["_", "_", "_", "_"])
                i = end
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        if result.letters == nil, hasOptions, let line = keyLineAtEnd(out) {
            // `…隐患整改情况进行` / `C。` / `A 监督`: the key alone on the stem's last line, with the full stop of the
            // sentence whose blank it filled.
            result.letters = out[line.letters].map { String(Character($0)) }
            out.removeSubrange(line.whole)
        } else if result.letters == nil, hasOptions {
            // `…是( ) B`, `…是( )B`, `…是( )。B`: a key letter alone after the blank at the end of the stem.
            var end = out.count
            while end > 0, out[end - 1] == " " || out[end - 1] == "\n" { end -= 1 }
            var start = end
            while start > 0, ScalarClass.isUpperOptionLetter(out[start - 1]), end - start < 6 { start -= 1 }
            var before = start
            while before > 0, out[before - 1] == " " { before -= 1 }
            // `…的是:D`: the key glued after the stem's closing colon, with nothing between.
            let afterColon = start < end && before == start && before > 1 && out[before - 1] == ":" && ScalarClass.isCJK(out[before - 2])
            // `…属于哪个军区?A`, `…首辅?-D`: the key glued after the question mark that ends a Chinese stem.
            if start < end, before == start, case let mark = before > 1 && out[before - 1] == "-" ? before - 1 : before,
               mark > 1, out[mark - 1] == "?" || out[mark - 1] == "？", ScalarClass.isCJK(out[mark - 2]) {
                result.letters = out[start..<end].map { String(Character($0)) }
                out.removeSubrange(mark..<end)
            } else if start < end, before > 0, afterColon || (out[before - 1] == ")" || out[before - 1] == "。") && out[..<before].contains(")") {
                result.letters = out[start..<end].map { String(Character($0)) }
                out.removeSubrange(before..<end)
            }
        }
        stem = out
        return result
    }

    /// `…进行\nC。` at the end of a stem: the capitals of a key alone on the last line before a full stop, and the
    /// range to drop (from the line break). The line before must end in Chinese text or be blank.
    private static func keyLineAtEnd(_ out: [Unicode.Scalar]) -> (letters: Range<Int>, whole: Range<Int>)? {
        var end = out.count
        while end > 0, out[end - 1] == " " || out[end - 1] == "\n" { end -= 1 }
        guard end > 3, out[end - 1] == "。", ScalarClass.isUpperOptionLetter(out[end - 2]) else { return nil }
        var start = end - 2
        while start > 0, ScalarClass.isUpperOptionLetter(out[start - 1]), end - 1 - start < 6 { start -= 1 }
        guard start > 1, out[start - 1] == "\n", ScalarClass.isCJK(out[start - 2]) || out[start - 2] == "\n" else { return nil }
        return (start..<(end - 1), (start - 1)..<end)
    }

    /// Ticks a quiz page puts after the right option.
    private static let checkMarks: Set<Unicode.Scalar> = ["✅", "✔", "✓", "☑"]

    /// `d) James Gosling ✅- Answer`, `b) 2NF ✔`: the letters of the options ticked at their end, with the tick
    /// (and an `Answer` word after it) taken off their text. Nil when no option, or every option, is ticked.
    /// (Called only when the document text shows a tick near an option's end.)
    static func takeCheckMarkedOptions(_ options: inout [Option]) -> [String]? {
        guard options.count >= 2 else { return nil }
        var letters: [String] = []
        var cleaned = options
        for (index, option) in options.enumerated() {
            let u = option.text.unicodeScalars
            guard let tick = u.lastIndex(where: { checkMarks.contains($0) }) else { continue }
            let tail = String(String.UnicodeScalarView(u[u.index(after: tick)...]))
                .trimmingCharacters(in: CharacterSet(charactersIn: " -–:"))
            guard tail.isEmpty || tail.lowercased() == "answer" || tail.lowercased() == "correct" else { continue }
            let text = String(String.UnicodeScalarView(u[..<tick])).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            cleaned[index].text = text
            letters.append(option.letter)
        }
        guard !letters.isEmpty, letters.count < options.count else { return nil }
        options = cleaned
        return letters
    }

    /// `__D__`, `___A C___` at `start` (the first underscore): the option letters and where the blank ends.
    private static func lettersInUnderscores(_ s: [Unicode.Scalar], _ start: Int) -> ([String], Int)? {
        var k = start
        while k < s.count, s[k] == "_" { k += 1 }
        var letters: [String] = []
        while k < s.count, k - start < 24, ScalarClass.isOptionLetter(s[k]) || isKeySeparator(s[k]) {
            let c = s[k]
            if ScalarClass.isOptionLetter(c) {
                letters.append(String(Character(c.value >= 0x61 ? Unicode.Scalar(c.value - 0x20)! : c)))
            }
            k += 1
        }
        guard !letters.isEmpty, letters.count <= 8, k < s.count, s[k] == "_",
              Set(letters).count == letters.count else { return nil }
        // Glued letters share one case (`__AB__`); `__Fe__` is a word.
        while k < s.count, s[k] == "_" { k += 1 }
        return (letters, k)
    }

    /// `(A錯(cuò))`: a converter's pinyin reading after a character inside a blank hides the blank's key; it goes.
    private static func droppingReadingsInBlanks(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains("(") else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "(", let last = out.last, ScalarClass.isCJK(last) {
                var k = i + 1
                while k < s.count, k - i <= 7, s[k].value >= 0x61 && s[k].value <= 0x7A || s[k].value >= 0xE0 && s[k].value < 0x250 { k += 1 }
                if k > i + 1, k + 1 < s.count, s[k] == ")", s[k + 1] == ")" { i = k + 1; continue }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// `(正确)` / `(错误)` at `open`: the value and the closing bracket.
    private static func trueFalseWordBlank(_ s: [Unicode.Scalar], _ open: Int) -> (Bool, Int)? {
        var first = open + 1
        while first < s.count, s[first] == " " { first += 1 }
        guard first < s.count, AnswerKeyReader.wordStarts.contains(s[first]) else { return nil }
        guard let close = s[(open + 1)...].prefix(12).firstIndex(of: ")") else { return nil }
        let word = String(String.UnicodeScalarView(s[(open + 1)..<close].filter { $0 != " " }))
        guard word.unicodeScalars.count >= 2, let value = AnswerKeyReader.value(of: word) else { return nil }
        return (value, close)
    }

    /// The text after a true/false key at `close` when the key follows a sentence's end (`。` `?` `!`) in `out`
    /// and letters follow it; nil otherwise.
    private static func noteAfterClosingKey(_ s: [Unicode.Scalar], out: [Unicode.Scalar], close: Int) -> String? {
        var b = out.count
        while b > 0, out[b - 1] == " " { b -= 1 }
        guard b > 0, out[b - 1].isOne(of: "。?？!！") else { return nil }
        guard s[(close + 1)...].contains(where: { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }) else { return nil }
        let note = trim(s[(close + 1)...])
        return note.isEmpty ? nil : note
    }

    /// `(错 是乒乓球)`, `(错,黄盖)`, `(错是法国)`, `(×,应为…)`, `(错误:应是…)` at `open`, closing the stem: a true/false
    /// key then its correction. The mark must be set apart from what follows by a separator or a word that opens a
    /// correction (`是`, `应`, `为`, `改`), so `(对比分析)` / `(错别字)` stay text. Returns the value and the closing bracket.
    private static func correctedTrueFalseBlank(_ s: [Unicode.Scalar], _ open: Int) -> (Bool, Int)? {
        var k = open + 1
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, let c = trueFalseMark(s[k]), s[k] != "X" else { return nil }
        var value = c
        var after = k + 1
        if after < s.count, let word = [("误", false), ("誤", false), ("的", value)].first(where: { $0.0.unicodeScalars.first! == s[after] }) {
            value = word.1
            after += 1
        }
        guard after < s.count, s[after].isOne(of: " ,，:;是应應为為改") else { return nil }
        var close = after
        while close < s.count, s[close] != ")", s[close] != "(", s[close] != "\n", close - open < 40 { close += 1 }
        guard close < s.count, s[close] == ")", close > after + 1 else { return nil }
        // Only at the statement's end: nothing but punctuation after it.
        var e = close + 1
        while e < s.count, s[e].isOne(of: " 。.,，;\n") { e += 1 }
        guard e == s.count else { return nil }
        return (value, close)
    }

    private static func closingBlank(_ s: [Unicode.Scalar], _ open: Int, lowerCase: Bool = false) -> Int? {
        var k = open + 1
        var lower = 0, upper = 0
        while k < s.count, k - open <= 12 {
            let c = s[k]
            if c == ")" { return lower > 0 && upper > 0 ? nil : k }
            if ScalarClass.isUpperOptionLetter(c) { upper += 1 }
            if lowerCase, ScalarClass.isOptionLetter(c), c.value >= 0x61 { lower += 1; k += 1; continue }
            // (`( A、B、D )`: letters set apart; a separator needs a letter before it.)
            if isKeySeparator(c), c == " " || upper + lower > 0 { k += 1; continue }
            guard c == "?" || c == "T" || ScalarClass.isUpperOptionLetter(c) || trueFalseMark(c) != nil else { return nil }
            k += 1
        }
        return nil
    }

    static func trueFalseMark(_ c: Unicode.Scalar) -> Bool? { ImportVocabulary.trueFalseMark(c) }

    /// What may stand between key letters in a blank: spaces, `、`, commas.
    private static func isKeySeparator(_ c: Unicode.Scalar) -> Bool { c == " " || c == "、" || c == "," || c == "，" || c == ";" }

    /// Stem text: score notes out, line wraps joined, spaces collapsed, bullets and quotes trimmed.
    static func cleanStem(_ raw: [Unicode.Scalar]) -> String {
        var raw = raw
        // `…的召开。@@@` before an export's key: a run of one symbol that only separates fields.
        var end = raw.count
        while end > 0, raw[end - 1] == " " || raw[end - 1] == "\n" { end -= 1 }
        if end >= 3, case let mark = raw[end - 1], mark.isOne(of: "@#|*~^$"), raw[end - 2] == mark, raw[end - 3] == mark {
            var k = end
            while k > 0, raw[k - 1] == mark { k -= 1 }
            raw.removeSubrange(k...)
        }
        // `…which one is it?` / `Incorrect`: a quiz review's verdict on the student's try, on a line of its own.
        end = min(end, raw.count)
        if end >= 8, raw[end - 1] == "t" || raw[end - 1] == "T", let cut = verdictLineStart(raw, end: end) { raw.removeSubrange(cut...) }
        // (each step only when it has something to do: most stems are one line with no score note)
        let noted = raw.contains("(") ? removeScoreNotes(raw) : raw
        let joined = needsJoining(noted[...]) ? joinLines(noted) : noted
        let range = trimmedRange(joined[...])
        var stem = joined[range].utf8String
        // (the labels are looked for only when the first scalar could start one, and the last scalar is read from
        // the scalars: both label drops keep the end, and the String's scalar view is slow to ask)
        let first = range.isEmpty ? nil : joined[range.lowerBound]
        var dropped = false
        if let first, first == "【" || first == "[" { stem = droppingLeadingScoreTag(stem) }
        if let first, first.isOne(of: "题題问問【Qq") {
            let before = stem.utf8.count
            stem = droppingQuestionLabel(stem)
            dropped = stem.utf8.count != before
        }
        if dropped || first.map({ $0.isOne(of: "SsQqPp") }) == true { stem = droppingEnglishStemLabel(stem) }
        // `…包括的内容有( A 、…`: options printed inside the blank leave it open.
        return !range.isEmpty && joined[range.upperBound - 1] == "(" ? stem + " )" : stem
    }

    private static let verdictWords: [[Unicode.Scalar]] = ["correct", "incorrect"].map { Array($0.unicodeScalars) }

    /// Where the last line starts when it is `Correct` or `Incorrect` alone (any case) under other text.
    private static func verdictLineStart(_ raw: [Unicode.Scalar], end: Int) -> Int? {
        var k = end
        while k > 0, raw[k - 1] != "\n", end - k <= 9 { k -= 1 }
        guard k > 0, raw[k - 1] == "\n" else { return nil }
        var first = k
        while first < end, raw[first] == " " { first += 1 }
        let word = raw[first..<end].map { $0.value >= 0x41 && $0.value <= 0x5A ? Unicode.Scalar($0.value + 0x20)! : $0 }
        guard verdictWords.contains(where: { $0 == word }) else { return nil }
        var cut = k - 1
        var breaks = 1
        while cut > 0, raw[cut - 1] == "\n" || raw[cut - 1] == " " { cut -= 1; if raw[cut] == "\n" { breaks += 1 } }
        // (After a finished sentence or a blank line: `…is grammatically` / `correct` is the stem's own last word.)
        guard cut > 0, breaks >= 2 || raw[cut - 1].isOne(of: "?.!:)。？！：") else { return nil }
        return cut
    }

    /// `【2分】下列…`, `[3分] 下列…`, `【共 2.5 分】…`: a score tag in square brackets before the question (the
    /// round-bracket `(2分)` goes with the other score notes). Text with anything else in the brackets stays.
    private static func droppingLeadingScoreTag(_ stem: String) -> String {
        let u = stem.unicodeScalars
        guard let open = u.first, open == "【" || open == "[" else { return stem }
        let close: Unicode.Scalar = open == "【" ? "】" : "]"
        var i = u.index(after: u.startIndex)
        var digits = 0, n = 0
        while i != u.endIndex, n < 10, u[i] == " " || u[i] == "." || u[i] == "共" || ScalarClass.isDigit(u[i]) {
            if ScalarClass.isDigit(u[i]) { digits += 1 }
            i = u.index(after: i); n += 1
        }
        guard digits > 0, i != u.endIndex, u[i] == "分" else { return stem }
        i = u.index(after: i)
        guard i != u.endIndex, u[i] == close else { return stem }
        i = u.index(after: i)
        while i != u.endIndex, u[i] == " " { i = u.index(after: i) }
        let rest = String(u[i...])
        return rest.unicodeScalars.count >= 2 ? rest : stem
    }

    /// `题目:根据…` after a numbered line (`典型例题1:`): the label is not part of the question.
    private static func droppingQuestionLabel(_ stem: String) -> String {
        guard let first = stem.unicodeScalars.first, first == "题" || first == "題" || first == "问" || first == "問"
              || first == "【" || first == "Q" || first == "q" else { return stem }
        for word in ImportVocabulary.questionWords {
            for (open, close) in [("", ":"), ("", "："), ("【", "】"), ("[", "]")] where stem.hasPrefix(open + word + close) {
                let rest = stem.dropFirst(open.count + word.count + close.count).drop(while: { $0 == " " })
                if rest.count >= 4 { return String(rest) }
            }
        }
        return stem
    }

    /// Words that label an English stem: `Statement: …`, `**Statement**: …` (its leading `**` already trimmed).
    private static let englishStemLabels = ["statement", "question", "prompt"]

    /// `Statement**: Antonyms are…` / `Question: …`: the label is not part of the stem.
    private static func droppingEnglishStemLabel(_ stem: String) -> String {
        guard let first = stem.unicodeScalars.first, first.isOne(of: "SsQqPp") else { return stem }
        let lower = stem.prefix(12).lowercased()
        guard let word = englishStemLabels.first(where: { lower.hasPrefix($0) }) else { return stem }
        var rest = stem.dropFirst(word.count)
        rest = rest.drop(while: { $0 == "*" || $0 == "_" })
        guard rest.first == ":" || rest.first == "：" else { return stem }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "*" || $0 == "_" })
        return rest.count >= 4 ? String(rest) : stem
    }

    /// Option text: one line, trimmed of bullets, quotes and the dashes before a `选择:` key.
    static func cleanOption(_ raw: ArraySlice<Unicode.Scalar>) -> String {
        // `a. go ???? b. went`: a run of question marks is a separator the page's encoding lost, not option text.
        var end = raw.endIndex
        while end > raw.startIndex, raw[end - 1] == " " || raw[end - 1] == "\n" { end -= 1 }
        // `A风能、B太阳能、`: the enumeration comma between options in a row is no option text.
        if end - raw.startIndex >= 2, raw[end - 1] == "、" { end -= 1 }
        var marks = end
        while marks > raw.startIndex, raw[marks - 1] == "?" { marks -= 1 }
        let text = end - marks >= 2 && raw[..<marks].contains(where: { $0 != " " && $0 != "\n" }) ? raw[..<marks] : raw[..<end]
        return needsJoining(text) ? trim(joinLines(Array(text))) : trim(text)
    }

    static func cleanOption(_ raw: String) -> String {
        cleanOption(raw.scalarArray[...])
    }

    /// Answer paragraphs keep their line breaks (they often list key points) but lose edge junk.
    static func cleanAnswerText(_ raw: String) -> String {
        cleanAnswerText(raw.scalarArray[...])
    }

    static func cleanAnswerText(_ s: ArraySlice<Unicode.Scalar>) -> String {
        // The trimmed lines joined by `\n`, gathered as scalars so one String is made rather than one per line.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var start = s.startIndex
        while start <= s.endIndex {
            var end = start
            while end < s.endIndex, s[end] != "\n" { end += 1 }
            let line = trimmedRange(s[start..<end])
            if !line.isEmpty {
                if !out.isEmpty { out.append("\n") }
                out.append(contentsOf: s[line])
            }
            start = end + 1
        }
        // `…根本准则。2、`: the next question's number, cut from it where a page preview split the text.
        if out.count > 3, out.last == "、" || out.last == ".", case var k = out.count - 1, k > 0 {
            while k > 0, ScalarClass.isDigit(out[k - 1]), out.count - k <= 5 { k -= 1 }
            if k < out.count - 1, k > 0, out[k - 1].isOne(of: "。!?;") { out.removeSubrange(k...) }
        }
        return out[...].utf8String
    }

    /// Splits a short answer written straight after its question: at the question mark that ends the question
    /// (`…是什么? 答案…`, consecutive questions stay together), else at the first break between a sentence and
    /// the next (`简述…基础 关系营销…`, or a new line).
    static func splitStemAndAnswer(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], ArraySlice<Unicode.Scalar>?) {
        var firstBreak: Int?
        // `…的方法是什么——滑动窗口。`: a long dash between the question and its answer.
        if let dash = s.indices.first(where: { $0 > 3 && s[$0] == "—" && $0 + 1 < s.count && s[$0 + 1] == "—" }) {
            var j = dash
            while j < s.count, s[j] == "—" || s[j] == " " { j += 1 }
            if j < s.count { return (Array(s[0..<dash]), s[j..<s.count]) }
        }
        // `…作用是什么?让对方知道…`: one question mark, a statement glued after it.
        let marks = s.indices.filter { s[$0] == "?" || s[$0] == "？" }
        if marks.count == 1, let q = marks.first, q > 3, q + 1 < s.count, s[q + 1] != " ", s[q + 1] != "\n",
           !s[q + 1].isOne(of: "”’\"'」") {
            let rest = s[(q + 1)...]
            let letters = rest.filter { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }.count
            if letters >= 8, let first = rest.first, !first.isOne(of: "请试并(") {
                return (Array(s[0...q]), rest)
            }
        }
        for i in s.indices {
            let c = s[i]
            if c == "?" || c == "？" {
                // `What is “blowing the stack?”`: the quote the question mark closes is the question's.
                var end = i + 1
                while end < s.count, s[end].isOne(of: "”’\"'」") { end += 1 }
                var j = end
                var sawSpace = false
                var sawBreak = false
                while j < s.count, s[j] == " " || s[j] == "\n" { if s[j] == "\n" { sawBreak = true }; j += 1; sawSpace = true }
                if j >= s.count { return (s, nil) }
                if sawSpace {
                    // `…come from? (i.e. Where does setTimeout come from?)` over the answer: an aside in brackets that
                    // closes the question's line is part of the question.
                    if !sawBreak, s[j] == "(", let close = s[j...].prefix(160).firstIndex(where: { $0 == ")" || $0 == "\n" }), s[close] == ")" {
                        var k = close + 1
                        while k < s.count, s[k] == " " { k += 1 }
                        if k < s.count, s[k] == "\n" {
                            while k < s.count, s[k] == " " || s[k] == "\n" { k += 1 }
                            if k < s.count { return (Array(s[0...close]), s[k..<s.count]) }
                        }
                    }
                    return (Array(s[0..<end]), s[j..<s.count])
                }
                continue
            }
            if firstBreak == nil, c == " " || c == "\n", i > 3 {
                let prev = s[i - 1]
                var j = i
                while j < s.count, s[j] == " " || s[j] == "\n" { j += 1 }
                guard j < s.count else { break }
                let next = s[j]
                let prevOK = ScalarClass.isCJK(prev) || prev.isOne(of: "。.)”\"")
                // `网络层的 ICMP 协议…`: a Latin term set off by spaces inside a Chinese sentence is no break.
                let latinTerm = c == " " && ScalarClass.isASCIILetter(next) && ScalarClass.isCJK(prev)
                if prevOK && !latinTerm && (ScalarClass.isCJK(next) || ScalarClass.isASCIILetter(next) || next == "(" || c == "\n") {
                    firstBreak = i
                }
            }
        }
        guard let cut = firstBreak, !s[0..<cut].contains(where: { $0 == "?" || $0 == "？" }) else { return (s, nil) }
        var j = cut
        while j < s.count, s[j] == " " || s[j] == "\n" { j += 1 }
        return (Array(s[0..<cut]), s[j..<s.count])
    }

    /// A fill-in stem whose blanks hold their answers (`行为忠诚、(态度忠诚)和(情感忠诚)`): the stem with empty blanks and
    /// the answers. Nil when the stem has an empty blank of its own (then parentheses are just text) or none filled.
    /// Underscores around the answer count too (`…显示器和___打印机___。`): see `underscoreFilledBlanks`.
    static func filledBlanks(_ stem: String) -> (String, [String])? {
        let s = stem.scalarArray
        if stem.containsScalars("__") || stem.containsScalars("＿") { return underscoreFilledBlanks(s) }
        // Spaces inside Chinese text are where underlined answers were (`是指 产品(服务)的客户总价值 和 …`): then the
        // parentheses are part of those answers, not blanks. Only when a bracket stands between two such spaces: one
        // space a PDF left at a line wrap (`…做出的 决策`), or spaces inside the brackets (`(瓦窑 堡会议)`), are no
        // underlined answer.
        var firstSpace: Int?, lastSpace = -1, bracketAfterFirstSpace: Int?, depth = 0
        for i in s.indices {
            if s[i] == "(" { if depth == 0, firstSpace != nil, bracketAfterFirstSpace == nil { bracketAfterFirstSpace = i }; depth += 1 }
            else if s[i] == ")" { depth = max(0, depth - 1) }
            guard depth == 0, s[i] == " ", i > 0, ScalarClass.isCJK(s[i - 1]) else { continue }
            var j = i
            while j < s.count, s[j] == " " { j += 1 }
            if j < s.count, ScalarClass.isCJK(s[j]) {
                if firstSpace == nil { firstSpace = i }
                lastSpace = i
            }
        }
        if let bracket = bracketAfterFirstSpace, bracket < lastSpace { return nil }
        var out: [Unicode.Scalar] = []
        var answers: [String] = []
        var i = 0
        while i < s.count {
            if s[i] == "(", let close = s[(i + 1)...].firstIndex(of: ")"), close - i <= 30 {
                let inner = s[(i + 1)..<close].utf8String.trimmingCharacters(in: .whitespaces)
                if inner.isEmpty || inner == "?" { return nil }
                answers.append(inner)
                out.append(contentsOf: ["(", " ", ")"])
                i = close + 1
                continue
            }
            out.append(s[i])
            i += 1
        }
        return answers.isEmpty ? nil : (out[...].utf8String, answers)
    }

    /// Blanks of a fill-in key: `甲;乙`, `甲；乙`, `甲，乙` (one string per blank).
    /// A marker for an option two or more letters after `letter` inside an option's text (` D 、…`): the letter.
    static func laterOptionMarker(in text: String, after letter: String) -> String? {
        guard let own = letter.unicodeScalars.first else { return nil }
        // States: after a space, then a later letter, then spaces, then `、`.
        var previous: Unicode.Scalar = "x"
        var candidate: Unicode.Scalar?
        for c in text.unicodeScalars {
            if let found = candidate {
                if c == "、" { return String(Character(found)) }
                if c != " " { candidate = nil }
            } else if previous == " ", ScalarClass.isUpperOptionLetter(c), c.value >= own.value + 2 {
                candidate = c
            }
            previous = c
        }
        return nil
    }

    /// `ABCDE )C 、…`: option letters closed by a bracket, at the start of an option's text.
    static func startsWithKeyFragment(_ text: String) -> Bool {
        var letters = 0
        for c in text.unicodeScalars {
            if ScalarClass.isUpperOptionLetter(c), letters >= 0 { letters += 1; continue }
            if c == " ", letters >= 2 { letters = -letters; continue }  // spaces after the letters
            if c == " ", letters < 0 { continue }
            return c == ")" && abs(letters) >= 2
        }
        return false
    }

    /// An answer cut off after its last full sentence (`…的营销方式。它`, a page preview ending mid-word): the
    /// answer up to that sentence, and whether anything was cut.
    static func droppingCutOffTail(_ text: String) -> (String, Bool) {
        // Cheap rejection first: the answer ends on punctuation or with a longer run of words.
        var tailCount = 0
        for c in text.unicodeScalars.reversed() {
            if c == "。" || c == "!" || c == "?" || c == ";" { break }
            tailCount += 1
            if tailCount > 3 || !ScalarClass.isCJK(c) { return (text, false) }
        }
        guard tailCount > 0 else { return (text, false) }
        let u = text.scalarArray
        guard let last = u.lastIndex(where: { $0 == "。" || $0 == "!" || $0 == "?" || $0 == ";" }), last < u.count - 1 else { return (text, false) }
        let tail = u[(last + 1)...]
        guard tail.count <= 3, tail.allSatisfy(ScalarClass.isCJK), last >= 8 else { return (text, false) }
        return (u[...last].utf8String, true)
    }

    /// A fill-in key without the textbook page noted after it: `Midrange >p25`, `methodology (p64)`, `客户 P.12`.
    static func droppingPageReference(_ key: String) -> String {
        var t = key.scalarArray
        var end = t.count
        while end > 0, t[end - 1] == " " { end -= 1 }
        var j = end
        if j > 0, t[j - 1] == ")" { j -= 1 }
        let digitsEnd = j
        while j > 0, ScalarClass.isDigit(t[j - 1]), digitsEnd - j < 4 { j -= 1 }
        guard j < digitsEnd, j > 0 else { return key }
        if t[j - 1] == "." || t[j - 1] == " " { j -= 1 }
        guard j > 0, t[j - 1] == "p" || t[j - 1] == "P" else { return key }
        j -= 1
        if j > 0, t[j - 1] == ">" || t[j - 1] == "(" { j -= 1 }
        if (digitsEnd < end && t[digitsEnd] == ")") != (j < t.count && t[j] == "(") { return key }
        // Only as a note after the key, set off by a space.
        guard j > 0, t[j - 1] == " " else { return key }
        t.removeSubrange(j..<t.count)
        while let last = t.last, last == " " { t.removeLast() }
        return t.isEmpty ? key : String(String.UnicodeScalarView(t))
    }

    /// How many `___` blanks (runs of two or more underscores) the text has.
    /// How many empty bracket blanks `( )` / `()` the text has (the fill-in blanks of many Chinese papers).
    static func bracketBlankCount<S: Sequence>(_ text: S) -> Int where S.Element == Unicode.Scalar {
        var count = 0
        var open = false, empty = true
        for c in text {
            if c == "(" { open = true; empty = true } else if c == ")" { if open && empty { count += 1 }; open = false } else if open, c != " " { empty = false }
        }
        return count
    }

    static func blankCount(_ text: String) -> Int {
        var count = 0, run = 0
        for c in text.unicodeScalars {
            if c == "_" || c == "＿" { run += 1 } else { if run >= 2 { count += 1 }; run = 0 }
        }
        return count + (run >= 2 ? 1 : 0)
    }

    /// A stem with `___` blanks that ends with its answer in brackets (which may wrap a line): the stem without it,
    /// and the answer on one line.
    static func trailingBlankAnswer(_ raw: [Unicode.Scalar]) -> ([Unicode.Scalar], String)? {
        var end = raw.count
        while end > 0, raw[end - 1] == " " || raw[end - 1] == "\n" || raw[end - 1] == "。" || raw[end - 1] == "." { end -= 1 }
        guard end > 0, raw[end - 1] == ")" else { return nil }
        var depth = 0
        var open = end - 1
        while open >= 0 {
            if raw[open] == ")" { depth += 1 } else if raw[open] == "(" { depth -= 1; if depth == 0 { break } }
            open -= 1
            if end - open > 120 { return nil }
        }
        func isStroke(_ c: Unicode.Scalar) -> Bool { c == "_" || c == "＿" }
        guard open > 0, let lastBlank = raw[..<open].lastIndex(where: isStroke) else { return nil }
        // `______________ _`: a long blank a page broke with a space before its last stroke is still one blank.
        let inRun = lastBlank > 0 && isStroke(raw[lastBlank - 1])
        let brokenRun = lastBlank >= 3 && raw[lastBlank - 1] == " " && isStroke(raw[lastBlank - 2]) && isStroke(raw[lastBlank - 3])
        guard inRun || brokenRun else { return nil }
        let inner = raw[(open + 1)..<(end - 1)].map { $0 == "\n" ? " " : $0 }
        let answer = trim(inner[...])
        guard answer.unicodeScalars.contains(where: { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) || ScalarClass.isDigit($0) }),
              !answer.unicodeScalars.allSatisfy({ ScalarClass.isUpperOptionLetter($0) || $0 == " " }) else { return nil }
        return (Array(raw[..<open]), answer)
    }

    /// A blank's answer without the backticks of a Markdown code span around all of it (`` `backend/` ``, notes set
    /// names in code); an answer with a backtick inside (`` `a` or `b` ``) stays as written.
    static func unwrappingCodeSpan(_ answer: String) -> String {
        guard answer.hasPrefix("`"), answer.hasSuffix("`"), answer.count > 2 else { return answer }
        let inner = answer.dropFirst().dropLast()
        return inner.contains("`") ? answer : String(inner)
    }

    /// `blanks`: how many blanks the stem has, when known (spaces alone split the key only into that many parts).
    static func splitBlanks(_ key: String, blanks: Int? = nil) -> [String] {
        // Exported quizzes label each blank: `第一空:CLV 第二空:客户`, `第1空:…`.
        let scalars = key.scalarArray
        var labelled: [String] = []
        var i = 0
        var valueStart: Int?
        while i < scalars.count {
            var j = i
            if scalars[j] == "第" {
                j += 1
                while j < scalars.count, ScalarClass.isDigit(scalars[j]) || ScalarClass.chineseDigit(scalars[j]) != nil { j += 1 }
                if j > i + 1, j + 1 < scalars.count, scalars[j] == "空", ScalarClass.isColon(scalars[j + 1]) || scalars[j + 1] == "：" {
                    if let start = valueStart { labelled.append(scalars[start..<i].utf8String) }
                    valueStart = j + 2
                    i = j + 2
                    continue
                }
            }
            i += 1
        }
        if let start = valueStart {
            labelled.append(scalars[start...].utf8String)
            return labelled.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ;；,，、")) }.filter { !$0.isEmpty }
        }
        // Numbered blanks: `(1)1921 (2)上海`, `①1921 ②上海`.
        if let numbered = numberedBlanks(scalars) { return numbered }
        let parts = key.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "," || $0 == "，" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        // `1921 上海`: short answers set apart by spaces only.
        if parts.count == 1, let spaced = spacedBlanks(parts[0], count: blanks) { return spaced }
        // `0 and 1`, `陈独秀和上海` are one phrase unless the stem has exactly that many blanks.
        if parts.count == 1, let blanks, blanks >= 2 {
            for joiner in [" and ", " & ", "和", "与"] {
                let joined = parts[0].components(separatedBy: joiner).map { $0.trimmingCharacters(in: .whitespaces) }
                if joined.count == blanks, joined.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= 24 }) { return joined }
            }
        }
        return parts
    }

    /// Drops `(2.5分)`, `(5 分)`, `（共 2 分）` score notes.
    private static func removeScoreNotes(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] != "(" {
                i = copyRun(s, from: i, into: &out) { $0 == "(" }  // only a bracket can start a score note
                continue
            }
            if s[i] == "(" {
                var k = i + 1
                while k < s.count, k - i < 12, s[k] == " " || s[k] == "." || s[k] == "共" || ScalarClass.isDigit(s[k]) { k += 1 }
                if k < s.count, s[k] == "分", k + 1 < s.count, s[k + 1] == ")",
                   s[(i + 1)..<k].contains(where: ScalarClass.isDigit) {
                    i = k + 2
                    continue
                }
                if k == i + 1, let end = labelledScoreEnd(s, open: i) {
                    i = end
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// `(分数:2.00)`, `(分值:1)` at `open`: an exported bank's score tag (a label, a colon, a number); where it ends.
    private static func labelledScoreEnd(_ s: [Unicode.Scalar], open: Int) -> Int? {
        guard open + 4 < s.count, s[open + 1] == "分", s[open + 2] == "数" || s[open + 2] == "值", ScalarClass.isColon(s[open + 3]) else {
            return nil
        }
        var k = open + 4
        while k < s.count, s[k] == " " { k += 1 }
        let digits = k
        while k < s.count, k - digits < 8, ScalarClass.isDigit(s[k]) || s[k] == "." { k += 1 }
        guard k > digits, ScalarClass.isDigit(s[digits]), k < s.count, s[k] == ")" else { return nil }
        return k + 1
    }

    /// Newlines inside CJK text are line wraps: drop them; elsewhere they become spaces. Runs of spaces fold.
    private static func joinLines(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c != "\n", c != " " {
                i = copyRun(s, from: i, into: &out) { $0 == "\n" || $0 == " " }  // nothing to join or fold before the next break or space
                continue
            }
            defer { i += 1 }
            if c == "\n" {
                let prev = out.last
                let next = i + 1 < s.count ? s[i + 1] : nil
                // A wrap inside Chinese text joins with nothing; between Latin text, code or numbers it was a space
                // (`for(i=0;i<n;i++)` / `for(j=0;…)` must not run together).
                if let prev, let next, !(isLatinText(prev) && isLatinText(next)) { continue }
                if out.last != " " { out.append(" ") }
                continue
            }
            if c == " ", out.last == " " { continue }
            out.append(c)
        }
        return out
    }

    /// Whether `joinLines` would change `s`: only a line break or two spaces in a row give it anything to do.
    private static func needsJoining(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var afterSpace = false
        for c in s {
            if c == "\n" || (c == " " && afterSpace) { return true }
            afterSpace = c == " "
        }
        return false
    }

    /// Appends `s[start...]` up to (not including) the first scalar that `stops`, in one copy (appending scalar by
    /// scalar was a large part of assembling items); returns where it stopped.
    @inline(__always)
    private static func copyRun(_ s: [Unicode.Scalar], from start: Int, into out: inout [Unicode.Scalar],
                                until stops: (Unicode.Scalar) -> Bool) -> Int {
        var end = start
        while end < s.count, !stops(s[end]) { end += 1 }
        out.append(contentsOf: s[start..<end])
        return end
    }

    /// Letters, digits and the code punctuation that a line break between them separates.
    private static func isLatinText(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIILetter(c) || ScalarClass.isDigit(c) || c.isOne(of: "{}();=+-*/<>[]_")
    }

    private static func trim(_ s: [Unicode.Scalar]) -> String { trim(s[...]) }

    private static func trim(_ s: ArraySlice<Unicode.Scalar>) -> String {
        s[trimmedRange(s)].utf8String
    }

    /// `s`'s range without edge junk: spaces, quotes, line breaks, bullets, dashes.
    private static func trimmedRange(_ s: ArraySlice<Unicode.Scalar>) -> Range<Int> {
        var start = s.startIndex, end = s.endIndex
        func junk(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\"" || c == "\n" || ScalarClass.isBullet(c) || c == "—" }
        // `-3`, `-x`: a minus sign, not a bullet.
        func minus(_ k: Int) -> Bool { s[k] == "-" && k + 1 < end && (ScalarClass.isDigit(s[k + 1]) || s[k + 1] == "x" || s[k + 1] == "." ) }
        while start < end, junk(s[start]), !minus(start) { start += 1 }
        while end > start, junk(s[end - 1]) { end -= 1 }
        return keepingPairedQuote(s, start..<end)
    }

    /// `"Used to" and "used to do" mean…`, `The verb "to think"`: a quote trimmed off an edge whose partner is
    /// inside the text is the text's own (an odd count inside means one was cut).
    private static func keepingPairedQuote(_ s: ArraySlice<Unicode.Scalar>, _ range: Range<Int>) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        guard start < end, s[start..<end].contains("\"") else { return range }
        guard s[start..<end].filter({ $0 == "\"" }).count % 2 == 1 else { return range }
        if start > s.startIndex, s[start - 1] == "\"" { start -= 1 } else if end < s.endIndex, s[end] == "\"" { end += 1 }
        return start..<end
    }
}

/// Matches an answer written as text against the options.
enum OptionMatcher {
    /// A stem whose blank holds the text of one or more options (`(客户)`, `(客户、渠道)`): their letters, and the
    /// stem with the blank emptied. Nil unless every part names an option exactly.
    static func optionTextInBlank(_ stem: String, options: [Option]) -> ([String], String)? {
        guard options.count >= 2 else { return nil }
        let s = stem.scalarArray
        guard let open = s.firstIndex(of: "("), let close = s[open...].firstIndex(of: ")"), close - open <= 40,
              !s[(close + 1)...].contains("(") else { return nil }
        let inner = s[(open + 1)..<close].utf8String
        let parts = inner.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == ";" }).map {
            TextNormalizer.comparisonKey(String($0))
        }
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
        var letters: [String] = []
        for part in parts {
            guard let option = options.first(where: { TextNormalizer.comparisonKey($0.text) == part }) else { return nil }
            letters.append(option.letter)
        }
        return (letters, (s[..<open] + ["(", " ", ")"] + s[(close + 1)...]).utf8String)
    }

    /// The letter whose option text the key spells (exactly, else the longest option the key contains or that
    /// contains the key).
    static func letter(forText key: String, options: [Option]) -> String? {
        // Exact first, keeping symbols: `总客户价值-总客户成本` and `总客户价值/总客户成本` are different options.
        // (compared as NFKC bytes without spaces: two NFKC texts are equal exactly when their bytes are)
        let spaced = { (t: String) in TextNormalizer.nfkc(t).utf8.filter { $0 != 0x20 } }
        let exactKey = spaced(key)
        if let exact = options.first(where: { spaced($0.text) == exactKey }) { return exact.letter }
        let k = TextNormalizer.comparisonKey(key)
        guard !k.isEmpty else { return nil }
        // (each option's key made once: this runs for every item keyed by an option's text)
        let keys = options.map { TextNormalizer.comparisonKey($0.text) }
        let matching = keys.indices.filter { keys[$0] == k }
        if matching.count == 1 { return options[matching[0]].letter }
        // Plain text (ASCII, CJK) is compared by its bytes; anything else by characters.
        let kPlain = k.isPlainText
        func contains(_ a: String, _ b: String) -> Bool { kPlain && b.isPlainText ? a.containsScalars(b) : a.contains(b) }
        let containing = keys.indices.filter { !keys[$0].isEmpty && (contains(k, keys[$0]) || contains(keys[$0], k)) }
        return containing.max { keys[$0].count < keys[$1].count }.map { options[$0].letter }
    }

    /// Words of a written key that choose every option (`全选（都要改）`, `以上都对`, `All of the above`).
    private static let allOptionsWords: [String] = ["全选", "全部选", "全部正确", "全部都对", "全都对", "全对", "都对", "都正确",
        "以上都对", "以上全对", "以上都正确", "以上均正确", "以上均对", "以上皆对", "以上皆正确", "all of the above", "all of them"]

    /// The letters a written key names when it names no option's text: a word that chooses them all (`全选`), or
    /// option letters set apart by punctuation (`前三个（A、B、C）和最后一个（E）`). Nil when the key holds any other
    /// Latin word or digit (plain or circled), or a word that excludes (`除…`, `不…`, `错`), or names a letter no option has.
    static func lettersWritten(inKey key: String, options: [Option]) -> [String]? {
        guard options.count >= 2 else { return nil }
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        for word in allOptionsWords where trimmed.hasPrefix(word) {
            let rest = trimmed.dropFirst(word.count).unicodeScalars.first
            if rest == nil || rest.map({ !ScalarClass.isCJK($0) && !ScalarClass.isASCIILetter($0) }) == true {
                return options.map(\.letter)
            }
        }
        let scalars = Array(key.unicodeScalars)
        var found: [String] = []
        for (i, c) in scalars.enumerated() {
            // (`①-C, ②-A`: pairs of a matching question, no choice.)
            if c == "除" || c == "不" || c == "错" || c == "非" || (0x2460...0x24FF).contains(c.value) { return nil }
            guard ScalarClass.isASCIILetter(c) || ScalarClass.isDigit(c) else { continue }
            guard ScalarClass.isUpperOptionLetter(c) else { return nil }
            let before = i > 0 ? scalars[i - 1] : " ", after = i + 1 < scalars.count ? scalars[i + 1] : " "
            for n in [before, after] where ScalarClass.isASCIILetter(n) || ScalarClass.isDigit(n) || ScalarClass.isCJK(n) { return nil }
            let letter = String(Character(c))
            guard options.contains(where: { $0.letter == letter }) else { return nil }
            found.append(letter)
        }
        return found.isEmpty ? nil : found
    }

    /// The option that says 正确/对 (or 错误/错).
    static func letterForTrueFalse(_ value: Bool, options: [Option]) -> String? {
        options.first { trueFalseWord(at: $0.text) == value && TextNormalizer.comparisonKey($0.text).count <= 3 }?.letter
    }

    /// Two options that read 正确/错误 (对/错, √/×).
    static func looksLikeTrueFalse(_ options: [Option]) -> Bool {
        options.count == 2 && options.allSatisfy { trueFalseWord(at: $0.text) != nil && $0.text.count <= 4 }
    }

    /// A true/false word at the start of `text`.
    /// A line that is only a true/false key (`False`, `正确。`, `√`), maybe with a bracketed note after it
    /// (`False (insulin and glucagon)`): the value and the note. Of a longer text, its first line with text is read.
    static func trueFalseLine(_ line: String) -> (value: Bool, note: String?)? {
        // Read by scalars with an early exit: this runs for every keyless or text-keyed item of a document.
        var scalars = line.unicodeScalars.makeIterator()
        var c = scalars.next()
        while c == " " || c == "\n" { c = scalars.next() }
        guard let first = c, AnswerKeyReader.wordStarts.contains(first) else { return nil }
        var word = String.UnicodeScalarView()
        var wordLength = 0
        while let x = c, x != " ", x != "(", x != ".", x != "。", x != "!" {
            guard wordLength < 5 else { return nil }
            word.append(x)
            wordLength += 1
            c = scalars.next()
        }
        guard !word.isEmpty else { return nil }
        let text = String(word)
        guard let value = AnswerKeyReader.value(of: text) ?? AnswerKeyReader.value(of: capitalizedASCII(text)) else { return nil }
        // What may follow: spaces and closing punctuation, or a bracketed note.
        var rest = String.UnicodeScalarView()
        var restLength = 0
        while let x = c, x != "\n" {  // (the first line only)
            guard restLength < 200 else { return nil }
            rest.append(x)
            restLength += 1
            c = scalars.next()
        }
        var tail = Substring(String(rest)).drop(while: { $0 == " " || $0 == "." || $0 == "。" || $0 == "!" })
        while let last = tail.last, last == " " || last == "." || last == "。" || last == "!" { tail = tail.dropLast() }
        if tail.isEmpty { return (value, nil) }
        guard tail.first == "(", tail.last == ")" else { return nil }
        let note = tail.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        return (value, note.isEmpty ? nil : note)
    }

    /// `TRUE` → `True`, `false` → `False` (ASCII only; other words as they are).
    private static func capitalizedASCII(_ word: String) -> String {
        guard word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return word }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// A question line followed by 2–8 short lines with no letters, one of which the key repeats word for word:
    /// the question and those lines as options A, B, ….
    static func unletteredOptions(_ raw: [Unicode.Scalar], key: String) -> ([Unicode.Scalar], [Option])? {
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count >= 3, lines.count <= 9 else { return nil }
        let texts = lines.dropFirst().map { StemCleaner.cleanOption($0) }
        let wanted = StemCleaner.cleanOption(key.split(separator: "\n").first.map(String.init) ?? "").lowercased()
        guard !wanted.isEmpty, texts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= 60 }),
              texts.filter({ $0.lowercased() == wanted }).count == 1, Set(texts).count == texts.count else { return nil }
        let letters = "ABCDEFGH".unicodeScalars.map { String(Character($0)) }
        return (Array(lines[0]), texts.enumerated().map { Option(letter: letters[$0.offset], text: $0.element) })
    }

    /// Whether a question with lettered lines under it and no key anywhere asks for a list (`…的三个主要活动是啥？`,
    /// `Name four types of…`, `列出…`): the lines are then its answer points, not options to choose from. A stem
    /// that reads as a choice (`哪`, `下列`, `which`, `following`, a blank to fill) keeps its options.
    static func asksForList(_ stem: [Unicode.Scalar]) -> Bool {
        // (Runs for every keyless item with options: the scalar scan for a count rejects most before any String.)
        guard asksForCount(stem) || listingOpeners.contains(where: { stem.starts(with: $0) || lowercasedPrefix(stem, is: $0) }) else { return false }
        let lower = stem[...].utf8String.lowercased()
        return !choiceCues.contains(where: { lower.contains($0) })
    }

    /// A count of things asked for: `三个`, `5项`, `two reasons` (a number word before another word).
    private static func asksForCount(_ s: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k < s.count {
            let c = s[k]
            if k + 1 < s.count, countUnits.contains(s[k + 1]), ScalarClass.isDigit(c) || chineseCounts.contains(c) { return true }
            if ScalarClass.isASCIILetter(c), k == 0 || !ScalarClass.isASCIILetter(s[k - 1]) {
                var e = k
                while e < s.count, ScalarClass.isASCIILetter(s[e]) { e += 1 }
                if e - k >= 3, e - k <= 5, e + 1 < s.count, s[e] == " ", ScalarClass.isASCIILetter(s[e + 1]),
                   countWords.contains(where: { lowercasedPrefix(s[k..<e], is: $0) && $0.count == e - k }) { return true }
                k = e
                continue
            }
            k += 1
        }
        return false
    }

    /// Whether `s` starts with `word` (lower-case ASCII), ignoring the case of `s`.
    private static func lowercasedPrefix<C: Collection>(_ s: C, is word: [Unicode.Scalar]) -> Bool where C.Element == Unicode.Scalar {
        var it = s.makeIterator()
        for w in word {
            guard let c = it.next() else { return false }
            if (c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c) != w { return false }
        }
        return true
    }

    private static let choiceCues = ["哪", "下列", "以下", "选择", "选出", "正确的是", "错误的是", "which", "following", "true",
                                     "false", "correct", "incorrect", "best", "___", "＿＿", "( )", "()", "（ ）", "（）"]
    private static let listingOpeners: [[Unicode.Scalar]] = ["列出", "列举", "简述", "list ", "name ", "enumerate ", "state "].map { Array($0.unicodeScalars) }
    private static let countUnits = Set("个项种点条类步大方面".unicodeScalars)
    private static let chineseCounts = Set("二两三四五六七八九十几".unicodeScalars)  // (`一个` asks for one thing)
    private static let countWords: [[Unicode.Scalar]] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].map { Array($0.unicodeScalars) }

    /// Words that conclude an explanation with the key: `故选C`, `本题应选AB`, `所以选 B`.
    private static let choosingWords = ["故选", "应选", "本题选", "所以选", "因此选", "答案选", "故本题选", "即选", "故答案选"]

    /// The letters an explanation concludes with (`…故选C。`), when they are all options; the last such phrase wins.
    static func lettersChosenIn(_ explanation: String, options: [Option]) -> [String]? {
        let known = Set(options.map(\.letter))
        var found: [String]?
        for word in choosingWords {
            var rest = Substring(explanation)
            while let range = rest.range(of: word) {
                var after = rest[range.upperBound...].drop(while: { $0 == " " || $0 == ":" || $0 == "：" })
                var letters: [String] = []
                while let c = after.first, c.isASCII, c.isUppercase, known.contains(String(c)) {
                    letters.append(String(c))
                    after = after.dropFirst().drop(while: { $0 == "," || $0 == "、" })
                }
                if !letters.isEmpty, !(after.first.map { $0.isASCII && $0.isLetter } ?? false) { found = letters }
                rest = rest[range.upperBound...]
            }
        }
        return found
    }

    static func trueFalseWord(at text: String) -> Bool? {
        let t = text.trimmingCharacters(in: .whitespaces)
        for w in AnswerKeyReader.trueWords where t.hasPrefix(w) { return true }
        for w in AnswerKeyReader.falseWords where t.hasPrefix(w) { return false }
        return nil
    }
}

extension StemCleaner {
    /// Words that join two blanks (`____和____`, `____ and ____`): text between two runs of underscores that is one
    /// of these is the stem's own, not an answer written in a blank.
    private static let joiningWords: Set<String> = ["和", "与", "及", "或", "以及", "或者", "跟", "同", "至", "到", "是",
                                                    "的", "and", "or", "of", "to", "in", "on", "at", "the", "a", "an",
                                                    "for", "by", "with", "is", "are", "was", "from", "as", "vs", "than"]

    /// A fill-in stem whose answers are written inside its underscores (`计算机的输出设备有显示器和___打印机___。`): the
    /// stem with each filled blank emptied (`______`) and the answers. Every run of underscores must pair with the next
    /// around a short answer (two or more underscores each side, at most 12 scalars between, no sentence
    /// punctuation, not a joining word): a stem with an empty blank of its own gives nil.
    static func underscoreFilledBlanks(_ s: [Unicode.Scalar]) -> (String, [String])? {
        func isLine(_ c: Unicode.Scalar) -> Bool { c == "_" || c == "＿" }
        // The runs of two or more underscores.
        var runs: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isLine(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, isLine(s[j]) { j += 1 }
            if j - i >= 2 { runs.append(i..<j) } else { return nil }  // a lone `_` (an identifier): not blanks
            i = j
        }
        guard !runs.isEmpty, runs.count % 2 == 0 else { return nil }
        let sentencePunctuation = Set("。．.，,；;！!？?：:\n()（）".unicodeScalars)
        var out: [Unicode.Scalar] = []
        var answers: [String] = []
        var last = 0
        for k in stride(from: 0, to: runs.count, by: 2) {
            let open = runs[k], close = runs[k + 1]
            let inner = s[open.upperBound..<close.lowerBound]
            let answer = inner.utf8String.trimmingCharacters(in: .whitespaces)
            guard !answer.isEmpty, inner.count <= 12, !inner.contains(where: sentencePunctuation.contains),
                  answer.unicodeScalars.contains(where: { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) || ScalarClass.isDigit($0) }),
                  !answer.lowercased().split(separator: " ").allSatisfy({ joiningWords.contains(String($0)) }) else { return nil }
            // `__init__`: a Python name, not a filled blank.
            if open.count == 2, close.count == 2, answer.unicodeScalars.allSatisfy({ ScalarClass.isASCIILetter($0) || ScalarClass.isDigit($0) }) {
                return nil
            }
            out.append(contentsOf: s[last..<open.lowerBound])
            out.append(contentsOf: Array("______".unicodeScalars))
            answers.append(answer)
            last = close.upperBound
        }
        out.append(contentsOf: s[last...])
        return (out[...].utf8String, answers)
    }
}

extension StemCleaner {
    /// A number marker at `i`: `(1)`, `（2）`, `(一)`, `①`, `⑴`. Its value and where it ends.
    private static func blankMarker(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        let c = s[i]
        if (0x2460...0x2473).contains(c.value) { return (Int(c.value - 0x2460) + 1, i + 1) }  // ① … ⑳
        if (0x2474...0x2487).contains(c.value) { return (Int(c.value - 0x2474) + 1, i + 1) }  // ⑴ … ⒇
        guard c == "(" || c == "（" else { return nil }
        var j = i + 1
        var value = 0
        if j < s.count, let d = ScalarClass.chineseDigit(s[j]), d > 0, d < 10 {
            value = d; j += 1
        } else {
            while j < s.count, ScalarClass.isDigit(s[j]), j - i <= 2 { value = value * 10 + Int(s[j].value - 0x30); j += 1 }
        }
        guard value > 0, j < s.count, s[j] == ")" || s[j] == "）" else { return nil }
        return (value, j + 1)
    }

    /// `(1)1921 (2)上海`, `①1921；②上海`: one answer per numbered marker, the markers counting 1, 2, 3 … from the
    /// key's start, each at the start or after a space or separator. Nil unless there are two or more.
    static func numberedBlanks(_ s: [Unicode.Scalar]) -> [String]? {
        var start = 0
        while start < s.count, s[start] == " " { start += 1 }
        let separators = Set(" ;；,，、。".unicodeScalars)
        var values: [String] = []
        var valueStart: Int?
        var expected = 1
        var i = start
        while i < s.count {
            if i == start || separators.contains(s[i - 1]), let (n, end) = blankMarker(s, at: i), n == expected {
                if let from = valueStart { values.append(s[from..<i].utf8String) }
                valueStart = end
                expected += 1
                i = end
                continue
            }
            if valueStart == nil { return nil }  // the key does not start with a marker
            i += 1
        }
        guard let from = valueStart, expected > 2 else { return nil }
        values.append(s[from...].utf8String)
        let trimmed = values.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ;；,，、。")) }
        return trimmed.contains(where: \.isEmpty) ? nil : trimmed
    }

    /// `1921 上海`: short answers separated by spaces only, one per blank. With the blank count known, only into that
    /// many parts; without it, only parts of Chinese or digits (`carbon dioxide` is one answer), never a unit after a
    /// number (`1921 年`).
    static func spacedBlanks(_ key: String, count: Int?) -> [String]? {
        let parts = key.split(separator: " ").map(String.init)
        guard parts.count >= 2, parts.count <= 8, parts.allSatisfy({ $0.unicodeScalars.count <= 10 }) else { return nil }
        if let count { return count == parts.count ? parts : nil }
        guard parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ScalarClass.isCJK($0) || ScalarClass.isDigit($0) || $0 == "." } })
        else { return nil }
        for (k, part) in parts.enumerated() where k > 0 && part.unicodeScalars.count == 1 {
            if let last = parts[k - 1].unicodeScalars.last, ScalarClass.isDigit(last) { return nil }
        }
        return parts
    }
}
