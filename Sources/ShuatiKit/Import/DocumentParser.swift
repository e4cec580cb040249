/// The import state machine: walks the normalised text once, recognising titles, headings, question numbers,
/// options and answer keys, and collects `ItemDraft`s. Which marker counts depends on context (the expected next
/// question number, the next option letter), which is what makes glued text like `…D.西方经济学2.建立…` readable.
struct DocumentParser {
    let text: NormalizedText
    let s: [Unicode.Scalar]
    let recognizer: MarkerRecognizer
    let keyReader: AnswerKeyReader

    private(set) var drafts: [ItemDraft] = []
    /// Text that belonged to no item, as ranges (reported when it looks like a lost question).
    private(set) var looseRanges: [Range<Int>] = []
    /// Answer keys that had no question to belong to.
    private(set) var orphanKeys: [Int] = []
    /// Option lists with no stem before them.
    private(set) var orphanOptions: [Int] = []
    /// Lines inside an answer sheet that could not be read.
    private(set) var unreadSheetLines: [Int] = []

    private var current: ItemDraft?
    private var title = ""
    private var heading = ""
    private var hint = TypeHint.none
    private var lastNumber: Int?
    private var style: NumberStyle?
    /// Start of text not yet claimed by any item.
    private var looseStart: Int?
    /// Index of the kept line the scan is on.
    private var lineCursor = 0
    /// Where the current paper's items start in `drafts` (an answer sheet keys only its own paper).
    private var paperStart = 0
    /// Counts restarts of the numbering (headings, titles), so items can be matched to answer-sheet sections.
    private var numberingRun = 0
    /// The last question number before the numbering was last reset.
    private var numberBeforeReset: Int?
    let sheet: AnswerSheet

    /// The document's inferred form (learned labels, answer-line layout), from the survey pass.
    let forms: DocumentForms

    init(text: NormalizedText) {
        self.text = text
        self.s = text.scalars
        let forms = FormSurvey.survey(text)
        self.forms = forms
        var recognizer = MarkerRecognizer(s: text.scalars)
        recognizer.learned = forms.labels
        self.recognizer = recognizer
        self.keyReader = AnswerKeyReader(s: text.scalars, recognizer: recognizer)
        self.sheet = AnswerSheet(s: text.scalars, keyReader: keyReader)
    }

    /// Title and heading joined; recomputed only when either changes.
    private var section = ""

    private mutating func updateSection() {
        // (joined by hand: the array, filter and join cost more than the rest of a heading line)
        section = title.isEmpty ? heading : heading.isEmpty ? title : title + " " + heading
    }

    /// Runs the scan; afterwards `drafts` holds every item in document order.
    mutating func parse() {
        var i = 0
        let n = s.count
        let markerStarts = MarkerStarts.bits  // read once: a static's lazy-init check on every scalar was measurable
        while i < n {
            let c = s[i]
            if c == "\n" {
                endLine(at: i)
                i += 1
                continue
            }
            let atLineStart = i == 0 || s[i - 1] == "\n"
            if !atLineStart && !MarkerStarts.mayStart(c, in: markerStarts) && (forms.labels.isEmpty || !forms.labels.starts.contains(c)) {
                // Most scalars are plain text: skip every recogniser.
                if looseStart == nil, c != " ", current == nil || current!.phase == .closed { looseStart = i }
                i += 1
                continue
            }
            if atLineStart {
                // The scan only moves forward, so the line index follows it instead of being searched for.
                if lineCursor < text.lineStarts.count, text.lineStarts[lineCursor] > i { lineCursor = text.lineIndex(at: i) }
                while lineCursor + 1 < text.lineStarts.count, text.lineStarts[lineCursor + 1] <= i { lineCursor += 1 }
            }
            if atLineStart, !ScalarClass.isDigit(c), let end = readAnswerSheet(at: i) {
                i = end
                continue
            }
            if atLineStart, ScalarClass.isDigit(c), let end = readUnheadedAnswerSheet(at: i) {
                i = end
                continue
            }
            if atLineStart, let end = readLineForm(at: i) {
                i = end
                continue
            }
            if atLineStart, let end = partNameEnd(at: i, line: lineCursor) {
                // `名词解释`, `判断题(每题2分)` alone on a line: a part of the same paper, even after an answer that
                // runs over lines (an answer sheet later still keys the whole paper).
                finishCurrent(at: i)
                flushLoose(upTo: i)
                heading = TypeHint.cleanTitle(s.string(i..<end))
                updateSection()
                hint = TypeHint.fromTitle(heading)
                if hint == .none { hint = TypeHint.fromTitle(heading + "题") }
                resetNumbering()
                i = end
                continue
            }
            if atLineStart, let end = titleLineEnd(at: i, line: lineCursor) {
                finishCurrent(at: i)
                flushLoose(upTo: i)
                paperStart = drafts.count
                title = TypeHint.cleanTitle(s.string(i..<end))
                heading = ""
                updateSection()
                hint = TypeHint.fromTitle(title)
                resetNumbering()
                i = end
                continue
            }
            if c == "第" || ScalarClass.chineseDigit(c) != nil || (c == "(" && atLineStart), let h = recognizer.heading(at: i) {
                finishCurrent(at: i)
                flushLoose(upTo: i)
                heading = h.text
                updateSection()
                if h.hint != .none { hint = h.hint }
                resetNumbering()
                i = h.end
                continue
            }
            if c == "【" || c == "[" || c == "题" || c == "題" || c == "Q" || c == "q", let end = unnumberedQuestionStart(at: i, atLineStart: atLineStart) {
                i = end
                continue
            }
            if let m = questionStart(at: i) {
                finishCurrent(at: i)
                flushLoose(upTo: i)
                startItem(start: m.start, stemStart: m.end, number: m.number)
                current!.numberForm = ParseTemplate.numberForm(m.style)
                i = m.end
                if let (tagHint, tagEnd) = recognizer.typeTag(at: m.end, afterLabel: m.style == .label) {
                    // `1.【单选题】…`: the item's own type, and not part of its stem (nor its score a number).
                    current!.hint = tagHint
                    current!.stemStart = tagEnd
                    i = tagEnd
                }
                lastNumber = m.number
                if m.style != .bare { style = m.style }
                continue
            }
            if let k = keyMarker(at: i) {
                i = handleKey(k)
                continue
            }
            if let next = handleOption(at: i, atLineStart: atLineStart) {
                i = next
                continue
            }
            if current == nil || current?.phase == .closed, looseStart == nil, c != " " {
                looseStart = i
            }
            i += 1
        }
        finishCurrent(at: n)
        flushLoose(upTo: n)
        splitTermDefinitions()
    }

    // MARK: line forms

    /// Whole-line forms decided at a line start: an unlabelled answer line (from the survey's template), a bare key
    /// line after the options (`B`), a true/false pair line (`对 错`) and the letter that picks from it.
    private mutating func readLineForm(at i: Int) -> Int? {
        let line = lineCursor
        let end = text.lineEnd(line)
        if forms.stemLines.contains(line) {
            finishCurrent(at: i)
            flushLoose(upTo: i)
            startItem(start: i, stemStart: i, number: nil)
            return nil  // the rest of the line is read as the stem
        }
        guard let item = current else { return nil }
        if forms.answerLines.contains(line), item.phase == .stem, item.options.isEmpty, !item.hasKey {
            current = nil
            item.close(at: trimmedEnd(i))
            item.keyStart = i
            item.keyEnd = end
            item.keyForm = "the line after the question, no label"
            item.phase = .closed
            current = item
            looseStart = nil
            return end
        }
        guard !item.hasKey, item.phase == .stem || item.phase == .closed || item.phase == .options else { return nil }
        // `对 错` / `正确 错误` / `√ ×` alone on a line under a stem: the two answers a letter picks from.
        if item.options.isEmpty, item.trueFalsePair == nil, let first = trueFalsePair(from: i, to: end) {
            current = nil
            item.close(at: trimmedEnd(i))
            item.trueFalsePair = first
            current = item
            return end
        }
        // `B` alone on the line after the options (or after a true/false pair): the key, with no label.
        if !item.options.isEmpty || item.trueFalsePair != nil, end - i <= 8, (i..<end).allSatisfy({ ScalarClass.isOptionLetter(s[$0]) }) {
            let letters = String(String.UnicodeScalarView(s[i..<end])).uppercased()
            if let first = item.trueFalsePair {
                guard letters == "A" || letters == "B" else { return nil }
                item.keyToken = (letters == "A") == first ? "true" : "false"
                item.keyForm = "a letter under a `对 错` line"
            } else {
                // Right under the last option, each letter once and all of them options: `A.… B.… C.…` / `B`.
                let known = Set(item.options.map(\.letter))
                // (only blank or rule lines `---` between them).
                guard let lastEnd = item.options.last?.end, lastEnd < i,
                      !(lastEnd..<text.lineStarts[line]).contains(where: { ScalarClass.isCJK(s[$0]) || ScalarClass.isASCIILetter(s[$0]) || ScalarClass.isDigit(s[$0]) }),
                      letters.unicodeScalars.allSatisfy({ known.contains($0) }), Set(letters.unicodeScalars).count == end - i else { return nil }
                item.keyToken = letters
                item.keyForm = "a letter alone under the options"
            }
            current = nil
            item.close(at: trimmedEnd(i))
            current = item
            looseStart = nil
            return end
        }
        return nil
    }

    /// A line of exactly two true/false words of opposite value: the value of the first.
    private func trueFalsePair(from i: Int, to end: Int) -> Bool? {
        // Cheap rejection first (this runs at many line starts): a short line starting like a true/false word.
        guard end - i <= 16, end - i >= 3, AnswerKeyReader.wordStarts.contains(s[i]) else { return nil }
        let words = s.string(i..<end).split(separator: " ").map(String.init)
        guard words.count == 2, let a = AnswerKeyReader.value(of: words[0]), let b = AnswerKeyReader.value(of: words[1]), a != b else {
            return nil
        }
        return a
    }

    /// `【题干】…`, `题干:…`, `【判断】…`, `[单选题]…`: a question with no number, started by its label or type tag.
    private mutating func unnumberedQuestionStart(at i: Int, atLineStart: Bool) -> Int? {
        var j = i
        let open = s[i]
        let bracketed = open == "【" || open == "["
        if bracketed { j += 1 }
        var hint: TypeHint?
        var matched = 0
        if let word = MarkerRecognizer.questionWordScalars.first(where: { s.matches($0, at: j) }) {
            matched = word.count
        } else if bracketed, let (word, h) = MarkerRecognizer.typeWordScalars.first(where: { s.matches($0.0, at: j) }) {
            matched = word.count
            hint = h
            if j + matched < s.count, s[j + matched] == "题" || s[j + matched] == "題" { matched += 1 }
        }
        guard matched > 0 else { return nil }
        j += matched
        guard j < s.count else { return nil }
        if bracketed {
            guard s[j] == (open == "【" ? "】" : "]") else { return nil }
            j += 1
        } else {
            // An unbracketed label must stand at the line start and end with a colon: `题目:…`.
            guard atLineStart, ScalarClass.isColon(s[j]),
                  ImportVocabulary.unbracketedQuestionWords.contains(String(String.UnicodeScalarView(s[(j - matched)..<j]))) else { return nil }
            j += 1
        }
        while j < s.count, s[j] == " " || ScalarClass.isColon(s[j]) { j += 1 }
        // A numbered question follows (`【单选题】1.…`): the tag names the part; the number starts the item.
        guard j < s.count, s[j] != "\n", !ScalarClass.isDigit(s[j]) else {
            if let hint { self.hint = hint }
            return j
        }
        // Inside an open item's stem only a bracketed tag at a line start breaks it (a quoted 【判断】 stays text).
        if let item = current, item.phase == .stem, !atLineStart { return nil }
        finishCurrent(at: i)
        flushLoose(upTo: i)
        startItem(start: i, stemStart: j, number: nil)
        if let hint { current!.hint = hint }
        return j
    }

    /// `1、药效学:研究药物对机体的作用的学科`: numbered terms with their definitions after a colon and nothing else.
    /// Read so only when most of the document's keyless items have that shape (a glossary), never for one item,
    /// except under a 名词解释 part, where every item is a term.
    private mutating func splitTermDefinitions() {
        let candidates = drafts.filter { $0.options.isEmpty && !$0.hasKey && $0.number != nil }
        let termPart = TypeHint.shortAnswer(kind: "term_definition")
        var splits: [(ItemDraft, Int)] = []
        for d in candidates {
            let a = d.stemStart, b = d.stemEnd ?? a
            var j = a
            while j < b, j - a <= 16, s[j] != "\n", !ScalarClass.isColon(s[j]) {
                guard ScalarClass.isCJK(s[j]) || ScalarClass.isASCIILetter(s[j]) || s[j] == " " || s[j] == "-" else { break }
                j += 1
            }
            guard j < b, j > a, ScalarClass.isColon(s[j]), b - j > 4 else { continue }
            splits.append((d, j))
        }
        let glossary = candidates.count >= 3 && splits.count * 5 >= candidates.count * 3
        for (d, colon) in splits where glossary || d.hint == termPart {
            let lineEnd = text.lineEnd(text.lineIndex(at: colon))
            d.keyStart = colon + 1
            d.keyForm = "`term: definition`"
            d.keyEnd = min(d.stemEnd ?? lineEnd, lineEnd)
            d.stemEnd = colon
            if d.hint == .none { d.hint = .shortAnswer(kind: "term_definition") }
        }
    }

    // MARK: titles

    /// The end of a line that only names a part (`名词解释`, `简答题:`), standing alone: before a blank line or a
    /// question number.
    private func partNameEnd(at i: Int, line index: Int) -> Int? {
        let end = text.lineEnd(index)
        guard end > i, end - i <= 24, !ScalarClass.isDigit(s[i]), index + 1 < text.lineStarts.count,
              TypeHint.isSectionName(s[i..<end]) else { return nil }
        let next = text.lineStarts[index + 1]
        guard text.lineEnd(index + 1) == next || recognizer.questionNumber(at: next) != nil else { return nil }
        return end
    }

    /// A document title: a short line followed by an empty line (how scraped pages separate documents), that is not
    /// itself a question, option or key.
    private func titleLineEnd(at i: Int, line index: Int) -> Int? {
        let end = text.lineEnd(index)
        // The blank line must separate this line from more text (a file's final newline is not a separator).
        guard end > i, end - i <= 80, index + 2 < text.lineStarts.count else { return nil }
        let nextStart = text.lineStarts[index + 1]
        guard text.lineEnd(index + 1) == nextStart else { return nil }  // next line is empty
        if recognizer.questionNumber(at: i).map({ $0.style != .bare }) == true { return nil }
        if recognizer.questionLabel(at: i) != nil || recognizer.answerKey(at: i) != nil { return nil }
        // A line holding an answer key (`我的答案:A 正确答案:B`) belongs to the item above it.
        if (i..<end).contains(where: { s[$0] == "答" && recognizer.answerKey(at: $0) != nil }) { return nil }
        // `…练习题及答案 1.妇产科…`: a question numbered 1 glued to the title ends it.
        if lastNumber == nil || current == nil, let glued = (i + 1..<end).first(where: { p in
            s[p - 1] == " " && ScalarClass.isDigit(s[p]) && recognizer.questionNumber(at: p).map { $0.number == 1 && $0.style != .bare } == true
        }) {
            return glued
        }
        // A title is followed by questions, never by a key (`隐藏答案…` widget text, then `答案: C`).
        var after = index + 2
        while after < text.lineStarts.count, text.lineEnd(after) == text.lineStarts[after] { after += 1 }
        if after < text.lineStarts.count, recognizer.answerKey(at: text.lineStarts[after]).map({ $0.kind != .studentAnswer }) == true {
            return nil
        }
        // An option line of any letter (blank-line layouts put an empty line after every option).
        if recognizer.option(at: i, expected: recognizer.firstLetter(at: i) ?? "A", lowerCase: nil, lineStart: true) != nil { return nil }
        // A rule line (`————`) names nothing.
        guard (i..<end).contains(where: { ScalarClass.isCJK(s[$0]) || ScalarClass.isASCIILetter(s[$0]) }) else { return nil }
        // A sentence (ending in `。`, `,` …) or a line inside an explanation or answer is text, unless it names a paper.
        let last = s[end - 1]
        if "。,;、:!".unicodeScalars.contains(last) || current.map({ $0.phase == .explanation || $0.phase == .keyText }) == true,
           !TypeHint.looksLikeTitle(s.string(i..<end)) {
            return nil
        }
        if let current, current.phase != .closed, !current.hasKey, current.options.isEmpty {
            // A one-line stem continuation before a blank line is part of the question, unless it names a paper.
            // A book's name alone (`《论十大关系》`) under a question is its answer, not a paper.
            let line = s.string(i..<end)
            if !TypeHint.looksLikeTitle(line) { return nil }
            if s[i] == "《", s[end - 1] == "》", !s[(i + 1)..<(end - 1)].contains("《") { return nil }
        }
        return end
    }

    // MARK: questions

    private mutating func resetNumbering() {
        if let lastNumber { numberBeforeReset = lastNumber }
        lastNumber = nil
        style = nil
        numberingRun += 1
    }

    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func questionStart(at i: Int) -> NumberMarker? {
        let c = s[i]
        if c == "试" || c == "题" || c == "題" || c == "问" || c == "問" || c == "作" || c == "第" || c == "Q" || c == "q",
           let label = recognizer.questionLabel(at: i) {
            return label
        }
        guard ScalarClass.isDigit(c) || c == "(", let m = recognizer.questionNumber(at: i) else { return nil }
        return accepts(m) ? m : nil
    }

    /// Whether a number marker starts a question here, given the numbering so far.
    private func accepts(_ m: NumberMarker) -> Bool {
        let expected = (lastNumber ?? 0) + 1
        if m.onlyIfExpected {
            // Numbering may go on across a heading (一、… 1-5, 二、… 6-10) or start again from 1.
            return m.number == expected || (lastNumber == nil && m.number == (numberBeforeReset ?? 0) + 1)
        }
        let lineStart = m.start == 0 || s[m.start - 1] == "\n" || precededByBullets(m.start)
        if m.style == .bare {
            return m.number == expected && lookaheadHasBlank(from: m.end, limit: 80)
        }
        if let style, style != m.style { return false }
        // Inside an explanation, `2、矩形表示…` may be a list; when a later line starts the same number and reads as a
        // question, that one is the question.
        if m.number >= expected, m.number - expected <= 6, let item = current, item.phase == .explanation || item.phase == .closed && item.hasKey,
           !looksLikeQuestion(from: m.end), laterQuestionNumbered(m) {
            return false
        }
        // `解析:1. 技术可行性 2. 经济可行性 3. …`: a list running along an explanation's line, not the next question.
        if !lineStart, m.number >= 2, let item = current, item.phase == .explanation || item.phase == .keyText,
           let from = item.phase == .explanation ? item.explanationStart : item.keyStart,
           lineHasNumber(m.number - 1, style: m.style, before: m.start, from: from) {
            return false
        }
        // `答:` then `1. 需求拉动;` `2. 成本推动;` on lines of their own: the answer's points, numbered like questions.
        // A point continues the list when the answer so far has the number before it and not this one, and the
        // line does not read as a question.
        if lineStart, m.number >= 2, let item = current, item.phase == .explanation || item.phase == .keyText,
           let from = item.phase == .explanation ? item.explanationStart : item.keyStart,
           listHasNumber(m.number - 1, style: m.style, from: from, to: m.start),
           !listHasNumber(m.number, style: m.style, from: from, to: m.start),
           !looksLikeQuestion(from: m.end), !startsWithTaskWord(at: m.end) {
            return false
        }
        // `问题:(1)分析…;(2)提出…`: sub-questions inside a line are part of their question.
        if m.style == .paren, style != .paren, !lineStart, lastNumber == nil || current?.phase == .closed { return false }
        if m.number == expected { return true }
        if m.number > expected {
            let jump = m.number - expected
            if jump <= 6 && (lastNumber != nil || lineStart) { return true }
            if jump <= 10 && lineStart { return true }
            if lastNumber == nil && lineStart && m.number < 1000 { return true }  // a paper cut off before its start
            return false
        }
        // A restart (numbering from 1 again, or a scrambled page): only when what follows reads as a question. After
        // a question with no key yet, a line that starts with a task word (`1. 简述…`) is one too, not its answer.
        if lineStart, let item = current, !item.hasKey, item.phase != .keyText, startsWithTaskWord(at: m.end) { return true }
        return looksLikeQuestion(from: m.end)
    }

    /// Whether number `n` is marked in `style` (`2.`, `2、`) between `from` and `position`, on the line that holds
    /// `position`.
    private func lineHasNumber(_ n: Int, style: NumberStyle, before position: Int, from: Int) -> Bool {
        var p = position - 1
        while p >= from, s[p] != "\n", position - p < 400 {
            if ScalarClass.isDigit(s[p]), p == 0 || !ScalarClass.isDigit(s[p - 1]),
               let other = recognizer.questionNumber(at: p, checkingContext: false), other.number == n, other.style == style {
                return true
            }
            p -= 1
        }
        return false
    }

    /// Whether a line in `from..<to` starts with number `n` in `style` (at most 40 lines back).
    private func listHasNumber(_ n: Int, style: NumberStyle, from: Int, to: Int) -> Bool {
        var line = text.lineIndex(at: to)
        var looked = 0
        while line > 0, looked < 40 {
            line -= 1
            looked += 1
            var p = text.lineStarts[line]
            while p < s.count, s[p] == " " { p += 1 }
            if p + 1 < from { break }
            if p >= from, p < to, ScalarClass.isDigit(s[p]) || s[p] == "(",
               let other = recognizer.questionNumber(at: p, checkingContext: false), other.number == n, other.style == style {
                return true
            }
        }
        return false
    }

    /// Whether a line further on (within 200 lines) starts with the same number and delimiter and reads as a question.
    private func laterQuestionNumbered(_ m: NumberMarker) -> Bool {
        var line = text.lineIndex(at: m.start) + 1
        let last = min(text.lineStarts.count, line + 200)
        while line < last {
            let start = text.lineStarts[line]
            if start < s.count, ScalarClass.isDigit(s[start]) || s[start] == "(",
               let other = recognizer.questionNumber(at: start), other.number == m.number, other.style == m.style {
                return looksLikeQuestion(from: other.end)
            }
            line += 1
        }
        return false
    }

    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func precededByBullets(_ i: Int) -> Bool {
        var j = i - 1
        var sawBullet = false
        while j >= 0, i - j <= 24, ScalarClass.isBullet(s[j]) || s[j] == " " {
            if ScalarClass.isBullet(s[j]) { sawBullet = true }
            j -= 1
        }
        return sawBullet && (j < 0 || s[j] == "\n" || !ScalarClass.isDigit(s[j]))
    }

    /// A choice blank `( )`, `(B )`, `(? )` within `limit` scalars, before the next line break.
    private func lookaheadHasBlank(from start: Int, limit: Int) -> Bool {
        var j = start
        while j < s.count, j - start < limit, s[j] != "\n" {
            if s[j] == "(" , blankContent(from: j) != nil { return true }
            j += 1
        }
        return false
    }

    /// A question sentence ahead: a choice blank, a question mark, or an answer label.
    private static let taskWords: [[Unicode.Scalar]] = ["简述", "论述", "试述", "阐述", "概述", "说明", "列举", "比较", "解释",
                                                        "什么是", "如何", "为什么", "谈谈", "请"].map { Array($0.unicodeScalars) }

    /// Whether the text at `i` opens with a word that sets a task (`简述…`, `什么是…`, `如何…`).
    private func startsWithTaskWord(at i: Int) -> Bool {
        DocumentParser.taskWords.contains { s.matches($0, at: i) }
    }

    private func looksLikeQuestion(from start: Int) -> Bool {
        // Options on one of the next two lines: a choice question.
        var line = text.lineIndex(at: start)
        for _ in 0..<2 {
            line += 1
            guard line < text.lineStarts.count else { break }
            let a = text.lineStarts[line]
            if a < s.count, recognizer.option(at: a, expected: "A", lowerCase: nil, lineStart: true) != nil { return true }
            // Options under the next numbered line are that question's.
            if a < s.count, ScalarClass.isDigit(s[a]), recognizer.questionNumber(at: a).map({ $0.style != .bare }) == true { break }
        }
        var j = start
        while j < s.count, j - start < 120 {
            let c = s[j]
            if c == "?" || c == "？" { return true }
            if c == "(", blankContent(from: j) != nil { return true }
            if c == "答" || c == "标", recognizer.answerKey(at: j) != nil { return true }
            if ScalarClass.isDigit(c), recognizer.questionNumber(at: j).map({ $0.style != .bare }) == true { return false }
            j += 1
        }
        return false
    }

    /// If `(…)` at `j` is an answer blank (empty, `?`, letters, a true/false mark), its inner text and end.
    func blankContent(from j: Int) -> (String, Int)? {
        guard j < s.count, s[j] == "(" else { return nil }
        var k = j + 1
        var inner = ""
        while k < s.count, s[k] != ")", k - j <= 10 {
            let c = s[k]
            guard c == " " || c == "?" || ScalarClass.isOptionLetter(c) || ImportVocabulary.isTrueFalseMark(c) else {
                return nil
            }
            if c != " " { inner.unicodeScalars.append(c) }
            k += 1
        }
        guard k < s.count, s[k] == ")" else { return nil }
        return (inner, k + 1)
    }

    private mutating func startItem(start: Int, stemStart: Int, number: Int?) {
        current = ItemDraft(start: start, stemStart: stemStart, number: number, section: section, hint: hint)
        current!.run = numberingRun
    }

    private mutating func finishCurrent(at end: Int) {
        guard let item = current else { return }
        item.close(at: trimmedEnd(end))
        drafts.append(item)
        current = nil
    }

    /// Backs off trailing spaces and bullets so ranges end on content.
    private func trimmedEnd(_ end: Int) -> Int {
        var e = end
        while e > 0, s[e - 1] == " " || s[e - 1] == "\n" || ScalarClass.isBullet(s[e - 1]) { e -= 1 }
        return e
    }

    // MARK: line ends

    private mutating func endLine(at i: Int) {
        guard let item = current else { return }
        // Options and short keys end at the line end; stems and text answers run on.
        if item.phase == .options {
            current = nil  // keep the draft's arrays uniquely referenced, so mutation does not copy them
            item.close(at: trimmedEnd(i))
            current = item
        }
    }

    // MARK: answer keys

    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func keyMarker(at i: Int) -> KeyMarker? {
        let c = s[i]
        let englishAtLineStart = ScalarClass.isASCIILetter(c) && (i == 0 || s[i - 1] == "\n" || i >= 2 && s[i - 1] == " " && s[i - 2] == " ")  // Answer: B
        guard MarkerRecognizer.mayStartKey(c) || englishAtLineStart
                || (!forms.labels.isEmpty && forms.labels.starts.contains(c)) else { return nil }
        if c == "-" {
            var j = i
            while j < s.count, s[j] == "-" || s[j] == "—" { j += 1 }
            guard j > i + 2, j < s.count, let k = recognizer.answerKey(at: j) else { return nil }
            return KeyMarker(start: i, end: k.end, kind: k.kind)
        }
        return recognizer.answerKey(at: i)
    }

    private mutating func handleKey(_ k: KeyMarker) -> Int {
        if k.kind == .studentAnswer {
            // Skip the label and what the student gave; the item's text stops before it.
            if let item = current, item.phase != .closed {
                current = nil
                item.close(at: trimmedEnd(k.start))
                current = item
            }
            var end = k.end
            while end < s.count, s[end] != " ", s[end] != "\n", keyMarker(at: end) == nil { end += 1 }
            return end
        }
        if current == nil || (current!.phase == .closed && current!.hasKey && k.kind == .answer) {
            // A key after loose text: the text's last line was an unnumbered question (判断 lines, 名词解释).
            guard adoptLooseLineAsStem(before: k.start) else {
                orphanKeys.append(k.start)
                return k.end
            }
        }
        let item = current!
        current = nil  // unique reference: no copy-on-write of the draft's arrays
        if k.kind == .explanation {
            item.close(at: trimmedEnd(k.start))
            item.explanationStart = k.end
            item.phase = .explanation
            current = item
            return k.end
        }
        if item.hasKey {  // a second key label: treat as explanation text of the first
            item.close(at: trimmedEnd(k.start))
            item.explanationStart = k.end
            item.phase = .explanation
            current = item
            return k.end
        }
        // `B.` alone on its line, its text on the next, then the key: that text is the option's.
        if item.phase == .closed, !item.hasKey, let last = item.options.indices.last, let end = item.options[last].end,
           end < k.start, s[item.options[last].start..<end].allSatisfy({ $0 == " " || $0 == "\n" }) {
            item.options[last].end = trimmedEnd(k.start)
        }
        item.close(at: trimmedEnd(k.start))
        item.keyLabel = k.start..<k.end  // named for the template summary later, once per distinct label
        if let (token, end) = keyReader.token(at: k.end) ?? recognizer.nextLineKey(after: k.end).flatMap({ keyReader.token(at: $0.start) }),
           !(item.options.isEmpty && (startsEnglishSentence(token: token, end: end) || isWrittenAnswer(token: token, end: end, item: item))) {
            item.keyToken = token
            item.phase = .closed
            // `答案:A。新中国成立标志着…`: the rest of the key's line explains it.
            if !item.options.isEmpty, item.explanationStart == nil, let rest = explanationAfterKey(from: end) {
                item.explanationStart = rest.lowerBound
                item.explanationEnd = rest.upperBound
                current = item
                looseStart = nil
                return rest.upperBound
            }
            current = item
            looseStart = nil
            return end
        }
        item.keyStart = k.end
        item.phase = .keyText
        current = item
        return k.end
    }

    /// Sentence text after a key on its line (after `。`, `,` or spaces), with no label or marker of its own.
    private func explanationAfterKey(from end: Int) -> Range<Int>? {
        var j = end
        while j < s.count, s[j] == " " || s[j] == "。" || s[j] == "," || s[j] == ";" || s[j] == "." { j += 1 }
        guard j > end || j < s.count && ScalarClass.isCJK(s[j]) else { return nil }
        var e = j, letters = 0
        while e < s.count, s[e] != "\n" {
            if ScalarClass.isCJK(s[e]) || ScalarClass.isASCIILetter(s[e]) { letters += 1 }
            e += 1
        }
        guard letters >= 4, recognizer.answerKey(at: j) == nil, recognizer.questionNumber(at: j) == nil,
              recognizer.option(at: j, expected: "A", lowerCase: nil, lineStart: false) == nil,
              !(j..<e).contains(where: { s[$0] == "答" && recognizer.answerKey(at: $0) != nil }) else { return nil }
        return j..<trimmedEnd(e)
    }

    /// Letters read as a key that are the start of a written answer, on an item with no options (yet): glued to
    /// more of it (`H2O`, `B超`, `C语言`, `E=mc²`), or in a fill-in (a 填空 part, or a `____` blank and no choice blank).
    private func isWrittenAnswer(token: String, end: Int, item: ItemDraft) -> Bool {
        guard token != "true", token != "false" else { return false }
        if end < s.count, case let c = s[end], c != "\n", c != " ", !ScalarClass.isColon(c),
           ScalarClass.isDigit(c) || ScalarClass.isCJK(c) || "=+-/²³₂₃^".unicodeScalars.contains(c),
           !"。，,；;、".unicodeScalars.contains(c) {
            // `答案：B项`, `答案为B选项`: the letter is still an option's.
            if s.matches(["项"], at: end) || s.matches(["选", "项"], at: end) || s.matches(["選", "項"], at: end) { return false }
            return true
        }
        if item.hint == .fillBlank { return true }
        let stem = s[item.stemStart..<max(item.stemStart, min(item.stemEnd ?? item.start, s.count))]
        return stem.contains("_") && !stem.contains("(")
    }

    /// `答：A project milestone is…` under a question with no options: the article of an English answer, not key A.
    private func startsEnglishSentence(token: String, end: Int) -> Bool {
        guard token.count == 1, token != "true", token != "false", end + 2 < s.count, s[end] == " " else { return false }
        var j = end + 1
        while j < s.count, ScalarClass.isASCIILetter(s[j]) { j += 1 }
        return j - end - 1 >= 2 && s[end + 1].value >= 0x61
    }

    // MARK: options

    private mutating func handleOption(at i: Int, atLineStart: Bool) -> Int? {
        let c = s[i]
        guard ScalarClass.isOptionLetter(c) || c == "(" else { return nil }
        let lineStartLike = atLineStart || precededByBullets(i)
        if let item = current {
            let expected = item.nextOptionLetter
            let continuing = item.phase == .stem || item.phase == .options
                || (item.phase == .closed && !item.hasKey && !item.options.isEmpty && lineStartLike)
            // `…正确的是( )。答案:B` then the options on the lines below: the key came first.
            let afterKeyOnStemLine = item.phase == .closed && item.keyToken != nil && lineStartLike
                && item.keyLabel.map { text.lineIndex(at: $0.lowerBound) == text.lineIndex(at: item.stemEnd ?? item.stemStart)
                    && $0.lowerBound < (item.options.first?.start ?? Int.max) } == true
            if continuing || afterKeyOnStemLine, expected != "A" || item.phase == .stem || afterKeyOnStemLine && item.options.isEmpty,
               let o = recognizer.option(at: i, expected: expected, lowerCase: item.optionsLowerCase, lineStart: lineStartLike),
               lineStartLike || !isLetterList(at: o.end) {
                current = nil
                // `A.` then its text on the next line, or an option wrapped over two lines: the lines between two
                // options are the first one's.
                if item.phase == .closed, !item.hasKey, let last = item.options.indices.last, let end = item.options[last].end, end < i {
                    item.options[last].end = trimmedEnd(i)
                }
                item.close(at: trimmedEnd(i))
                item.options.append((o.letter, o.end, nil))
                item.optionsLowerCase = o.lowerCase
                item.phase = .options
                current = item
                looseStart = nil
                return o.end
            }
            // A second `A` run right after a full option list: options printed without their stem.
            if expected != "A", item.options.count >= 2,
               recognizer.option(at: i, expected: "A", lowerCase: item.optionsLowerCase, lineStart: lineStartLike) != nil,
               item.phase == .options {
                item.close(at: trimmedEnd(i))
                current = item
                orphanOptions.append(i)
                looseStart = i
                return i + 1
            }
            guard item.phase == .closed || item.phase == .keyText || item.phase == .explanation else { return nil }
        }
        // An `A` option after closed or no item: the line before it is an unnumbered question's stem.
        guard lineStartLike, let o = recognizer.option(at: i, expected: "A", lowerCase: nil, lineStart: true) else { return nil }
        if let item = current, item.phase == .keyText, !item.options.isEmpty || item.keyStart.map({ text.lineIndex(at: $0) == text.lineIndex(at: i) - 1 }) == true {
            return nil
        }
        guard adoptLooseLineAsStem(before: i) else {
            orphanOptions.append(i)
            return nil
        }
        let item = current!
        item.close(at: trimmedEnd(i))
        item.options.append((o.letter, o.end, nil))
        item.optionsLowerCase = o.lowerCase
        item.phase = .options
        current = item
        return o.end
    }

    /// `A、B、C治疗法` inside a stem: letters listed one after another, each with no text of its own, are not options.
    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func isLetterList(at end: Int) -> Bool {
        end + 1 < s.count && ScalarClass.isOptionLetter(s[end]) && (s[end + 1] == "、" || s[end + 1] == "," || s[end + 1] == ".")
    }

    /// Makes the last line before `position` (if it is unclaimed text that reads like a question) the stem of a
    /// new unnumbered item. Returns false when there is no such line.
    private mutating func adoptLooseLineAsStem(before position: Int) -> Bool {
        let lineIndex = text.lineIndex(at: position)
        var stemLine = lineIndex
        let lineStart = text.lineStarts[lineIndex]
        if (lineStart..<position).allSatisfy({ s[$0] == " " || ScalarClass.isBullet(s[$0]) }) {
            stemLine = lineIndex - 1
        }
        guard stemLine >= 0 else { return false }
        var start = text.lineStarts[stemLine]
        let end = stemLine == lineIndex ? position : text.lineEnd(stemLine)
        // A case-analysis item is the whole case and its questions, unnumbered, before the answer.
        let isCase = hint == .shortAnswer(kind: "case_analysis")
        if isCase, current == nil || current?.phase == .closed, let loose = looseStart, loose < start { start = loose }
        // A stem is a sentence or two (a case a page); a longer run is glued text this rule must not re-read (and
        // must not make the scan quadratic).
        guard end > start, end - start <= (isCase ? 4000 : 400) else { return false }
        // The stem must not be claimed already: the current item's key or option on that line.
        if let item = current {
            let claimedUpTo = item.keyEnd ?? item.explanationEnd ?? item.options.last?.end ?? item.stemEnd ?? item.stemStart
            // An explanation ends where a new stem with its options begins (the line must come after its start).
            if item.phase == .explanation, let e = item.explanationStart, e < start {
            } else if item.phase != .closed && item.phase != .keyText { return false }
            if item.phase == .closed && claimedUpTo > start { return false }
            if item.phase == .keyText, let keyStart = item.keyStart, keyStart >= start { return false }
        }
        if recognizer.option(at: start, expected: recognizer.firstLetter(at: start) ?? "A", lowerCase: nil, lineStart: true) != nil {
            return false  // the line is itself an option: options without a stem
        }
        let line = s.string(start..<end)
        guard TypeHint.looksLikeQuestionText(line), !TypeHint.looksLikeTitle(line) else { return false }
        finishCurrent(at: start)
        flushLoose(upTo: start)
        startItem(start: start, stemStart: start, number: nil)
        return true
    }

    // MARK: answer sheets

    /// An answer sheet at `i` (a heading such as `参考答案`, then `1.B 2.D`, `1-5 BCADA` …): reads it, gives its keys to
    /// the paper's items that have none, and returns where the scan goes on. Nil when the line is not one, or what
    /// follows does not key at least two of the paper's keyless items (then it is read as ordinary text).
    private mutating func readAnswerSheet(at i: Int) -> Int? {
        guard let heading = sheet.heading(at: i) else { return nil }
        return readAnswerSheet(at: i, heading: heading)
    }

    /// A numbering restart after a run of keyless questions, with no heading, read as an answer sheet when its
    /// entries restate the questions (`1. OSI参考模型的七层` under `1. OSI参考模型有哪几层`).
    private mutating func readUnheadedAnswerSheet(at i: Int) -> Int? {
        guard let last = lastNumber, last >= 3, let current, !current.hasKey, current.options.isEmpty,
              let m = recognizer.questionNumber(at: i), m.number <= 2, m.number < last else { return nil }
        return readAnswerSheet(at: i, heading: AnswerSheet.Heading(end: i, isBareLabel: false, hasColon: false, endsLine: true, isWeak: true))
    }

    private mutating func readAnswerSheet(at i: Int, heading: AnswerSheet.Heading) -> Int? {
        var end = answerSheetEnd(after: heading.end, prose: false)
        var (entries, unread) = sheet.read(from: heading.end, to: end)
        // Written answers may hold a question mark or a bracket like a blank (`Database Description (DBD)`): a sheet
        // of them ends only at a title or an option list.
        if entries.count >= 2, entries.filter({ $0.text != nil }).count * 2 > entries.count {
            let proseEnd = answerSheetEnd(after: heading.end, prose: true)
            if proseEnd > end { end = proseEnd; (entries, unread) = sheet.read(from: heading.end, to: end) }
        }
        guard entries.count >= 2 else { return nil }
        var keyless = drafts[paperStart...].filter { !$0.hasKey }
        if let current, !current.hasKey { keyless.append(current) }
        let numbers = Set(keyless.compactMap(\.number))
        let inOrder = entries.filter { $0.number == 0 }
        // Keys without numbers only when there is exactly one for each keyless question of the paper.
        guard inOrder.isEmpty || inOrder.count == keyless.count else { return nil }
        guard entries.filter({ $0.number == 0 || numbers.contains($0.number) }).count >= 2 else { return nil }
        // `答案:` / `参考答案:` then `(1)… (2)…` under a question is that question's own answer, in points. A sheet
        // of text keys stands apart: a heading line of its own after a blank line.
        // Entries whose first line restates their question: strong evidence of an answer block.
        var restating = Set<Int>()
        for (k, entry) in entries.enumerated() where entry.number != 0 {
            guard let range = entry.text, let item = keyless.first(where: { $0.number == entry.number }) else { continue }
            var firstLineEnd = range.lowerBound
            while firstLineEnd < range.upperBound, s[firstLineEnd] != "\n" { firstLineEnd += 1 }
            var stemEnd = item.stemStart
            while stemEnd < min(item.stemEnd ?? s.count, s.count), s[stemEnd] != "\n" { stemEnd += 1 }
            if Restatement.resembles(s[range.lowerBound..<firstLineEnd], s[item.stemStart..<stemEnd]) { restating.insert(k) }
        }
        let textEntries = entries.filter { $0.text != nil }.count
        let restated = restating.count >= 2 && restating.count * 5 >= textEntries * 3
        if heading.isWeak && !restated { return nil }
        if !restated, let current, !current.hasKey, current.options.isEmpty,
           entries.filter({ $0.token != nil }).count * 2 < entries.count {
            let standsApart = !heading.hasColon && heading.endsLine && lineCursor > 0
                && text.lineEnd(lineCursor - 1) == text.lineStarts[lineCursor - 1]
            if heading.isBareLabel || !standsApart { return nil }
        }
        finishCurrent(at: i)
        flushLoose(upTo: i)
        looseStart = nil
        // Sections of the sheet (一、二、…) pair with the paper's numbering runs when both restart their numbers.
        let groups = entries.filter { $0.number != 0 }.map(\.group).uniqued()
        let runs = keyless.map(\.run).uniqued()
        let runOfGroup = groups.count > 1 && groups.count == runs.count ? Dictionary(uniqueKeysWithValues: zip(groups, runs)) : nil
        for (item, entry) in zip(keyless, inOrder) {
            item.keyToken = entry.token
            item.keyForm = "an answer sheet in question order"
        }
        for (k, entry) in entries.enumerated() where entry.number != 0 {
            let run = runOfGroup?[entry.group]
            guard let item = keyless.first(where: { $0.number == entry.number && !$0.hasKey && (run == nil || $0.run == run) }) else {
                orphanKeys.append(entry.position)
                continue
            }
            item.keyForm = "a numbered answer sheet after the questions"
            if let token = entry.token { item.keyToken = token } else if let range = entry.text {
                item.keyStart = range.lowerBound
                item.keyEnd = range.upperBound
                // The restated question heading the answer is not part of it.
                if restating.contains(k), let lineBreak = s[range].firstIndex(of: "\n"), lineBreak + 1 < range.upperBound {
                    item.keyStart = lineBreak + 1
                }
            }
            if let range = entry.explanation, item.explanationStart == nil {
                item.explanationStart = range.lowerBound
                item.explanationEnd = range.upperBound
            }
        }
        unreadSheetLines += unread
        resetNumbering()
        return end
    }

    /// An answer sheet runs to the next paper title, or to a line that reads like a question (a blank, a question
    /// mark, an option list), or to the end.
    private func answerSheetEnd(after start: Int, prose: Bool) -> Int {
        var line = text.lineIndex(at: start) + 1
        while line < text.lineStarts.count {
            let lineStart = text.lineStarts[line]
            let lineEnd = text.lineEnd(line)
            guard lineEnd > lineStart else { line += 1; continue }
            if !sheet.startsEntry(at: lineStart) {
                if titleLineEnd(at: lineStart, line: line) != nil { return lineStart }
                if recognizer.option(at: lineStart, expected: "A", lowerCase: nil, lineStart: true) != nil { return lineStart }
            }
            if !prose, (lineStart..<lineEnd).contains(where: { s[$0] == "?" }) || lookaheadHasBlank(from: lineStart, limit: lineEnd - lineStart) {
                return lineStart
            }
            line += 1
        }
        return s.count
    }

    // MARK: loose text

    private mutating func flushLoose(upTo end: Int) {
        guard let start = looseStart else { return }
        looseStart = nil
        guard end > start else { return }
        looseRanges.append(start..<end)
        // Text before a paper's first question may name the item type: `…在线作业单选题 (共20道题)`.
        if lastNumber == nil, current == nil {
            let found = s.withUnsafeBufferPointer { TypeHint.fromLooseText(UnsafeBufferPointer(rebasing: $0[start..<min(end, $0.count)])) }
            if found != .none { hint = found }
        }
    }
}

extension MarkerRecognizer {
    /// The upper-case option letter at `i`, if there is one.
    func firstLetter(at i: Int) -> Unicode.Scalar? {
        guard i < s.count else { return nil }
        var j = i
        if s[j] == "(" { j += 1 }
        guard j < s.count, ScalarClass.isOptionLetter(s[j]) else { return nil }
        return s[j].value >= 0x61 ? Unicode.Scalar(s[j].value - 0x20) : s[j]
    }
}

/// Scalars that can begin some marker (number, label, option, key, heading): everything else is skipped fast.
enum MarkerStarts {
    /// One bit per BMP scalar (8 KB, so the test every scalar gets stays in cache).
    static let bits: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 0x10000 / 64)
        // (`K`, `R`, `S`: English labels after a wide gap in a flattened line, `…Rome  Key: C`.)
        let starters = "0123456789(【[-—•·●○◆■□▪*ABCDEFGHabcdefghKRSkrs答参參标標正选選解分第一二三四五六七八九十零〇试题題问問作"
        for scalar in starters.unicodeScalars { t[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63) }
        for scalar in MarkerRecognizer.keyStarts where scalar.value < 0x10000 { t[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63) }
        return t
    }()

    static func mayStart(_ c: Unicode.Scalar, in bits: [UInt64] = MarkerStarts.bits) -> Bool {
        c.value < 0x10000 && bits[Int(c.value >> 6)] & (1 << UInt64(c.value & 63)) != 0
    }
}
