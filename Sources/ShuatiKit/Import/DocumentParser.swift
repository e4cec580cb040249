/// The import state machine: walks the normalised text once, recognising titles, headings, question numbers,
/// options and answer keys, and collects `ItemDraft`s. Which marker counts depends on context (the expected next
/// question number, the next option letter), which is what makes glued text like `…D.西方经济学2.建立…` readable.
final class DocumentParser {
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
    /// `（1-3题共用备选答案）` over options then numbered stems without options (a B1 group): the options each of
    /// those stems shares, and the numbers the note names (nil: the stems right after the options).
    private var sharedOptions: (numbers: ClosedRange<Int>?, options: [(letter: Unicode.Scalar, start: Int, end: Int?)])?
    /// The last item that took a B1 group's shared options (a stemless option block after it starts the next group).
    private var lastSharedOptionItem: ItemDraft?

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

    private func updateSection() {
        sharedOptions = nil  // (a B1 group's options end with its part)
        // (joined by hand: the array, filter and join cost more than the rest of a heading line)
        section = title.isEmpty ? heading : heading.isEmpty ? title : title + " " + heading
    }

    /// Runs the scan; afterwards `drafts` holds every item in document order.
    func parse() {
        var i = 0
        let n = s.count
        let markerStarts = MarkerStarts.bits  // read once: a static's lazy-init check on every scalar was measurable
        // The same bits with the document's learned label starts added, for skipping runs of plain text.
        var runStops = markerStarts
        for c in forms.labels.starts where c.value < 0x10000 { runStops[Int(c.value >> 6)] |= 1 << UInt64(c.value & 63) }
        let runsSkippable = !forms.labels.starts.contains { $0.value >= 0x10000 }
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
                // Once loose text has its start (or an item is open), nothing happens at a plain scalar: the run up
                // to the next line break or possible marker is passed in one tight loop.
                if runsSkippable, looseStart != nil || current.map({ $0.phase != .closed }) == true {
                    i = plainRunEnd(from: i, stops: runStops)
                }
                continue
            }
            if atLineStart {
                // The scan only moves forward, so the line index follows it instead of being searched for.
                if lineCursor < text.lineStarts.count, text.lineStarts[lineCursor] > i { lineCursor = text.lineIndex(at: i) }
                while lineCursor + 1 < text.lineStarts.count, text.lineStarts[lineCursor + 1] <= i { lineCursor += 1 }
            }
            // (`2016株洲市…参考答案及解析`: a heading may open with a year.)
            if atLineStart, !ScalarClass.isDigit(c) || recognizer.questionNumber(at: i) == nil, let end = readAnswerSheet(at: i) {
                i = end
                continue
            }
            if atLineStart, ScalarClass.isDigit(c), let end = readUnheadedAnswerSheet(at: i) {
                i = end
                continue
            }
            if atLineStart, c != " ", let end = readMarkedOptionBlock(at: i) {
                i = end
                continue
            }
            if atLineStart, c != " ", let end = readNumberedOptionBlock(at: i) {
                i = end
                continue
            }
            if atLineStart, c == "T" || c == "F", let end = readTrueFalseWordWithComment(at: i) {
                i = end
                continue
            }
            if atLineStart, ScalarClass.isASCIILetter(c), let end = readOnlyOptionUnderKeyLabel(at: i) {
                i = end
                continue
            }
            if atLineStart, c == "*", current != nil, let end = handleMarkedOption(at: i) {
                // (before the line forms: `*B、核碎裂` then a blank line is a marked option, not a short title line)
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
                heading = TypeHint.cleanTitle(s[i..<end])
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
                let line = TypeHint.cleanTitle(s[i..<end])
                // `C卷` under `填空题`: another version of the same part, whose type it keeps.
                let isVersion = TypeHint.isPaperVersion(line)
                title = line
                heading = ""
                updateSection()
                if !isVersion { hint = TypeHint.fromTitle(title) }
                resetNumbering()
                i = end
                continue
            }
            if c == "第" || ScalarClass.chineseDigit(c) != nil || (c == "(" && atLineStart), let h = recognizer.heading(at: i) {
                finishCurrent(at: i)
                flushLoose(upTo: i)
                heading = h.text
                updateSection()
                // A chapter inside a typed part keeps its type; a part of its own (`四、连线题`) names none.
                if h.hint != .none || c != "第" { hint = h.hint }
                resetNumbering()
                i = h.end
                continue
            }
            if atLineStart, ScalarClass.isASCIILetter(c), let (typeHint, end) = recognizer.englishTypeLabel(at: i) {
                // `Short answer: Describe…`, `True or False: …`: an unnumbered question started by its type.
                finishCurrent(at: i)
                flushLoose(upTo: i)
                startItem(start: i, stemStart: end, number: nil)
                current!.hint = typeHint
                i = end
                continue
            }
            if atLineStart, c == "Q", let end = readUnnumberedQDot(at: i) {
                i = end
                continue
            }
            if c == "【" || c == "[" || c == "题" || c == "題" || c == "Q" || c == "q" || c == "例" && atLineStart,
               let end = unnumberedQuestionStart(at: i, atLineStart: atLineStart) {
                i = end
                continue
            }
            if atLineStart, let loose = looseStart, let heading = restartHeading(at: i, loose: loose) {
                // `Contest 1b` (or an instruction) then `1.` again: a new part whose heading no list names.
                finishCurrent(at: loose)
                flushLoose(upTo: i)
                self.heading = heading
                updateSection()
                resetNumbering()
            }
            if let m = questionStart(at: i) {
                if let item = current, let end = listNumberedOptionRow(m, item: item) {
                    // `1. …是( )。` then `2. A:… B:… C:…`: a page that made each paragraph a list entry numbered the
                    // option row too; the row is the question's options.
                    lastNumber = m.number
                    i = end
                    continue
                }
                if m.number == 1, let item = current, let heading = numberedTitle(item) {
                    // `1. 2020年初级会计职称…每日一练` then `1.预收账款…`: a numbered title, not question 1.
                    current = nil
                    looseRanges.append(item.start..<i)
                    self.heading = heading
                    updateSection()
                }
                // `(×)1.…` / `( √ )2、…`: the statement's mark printed in brackets before its number belongs to it, not
                // to the statement above.
                let markFirst = m.start == 0 || s[m.start - 1] == "\n" ? nil : markBeforeNumber(m)
                let cut = markFirst?.lineStart ?? i
                finishCurrent(at: cut)
                flushLoose(upTo: cut)
                startItem(start: m.start, stemStart: m.end, number: m.number)
                current!.numberForm = ParseTemplate.numberForm(m.style)
                if let markFirst {
                    current!.keyToken = ImportVocabulary.trueFalseMark(markFirst.mark) == true ? "true" : "false"
                    current!.keyForm = "a true/false mark in brackets before the number"
                }
                i = m.end
                if let (tagHint, tagEnd) = recognizer.typeTag(at: m.end, afterLabel: m.style == .label) {
                    // `1.【单选题】…`: the item's own type, and not part of its stem (nor its score a number).
                    current!.hint = tagHint
                    current!.stemStart = tagEnd
                    i = tagEnd
                }
                lastNumber = m.number
                // (a `2,` typo keeps `1.`, and one number that lost its delimiter, `12 …`, keeps `11、`)
                if m.style != .bare, !(style == .dot && m.style == .comma), !(style != nil && m.style == .spaced) { style = m.style }
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
        if let loose = looseStart, current == nil || current!.phase == .closed {  // the last line has no line break
            _ = adoptTrueFalseStatement(from: loose, lineEnd: n)
        }
        finishCurrent(at: n)
        flushLoose(upTo: n)
        splitTermDefinitions()
    }

    // MARK: line forms

    /// Whole-line forms decided at a line start: an unlabelled answer line (from the survey's template), a bare key
    /// line after the options (`B`), a true/false pair line (`对 错`) and the letter that picks from it.
    private func readLineForm(at i: Int) -> Int? {
        let line = lineCursor
        let end = text.lineEnd(line)
        if forms.stemLines.contains(line) {
            finishCurrent(at: i)
            flushLoose(upTo: i)
            startItem(start: i, stemStart: i, number: nil)
            return nil  // the rest of the line is read as the stem
        }
        if ScalarClass.isDigit(s[i]) || s[i] == "|", pipeFollowsNumber(at: i, end: end), let row = tableTrueFalseRow(from: i, to: end) {
            // `11 | 硬盘属于外部存储设备 | 正确 |`: a table row of number, statement and its true/false key.
            finishCurrent(at: i)
            flushLoose(upTo: i)
            startItem(start: i, stemStart: row.stem.lowerBound, number: row.number)
            current!.stemEnd = row.stem.upperBound
            return closeWithKeyLine(current!, from: row.key.lowerBound, to: row.key.upperBound, form: "a table row: number | statement | true/false")
        }
        guard let item = current else { return nil }
        if item.phase == .stem, item.options.isEmpty, !item.hasKey, end - i <= 40,
           AnswerKeyReader.wordStarts.contains(s[i]) || s[i].isOne(of: "tfTFyYnN"),
           OptionMatcher.trueFalseLine(s.string(i..<end)) != nil,
           s[item.stemStart..<i].filter({ ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }).count >= 6 {
            // `True` / `错` alone under a statement: its key (a bracketed note after it is read as the explanation).
            return closeWithKeyLine(item, from: i, to: end, form: "a true/false word on the line after the statement")
        }
        if forms.answerLines.contains(line), item.phase == .stem, item.options.isEmpty, !item.hasKey {
            return closeWithKeyLine(item, from: i, to: end, form: "the line after the question, no label")
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
        // `B) A system software` under `A)`…`D)`: the right option printed again is the key.
        if let letter = repeatedOption(from: i, to: end, item: item) {
            current = nil
            item.close(at: trimmedEnd(i))
            item.keyToken = String(Character(letter))
            item.keyForm = "the right option printed again under the options"
            item.phase = .closed
            current = item
            looseStart = nil
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

    /// The letter of an option whose marker and text the line at `i` repeats, right under the item's options.
    private func repeatedOption(from i: Int, to end: Int, item: ItemDraft) -> Unicode.Scalar? {
        guard item.options.count >= 2, item.phase == .options || item.phase == .closed, let first = recognizer.firstLetter(at: i),
              first != item.nextOptionLetter, let k = item.options.firstIndex(where: { $0.letter == first }),
              let o = recognizer.option(at: i, expected: first, lowerCase: item.optionsLowerCase, lineStart: true),
              let optionEnd = item.options[k].end, optionEnd <= i else { return nil }
        let printed = StemCleaner.cleanOption(s[item.options[k].start..<max(item.options[k].start, optionEnd)])
        let again = StemCleaner.cleanOption(s[o.end..<end])
        return !again.isEmpty && again == printed ? first : nil
    }

    /// Ends the item's stem before `from` and makes the rest of that line its key, read as text; returns where the
    /// scan goes on.
    private func closeWithKeyLine(_ item: ItemDraft, from i: Int, to end: Int, form: String) -> Int {
        current = nil  // (a unique reference: no copy-on-write of the draft's arrays)
        item.close(at: trimmedEnd(i))
        item.keyStart = i
        item.keyEnd = end
        item.keyForm = form
        item.phase = .closed
        current = item
        looseStart = nil
        return end
    }

    /// Whether the line at `i` opens with a number cell (`12 |`, `| 12 |`): the cheap test before reading a table row.
    @inline(__always)
    private func pipeFollowsNumber(at i: Int, end: Int) -> Bool {
        var j = i
        if s[j] == "|" { j += 1; while j < end, s[j] == " " { j += 1 } }
        let digits = j
        while j < end, j - digits < 4, ScalarClass.isDigit(s[j]) { j += 1 }
        guard j > digits else { return false }
        while j < end, s[j] == " " { j += 1 }
        return j < end && s[j] == "|"
    }

    /// `11 | 计算机只能处理数字信息 | 错误 |` (pipes round the row or not): a number cell, a statement cell and a cell
    /// holding only a true/false word. Other tables (`1 | B`, score tables) are not rows of this kind.
    private func tableTrueFalseRow(from i: Int, to end: Int) -> (number: Int, stem: Range<Int>, key: Range<Int>)? {
        var j = i
        if s[j] == "|" { j += 1; while j < end, s[j] == " " { j += 1 } }
        guard j < end, let (number, afterNumber) = digitsValue(at: j, end: end), number > 0 else { return nil }
        j = afterNumber
        while j < end, s[j] == " " { j += 1 }
        guard j < end, s[j] == "|" else { return nil }
        j += 1
        while j < end, s[j] == " " { j += 1 }
        let stemStart = j
        var letters = 0
        while j < end, s[j] != "|" {
            if ScalarClass.isCJK(s[j]) || ScalarClass.isASCIILetter(s[j]) { letters += 1 }
            j += 1
        }
        guard j < end, letters >= 4 else { return nil }
        var stemEnd = j
        while stemEnd > stemStart, s[stemEnd - 1] == " " { stemEnd -= 1 }
        j += 1
        while j < end, s[j] == " " { j += 1 }
        let keyStart = j
        while j < end, s[j] != "|", s[j] != " " { j += 1 }
        let keyEnd = j
        while j < end, s[j] == " " || s[j] == "|" { j += 1 }
        guard j == end, keyEnd > keyStart, keyEnd - keyStart <= 4, AnswerKeyReader.wordStarts.contains(s[keyStart]),
              AnswerKeyReader.value(of: s.string(keyStart..<keyEnd)) != nil else { return nil }
        return (number, stemStart..<stemEnd, keyStart..<keyEnd)
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
    private func unnumberedQuestionStart(at i: Int, atLineStart: Bool) -> Int? {
        var j = i
        let open = s[i]
        let bracketed = open == "【" || open == "["
        if bracketed { j += 1 }
        var hint: TypeHint?
        var matched = 0
        var exampleRead = false
        if j < s.count, s[j] == "例", let end = exampleLabelEnd(at: j, bracketed: bracketed, atLineStart: atLineStart) {
            // `【例2】` `【例题】` `例3:` before an example question (`例题1:` is numbered by the recogniser).
            j = end
            exampleRead = true
        } else if bracketed, atLineStart, let end = bracketedExampleWordEnd(at: j) {
            // `【典型例题】` `【真题】` `【模拟练习】` before a question.
            j = end
            exampleRead = true
        } else if j < s.count, MarkerRecognizer.questionWordStarts.mayStart(s[j]),
                  let word = MarkerRecognizer.questionWordScalars.first(where: { s.matches($0, at: j) }) {
            matched = word.count
        } else if bracketed, let (word, h) = recognizer.typeWord(at: j), !explainsOpenItem(word, at: j + word.count, close: open == "【" ? "】" : "]") {
            matched = word.count
            hint = h
            if j + matched < s.count, s[j + matched] == "题" || s[j + matched] == "題" { matched += 1 }
        }
        guard matched > 0 || exampleRead else { return nil }
        j += matched
        guard j < s.count else { return nil }
        if exampleRead {
            // (the example label was read whole)
        } else if bracketed {
            guard s[j] == (open == "【" ? "】" : "]") else { return nil }
            j += 1
        } else {
            // An unbracketed label must stand at the line start and end with a colon: `题目:…`.
            guard atLineStart, ScalarClass.isColon(s[j]),
                  ImportVocabulary.unbracketedQuestionWords.contains(String(String.UnicodeScalarView(s[(j - matched)..<j]))) else { return nil }
            j += 1
        }
        while j < s.count, s[j] == " " || ScalarClass.isColon(s[j]) { j += 1 }
        if exampleRead, !bracketed, j < s.count, s[j] == "\n" {
            // `例3` alone on its line: the example's question is on the lines below.
            var k = j
            while k < s.count, s[k] == "\n" || s[k] == " " { k += 1 }
            if k < s.count, recognizer.option(at: k, expected: "A", lowerCase: false, lineStart: true) != nil {
                // `例5.` over `A.…`–`E.…` then `1.…` `2.…`: a B1 group whose options come first.
                if let end = readSharedOptions(at: i, line: text.lineIndex(at: k), numbers: nil) { return end }
            } else if k < s.count, !ScalarClass.isDigit(s[k]), recognizer.answerKey(at: k) == nil { j = k }
        }
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
        if let (tagHint, tagEnd) = recognizer.typeTag(at: j) {
            // `例题: (单选题)心理治疗的目的是:…`: the item's type, not part of its stem.
            current!.hint = tagHint
            current!.stemStart = tagEnd
            return tagEnd
        }
        return j
    }

    /// `【分析】…` / `【解答】解：…` / `故选：A` under a question with no key yet (the 菁优网 layout): a type word that is
    /// also an explanation label, alone in its brackets, labels that question's working rather than starting one.
    private func explainsOpenItem(_ word: [Unicode.Scalar], at end: Int, close: Unicode.Scalar) -> Bool {
        guard let item = current, !item.hasKey, end < s.count, s[end] == close,
              ImportVocabulary.explanationWords.contains(String(String.UnicodeScalarView(word))) else { return false }
        return true
    }

    /// Opens the options of `item` when the numbered line `m` is the next list number before an option row and `item`
    /// is a choice stem (ending in its blank) with no options yet; returns where the scan goes on.
    private func listNumberedOptionRow(_ m: NumberMarker, item: ItemDraft) -> Int? {
        guard item.phase == .stem, item.options.isEmpty, !item.hasKey, let previous = item.number, m.number == previous + 1,
              m.style != .label, m.start > 0, s[m.start - 1] == "\n" || s[m.start - 1] == " ",
              recognizer.option(at: m.end, expected: "A", lowerCase: false, lineStart: true) != nil else { return nil }
        var e = trimmedEnd(m.start)
        while e > item.stemStart, s[e - 1] == "。" || s[e - 1] == "." || s[e - 1] == " " { e -= 1 }
        guard e > item.stemStart, s[e - 1] == ")" else { return nil }
        item.stemEnd = trimmedEnd(m.start)
        return handleOption(at: m.end, atLineStart: true)
    }

    /// Where an example label starting with `例` at `j` ends: past its bracket (`【例】` `【例2】` `【例题3】`) or, at a
    /// line start, past the colon of `例2:` (`例题:` and `例题2:` are read as question words and numbered labels).
    private func exampleLabelEnd(at j: Int, bracketed: Bool, atLineStart: Bool) -> Int? {
        var k = j + 1
        let titled = k < s.count && (s[k] == "题" || s[k] == "題")
        if titled { k += 1 }
        let digits = k
        while k < s.count, ScalarClass.isDigit(s[k]), k - digits < 3 { k += 1 }
        guard k < s.count else { return nil }
        if bracketed { return s[k] == "】" || s[k] == "]" ? k + 1 : nil }
        guard atLineStart, !titled, k > digits else { return nil }
        if ScalarClass.isColon(s[k]) { return k + 1 }
        // `例1.` `例2、` (not `例1.5`), or `例3` alone on its line with the question below it.
        if s[k] == "." || s[k] == "、" {
            return k + 1 < s.count && ScalarClass.isDigit(s[k + 1]) ? nil : k + 1
        }
        var e = k
        while e < s.count, s[e] == " " { e += 1 }
        return e < s.count && s[e] == "\n" ? e : nil
    }

    /// Past the closing bracket of `【典型例题】` `【真题】` `【课堂练习2】` (up to four letters before an example word, digits
    /// after it), from just inside the bracket.
    private func bracketedExampleWordEnd(at j: Int) -> Int? {
        var w = j
        while w < s.count, w - j <= 4, ScalarClass.isCJK(s[w]) {
            if let word = MarkerRecognizer.exampleWords.first(where: { s.matches($0, at: w) }) {
                var k = w + word.count
                let digits = k
                while k < s.count, ScalarClass.isDigit(s[k]), k - digits < 3 { k += 1 }
                return k < s.count && (s[k] == "】" || s[k] == "]") ? k + 1 : nil
            }
            w += 1
        }
        return nil
    }

    /// `1、药效学:研究药物对机体的作用的学科`: numbered terms with their definitions after a colon and nothing else.
    /// Read so only when most of the document's keyless items have that shape (a glossary), never for one item,
    /// except under a 名词解释 part, where every item is a term.
    private func splitTermDefinitions() {
        let candidates = drafts.filter { $0.options.isEmpty && !$0.hasKey && ($0.number != nil || forms.termLines.contains(text.lineIndex(at: $0.start))) }
        let termPart = TypeHint.shortAnswer(kind: "term_definition")
        var splits: [(ItemDraft, Int)] = []
        for d in candidates {
            let a = d.stemStart, b = d.stemEnd ?? a
            var j = a
            while j < b, j - a <= 16, s[j] != "\n", !ScalarClass.isColon(s[j]) {
                // (`合作性问题(潜在并发症):…`: a note in brackets is part of the term.)
                guard ScalarClass.isCJK(s[j]) || ScalarClass.isASCIILetter(s[j]) || s[j] == " " || s[j] == "-" || s[j] == "(" || s[j] == ")" else { break }
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
    private func partNameEnd(at lineStart: Int, line index: Int) -> Int? {
        let end = text.lineEnd(index)
        var i = lineStart  // (`• 名词解释`: a bulleted part name)
        while i < end, s[i] == " " || ScalarClass.isBullet(s[i]) { i += 1 }
        // `2.2 填空题`: an article's numbered subsection named by a type (a paragraph about it may follow).
        let subsection = decimalSectionNumberEnd(from: i, to: end)
        if let subsection { i = subsection }
        guard end > i, end - i <= 24, !ScalarClass.isDigit(s[i]), index + 1 < text.lineStarts.count,
              TypeHint.isSectionName(s[i..<end]) else { return nil }
        let next = text.lineStarts[index + 1]
        guard subsection != nil || text.lineEnd(index + 1) == next || recognizer.questionNumber(at: next) != nil else { return nil }
        return end
    }

    /// `2.2 ` (digits, a dot, digits, then a space) at `i`: where the name after it starts.
    private func decimalSectionNumberEnd(from i: Int, to end: Int) -> Int? {
        guard i < end, ScalarClass.isDigit(s[i]) else { return nil }
        var j = i
        while j < end, j - i < 2, ScalarClass.isDigit(s[j]) { j += 1 }
        guard j < end, s[j] == "." else { return nil }
        j += 1
        let minor = j
        while j < end, j - minor < 2, ScalarClass.isDigit(s[j]) { j += 1 }
        guard j > minor, j < end, s[j] == " " else { return nil }
        while j < end, s[j] == " " { j += 1 }
        return j
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
        if ScalarClass.isPictograph(s[i]) {  // `✅ Answer: A` is a key, marks and all
            var k = i
            while k < end, s[k] == " " || ScalarClass.isPictograph(s[k]) { k += 1 }
            if k < end, recognizer.answerKey(at: k) != nil { return nil }
        }
        // `一、名词解释` then an empty line: a typed part of the same paper, read as a heading.
        // (`四、连线题` too: any `…题` part, typed or not; a `第二章` chapter over a blank line may still title a paper.)
        if ScalarClass.chineseDigit(s[i]) != nil || s[i] == "第", let h = recognizer.heading(at: i),
           h.hint != .none || s[i] != "第" { return nil }
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
        // A statement keyed in its closing blank (`…口头订立。(错)`) is a true/false item.
        if trueFalseBlankAtEnd(from: i, to: end) != nil { return nil }
        // A sentence (ending in `。`, `,` …) or a line inside an explanation or answer is text, unless it names a paper.
        let last = s[end - 1]
        if last.isOne(of: "。,;、:!") || current.map({ $0.phase == .explanation || $0.phase == .keyText }) == true,
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

    /// The first line of the loose text before `i` when `i` starts the numbering again at 1 after a numbered run:
    /// a short heading (and maybe an instruction) between two parts.
    private func restartHeading(at i: Int, loose: Int) -> String? {
        guard let last = lastNumber, last >= 2, current == nil || current!.phase == .closed, ScalarClass.isDigit(s[i]),
              let m = recognizer.questionNumber(at: i), m.number == 1, style == nil || m.style == style,
              i - loose <= 240 else { return nil }
        let lines = s[loose..<i].split(separator: "\n").map { String(String.UnicodeScalarView($0)).trimmingCharacters(in: .whitespaces) }
            .filter { line in line.unicodeScalars.contains { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) } }
        guard let first = lines.first, lines.count <= 2, first.unicodeScalars.count <= 40 else { return nil }
        return first
    }

    // MARK: questions

    private func resetNumbering() {
        if let lastNumber { numberBeforeReset = lastNumber }
        lastNumber = nil
        style = nil
        numberingRun += 1
    }

    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func questionStart(at i: Int) -> NumberMarker? {
        let c = s[i]
        if c == "试" || c == "题" || c == "題" || c == "问" || c == "問" || c == "作" || c == "第" || c == "Q" || c == "q"
            || (i == 0 || s[i - 1] == "\n") && ScalarClass.isCJK(c),  // `典型例题1:` at a line start
           let label = recognizer.questionLabel(at: i) {
            // A label inside a line (`… ✅- Answer Question#2 …`) goes on only with the numbering.
            if label.onlyIfExpected, label.number != (lastNumber ?? 0) + 1 { return nil }
            return label
        }
        guard ScalarClass.isDigit(c) || c == "(", let m = recognizer.questionNumber(at: i) else { return nil }
        return accepts(m) ? m : nil
    }

    /// Whether the last text before `i` (past line breaks and spaces) is a colon: a lead-in to a list below it.
    private func endsInColon(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == "\n" || s[k] == " " || s[k] == "\t" { k -= 1 }
        return k >= 0 && ScalarClass.isColon(s[k])
    }

    /// Whether the line from `i` ends in a question mark (a point of an answer states, a question asks).
    private func lineAsks(from i: Int) -> Bool {
        var k = text.lineEnd(text.lineIndex(at: i)) - 1
        while k > i, s[k] == " " { k -= 1 }
        return k >= i && (s[k] == "?" || s[k] == "？")
    }

    /// Whether a number marker starts a question here, given the numbering so far.
    private func accepts(_ m: NumberMarker) -> Bool {
        let expected = (lastNumber ?? 0) + 1
        // `2021.` / `1998、` in text: a year, unless the numbering has reached it.
        if m.number >= 1900, m.number <= 2099, m.number != expected { return false }
        // `答：一般有以下几点：` then `（1）…` on a line below: the answer's first point, not a question, when the
        // answer so far ends in the colon that announces its points.
        if m.number == 1, let item = current, item.phase == .keyText || item.phase == .explanation,
           m.start == 0 || s[m.start - 1] == "\n", endsInColon(before: m.start), !lineAsks(from: m.end) {
            return false
        }
        if m.onlyIfExpected {
            // Numbering may go on across a heading (一、… 1-5, 二、… 6-10) or start again from 1.
            if m.number == expected || (lastNumber == nil && m.number == (numberBeforeReset ?? 0) + 1) { return true }
            // `注意事项:1.…2.…3.…` then `1.2020年11月…`: the questions restart at 1 on a stem that opens with a date.
            return m.number == 1 && lastNumber != nil && startsWithDate(at: m.end) && looksLikeQuestion(from: m.end)
        }
        let lineStart = m.start == 0 || s[m.start - 1] == "\n" || precededByBullets(m.start)
        if m.style == .bare {
            // `期限为3个月`, `2018年5月1日`: a quantity with its unit, not a question glued to its stem.
            if m.end < s.count, DocumentParser.unitScalars.contains(s[m.end]) { return false }
            // `…指标为3小时。请问…( )`: hours (`小时`), not `3小明…`, a question glued to its name.
            if m.end + 1 < s.count, s[m.end] == "小", s[m.end + 1] == "时" { return false }
            // Early in a stem that has no options yet, a glued number is the stem's own (`2. 指标为3小时…`).
            if !lineStart, let item = current, item.phase == .stem, item.options.isEmpty, m.start - item.stemStart < 20,
               !s[item.stemStart..<m.start].contains("\n") { return false }
            return m.number == expected && lookaheadHasBlank(from: m.end, limit: 80)
        }
        // `…because of line 7.` then a line break: a number ending a sentence, not a question with no text.
        if !lineStart, m.end >= s.count || s[m.end] == "\n" { return false }
        // `解析:…消费增加5、4%…`: inside an explanation or answer, a number on the line goes on only with the numbering.
        if !lineStart, m.number != expected, let item = current, item.phase == .explanation || item.phase == .keyText { return false }
        if let style, style != m.style,
           // `11、…失效。(√)` then `12 导游员…`: one number that lost its delimiter, the next in line, after a line that
           // closes on a bracket (the previous statement's mark or blank).
           !(m.style == .spaced && lineStart && m.number == expected && previousLineEndsWithBracket(before: m.start)
             && (current?.phase == .stem || current?.phase == .closed)) {
            // `1.…(√)` then `2,…`: a comma typed for the dot, at a line start, with the next number, outside an answer.
            guard style == .dot, m.style == .comma, s[m.start + (m.number >= 10 ? 2 : 1)] == ",", lineStart, m.number == expected,
                  let item = current, item.phase == .stem || item.phase == .options || item.phase == .closed else { return false }
        }
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
           // (`(2)…` after `(1)…` in an answer: a point unless it asks something.)
           !looksLikeQuestion(from: m.end) || m.style == .paren && !lineAsks(from: m.end), !startsWithTaskWord(at: m.end) {
            return false
        }
        // `问题:(1)分析…;(2)提出…`: sub-questions inside a line are part of their question.
        if m.style == .paren, style != .paren, !lineStart, lastNumber == nil || current?.phase == .closed { return false }
        // `3 个月后…`: a number and a space open a list only at 1, or where a question follows.
        if m.style == .spaced, lastNumber == nil, m.number != 1, !looksLikeQuestion(from: m.end) { return false }
        // `5. A table has retention set to 5. What is…`: inside a stem still without options, a number after an
        // English word on the stem's line, lower than the next one, is the stem's own text, not a restart.
        if !lineStart, m.number < expected, m.start >= 2, s[m.start - 1] == " ", ScalarClass.isASCIILetter(s[m.start - 2]),
           let item = current, item.phase == .stem, item.options.isEmpty { return false }
        if m.number == expected { return true }
        if m.number > expected {
            let jump = m.number - expected
            if jump <= 6 && (lastNumber != nil || lineStart) { return true }
            if jump <= 10 && lineStart { return true }
            if lastNumber == nil && lineStart { return true }  // a paper cut off before its start (banks run to 1351.)
            // `1、身份证复印件` `2、…` (a page's own list) then `51、(判断题)…`: a bank excerpt that opens mid-way; the type
            // tag after the number says it is a question.
            if lineStart, m.style != .bare, m.style != .paren, recognizer.typeTag(at: m.end) != nil { return true }
            // A page that opens mid-line on a bank's number (`…题)11721、单项选择题 …`): its type tag or a question
            // sentence says so.
            if lastNumber == nil, current == nil, m.style != .bare, m.style != .paren,
               recognizer.typeTag(at: m.end) != nil || looksLikeQuestion(from: m.end) { return true }
            return false
        }
        // A restart (numbering from 1 again, or a scrambled page): only when what follows reads as a question. After
        // a question with no key yet, a line that starts with a task word (`1. 简述…`) is one too, not its answer.
        if lineStart, let item = current, !item.hasKey, item.phase != .keyText, startsWithTaskWord(at: m.end) { return true }
        return looksLikeQuestion(from: m.end)
    }

    /// `(×)1.…`, `( √ )2、…` (or the bracket broken over two lines, `(      ×` then `)3.…`, as a right-aligned mark
    /// comes out of a page): the true/false mark before a question number on its line, and where its bracket's line
    /// starts. Only spaces may stand around the mark; anything else is the line's own text.
    private func markBeforeNumber(_ m: NumberMarker) -> (mark: Unicode.Scalar, lineStart: Int)? {
        let lineStart = text.lineStarts[lineCursor]
        guard m.start > lineStart, m.start - lineStart <= 90 else { return nil }
        var k = lineStart
        while k < m.start, s[k] == " " { k += 1 }
        var mark: Unicode.Scalar?
        var start = lineStart
        if s[k] == "(" {
            k += 1
            while k < m.start, s[k] == " " { k += 1 }
            guard k < m.start, ImportVocabulary.isTrueFalseMark(s[k]) else { return nil }
            mark = s[k]
            k += 1
            while k < m.start, s[k] == " " { k += 1 }
            guard k < m.start, s[k] == ")" else { return nil }
        } else if s[k] == ")", lineCursor > 0 {
            // The bracket opened on the line above, which holds nothing but `(` and the mark.
            start = text.lineStarts[lineCursor - 1]
            var j = start
            while j < lineStart - 1, s[j] == " " { j += 1 }
            guard j < lineStart - 1, s[j] == "(" else { return nil }
            j += 1
            while j < lineStart - 1, s[j] == " " { j += 1 }
            guard j < lineStart - 1, ImportVocabulary.isTrueFalseMark(s[j]) else { return nil }
            mark = s[j]
            j += 1
            while j < lineStart - 1, s[j] == " " { j += 1 }
            guard j == lineStart - 1 else { return nil }
        } else {
            return nil
        }
        k += 1
        while k < m.start, s[k] == " " { k += 1 }
        guard k == m.start, let mark else { return nil }
        return (mark, start)
    }

    /// Whether the last non-space character before the line break before `i` is a closing bracket.
    private func previousLineEndsWithBracket(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == "\n" || s[k] == " " { k -= 1 }
        return k >= 0 && (s[k] == ")" || s[k] == "）")
    }

    /// Whether a date opens the text at `i`: up to four digits, then 年 or 月 (`2020年11月`, `4月8日`).
    private func startsWithDate(at i: Int) -> Bool {
        var j = i
        while j < s.count, ScalarClass.isDigit(s[j]), j - i < 4 { j += 1 }
        return j > i && j < s.count && (s[j] == "年" || s[j] == "月")
    }

    /// The text of an item numbered 1 that the numbering restarts right after: one short line that asks nothing.
    private func numberedTitle(_ item: ItemDraft) -> String? {
        guard item.number == 1, item.options.isEmpty, !item.hasKey, item.phase == .stem else { return nil }
        var end = item.stemStart
        while end < s.count, s[end] != "\n" { end += 1 }
        var next = end
        while next < s.count, s[next] == "\n" || s[next] == " " { next += 1 }
        guard end - item.stemStart <= 60, ScalarClass.isDigit(s[min(next, s.count - 1)]) else { return nil }
        let line = s.string(item.stemStart..<end)
        guard !LooseText.asksSomething(line) else { return nil }
        return TypeHint.cleanTitle(line)
    }

    /// Units and measure words that follow a number inside a sentence.
    private static let unitScalars: Set<Unicode.Scalar> = Set("个月年日号天次元万亿岁米克吨分秒时周倍名人件种条位项篇页章节层期届".unicodeScalars)

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
               let other = recognizer.questionNumber(at: start), other.style == m.style {
                if other.number == m.number { return looksLikeQuestion(from: other.end) }
                // `第六章` then `1.` again: a later run's number is no rival to this one.
                if other.number == 1, m.number > 2 { return false }
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
            // (`Promise.resolve().then` in an answer's next line: a call's empty brackets, not a blank to fill.)
            if c == "(", j == start || !ScalarClass.isASCIILetter(s[j - 1]) || j + 1 >= s.count || s[j + 1] != ")",
               blankContent(from: j) != nil { return true }
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

    private func startItem(start: Int, stemStart: Int, number: Int?) {
        current = ItemDraft(start: start, stemStart: stemStart, number: number, section: section, hint: hint)
        current!.run = numberingRun
    }

    private func finishCurrent(at end: Int) {
        guard let item = current else { return }
        item.close(at: trimmedEnd(end))
        if let shared = sharedOptions {
            if item.options.isEmpty, let number = item.number, shared.numbers?.contains(number) ?? true {
                item.options = shared.options
                lastSharedOptionItem = item
            } else {
                sharedOptions = nil
            }
        }
        if item.markedLetters != 0, !item.hasKey, item.markedLetters.nonzeroBitCount < item.options.count {
            // `*B、核碎裂` among unmarked options and no key label: the star marks the right option.
            var key = ""
            for k in 0..<16 where item.markedLetters & (1 << k) != 0 { key.unicodeScalars.append(Unicode.Scalar(UInt8(0x41 + k))) }
            item.keyToken = key
            item.keyForm = "the right option marked `*` before its letter"
        }
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

    private func endLine(at i: Int) {
        if let loose = looseStart, current == nil || current!.phase == .closed, adoptTrueFalseStatement(from: loose, lineEnd: i) {
            return
        }
        guard let item = current else { return }
        // Options and short keys end at the line end; stems and text answers run on.
        if item.phase == .options {
            current = nil  // keep the draft's arrays uniquely referenced, so mutation does not copy them
            item.close(at: trimmedEnd(i))
            current = item
        }
    }

    /// `劳动合同可以口头订立。(错)` on a line of its own with no number: a true/false item whose key is the mark in
    /// its closing blank (the key is read from the blank when the item is assembled).
    private func adoptTrueFalseStatement(from loose: Int, lineEnd: Int) -> Bool {
        let lineStart = text.lineStarts[lineCursor]
        var first = lineStart
        while first < lineEnd, s[first] == " " || ScalarClass.isBullet(s[first]) { first += 1 }
        guard loose <= first else { return false }
        guard let open = trueFalseBlankAtEnd(from: first, to: lineEnd) else { return false }
        let words = s[lineStart..<open].filter { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }.count
        guard words >= 6 else { return false }
        finishCurrent(at: lineStart)
        flushLoose(upTo: lineStart)
        startItem(start: lineStart, stemStart: lineStart, number: nil)
        current!.close(at: trimmedEnd(lineEnd))
        current!.phase = .closed
        return true
    }

    /// Where the blank opens when the text ends with a true/false mark in brackets: `…订立。(错)`, `…(√)。`.
    private func trueFalseBlankAtEnd(from first: Int, to lineEnd: Int) -> Int? {
        var e = lineEnd
        while e > first, s[e - 1] == " " || s[e - 1] == "。" { e -= 1 }
        guard e - first >= 8, s[e - 1] == ")", let open = (max(first, e - 10)..<(e - 1)).last(where: { s[$0] == "(" }) else { return nil }
        let mark = String(String.UnicodeScalarView(s[(open + 1)..<(e - 1)].filter { $0 != " " }))
        guard let c = mark.unicodeScalars.first,
              mark.unicodeScalars.count == 1 ? ImportVocabulary.isTrueFalseMark(c) : AnswerKeyReader.value(of: mark) != nil
        else { return nil }
        return open
    }

    // MARK: answer keys

    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func keyMarker(at i: Int) -> KeyMarker? {
        guard var k = labelledKey(at: i) else { return nil }
        // `✅ Answer: B`, `👉 答案：对`: marks alone before the label belong to it, not to the text above.
        if k.start == i, i > 0, s[i - 1] == " " || ScalarClass.isPictograph(s[i - 1]), let start = recognizer.pictographLineStart(before: i) {
            k.start = start
        }
        return k
    }

    private func labelledKey(at i: Int) -> KeyMarker? {
        let c = s[i]
        if let k = englishKeyAfterQuestion(at: i) { return k }
        if c == "*" || c == "_", i == 0 || s[i - 1] == "\n", let k = recognizer.answerKey(at: i) { return k }  // **Answer**: False
        let englishAtLineStart = ScalarClass.isASCIILetter(c) && (i == 0 || s[i - 1] == "\n" || i >= 2 && s[i - 1] == " " && s[i - 2] == " "
            || (s[i - 1] == " " || ScalarClass.isPictograph(s[i - 1])) && recognizer.pictographLineStart(before: i) != nil)  // Answer: B, ✅ Answer: B
        // `… d) going Answer: c`: an English label after the last option of a flattened row (or glued to it, a
        // capital after lower case, where a page lost its spaces: `d)goingAnswer:c)went`).
        if !englishAtLineStart, ScalarClass.isASCIILetter(c), i >= 1,
           s[i - 1] == " " || c.value < 0x61 && s[i - 1].value >= 0x61 && ScalarClass.isASCIILetter(s[i - 1]), current?.phase == .options,
           let k = recognizer.englishKey(at: i), k.kind != .explanation || current!.options.count >= 2 {
            return k
        }
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

    private func handleKey(_ marker: KeyMarker) -> Int {
        var k = marker
        if k.kind == .explanation, let item = current, item.options.isEmpty, !item.hasKey, item.explanationStart == nil,
           item.trueFalsePair == nil, labelNamesTheAnswer(k) {
            // `答案解析:错误。…` / `答案解析:真诚、保密。` under a question with no options and no key: the only label
            // there is, and it names the answer, so what follows is the answer (a choice's letter is read either way).
            k.kind = .answer
        }
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
        if current == nil || (current!.phase == .closed && current!.hasKey && k.kind == .answer) || startsUnnumberedBlock(k) {
            // A key after loose text: the text's last line was an unnumbered question (判断 lines, 名词解释).
            guard adoptLooseLineAsStem(before: k.start) else {
                orphanKeys.append(k.start)
                return k.end
            }
        }
        let item = current!
        current = nil  // unique reference: no copy-on-write of the draft's arrays
        // `【解析】选B。…`: the explanation opens with `选` and the key (`选项B…` is no key: `项` is no letter).
        let keyAt = k.kind == .explanation && k.end + 1 < s.count && s[k.end] == "选" && ScalarClass.isASCIILetter(s[k.end + 1]) ? k.end + 1 : k.end
        if k.kind == .explanation, !item.hasKey, !item.options.isEmpty, let (token, end) = keyReader.token(at: keyAt),
           token != "true", token != "false", token.unicodeScalars.allSatisfy({ letter in item.options.contains { $0.letter == letter } }),
           end >= s.count || s[end].isOne(of: "。,;. \n") {
            // `【解析】A、D。选项A,…`: the explanation opens with the key.
            item.close(at: trimmedEnd(k.start))
            item.keyToken = token
            item.keyLabel = k.start..<k.end
            var from = end
            while from < s.count, s[from] == "。" || s[from] == "," || s[from] == ";" || s[from] == "." || s[from] == " " { from += 1 }
            item.explanationStart = from
            item.explanationEnd = nil
            item.phase = .explanation
            current = item
            looseStart = nil
            return from
        }
        if k.kind == .explanation {
            // `分析:…` `解答:…故选:A.` `点评:…` under an item with no key: one explanation in parts; a later label goes on
            // with it, so the conclusion of an earlier part (`故选:A.`) is kept for the key.
            let goesOn = item.phase == .explanation && !item.hasKey && item.explanationStart != nil && !item.options.isEmpty
            item.close(at: trimmedEnd(k.start))
            if goesOn {
                item.explanationEnd = nil
                item.phase = .explanation
                current = item
                return k.end
            }
            item.explanationStart = k.end
            item.explanationEnd = nil  // (a labelled explanation replaces one read from the key's line)
            item.phase = .explanation
            current = item
            if let loose = looseStart, text.lineIndex(at: loose) == text.lineIndex(at: k.start) { looseStart = nil }  // `；解析:`
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
        if let (token, end) = keyReader.token(at: k.end) ?? recognizer.nextLineKey(after: k.end).flatMap({ keyReader.token(at: $0.start) })
            ?? numberedKey(after: k.end, number: item.number),
           !(item.options.isEmpty && (startsEnglishSentence(token: token, end: end) || isWrittenAnswer(token: token, end: end, item: item))) {
            item.keyToken = token
            item.phase = .closed
            // `答案:A。新中国成立标志着…`: the rest of the key's line explains it.
            if let lineEnd = restatedKeyedOptionEnd(token: token, item: item, from: end) {
                current = item
                looseStart = nil
                return lineEnd
            }
            // (After a true/false word only past a separator: `对试题7:…` goes on to the next question.)
            if !item.options.isEmpty || (token == "true" || token == "false") && end < s.count && !ScalarClass.isCJK(s[end]),
               item.explanationStart == nil, let rest = explanationAfterKey(from: end) {
                item.explanationStart = rest.lowerBound
                item.explanationEnd = rest.upperBound
                current = item
                looseStart = nil
                return rest.upperBound
            }
            current = item
            looseStart = nil
            var after = end
            while after < s.count, s[after] == "." || s[after] == "。" { after += 1 }  // `True.`
            return after
        }
        item.keyStart = k.end
        item.phase = .keyText
        current = item
        return k.end
    }

    /// Whether an explanation label holds 答案 (`答案解析`, `【答案与解析】`): an answer-and-explanation label.
    private func labelNamesTheAnswer(_ k: KeyMarker) -> Bool {
        var j = k.start
        while j + 1 < k.end {
            if s[j] == "答", s[j + 1] == "案" { return true }
            j += 1
        }
        return false
    }

    /// `Correct answer: C) They all maintain homeostasis`: the rest of the key's line is the keyed option's text.
    /// `…孤儿块数量突然增加…。` / `正确答案：正确` / `解析：…` then the next statement and its own `正确答案：`: in an
    /// unnumbered list a key label under a line after the explanation keys a new statement, not the explanation.
    private func startsUnnumberedBlock(_ k: KeyMarker) -> Bool {
        // (Under a numbered question only a written answer goes on so: `4、…？` / `答：…` / `let、var的区别？` / `答：…`.)
        guard k.kind == .answer, let item = current, item.number == nil || item.phase == .keyText && item.options.isEmpty, item.hasKey,
              let openedAt = item.phase == .explanation ? item.explanationStart : item.phase == .keyText ? item.keyStart : nil,
              k.start == 0 || s[k.start - 1] == "\n" || (text.lineStarts[text.lineIndex(at: k.start)]..<k.start).allSatisfy({ s[$0] == " " })
        else { return false }
        let line = text.lineIndex(at: k.start)
        var stemLine = line - 1
        var blank = false
        while stemLine > 0, text.lineEnd(stemLine) == text.lineStarts[stemLine] { stemLine -= 1; blank = true }
        // (A written answer runs over lines: only a block set apart by an empty line starts a new one, or a line
        // that asks, right over the key: `虚函数存在哪里？` / `答：…`.)
        let asks = stemLine > 0 && lineAsks(from: text.lineStarts[stemLine])
        if item.number != nil, !asks { return false }
        // (`为什么要先写日志文件` right over its `答：`, an empty line above it: a block of its own too.)
        let setApart = !blank && stemLine > 0 && text.lineEnd(stemLine - 1) == text.lineStarts[stemLine - 1]
        guard item.phase == .explanation || blank || asks || setApart, stemLine > 0,
              asks || text.lineEnd(stemLine - 1) == text.lineStarts[stemLine - 1] || item.phase == .explanation
        else { return false }
        return stemLine > text.lineIndex(at: openedAt)
    }

    /// Where that line ends, when it does.
    private func restatedKeyedOptionEnd(token: String, item: ItemDraft, from end: Int) -> Int? {
        guard token.count == 1, let letter = token.unicodeScalars.first,
              let option = item.options.first(where: { $0.letter == letter }), let optionEnd = option.end else { return nil }
        var e = end
        while e < s.count, s[e] != "\n" { e += 1 }
        // (Cheap tests first: most keys end their line, and a restatement is about as long as the option.)
        guard e - end >= 2, abs((e - end) - (optionEnd - option.start)) <= 6 else { return nil }
        let printed = StemCleaner.cleanOption(s[option.start..<max(option.start, optionEnd)])
        return !printed.isEmpty && StemCleaner.cleanOption(s[end..<e]) == printed ? e : nil
    }

    /// `答案:1. A`, or `答案:` then `1. A` on the next line: the key repeats its question's number.
    private func numberedKey(after labelEnd: Int, number: Int?) -> (String, Int)? {
        guard let number else { return nil }
        var j = labelEnd
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j] == "\n" {
            j += 1
            while j < s.count, s[j] == " " { j += 1 }
        }
        guard j < s.count, let m = recognizer.questionNumber(at: j, checkingContext: false), m.number == number,
              let (token, end) = keyReader.token(at: m.end) else { return nil }
        var e = end
        while e < s.count, s[e] == " " { e += 1 }
        return e == s.count || s[e] == "\n" ? (token, end) : nil
    }

    /// Sentence text after a key on its line (after `。`, `,` or spaces), with no label or marker of its own.
    private func explanationAfterKey(from end: Int) -> Range<Int>? {
        var j = end
        while j < s.count, s[j] == " " || s[j] == "。" || s[j] == "," || s[j] == ";" || s[j] == "." { j += 1 }
        guard j > end || j < s.count && ScalarClass.isCJK(s[j]) else { return nil }
        if j < s.count, let label = recognizer.englishKey(at: j), label.kind == .explanation { j = label.end }  // `True. Explanation: …`
        if j == end, j < s.count, let labelEnd = recognizer.labelWordEnd(at: j) { j = labelEnd }  // `正确答案C答案解析…`
        var e = j, letters = 0
        while e < s.count, s[e] != "\n" {
            if ScalarClass.isCJK(s[e]) || ScalarClass.isASCIILetter(s[e]) { letters += 1 }
            e += 1
        }
        // (`答案:A 二、判断题1.…` in a flattened page: the next part's heading is no explanation.)
        guard letters >= 4, recognizer.answerKey(at: j) == nil, recognizer.questionNumber(at: j) == nil,
              recognizer.questionLabel(at: j) == nil, !startsTypedHeading(at: j),
              recognizer.option(at: j, expected: "A", lowerCase: nil, lineStart: false) == nil,
              !(j..<e).contains(where: { s[$0] == "答" && recognizer.answerKey(at: $0) != nil }) else { return nil }
        return j..<trimmedEnd(e)
    }

    /// Whether a typed part heading (`二、判断题`, `(三)多选题`, `第二回合-判断题`) starts at `j`.
    private func startsTypedHeading(at j: Int) -> Bool {
        guard j < s.count, ScalarClass.chineseDigit(s[j]) != nil || s[j] == "(" || s[j] == "第", let h = recognizer.heading(at: j) else { return false }
        return h.hint != .none
    }

    /// Letters read as a key that are the start of a written answer, on an item with no options (yet): glued to
    /// more of it (`H2O`, `B超`, `C语言`, `E=mc²`), or in a fill-in (a 填空 part, or a `____` blank and no choice blank).
    private func isWrittenAnswer(token: String, end: Int, item: ItemDraft) -> Bool {
        guard token != "true", token != "false" else { return false }
        if end < s.count, case let c = s[end], c != "\n", c != " ", !ScalarClass.isColon(c),
           ScalarClass.isDigit(c) || ScalarClass.isCJK(c) || c.isOne(of: "=+-/²³₂₃^"),
           !c.isOne(of: "。，,；;、") {
            // `答案：B项`, `答案为B选项`: the letter is still an option's.
            if s.matches(["项"], at: end) || s.matches(["选", "项"], at: end) || s.matches(["選", "項"], at: end) { return false }
            return true
        }
        if item.hint == .fillBlank { return true }
        let stem = s[item.stemStart..<max(item.stemStart, min(item.stemEnd ?? item.start, s.count))]
        guard stem.contains("_"), !stem.contains("(") else { return false }
        // `Which pronoun completes the sentence? '… ___ …'` / `Correct: A` alone on its line: a choice whose options
        // the page did not print; the one capital is their letter, not the word for the blank.
        return !(token.count == 1 && (end >= s.count || s[end] == "\n") && asksToChoose(stem))
    }

    /// Words that open an English question asking to pick among options.
    private static let choosingWords: [[Unicode.Scalar]] = ["Which ", "Choose ", "Select ", "Pick "].map { Array($0.unicodeScalars) }

    /// Whether `stem` opens with a word that asks to pick (`Which …`, `Choose …`).
    private func asksToChoose(_ stem: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = stem.startIndex
        while i < stem.endIndex, stem[i] == " " || stem[i] == "\n" { i += 1 }
        guard i < stem.endIndex, stem[i] == "W" || stem[i] == "C" || stem[i] == "S" || stem[i] == "P" else { return false }
        return DocumentParser.choosingWords.contains { s.matches($0, at: i) }
    }

    /// `答：A project milestone is…` under a question with no options: the article of an English answer, not key A.
    private func startsEnglishSentence(token: String, end: Int) -> Bool {
        guard token.count == 1, token != "true", token != "false", end + 2 < s.count, s[end] == " " else { return false }
        // `Correct Answer: B) int, float, …`: a letter with its option's bracket names an option, whatever follows.
        if s[end - 1] == ")" { return false }
        var j = end + 1
        while j < s.count, ScalarClass.isASCIILetter(s[j]) { j += 1 }
        return j - end - 1 >= 2 && s[end + 1].value >= 0x61
    }

    // MARK: options

    /// Ends what `item` was reading before `i` and starts its option `letter`, whose text starts at `textStart`;
    /// returns where the scan goes on.
    private func openOption(_ letter: Unicode.Scalar, textStart: Int, lowerCase: Bool, of item: ItemDraft, at i: Int) -> Int {
        item.close(at: trimmedEnd(i))
        item.options.append((letter, textStart, nil))
        item.optionsLowerCase = lowerCase
        item.phase = .options
        current = item
        looseStart = nil
        return textStart
    }

    /// `*B、核碎裂` at a line start: a star glued before an option's letter marks the right option (medical banks).
    private func handleMarkedOption(at i: Int) -> Int? {
        guard i + 1 < s.count, ScalarClass.isOptionLetter(s[i + 1]), let item = current, !item.hasKey else { return nil }
        let before = item.options.count
        guard let next = handleOption(at: i + 1, atLineStart: true) else { return nil }
        if let open = current, open === item, open.options.count == before + 1, let letter = open.options.last?.letter,
           letter.value >= 0x41, letter.value < 0x41 + 16 {
            open.markedLetters |= 1 << UInt16(letter.value - 0x41)
        }
        return next
    }

    private func handleOption(at i: Int, atLineStart: Bool) -> Int? {
        let c = s[i]
        guard ScalarClass.isOptionLetter(c) || c == "(" else { return nil }
        let lineStartLike = atLineStart || precededByBullets(i)
        if atLineStart, c == "A", let item = current, item.options.isEmpty, item.number != nil, lineCursor > 0 {
            // `2.…` / `(3~4题共用备选答案)` / `A.…`: the note starts the next B1 group; it is not the question's text.
            let noteStart = text.lineStarts[lineCursor - 1]
            if noteStart > item.stemStart, readSharedOptionBlock(at: i, commit: false) != nil {
                item.close(at: trimmedEnd(noteStart))
                return readSharedOptionBlock(at: i)
            }
            // A B1 part: a keyed question of one group, then the next group's options (then its numbered questions).
            if sharedOptions != nil, item.hasKey, let end = readSharedOptions(at: i, line: lineCursor, numbers: nil) { return end }
        }
        if let item = current, item.phase == .stem, item.options.isEmpty, lineStartLike, let only = onlyOptionKeyedBelow(at: i) {
            // `B. 7.0` then `答案：B` under a stem: a page that prints only the right option (in bold, in Markdown).
            current = nil  // unique reference: no copy-on-write of the draft's arrays
            return openOption(only.letter, textStart: only.end, lowerCase: only.lowerCase, of: item, at: i)
        }
        if let item = current {
            let expected = item.nextOptionLetter
            // (A key printed before the options does not end them.)
            let keyBeforeOptions = item.keyToken != nil && item.keyLabel.map { $0.lowerBound < (item.options.first?.start ?? Int.max) } == true
            let continuing = item.phase == .stem || item.phase == .options
                || (item.phase == .closed && (!item.hasKey || keyBeforeOptions) && !item.options.isEmpty && lineStartLike)
            // `…正确的是( )。答案:B` then the options on the lines below: the key came first.
            let afterKeyOnStemLine = item.phase == .closed && item.keyToken != nil && lineStartLike
                && item.keyLabel.map { text.lineIndex(at: $0.lowerBound) == text.lineIndex(at: item.stemEnd ?? item.stemStart)
                    && $0.lowerBound < (item.options.first?.start ?? Int.max) } == true
            // `[多选题]…()。` / `正确答案:ABC` / `A.…`: the key on its own line between the stem and its options.
            let afterKeyLine = item.phase == .closed && item.keyToken != nil && atLineStart && item.options.isEmpty
                && item.keyLabel.map { text.lineIndex(at: $0.lowerBound) == lineCursor - 1 } == true
            let afterKey = afterKeyOnStemLine || afterKeyLine
            if continuing || afterKey, expected != "A" || item.phase == .stem || afterKey && item.options.isEmpty,
               let o = recognizer.option(at: i, expected: expected, lowerCase: item.optionsLowerCase, lineStart: lineStartLike,
                                         spaceRow: item.options.first.map { $0.start >= 2 && s[$0.start - 1] == " " && ScalarClass.isOptionLetter(s[$0.start - 2]) } ?? false),
               lineStartLike || !isLetterList(at: o.end) || expected != "A" && i >= 2 && s[i - 1] == " " && s[i - 2] == " " {
                // (In a row of options set apart by wide gaps, an option may open on a list of letters: `B. A, B, C 相互独立`.)
                current = nil
                // `A.` then its text on the next line, or an option wrapped over two lines: the lines between two
                // options are the first one's.
                if item.phase == .closed, !item.hasKey, let last = item.options.indices.last, let end = item.options[last].end, end < i {
                    item.options[last].end = trimmedEnd(i)
                }
                return openOption(o.letter, textStart: o.end, lowerCase: o.lowerCase, of: item, at: i)
            }
            // `A.…  C.…` / `B.…  D.…`: a two-column table of options read column by column. A letter out of turn
            // opens its option when it and the options around it make one full set (A to D or more, each once).
            if item.phase == .options || item.phase == .closed && !item.hasKey && lineStartLike,
               item.options.first?.letter == "A", let letter = recognizer.firstLetter(at: i),
               letter != expected, !item.options.contains(where: { $0.letter == letter }),
               let o = recognizer.option(at: i, expected: letter, lowerCase: item.optionsLowerCase, lineStart: lineStartLike),
               lineStartLike || !isLetterList(at: o.end), optionsMakeFullSet(item, adding: letter, from: o.end) {
                current = nil
                return openOption(o.letter, textStart: o.end, lowerCase: o.lowerCase, of: item, at: i)
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
            if atLineStart, let end = readSharedOptionBlock(at: i) { return end }
            // The next B1 group: a stemless option block right after a question that took the last group's options.
            if atLineStart, let shared = lastSharedOptionItem, current === shared || current == nil && drafts.last === shared,
               let end = readSharedOptions(at: i, line: text.lineIndex(at: i), numbers: nil) { return end }
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

    /// Whether the item's options, `letter`, and the options that follow from `end` (the rest of this line, then
    /// option lines, blank lines between) are each of A to D (or further) exactly once. Called only on a letter out of
    /// turn, and reads a dozen lines at most.
    private func optionsMakeFullSet(_ item: ItemDraft, adding letter: Unicode.Scalar, from end: Int) -> Bool {
        func bit(_ c: Unicode.Scalar) -> UInt32 { 1 << (c.value - 0x41) }
        var mask = bit(letter)
        for o in item.options {
            let b = bit(o.letter)
            if mask & b != 0 { return false }
            mask |= b
        }
        var p = end
        var lines = 0
        while p < s.count, lines < 12 {
            // The rest of the line: options laid out in a row after a space.
            while p < s.count, s[p] != "\n" {
                if p > 0, s[p - 1] == " " || s[p - 1] == "\t" || ScalarClass.isCJK(s[p - 1]), let c = recognizer.firstLetter(at: p),
                   recognizer.option(at: p, expected: c, lowerCase: item.optionsLowerCase, lineStart: false) != nil {
                    if mask & bit(c) != 0 { return false }
                    mask |= bit(c)
                }
                p += 1
            }
            // The next line that is not blank must open with an option.
            while p < s.count, s[p] == "\n" || s[p] == " " || s[p] == "\t" {
                if s[p] == "\n" { lines += 1 }
                p += 1
            }
            guard p < s.count, let c = recognizer.firstLetter(at: p),
                  let o = recognizer.option(at: p, expected: c, lowerCase: item.optionsLowerCase, lineStart: true) else { break }
            if mask & bit(c) != 0 { return false }
            mask |= bit(c)
            p = o.end
        }
        return mask >= 0xF && mask & (mask + 1) == 0
    }

    private static let sharedOptionWords: [[Unicode.Scalar]] = ["共用备选答案", "共用选项", "共用答案", "备选答案"].map { Array($0.unicodeScalars) }

    /// `（1-3题共用备选答案）` on the line above an `A` option line with no stem: the options (read up to the first
    /// numbered line) are shared by the numbered questions after them. Returns where the scan goes on.
    private func readSharedOptionBlock(at i: Int, commit: Bool = true) -> Int? {
        let line = text.lineIndex(at: i)
        guard line > 0 else { return nil }
        let noteStart = text.lineStarts[line - 1], noteEnd = text.lineEnd(line - 1)
        guard noteEnd - noteStart <= 80 else { return nil }
        var note: Int?
        for k in noteStart..<noteEnd where s[k] == "共" || s[k] == "备" {
            if DocumentParser.sharedOptionWords.contains(where: { s.matches($0, at: k) }) { note = k; break }
        }
        guard let noteAt = note else { return nil }
        // The numbers the note names: `1-3题`, `(4~6题`.
        var numbers: ClosedRange<Int>?
        var k = noteStart
        while k < noteAt, !ScalarClass.isDigit(s[k]) { k += 1 }
        if k < noteAt, let (first, afterFirst) = digitsValue(at: k, end: noteAt), afterFirst < noteAt,
           s[afterFirst].isOne(of: "-~～—–至到"), let (last, _) = digitsValue(at: afterFirst + 1, end: noteAt), last >= first, last - first < 20 {
            numbers = first...last
        }
        return readSharedOptions(at: i, line: line, numbers: numbers, commit: commit)
    }

    /// The options from `line` on (one a line, read up to the first numbered line), shared by the numbered questions
    /// after them when at least three come before a numbered question. Returns where the scan goes on.
    private func readSharedOptions(at i: Int, line: Int, numbers: ClosedRange<Int>?, commit: Bool = true) -> Int? {
        // The options, one a line (`C,大肠杆菌` and `D。…` as scanned pages print them too).
        var options: [(letter: Unicode.Scalar, start: Int, end: Int?)] = []
        var lineIndex = line
        var expected: Unicode.Scalar = "A"
        while lineIndex < text.lineStarts.count {
            let start = text.lineStarts[lineIndex], end = text.lineEnd(lineIndex)
            var textStart: Int?
            if let o = recognizer.option(at: start, expected: expected, lowerCase: false, lineStart: true) {
                textStart = o.end
            } else if start + 2 < end, s[start] == expected, s[start + 1].isOne(of: ",。"), ScalarClass.isCJK(s[start + 2]) {
                textStart = start + 2
            }
            guard let from = textStart else { break }
            options.append((expected, from, trimmedEnd(end)))
            expected = Unicode.Scalar(expected.value + 1)!
            lineIndex += 1
        }
        // Then a numbered question.
        guard options.count >= 3, lineIndex < text.lineStarts.count, let m = recognizer.questionNumber(at: text.lineStarts[lineIndex], checkingContext: false),
              numbers.map({ $0.lowerBound == m.number }) ?? true else { return nil }
        guard commit else { return text.lineStarts[lineIndex] }
        finishCurrent(at: i)
        flushLoose(upTo: i)
        sharedOptions = (numbers, options)
        return text.lineStarts[lineIndex]
    }

    private func digitsValue(at i: Int, end: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < end, ScalarClass.isDigit(s[j]), j - i < 3 { value = value * 10 + Int(s[j].value - 0x30); j += 1 }
        return j > i ? (value, j) : nil
    }

    /// An option other than `A` at a line start whose letter the key on the next line names: the only option a
    /// page printed (the right one). Rejects at once unless the line opens with an option letter past `A`.
    private func onlyOptionKeyedBelow(at i: Int) -> OptionMarker? {
        guard let letter = recognizer.firstLetter(at: i), letter != "A",
              let o = recognizer.option(at: i, expected: letter, lowerCase: nil, lineStart: true) else { return nil }
        var next = o.end
        while next < s.count, s[next] != "\n" { next += 1 }
        next += 1
        guard next < s.count, let k = recognizer.answerKey(at: next), k.kind == .answer,
              let (token, _) = keyReader.token(at: k.end) else { return nil }
        return token == String(Character(letter)) ? o : nil
    }

    /// `A、B、C治疗法` inside a stem: letters listed one after another, each with no text of its own, are not options.
    // Inlined: called from the mutating scan, an outlined call copied the whole parser state (360 bytes) each time.
    @inline(__always)
    private func isLetterList(at end: Int) -> Bool {
        end + 1 < s.count && ScalarClass.isOptionLetter(s[end]) && (s[end + 1] == "、" || s[end + 1] == "," || s[end + 1] == ".")
    }

    /// Whether a line opens with a dialogue turn's dash (`—`, `——`, `--`, `---`) and then its words (not a rule line).
    private func opensWithDialogueDash(line: Int) -> Bool {
        var j = text.lineStarts[line]
        let end = text.lineEnd(line)
        while j < end, s[j] == " " { j += 1 }
        let dashes = j
        while j < end, j - dashes < 4, s[j] == "—" || s[j] == "-" { j += 1 }
        guard j - dashes >= 1, j < end, s[j] != "—", s[j] != "-", s[j] != " " else { return false }
        return s[dashes] == "—" || j - dashes >= 2
    }

    /// Whether a line opens with a sources label (`【参考资料】：`, `参考资料】:`, `[参考文献]`, `出处：`): notes cite where
    /// an answer comes from on a line of its own.
    private func isSourceNote(line: Int) -> Bool {
        var j = text.lineStarts[line]
        let end = text.lineEnd(line)
        if j < end, s[j] == "【" || s[j] == "[" { j += 1 }
        guard j < end, s[j] == "参" || s[j] == "出" || s[j] == "来" || s[j] == "资" else { return false }
        for word in DocumentParser.sourceWords where s.matches(word, at: j) {
            let k = j + word.count
            return k < end && (s[k] == "】" || s[k] == "]" || ScalarClass.isColon(s[k]))
        }
        return false
    }

    private static let sourceWords: [[Unicode.Scalar]] = ["参考资料", "参考文献", "参考链接", "资料来源", "来源", "出处"].map { Array($0.unicodeScalars) }

    /// Makes the last line before `position` (if it is unclaimed text that reads like a question) the stem of a
    /// new unnumbered item. Returns false when there is no such line.
    private func adoptLooseLineAsStem(before position: Int) -> Bool {
        let lineIndex = text.lineIndex(at: position)
        var stemLine = lineIndex
        var skipsNote = false
        let lineStart = text.lineStarts[lineIndex]
        if (lineStart..<position).allSatisfy({ s[$0] == " " || ScalarClass.isBullet(s[$0]) }) {
            stemLine = lineIndex - 1
            // Blank-line layouts: the stem is the last line with text, up to two empty lines up.
            var skipped = 0
            while stemLine > 0, skipped < 2, text.lineEnd(stemLine) == text.lineStarts[stemLine] { stemLine -= 1; skipped += 1 }
            // `【参考资料】：《…》` between a question and its `答：`: a note of sources, the question is above it.
            if stemLine > 0, isSourceNote(line: stemLine) {
                var above = stemLine - 1
                skipped = 0
                while above > 0, skipped < 2, text.lineEnd(above) == text.lineStarts[above] { above -= 1; skipped += 1 }
                if text.lineEnd(above) > text.lineStarts[above], !isSourceNote(line: above) { stemLine = above; skipsNote = true }
            }
        }
        guard stemLine >= 0 else { return false }
        var start = text.lineStarts[stemLine]
        let end = stemLine == lineIndex ? position : text.lineEnd(stemLine)
        // A stem wrapped over lines (`…不会被编译器的优化` / `器处理,因此…`): lines above that end mid-sentence,
        // after the current item's own text.
        // (Also for the first item, and after a keyed item, when the lines above are as long as a wrapped line:
        // `Question 2` / blank / two wrapped lines / options.)
        let afterText = current.map { $0.phase == .explanation || $0.phase == .closed } ?? false
        if stemLine < lineIndex, afterText || current.map({ $0.hasKey }) ?? true {
            let claimed = current.map { $0.explanationStart ?? $0.keyEnd ?? $0.stemEnd ?? $0.stemStart } ?? -1
            let shortest = afterText ? 1 : 30
            var above = stemLine - 1
            while above >= 0, stemLine - above <= 3, text.lineEnd(above) - text.lineStarts[above] >= shortest, text.lineStarts[above] > claimed,
                  !s[text.lineEnd(above) - 1].isOne(of: "。.!?:;") {
                start = text.lineStarts[above]
                above -= 1
            }
            if above >= 0, start != text.lineStarts[stemLine], text.lineEnd(above) > text.lineStarts[above] { start = text.lineStarts[stemLine] }
        }
        // `—Can I help you?` / `—______. I'm just looking.`: a dialogue stem, its reply's line under the opening line.
        if stemLine > 0, stemLine < lineIndex, start == text.lineStarts[stemLine], opensWithDialogueDash(line: stemLine),
           opensWithDialogueDash(line: stemLine - 1) {
            start = text.lineStarts[stemLine - 1]
        }
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
        // A title word in a long sentence (`…模拟网络延迟…。`, `制定《网络安全法》的目的…。`) does not make it a title.
        let sentence = end - start > 25 && s[trimmedEnd(end) - 1].isOne(of: "。?!")
        guard TypeHint.looksLikeQuestionText(line), sentence || !TypeHint.looksLikeTitle(line) else { return false }
        finishCurrent(at: start)
        flushLoose(upTo: start)
        startItem(start: start, stemStart: start, number: nil)
        // `38. …？` among `13.` `36.` `37.` (a list of missed questions keeps their numbers): a number out of turn
        // does not number the item, but it is no part of its stem either.
        if ScalarClass.isDigit(s[start]), let m = recognizer.questionNumber(at: start, checkingContext: false), m.style != .bare,
           m.end < end {
            current?.stemStart = m.end
        }
        if skipsNote { current?.stemEnd = end }  // the note under the question stays out of its stem
        return true
    }

    // MARK: answer sheets

    /// An answer sheet at `i` (a heading such as `参考答案`, then `1.B 2.D`, `1-5 BCADA` …): reads it, gives its keys to
    /// the paper's items that have none, and returns where the scan goes on. Nil when the line is not one, or what
    /// follows does not key at least two of the paper's keyless items (then it is read as ordinary text).
    private func readAnswerSheet(at i: Int) -> Int? {
        guard let heading = sheet.heading(at: i) else { return nil }
        return readAnswerSheet(at: i, heading: heading)
    }

    /// A numbering restart after a run of keyless questions, with no heading, read as an answer sheet when its
    /// entries restate the questions (`1. OSI参考模型的七层` under `1. OSI参考模型有哪几层`).
    private func readUnheadedAnswerSheet(at i: Int) -> Int? {
        guard let last = lastNumber, last >= 3, let current, !current.hasKey, current.options.isEmpty,
              let m = recognizer.questionNumber(at: i), m.number <= 2, m.number < last else { return nil }
        return readAnswerSheet(at: i, heading: AnswerSheet.Heading(end: i, isBareLabel: false, hasColon: false, endsLine: true, isWeak: true))
    }

    private func readAnswerSheet(at i: Int, heading: AnswerSheet.Heading) -> Int? {
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
            if let h = recognizer.heading(at: lineStart), h.hint != .none || !sheet.startsEntry(at: lineStart),
               questionFollows(line: line, prose: prose) {
                // `二、判断题` / `第二章 …` then `1. 地球是圆的。( )`: the next part of the paper, after this part's own sheet.
                return lineStart
            }
            if !sheet.startsEntry(at: lineStart) {
                if titleLineEnd(at: lineStart, line: line) != nil { return lineStart }
                // A title line right over the next paper's first question.
                if recognizer.answerKey(at: lineStart) == nil, questionFollows(line: line, prose: prose) { return lineStart }
                if recognizer.option(at: lineStart, expected: "A", lowerCase: nil, lineStart: true) != nil { return lineStart }
            }
            if !prose, (lineStart..<lineEnd).contains(where: { s[$0] == "?" }) || lookaheadHasBlank(from: lineStart, limit: lineEnd - lineStart) {
                return lineStart
            }
            line += 1
        }
        return s.count
    }

    /// Whether the first numbered line after `line` is a question, not a sheet entry: no key after its number,
    /// and a blank, a question mark or options (a sheet of written answers: only a blank or options count).
    private func questionFollows(line: Int, prose: Bool) -> Bool {
        var next = line + 1
        while next < text.lineStarts.count, text.lineEnd(next) == text.lineStarts[next] { next += 1 }
        guard next < text.lineStarts.count else { return false }
        let start = text.lineStarts[next], end = text.lineEnd(next)
        guard let m = recognizer.questionNumber(at: start), m.end < end else { return false }
        if let (_, tokenEnd) = keyReader.token(at: m.end), tokenEnd >= end || s[tokenEnd] == " " { return false }
        let row = s[m.end..<end]
        let blank = lookaheadHasBlank(from: m.end, limit: end - m.end) || row.containsScalars(["_", "_"])
        let optionsBelow = next + 1 < text.lineStarts.count && text.lineStarts[next + 1] < s.count
            && recognizer.option(at: text.lineStarts[next + 1], expected: "A", lowerCase: nil, lineStart: true) != nil
        return blank || optionsBelow || !prose && (row.contains("?") || row.contains("？"))
    }

    // MARK: loose text

    private func flushLoose(upTo end: Int) {
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
extension DocumentParser {
    /// The first position at or after `start` holding a line break or a scalar whose bit is set in `stops`.
    fileprivate func plainRunEnd(from start: Int, stops: [UInt64]) -> Int {
        s.withUnsafeBufferPointer { text in
            stops.withUnsafeBufferPointer { bits in
                var i = start
                while i < text.count {
                    let v = text[i].value
                    if v == 0x0A || v < 0x10000 && bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { break }
                    i += 1
                }
                return i
            }
        }
    }
}

enum MarkerStarts {
    /// One bit per BMP scalar (8 KB, so the test every scalar gets stays in cache).
    static let bits: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 0x10000 / 64)
        // (`K`, `R`, `S`: English labels after a wide gap in a flattened line, `…Rome  Key: C`; `Q`: a hashed
        // `Question#2` label inside a flattened line.)
        let starters = "0123456789(【[-—•·●○◆■□▪*ABCDEFGHabcdefghKQRSkrs答参參标標正选選解分第一二三四五六七八九十零〇试题題问問作"
        for scalar in starters.unicodeScalars { t[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63) }
        for scalar in MarkerRecognizer.keyStarts where scalar.value < 0x10000 { t[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63) }
        return t
    }()

    static func mayStart(_ c: Unicode.Scalar, in bits: [UInt64] = MarkerStarts.bits) -> Bool {
        c.value < 0x10000 && bits[Int(c.value >> 6)] & (1 << UInt64(c.value & 63)) != 0
    }
}

// MARK: English quiz forms

extension DocumentParser {
    /// Where a whole-item block's stem starts, and its number: after `1. Which…?` numbered like the rest of the
    /// paper, or at `i` with no number; nil for a number the paper does not expect here.
    fileprivate func blockStemStart(at i: Int) -> (Int, Int?)? {
        guard let m = recognizer.questionNumber(at: i), m.style != .bare else { return (i, nil) }
        return accepts(m) ? (m.end, m.number) : nil
    }

    /// A question line and its unlettered options marked `##` (see `MarkedOptionBlock`): the whole item at once,
    /// options lettered A, B, … in order, the marked ones its key. Returns where the block ends.
    fileprivate func readMarkedOptionBlock(at i: Int) -> Int? {
        guard let block = recognizer.markedOptionBlock(stemLineAt: i, lineEnd: text.lineEnd(lineCursor)),
              let (stemStart, number) = blockStemStart(at: i) else { return nil }
        guard TypeHint.looksLikeQuestionText(s.string(stemStart..<block.stemEnd)) else { return nil }
        finishCurrent(at: i)
        flushLoose(upTo: i)
        startItem(start: i, stemStart: stemStart, number: number)
        if let number { lastNumber = number }
        let item = current!
        item.stemEnd = block.stemEnd
        var key = ""
        for (k, line) in block.options.enumerated() {
            let letter = Unicode.Scalar(UInt8(0x41 + k))
            item.options.append((letter, line.start, line.end))
            if line.marked { key.unicodeScalars.append(letter) }
        }
        item.keyToken = key
        item.keyForm = "unlettered options, the right ones marked `##`"
        item.phase = .closed
        looseStart = nil
        return block.end
    }
}

extension DocumentParser {
    /// A question line, its options numbered `1.`…`4.` and a key naming one by number (see `NumberedOptionBlock`):
    /// the whole item at once, options lettered A, B, … in order. Returns where the key's line ends.
    fileprivate func readNumberedOptionBlock(at i: Int) -> Int? {
        guard let block = recognizer.numberedOptionBlock(stemLineAt: i, lineEnd: text.lineEnd(lineCursor)),
              let (stemStart, number) = blockStemStart(at: i) else { return nil }
        let item: ItemDraft
        if number == nil, let open = current, open.phase == .stem, open.options.isEmpty, !open.hasKey, i >= 2, s[i - 2] != "\n" {
            // The last line of a question wrapped over lines: the options are that question's.
            current = nil  // unique reference: no copy-on-write of the draft's arrays
            item = open
        } else {
            guard TypeHint.looksLikeQuestionText(s.string(stemStart..<block.stemEnd)) else { return nil }
            finishCurrent(at: i)
            flushLoose(upTo: i)
            startItem(start: i, stemStart: stemStart, number: number)
            if let number { lastNumber = number }
            item = current!
            current = nil
        }
        item.stemEnd = block.stemEnd
        for (k, option) in block.options.enumerated() {
            item.options.append((Unicode.Scalar(UInt8(0x41 + k)), option.lowerBound, option.upperBound))
        }
        item.keyToken = String(Character(Unicode.Scalar(UInt8(0x41 + block.key))))
        item.keyForm = "options numbered 1, 2, …, the key naming one by its number"
        item.keyLabel = block.keyLine
        // What follows the key line is its explanation (`Detailed Solution`, `Correct Answer: …` restating the key)
        // until the next question, not a new unnumbered item.
        var next = block.keyLine.upperBound
        while next < s.count, s[next] == "\n" || s[next] == " " { next += 1 }
        item.explanationStart = next
        item.phase = .explanation
        current = item
        looseStart = nil
        return next
    }
}

extension DocumentParser {
    /// `Q. What is…? Answer: …` one per line, or the key on the next line: a question with no number, started by a
    /// bare `Q.` (`Q.1` / `Q. 2` are numbered labels, read elsewhere).
    fileprivate func readUnnumberedQDot(at i: Int) -> Int? {
        guard let stemStart = recognizer.unnumberedQDot(at: i) else { return nil }
        // `Q. State whether the following are true or false` over `1.` `2.`: an instruction for the numbered items.
        let next = lineCursor + 1
        if next < text.lineStarts.count, text.lineStarts[next] < s.count,
           recognizer.questionNumber(at: text.lineStarts[next]).map({ $0.style != .bare }) == true { return nil }
        finishCurrent(at: i)
        flushLoose(upTo: i)
        startItem(start: i, stemStart: stemStart, number: nil)
        return stemStart
    }

    /// `…called? Answer: Pharmacology`: an English key label after the question's closing mark, on the stem's line.
    fileprivate func englishKeyAfterQuestion(at i: Int) -> KeyMarker? {
        guard i >= 2, s[i - 1] == " ", s[i - 2].isOne(of: "?:.)"), s[i].value >= 0x41 && s[i].value <= 0x5A,
              current?.phase == .stem, let k = recognizer.englishKey(at: i), k.kind == .answer else { return nil }
        return k
    }
}

extension DocumentParser {
    /// `FALSE "I can't put up with…"` / `TRUE, if by…` on the line under a statement: its key, and the rest of the
    /// line its explanation. (A true/false word alone on the line is read in `readLineForm`.)
    fileprivate func readTrueFalseWordWithComment(at i: Int) -> Int? {
        guard let item = current, item.phase == .stem, item.options.isEmpty, !item.hasKey else { return nil }
        let end = text.lineEnd(lineCursor)
        guard OptionMatcher.trueFalseLine(s.string(i..<end)) == nil,  // `False (note)`: the bare form
              let (value, noteStart) = recognizer.trueFalseWordWithComment(from: i, to: end),
              s[item.stemStart..<i].filter({ ScalarClass.isASCIILetter($0) || ScalarClass.isCJK($0) }).count >= 6 else { return nil }
        current = nil  // unique reference: no copy-on-write of the draft's arrays
        item.close(at: trimmedEnd(i))
        item.keyToken = value ? "true" : "false"
        item.keyForm = "a true/false word opening the line after the statement, a comment after it"
        item.explanationStart = noteStart
        item.explanationEnd = trimmedEnd(end)
        item.phase = .closed  // (a heading on the next line, `Contest 2b`, is not part of the comment)
        current = item
        looseStart = nil
        return end
    }
}

extension DocumentParser {
    /// `Correct Answer` alone on its line, then `A. 1950`, under a stem with no options: a quiz result page that
    /// prints only the right option. That option is the item's only one, and its letter the key.
    fileprivate func readOnlyOptionUnderKeyLabel(at i: Int) -> Int? {
        guard let item = current, item.phase == .stem, item.options.isEmpty, !item.hasKey,
              let k = recognizer.labelLineOverOption(at: i), let letter = recognizer.firstLetter(at: k.end),
              let o = recognizer.option(at: k.end, expected: letter, lowerCase: nil, lineStart: true) else { return nil }
        let end = text.lineEnd(text.lineIndex(at: k.end))
        // `Answer:` over `a. …` `b. …`: a lettered list of answer points, not the one right option printed.
        if end + 1 < s.count, recognizer.option(at: end + 1, expected: Unicode.Scalar(o.letter.value + 1)!, lowerCase: o.lowerCase, lineStart: true) != nil {
            return nil
        }
        current = nil  // unique reference: no copy-on-write of the draft's arrays
        item.close(at: trimmedEnd(i))
        item.options.append((o.letter, o.end, trimmedEnd(end)))
        item.optionsLowerCase = o.lowerCase
        item.keyToken = String(Character(o.letter))
        item.keyLabel = k.start..<k.end
        item.phase = .closed
        current = item
        looseStart = nil
        return end
    }
}
