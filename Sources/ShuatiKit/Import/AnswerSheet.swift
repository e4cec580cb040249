import Foundation

/// An answer-key section printed after the questions, as exam papers often do:
///
///     参考答案
///     一、1.B 2.D 3.A        1-5 BCADA        6.× 7.√        8.客户满意 (text keys run to the next entry)
///     题号 1 2 3 / 答案 B D A (a table)                     BCADA ×√ (keys in order, no numbers)
///
/// `heading(at:)` recognises the section's heading line; `read` turns the lines after it into entries (a group
/// per section marker such as `一、`, so papers that restart their numbering per section can be matched).
struct AnswerSheet {
    struct Entry {
        /// Which section marker (`一、`, `二、` …) the entry follows; 0 before any.
        var group: Int
        var number: Int
        /// Letters (`B`, `ABC`) or `true`/`false`.
        var token: String?
        /// A key written as text: its range.
        var text: Range<Int>?
        /// Text after a letter key (`1.B 【解析】…`): the explanation.
        var explanation: Range<Int>? = nil
        /// Where the entry starts (for warnings).
        var position: Int
    }

    struct Heading {
        var end: Int
        /// Only the item-key label `答案:` (which also introduces one item's own answer), nothing more.
        var isBareLabel: Bool
        var hasColon: Bool
        /// Nothing follows the heading on its line.
        var endsLine: Bool
        /// Not an answer heading by its words but a lead-in (`以下是您的问题的详细回答:`), or no heading at all: the
        /// entries must show they are answers by restating the questions.
        var isWeak = false
    }

    let s: [Unicode.Scalar]
    let keyReader: AnswerKeyReader

    /// What stands between entries on a line (`1.B 2.D`, `1.B,2.D`, `1.B;2.D`).
    private static let separators: Set<Unicode.Scalar> = [" ", ",", ";", "、", "。"]

    private static let words: [[Unicode.Scalar]] = ["参考答案", "參考答案", "标准答案", "標準答案", "正确答案", "正確答案", "答案"]
        .map { Array($0.unicodeScalars) }
    /// (the words are tried at every scalar of a short line with 答 in it)
    private static let wordStarts = ScalarStartSet(words)
    private static let suffixes: [[Unicode.Scalar]] = ["及解析", "与解析", "和解析", "解析", "及评分标准", "与评分标准",
                                                      "及评分参考", "与提示", "速查表", "速查", "一览表", "一览", "汇总表", "汇总", "总结", "对照表"]
        .map { Array($0.unicodeScalars) }

    /// At a line start: an answer-section heading (`参考答案`, `【参考答案】`, `试卷(A卷)参考答案与评分标准:`, `答案:`),
    /// ending the line or followed straight by entries.
    func heading(at i: Int) -> Heading? {
        // An answer table: `题号 1 2 3 4 5` over `答案 B C A D A` (read from this line on).
        if i < s.count, s[i] == "题" || s[i] == "題", tableNumbers(at: i) != nil {
            return Heading(end: i, isBareLabel: false, hasColon: false, endsLine: true)
        }
        // Cheap rejection first (this runs at every line start): a short line with 答 in it, not a numbered one
        // (a year may open it: `2016株洲市…参考答案及解析`).
        guard i < s.count, !ScalarClass.isDigit(s[i]) || startsWithYear(i) else { return nil }
        // Option lines (`A.…`, `B、…`) are most lines of a paper and never a heading.
        if ScalarClass.isOptionLetter(s[i]), i + 1 < s.count, [".", "、", ")", " ", ":"].contains(s[i + 1]) { return nil }
        if ScalarClass.isASCIILetter(s[i]), let (end, colon, bare) = englishHeadingEnd(at: i) {
            return Heading(end: end, isBareLabel: bare, hasColon: colon, endsLine: end == s.count || s[end] == "\n")
        }
        var lineEnd = i
        var hasAnswerScalar = false
        while lineEnd < s.count, s[lineEnd] != "\n", lineEnd - i <= 60 { if s[lineEnd] == "答" { hasAnswerScalar = true }; lineEnd += 1 }
        guard lineEnd - i <= 60 else { return nil }
        guard hasAnswerScalar else { return englishLeadIn(i, lineEnd) }
        // The answer word may follow a paper name (`期末试卷(A卷)参考答案`).
        var j = i
        while j < lineEnd {
            var k = j
            if s[k] == "【" || s[k] == "[" { k += 1; while k < lineEnd, s[k] == " " { k += 1 } }  // 【   参考答案及解析  】
            if k < lineEnd, AnswerSheet.wordStarts.mayStart(s[k]), let word = AnswerSheet.words.first(where: { s.matches($0, at: k) }) {
                let bare = j == i && k == j && word.count == 2
                k += word.count
                if let suffix = AnswerSheet.suffixes.first(where: { s.matches($0, at: k) }) { k += suffix.count }
                var bracketed = false
                var close = k
                while close < lineEnd, s[close] == " " { close += 1 }
                if close < lineEnd, s[close] == "】" || s[close] == "]" { k = close + 1; bracketed = true }
                var colon = false
                while k < lineEnd, s[k] == " " || ScalarClass.isColon(s[k]) { if s[k] != " " { colon = true }; k += 1 }
                let restStartsEntries = k < lineEnd && startsEntry(at: k)
                if k == lineEnd || restStartsEntries {
                    return Heading(end: k, isBareLabel: bare && colon && !bracketed && k - j <= 4, hasColon: colon,
                                   endsLine: k == lineEnd)
                }
                return nil
            }
            if s[j] == "?" || s[j] == "(" && ScalarClass.isDigit(s[min(j + 1, lineEnd - 1)]) { return nil }
            j += 1
        }
        return leadIn(i, lineEnd)
    }

    /// A line that announces answers without naming them as a key, ending in a colon: `以下是您的问题的详细回答:`,
    /// `解答如下:`, `Here are the answers:`. A weak heading: the entries after it must restate the questions.
    private func leadIn(_ i: Int, _ lineEnd: Int) -> Heading? {
        var end = lineEnd
        while end > i, s[end - 1] == " " { end -= 1 }
        guard end - i >= 3, end - i <= 40, ScalarClass.isColon(s[end - 1]),
              s[i..<end].contains("答") else { return nil }
        return Heading(end: lineEnd, isBareLabel: false, hasColon: true, endsLine: true, isWeak: true)
    }

    private func englishLeadIn(_ i: Int, _ lineEnd: Int) -> Heading? {
        var end = lineEnd
        while end > i, s[end - 1] == " " { end -= 1 }
        guard end - i >= 8, end - i <= 60, ScalarClass.isColon(s[end - 1]),
              s.string(i..<end).lowercased().contains("answer") else { return nil }
        return Heading(end: lineEnd, isBareLabel: false, hasColon: true, endsLine: true, isWeak: true)
    }

    /// `Answer Key`, `Answers:`, `Solutions` as a line of its own (any case), or before a colon and the first entry
    /// on the same line (`Answers: 1. A  2. B`, `Key: 1-5 BCBBA`): where the sheet's entries begin, and whether a
    /// colon ends the heading, and whether it is only the item-key label `Answer:` (`Answer: 1. B  2. C`).
    private func englishHeadingEnd(at i: Int) -> (Int, Bool, Bool)? {
        var e = i
        var colon: Int?
        while e < s.count, s[e] != "\n", e - i <= 24 || colon != nil {
            if colon == nil, ScalarClass.isColon(s[e]) { colon = e }
            e += 1
        }
        if e - i <= 40 {
            let line = lowercasedTrimmed(i..<e, trimming: " :", AnswerSheet.spaceOrColon)
            if e - i <= 24, ImportVocabulary.englishSheetHeadings.contains(line) { return (e, colon != nil, false) }
            // `Biology Answers`, `Chapter 3 Answer Key`: a short name before the heading word, asking nothing.
            let words = line.split(separator: " ")
            if words.count >= 2, words.count <= 4, !line.contains("?"),
               ImportVocabulary.englishSheetHeadings.contains(words.suffix(2).joined(separator: " "))
                || ImportVocabulary.englishSheetHeadings.contains(String(words.last!)) && words.last! != "key",
               !words.contains(where: { ["what", "which", "who", "how", "why", "the", "are", "is"].contains($0) }) {
                return (e, colon != nil, false)
            }
        }
        guard let colon, colon - i <= 24 else { return nil }
        let word = lowercasedTrimmed(i..<colon, trimming: " \t", .whitespaces)
        let bare = word == "answer"
        guard bare || ImportVocabulary.englishSheetHeadings.contains(word) else { return nil }
        var k = colon + 1
        while k < e, s[k] == " " { k += 1 }
        return k < e && startsEntry(at: k) ? (k, true, bare) : nil
    }

    /// `2016年…`, `2016株洲…`: four digits of a year glued to CJK text.
    private func startsWithYear(_ i: Int) -> Bool {
        guard i + 4 < s.count, (i..<(i + 4)).allSatisfy({ ScalarClass.isDigit(s[$0]) }), ScalarClass.isCJK(s[i + 4]) else { return false }
        let year = (i..<(i + 4)).reduce(0) { $0 * 10 + Int(s[$1].value - 0x30) }
        return year >= 1950 && year <= 2099
    }

    private static let spaceOrColon = CharacterSet(charactersIn: " :")

    /// The text in `range`, lower-cased, with `junk` (`set` beyond ASCII) trimmed from both ends. ASCII (English
    /// headings) is done on the scalars; anything else goes through Foundation (30,000 instructions a line here).
    private func lowercasedTrimmed(_ range: Range<Int>, trimming junk: StaticString, _ set: CharacterSet) -> String {
        guard s[range].allSatisfy({ $0.value < 0x80 }) else {
            return s.string(range).lowercased().trimmingCharacters(in: set)
        }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, s[lo].isOne(of: junk) { lo += 1 }
        while hi > lo, s[hi - 1].isOne(of: junk) { hi -= 1 }
        return String(decoding: s[lo..<hi].map { UInt8($0.value >= 0x41 && $0.value <= 0x5A ? $0.value + 0x20 : $0.value) }, as: UTF8.self)
    }

    /// Whether an entry (`1.`, `1-5`, `(1)`) or a section marker (`一、`) starts at `i`.
    func startsEntry(at i: Int) -> Bool {
        if sectionMarkerEnd(at: i) != nil { return true }
        if i < s.count, s[i] == "l" || s[i] == "I" {
            var lineEnd = i
            while lineEnd < s.count, s[lineEnd] != "\n", lineEnd - i < 200 { lineEnd += 1 }
            return oneTypedAsLetter(at: i, lineEnd: lineEnd, parenthesised: false) != nil
        }
        var j = i
        if j < s.count, s[j] == "(" { j += 1 }
        let digits = j
        while j < s.count, ScalarClass.isDigit(s[j]), j - digits < 3 { j += 1 }
        guard j > digits, j < s.count else { return false }
        return [".", "、", ":", ")", "-", "~", "～", "—", "–", " "].contains(s[j]) || ScalarClass.isColon(s[j])
    }

    /// Reads the entries in `from..<to`. Lines it cannot read are returned by position.
    func read(from: Int, to: Int) -> (entries: [Entry], unread: [Int]) {
        var entries: [Entry] = []
        var unread: [Int] = []
        var group = 0
        var lineStart = from
        var tableRow: (numbers: [Int], position: Int)?
        // Lines before the first entry: the first answer when the entries start at 2 (its number was lost, as
        // when Word numbering restarts after it).
        var leading: Range<Int>?
        while lineStart < to {
            var lineEnd = lineStart
            while lineEnd < to, s[lineEnd] != "\n" { lineEnd += 1 }
            var j = lineStart
            while j < lineEnd, s[j] == " " { j += 1 }
            if j < lineEnd, s[j] == "|" {
                // A table row `| 1 | B | …解析… |`; its rule row `|---|:---:|` holds nothing.
                if s[j..<lineEnd].allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }) {
                    lineStart = lineEnd + 1
                    continue
                }
                j += 1
                while j < lineEnd, s[j] == " " { j += 1 }
            }
            if let numbers = tableNumbers(at: j) {
                tableRow = (numbers, j)
                lineStart = lineEnd + 1
                continue
            }
            if let row = tableRow {
                tableRow = nil
                if let tokens = tableAnswers(at: j, lineEnd: lineEnd), tokens.count == row.numbers.count {
                    entries += zip(row.numbers, tokens).map { Entry(group: group, number: $0, token: $1, text: nil, position: row.position) }
                } else {
                    unread.append(j)
                }
                lineStart = lineEnd + 1
                continue
            }
            if let end = sectionMarkerEnd(at: j) {
                group += 1
                j = skipSectionTitle(from: end, to: lineEnd)
            }
            // `1.B` then `答案解析:…` on a line of its own: the explanation of that entry's key.
            if let last = entries.last, last.token != nil, last.explanation == nil, j < lineEnd,
               let label = keyReader.recognizer.answerKey(at: j), label.kind == .explanation, label.end < lineEnd {
                entries[entries.count - 1].explanation = label.end..<lineEnd
                lineStart = lineEnd + 1
                continue
            }
            if let keys = keyRun(from: j, to: lineEnd) {
                // `BCADA ABCDB`: keys for the paper's questions in order, without numbers (number 0).
                entries += keys.map { Entry(group: group, number: 0, token: $0, text: nil, position: j) }
                lineStart = lineEnd + 1
                continue
            }
            // `1. 客户端发送SYN` under `19. TCP三次握手…`: a list inside a written answer, not entry 1 again (nor a
            // number far past the next one, as Word's numbering can put on a paragraph of the answer).
            if let last = entries.last, last.text != nil, last.group == group, lineStart > last.position,
               let (n, _) = number(at: s[j] == "(" ? j + 1 : j, lineEnd: lineEnd), n <= last.number || n > last.number + 10,
               startsEntry(at: j) {
                entries[entries.count - 1].text = last.text!.lowerBound..<lineEnd
                lineStart = lineEnd + 1
                continue
            }
            var readSomething = false
            while j < lineEnd {
                while j < lineEnd, AnswerSheet.separators.contains(s[j]) { j += 1 }
                guard j < lineEnd else { break }
                guard let (read, next) = readEntry(at: j, lineEnd: lineEnd, group: group) else { break }
                if entries.isEmpty, let first = read.first, first.number == 2, first.text != nil, let lead = leading {
                    entries.append(Entry(group: group, number: 1, token: nil, text: lead, position: lead.lowerBound))
                    unread.removeAll { lead.contains($0) }
                }
                entries += read
                readSomething = true
                j = next
            }
            if entries.isEmpty, !readSomething, j < lineEnd {
                var end = lineEnd
                while end > j, s[end - 1] == " " { end -= 1 }
                leading = (leading?.lowerBound ?? j)..<end
            }
            if j < lineEnd {
                if !readSomething, let last = entries.indices.last, entries[last].text != nil, lineStart > entries[last].position {
                    // A text key that runs on over lines (a short answer's points).
                    entries[last].text = entries[last].text!.lowerBound..<lineEnd
                } else if !readSomething {
                    unread.append(j)
                }
            }
            lineStart = lineEnd + 1
        }
        return (entries, unread)
    }

    /// One entry (or a range of them) at `i`, and where reading goes on.
    private func readEntry(at i: Int, lineEnd: Int, group: Int) -> ([Entry], Int)? {
        var j = i
        let parenthesised = s[j] == "("
        if parenthesised { j += 1 }
        guard let (first, afterFirst) = number(at: j, lineEnd: lineEnd) ?? oneTypedAsLetter(at: j, lineEnd: lineEnd, parenthesised: parenthesised)
        else { return nil }
        j = afterFirst
        if parenthesised { guard j < lineEnd, s[j] == ")" else { return nil }; j += 1 }
        // A range: `1-5 BCADA`, `6~10: √×√√×`, `11-13 AB ACD BC`.
        if !parenthesised, j < lineEnd, ["-", "~", "～", "—", "–"].contains(s[j]),
           let (last, afterLast) = number(at: j + 1, lineEnd: lineEnd), last > first, last - first < 50 {
            j = afterLast
            while j < lineEnd, s[j] == " " || s[j] == "." || ScalarClass.isColon(s[j]) { j += 1 }
            let end = nextEntryStart(from: j, lineEnd: lineEnd)
            guard let tokens = rangeTokens(j..<end, count: last - first + 1) else { return nil }
            return (tokens.enumerated().map { Entry(group: group, number: first + $0.offset, token: $0.element, text: nil, position: i) }, end)
        }
        guard j < lineEnd else { return nil }
        if s[j] == "." || s[j] == "、" || s[j] == "|" || ScalarClass.isColon(s[j]) { j += 1 }
        // `1。C 2.A`: a scanned page's full stop after the number, then a key.
        else if s[j] == "。", j + 1 < lineEnd, keyReader.token(at: j + 1) != nil { j += 1 }
        else if s[j] != " " && !parenthesised { return nil }
        while j < lineEnd, s[j] == " " { j += 1 }
        if j < lineEnd, s[j] == "|" {  // `1 | B |`: a table row's cells
            j += 1
            while j < lineEnd, s[j] == " " { j += 1 }
        }
        guard j < lineEnd else { return nil }
        // `1、【答案】D`: each entry with its own key label.
        if let label = keyReader.recognizer.answerKey(at: j), label.kind == .answer, label.end < lineEnd { j = label.end }
        if let (token, end) = keyReader.token(at: j),
           end >= lineEnd || AnswerSheet.separators.contains(s[end]) || startsEntry(at: end) || keyThenColon(token, end, lineEnd) {
            let next = end < lineEnd && startsEntry(at: end) ? end : nextEntryStart(from: end, lineEnd: lineEnd)
            var entry = Entry(group: group, number: first, token: token, text: nil, position: i)
            // `1.B 【解析】营销的核心是交换。`: what follows the key, without its label, explains it.
            var from = end
            if from < next, ScalarClass.isColon(s[from]) { from += 1 }  // `2. B: Cells divide…`
            while from < next, s[from] == " " || s[from] == "|" { from += 1 }
            if from < next, let label = keyReader.recognizer.answerKey(at: from), label.kind == .explanation { from = label.end }
            var to = next
            while to > from, s[to - 1] == " " || s[to - 1] == ";" || s[to - 1] == "," || s[to - 1] == "|" { to -= 1 }
            if to - from >= 2 { entry.explanation = from..<to }
            return ([entry], next)
        }
        let end = nextEntryStart(from: j, lineEnd: lineEnd, expecting: first + 1)
        var textEnd = end
        while textEnd > j, s[textEnd - 1] == " " || s[textEnd - 1] == ";" || s[textEnd - 1] == "," { textEnd -= 1 }
        return ([Entry(group: group, number: first, token: nil, text: j..<textEnd, position: i)], end)
    }

    /// `2. B: Scientists suggest…`: a letter key, a colon and a space, then why.
    private func keyThenColon(_ token: String, _ end: Int, _ lineEnd: Int) -> Bool {
        end + 2 < lineEnd && ScalarClass.isColon(s[end]) && s[end + 1] == " " && token.unicodeScalars.allSatisfy(ScalarClass.isUpperOptionLetter)
    }

    /// `l。C 2.A 3.D`: a scanned row whose first number 1 was read as the letter l (or I), then a key and entry 2.
    private func oneTypedAsLetter(at i: Int, lineEnd: Int, parenthesised: Bool) -> (Int, Int)? {
        guard !parenthesised, i + 2 < lineEnd, s[i] == "l" || s[i] == "I", s[i + 1].isOne(of: ".。、"),
              let (_, end) = keyReader.token(at: i + 2) else { return nil }
        let next = nextEntryStart(from: end, lineEnd: lineEnd, expecting: 2)
        return next < lineEnd ? (1, i + 1) : nil
    }

    private func number(at i: Int, lineEnd: Int) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < lineEnd, ScalarClass.isDigit(s[j]), j - i < 3 { value = value * 10 + Int(s[j].value - 0x30); j += 1 }
        guard j > i, j == lineEnd || !ScalarClass.isDigit(s[j]), value > 0 else { return nil }
        return (value, j)
    }

    /// Where the next entry starts: a number after a space or separator (with `expecting`, only that number, so
    /// numbers inside a text key stay text).
    private func nextEntryStart(from i: Int, lineEnd: Int, expecting: Int? = nil) -> Int {
        var j = i
        while j < lineEnd {
            if j > i, AnswerSheet.separators.contains(s[j - 1]) || expecting == nil, ScalarClass.isDigit(s[j]) || s[j] == "(",
               startsEntry(at: j) {
                if let expecting {
                    let k = s[j] == "(" ? j + 1 : j
                    if let (n, _) = number(at: k, lineEnd: lineEnd), n == expecting { return j }
                } else {
                    return j
                }
            }
            j += 1
        }
        return lineEnd
    }

    /// The answers of a range: space-separated groups (`AB ACD BC`, `√ × √`), or one letter or mark each
    /// (`BCADA`, `√×√`). A `;` or `。` may close the range before the next one (`1-5 ABCDA；6-10 BCDAB`).
    private func rangeTokens(_ range: Range<Int>, count: Int) -> [String]? {
        let isGap: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "," || $0 == "、" || $0 == ";" || $0 == "。" }
        let groups = s[range].split(whereSeparator: isGap)
        if groups.count == count, let tokens = AnswerSheet.tokens(groups) { return tokens }
        let marks = s[range].filter { !isGap($0) }
        guard marks.count == count else { return nil }
        return AnswerSheet.tokens(marks.map { [$0][...] })
    }

    /// One key per cell (a letter group, or a single true/false mark), or nil if any cell is neither.
    private static func tokens(_ cells: [ArraySlice<Unicode.Scalar>]) -> [String]? {
        var tokens: [String] = []
        for cell in cells {
            if cell.count <= 8, cell.allSatisfy(ScalarClass.isOptionLetter) {
                tokens.append(String(String.UnicodeScalarView(cell)).uppercased())
            } else if cell.count == 1, let mark = StemCleaner.trueFalseMark(cell.first!) {
                tokens.append(mark ? "true" : "false")
            } else {
                return nil
            }
        }
        return tokens
    }

    /// A line of nothing but single keys (`BCADA ABCDB`, `√×√√`), at least five: one per question, in order.
    private func keyRun(from i: Int, to lineEnd: Int) -> [String]? {
        guard i < lineEnd else { return nil }
        var keys: [String] = []
        for c in s[i..<lineEnd] where c != " " {
            if ScalarClass.isUpperOptionLetter(c) { keys.append(String(Character(c))) }
            else if let mark = StemCleaner.trueFalseMark(c), c != "X" { keys.append(mark ? "true" : "false") }
            else { return nil }
        }
        return keys.count >= 5 ? keys : nil
    }

    /// The numbers of an answer table's first row: `题号 1 2 3 4 5` (spaces or `|` between).
    func tableNumbers(at i: Int) -> [Int]? {
        guard s.matches(["题", "号"], at: i) || s.matches(["題", "號"], at: i) else { return nil }
        var j = i + 2
        var numbers: [Int] = []
        while j < s.count, s[j] != "\n" {
            if s[j] == " " || s[j] == "|" || ScalarClass.isColon(s[j]) { j += 1; continue }
            guard let (n, next) = number(at: j, lineEnd: s.count) else { return nil }
            numbers.append(n)
            j = next
        }
        return numbers.count >= 2 ? numbers : nil
    }

    /// The row under it: `答案 B C A D A` (a letter group or a true/false mark per column).
    private func tableAnswers(at i: Int, lineEnd: Int) -> [String]? {
        guard let word = AnswerSheet.words.first(where: { s.matches($0, at: i) }) else { return nil }
        var j = i + word.count
        while j < lineEnd, s[j] == " " || s[j] == "|" || ScalarClass.isColon(s[j]) { j += 1 }
        return AnswerSheet.tokens(s[j..<lineEnd].split(whereSeparator: { $0 == " " || $0 == "|" }))
    }

    /// `一、`, `(一)`, `一.`: the end of a section marker.
    private func sectionMarkerEnd(at i: Int) -> Int? {
        var j = i
        let open = j < s.count && s[j] == "("
        if open { j += 1 }
        let start = j
        while j < s.count, ScalarClass.chineseDigit(s[j]) != nil, j - start < 3 { j += 1 }
        guard j > start, j < s.count else { return nil }
        if open { return s[j] == ")" ? j + 1 : nil }
        return s[j] == "、" || s[j] == "." ? j + 1 : nil
    }

    /// After a section marker: its title (`单项选择题`), a note in parentheses, a colon.
    private func skipSectionTitle(from i: Int, to lineEnd: Int) -> Int {
        var j = i
        while j < lineEnd, !ScalarClass.isDigit(s[j]), s[j] != "(" || (j + 1 < lineEnd && !ScalarClass.isDigit(s[j + 1])) {
            if s[j] == "(" {
                while j < lineEnd, s[j] != ")" { j += 1 }
            }
            j += 1
        }
        return min(j, lineEnd)
    }
}

extension Array where Element: Hashable {
    /// The distinct elements, in order of first appearance.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
