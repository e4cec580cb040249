/// Key and explanation labels a document uses that are on no list: `资料:B`, `【参考】C`, `Ans.: b`, learned from the
/// document itself because it repeats them (see `FormSurvey`).
struct LearnedLabels {
    struct Label {
        var scalars: [Unicode.Scalar]
        var kind: KeyMarker.Kind
        var bracketed: Bool
        /// How many of the label's uses hold a key that fits (for the import summary).
        var keyed: Int
        var uses: Int
    }
    private(set) var labels: [Label] = []
    /// First scalars of the labels, so the scan asks only where one could start. (An array: a document learns a
    /// few labels, and hashing each scalar asked about cost more than comparing it with them.)
    private(set) var starts: [Unicode.Scalar] = []

    var isEmpty: Bool { labels.isEmpty }

    mutating func add(_ label: Label) {
        labels.append(label)
        if !starts.contains(label.scalars[0]) { starts.append(label.scalars[0]) }
    }

    /// The learned label at `i`, with the colons and spaces after it.
    func key(in s: [Unicode.Scalar], at i: Int) -> KeyMarker? {
        guard starts.contains(s[i]) else { return nil }
        for label in labels where s.matches(label.scalars, at: i) {
            // Unbracketed labels count at a line start or after a gap, so the same word inside a sentence stays text.
            if !label.bracketed, i > 0, s[i - 1] != "\n", s[i - 1] != " " { continue }
            var k = i + label.scalars.count
            while k < s.count, s[k] == " " || ScalarClass.isColon(s[k]) { k += 1 }
            return KeyMarker(start: i, end: k, kind: label.kind)
        }
        return nil
    }
}

/// What the survey found about a document's form: the template the parser follows where local evidence is thin.
struct DocumentForms {
    var labels = LearnedLabels()
    /// Lines (kept-line indices) that are the unlabelled answer of the question on the line before.
    var answerLines: Set<Int> = []
    /// Lines that start an unnumbered question (their answer is on the next line).
    var stemLines: Set<Int> = []
    /// Lines of an unnumbered glossary (`term: definition`), each an item split at its colon.
    var termLines: Set<Int> = []
    /// One line per inferred form, for the import summary.
    var notes: [String] = []
}

/// The first pass: looks at every line for candidate markers without deciding anything, then keeps the forms that
/// most of the document agrees on (a label used again and again with keys that fit after it; questions whose
/// answers sit on the next line). A single odd line never changes how the rest is read.
enum FormSurvey {
    static func survey(_ text: NormalizedText) -> DocumentForms {
        let s = text.scalars
        let recognizer = MarkerRecognizer(s: s)
        let keys = AnswerKeyReader(s: s, recognizer: recognizer)
        var forms = DocumentForms()
        var stats: [String: (scalars: [Unicode.Scalar], bracketed: Bool, uses: Int, keyed: Int, lines: [Int])] = [:]
        var keyLines = Set<Int>()
        let lineCount = text.lineStarts.count

        for line in 0..<lineCount {
            let start = text.lineStarts[line], end = text.lineEnd(line)
            guard end > start else { continue }
            var p = start
            while p < end, ScalarClass.isBullet(s[p]) || s[p] == " " { p += 1 }
            guard p < end else { continue }
            var q = p
            while q < end {
                // Candidate spots: the line start, after a space before CJK, a bracket, a Latin word after a gap.
                let position = q
                q += 1
                if position > p {
                    let c = s[position]
                    if c != "【", c != "[", s[position - 1] != " " {
                        // Nothing here can be a spot: go straight to the next bracket or the scalar after a space.
                        q = s.withUnsafeBufferPointer { t in
                            // (one load a scalar: the scalar before is carried over)
                            var k = position + 1
                            var previous = t[position].value
                            while k < end {
                                let v = t[k].value
                                if previous == 0x20 || v == 0x3010 || v == 0x5B { break }  // ` `, `【`, `[`
                                previous = v
                                k += 1
                            }
                            return k
                        }
                        continue
                    }
                    let afterGap = s[position - 1] == " " && position >= 2 && s[position - 2] == " " && ScalarClass.isASCIILetter(c)
                    guard c == "【" || c == "[" || afterGap || s[position - 1] == " " && ScalarClass.isCJK(c) else { continue }
                }
                if let known = recognizer.answerKey(at: position) {
                    if known.kind == .answer, keyFits(keys, s, known.end, end) { keyLines.insert(line) }
                    continue
                }
                guard let (label, bracketed, valueStart) = candidateLabel(s, at: position, lineEnd: end) else { continue }
                // `【选项】A.晴天…B.雷雨…`: a label that heads an option row is neither a key nor an explanation.
                if opensOptionRow(s, at: valueStart, lineEnd: end) { continue }
                // A label holding a known one (`我的答案:` is the student's answer) is read as that one.
                guard !isReserved(label), !(position + 1..<valueStart).contains(where: { recognizer.answerKey(at: $0) != nil }) else { continue }
                let fits = keyFits(keys, s, valueStart, end)
                let name = label[...].utf8String
                var entry = stats[name] ?? (label, bracketed, 0, 0, [])
                entry.uses += 1
                if fits { entry.keyed += 1 }
                entry.lines.append(line)
                stats[name] = entry
            }
        }

        // A label is a key label when the document uses it again and again with keys that fit after it.
        for (_, entry) in stats.sorted(by: { $0.key < $1.key }) where entry.uses >= 2 && entry.keyed >= 2 && entry.keyed * 5 >= entry.uses * 3 {
            forms.labels.add(.init(scalars: entry.scalars, kind: .answer, bracketed: entry.bracketed, keyed: entry.keyed, uses: entry.uses))
            keyLines.formUnion(entry.lines)
            forms.notes.append("keys: label `\(String(String.UnicodeScalarView(entry.scalars)))` (\(entry.keyed) of \(entry.uses) uses)")
        }
        // A label that follows keys, again and again, with text after it: an explanation.
        for (_, entry) in stats.sorted(by: { $0.key < $1.key }) where entry.uses >= 2 && entry.keyed == 0 {
            let afterKey = entry.lines.filter { line in (max(0, line - 3)...line).contains { keyLines.contains($0) } }.count
            guard afterKey * 5 >= entry.uses * 3 else { continue }
            // `4. 某 action 的配置如下:` then code: words inside numbered questions' lines are their stems' own text.
            let onQuestionLines = entry.lines.filter { line in
                recognizer.questionNumber(at: text.lineStarts[line]).map { $0.style != .bare && $0.end < text.lineEnd(line) } == true
            }.count
            guard onQuestionLines * 2 < entry.uses else { continue }
            forms.labels.add(.init(scalars: entry.scalars, kind: .explanation, bracketed: entry.bracketed, keyed: 0, uses: entry.uses))
            forms.notes.append("explanations: label `\(String(String.UnicodeScalarView(entry.scalars)))` (\(entry.uses) uses)")
        }
        surveyAnswerLines(text, recognizer: recognizer, into: &forms)
        surveyInlineKeyLines(text, recognizer: recognizer, into: &forms)
        surveyGlossaryLines(text, recognizer: recognizer, into: &forms)
        return forms
    }

    /// `护理程序:是一种科学的…` on lines of their own with no numbers: a glossary, each line a term and its
    /// definition. Kept when most lines of the document are so (at least three).
    private static func surveyGlossaryLines(_ text: NormalizedText, recognizer: MarkerRecognizer, into forms: inout DocumentForms) {
        let s = text.scalars
        guard let lines = linesWhereMost(of: text, share: (1, 2), where: { start, end in
            guard !ScalarClass.isDigit(s[start]), recognizer.answerKey(at: start) == nil else { return false }
            var j = start
            while j < end, j - start <= 16, ScalarClass.isCJK(s[j]) || ScalarClass.isASCIILetter(s[j]) || s[j] == "(" || s[j] == ")" { j += 1 }
            return j - start >= 2 && j < end && ScalarClass.isColon(s[j]) && end - j > 6
        }) else { return }
        forms.stemLines.formUnion(lines)
        forms.termLines.formUnion(lines)
        forms.notes.append("items: a glossary, `term: definition` a line (\(lines.count) lines)")
    }

    // MARK: one item per line, its key on the same line

    /// `邓小平理论…的标志是( )的召开。@@@正确答案:十一届三中全会`, one unnumbered item per line: each line starts an
    /// item (so a key written as text ends with its line). Kept when most lines of the document are so.
    private static func surveyInlineKeyLines(_ text: NormalizedText, recognizer: MarkerRecognizer, into forms: inout DocumentForms) {
        let s = text.scalars
        guard let lines = linesWhereMost(of: text, share: (3, 5), where: { start, end in
            guard end - start <= 400, recognizer.questionNumber(at: start).map({ $0.style == .bare }) ?? true else { return false }
            var letters = 0
            for p in start..<end {
                let c = s[p]
                if letters >= 6, MarkerRecognizer.mayStartKey(c), let key = recognizer.answerKey(at: p), key.kind == .answer, key.end < end {
                    return true
                }
                if ScalarClass.isCJK(c) || ScalarClass.isASCIILetter(c) { letters += 1 }
            }
            return false
        }) else { return }
        forms.stemLines.formUnion(lines)
        forms.notes.append("items: one a line, the key after the question on its line (\(lines.count) lines)")
    }

    /// The lines (at least three) that pass `test`, when they are at least `share` of the lines with text; the first
    /// 200 lines decide whether the rest is looked at, so a large document that is not so costs little.
    private static func linesWhereMost(of text: NormalizedText, share: (Int, Int), where test: (Int, Int) -> Bool) -> [Int]? {
        var lines: [Int] = []
        var nonEmpty = 0
        for line in text.lineStarts.indices {
            let start = text.lineStarts[line], end = text.lineEnd(line)
            guard end > start else { continue }
            nonEmpty += 1
            if nonEmpty == 200, lines.count * share.1 < nonEmpty * share.0 { return nil }
            if test(start, end) { lines.append(line) }
        }
        guard lines.count >= 3, lines.count * share.1 >= nonEmpty * share.0 else { return nil }
        return lines
    }

    /// `资料:` `【参考】` `Ans.:` `答 案:` at `i`: a short run of letters (CJK or Latin) closed by a colon or a bracket.
    /// Whether `A.` (or `A、` `A)`) opens the text at `i` and `B` with the same delimiter follows on the line.
    private static func opensOptionRow(_ s: [Unicode.Scalar], at i: Int, lineEnd: Int) -> Bool {
        guard i + 1 < lineEnd, s[i] == "A", case let delimiter = s[i + 1], delimiter == "." || delimiter == "、" || delimiter == ")" else {
            return false
        }
        var k = i + 2
        while k + 1 < lineEnd, k - i < 300 {
            if s[k] == "B", s[k + 1] == delimiter { return true }
            k += 1
        }
        return false
    }

    private static func candidateLabel(_ s: [Unicode.Scalar], at i: Int, lineEnd: Int) -> ([Unicode.Scalar], Bool, Int)? {
        var j = i
        let bracketed = s[j] == "【" || s[j] == "["
        if bracketed { j += 1 }
        let wordStart = j
        var cjk = 0, latin = 0
        while j < lineEnd, j - wordStart <= 16 {
            let c = s[j]
            if ScalarClass.isCJK(c) { cjk += 1 } else if ScalarClass.isASCIILetter(c) { latin += 1 } else if c != " " && c != "." { break }
            j += 1
        }
        guard j < lineEnd, j > wordStart, s[j - 1] != " ", cjk > 0 || latin >= 2 else { return nil }
        if bracketed {
            guard s[j] == (s[i] == "【" ? "】" : "]") else { return nil }
        } else {
            guard ScalarClass.isColon(s[j]) else { return nil }
            // A sentence with a colon is text: labels are a word or two.
            guard cjk <= 6, latin <= 16, cjk == 0 || j - wordStart <= 8 else { return nil }
        }
        let label = Array(s[i...j])
        var k = j + 1
        while k < lineEnd, s[k] == " " || ScalarClass.isColon(s[k]) { k += 1 }
        return (label, bracketed, k)
    }

    /// Words that are headings, question labels or type tags, never key labels.
    private static func isReserved(_ label: [Unicode.Scalar]) -> Bool {
        // (read on the label's scalars: a String made of them, trimmed by a Set, took longer than the whole line scan)
        func edge(_ c: Unicode.Scalar) -> Bool { c == "【" || c == "】" || c == "[" || c == "]" || c == ":" || c == " " }
        var lo = 0, hi = label.count
        while lo < hi, edge(label[lo]) { lo += 1 }
        while hi > lo, edge(label[hi - 1]) { hi -= 1 }
        let scalars = label[lo..<hi]
        if reservedWordsArePlain, scalars.allSatisfy(ScalarClass.isPlain) {
            // Plain text on both sides: a prefix of scalars is a prefix of characters.
            return reservedWords.contains { scalars.starts(with: $0) }
        }
        let bare = scalars.utf8String
        if MarkerRecognizer.typeWords.contains(where: { bare.hasPrefix($0.0) }) { return true }
        if ImportVocabulary.questionWords.contains(where: { bare.hasPrefix($0) }) { return true }
        return false
    }

    private static let reservedWordList = MarkerRecognizer.typeWords.map(\.0) + ImportVocabulary.questionWords
    private static let reservedWords = reservedWordList.map { Array($0.unicodeScalars) }
    private static let reservedWordsArePlain = reservedWordList.allSatisfy(\.isPlainText)

    /// Whether option letters or a true/false word, and nothing else, follow at `i` (to the line end or a gap).
    private static func keyFits(_ keys: AnswerKeyReader, _ s: [Unicode.Scalar], _ i: Int, _ lineEnd: Int) -> Bool {
        guard i < lineEnd, let (_, end) = keys.token(at: i) else { return false }
        var e = end
        while e < lineEnd, s[e] == " " { e += 1 }
        return e == lineEnd || e > end || ScalarClass.isOpenParen(s[e]) || s[e] == "。" || s[e] == ";"
    }

    // MARK: unlabelled answers on the next line

    /// Questions (numbered or not) each followed by a one-line answer with no label, the layout of many recitation
    /// lists: `…大事变是指( )` / `中国共产党的成立`. Kept only when most question lines of the document follow it.
    private static func surveyAnswerLines(_ text: NormalizedText, recognizer: MarkerRecognizer, into forms: inout DocumentForms) {
        let s = text.scalars
        let count = text.lineStarts.count
        func isEmpty(_ l: Int) -> Bool { l >= count || text.lineEnd(l) == text.lineStarts[l] }
        // Each line is asked up to three times (as a question, as the answer after one, as the line after that):
        // its scan is kept (0 not read yet, 1 no, 2 yes).
        var asked = [UInt8](repeating: 0, count: count)
        func questionLike(_ l: Int) -> Bool {
            guard l < count else { return false }
            if asked[l] == 0 { asked[l] = scanQuestionLike(l) ? 2 : 1 }
            return asked[l] == 2
        }
        func scanQuestionLike(_ l: Int) -> Bool {
            guard l < count, !isEmpty(l) else { return false }
            let a = text.lineStarts[l], b = text.lineEnd(l)
            let last = s[b - 1]
            if last == "?" || last == "？" || last == ":" { return true }
            // (on the buffer: the whole text passes through here, and the array's index checks doubled the cost)
            return s.withUnsafeBufferPointer { t in
                var j = a
                while j < b {
                    let v = t[j].value
                    if v == 0x28 {  // `(`
                        var k = j + 1
                        while k < b, t[k] == " " { k += 1 }
                        if k < b, t[k] == ")" { return true }
                    } else if v == 0x5F, j + 1 < b, t[j + 1] == "_" {
                        return true
                    }
                    j += 1
                }
                return false
            }
        }
        func opensOption(_ l: Int) -> Bool {
            let a = text.lineStarts[l]
            return recognizer.option(at: a, expected: recognizer.firstLetter(at: a) ?? "A", lowerCase: nil, lineStart: true) != nil
        }
        func startsMarker(_ l: Int) -> Bool {
            let a = text.lineStarts[l]
            if recognizer.questionNumber(at: a).map({ $0.style != .bare }) == true { return true }
            if opensOption(l) { return true }
            if recognizer.answerKey(at: a) != nil || recognizer.heading(at: a) != nil { return true }
            return false
        }
        var questions = 0
        var pairs: [(Int, Int)] = []
        var l = 0
        while l < count {
            guard questionLike(l) else { l += 1; continue }
            questions += 1
            let b = l + 1
            // (A line right over the options is the stem wrapped onto it, `…在（ ）` / `应当经…合格。` / `A.…`: an answer
            // line is never followed by options.)
            if b < count, !isEmpty(b), !questionLike(b), !startsMarker(b), text.lineEnd(b) - text.lineStarts[b] <= 160,
               isEmpty(b + 1) || questionLike(b + 1) || startsMarker(b + 1), b + 1 >= count || isEmpty(b + 1) || !opensOption(b + 1) {
                pairs.append((l, b))
                l = b + 1
                continue
            }
            l += 1
        }
        guard pairs.count >= 3, pairs.count * 2 >= questions else { return }
        for (q, a) in pairs {
            forms.answerLines.insert(a)
            let start = text.lineStarts[q]
            if recognizer.questionNumber(at: start).map({ $0.style != .bare }) != true { forms.stemLines.insert(q) }
        }
        forms.notes.append("answers: the line after the question, no label (\(pairs.count) of \(questions) questions)")
    }
}
