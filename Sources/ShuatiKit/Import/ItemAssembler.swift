import Foundation

/// Turns an `ItemDraft` (ranges) into a `Question` (clean strings, an answer in its type's shape) and the
/// warnings for whatever could not be fully read.
struct ItemAssembler {
    let text: NormalizedText
    let file: String

    private var s: [Unicode.Scalar] { text.scalars }

    func assemble(_ d: ItemDraft) -> (Question?, [Diagnostic]) {
        let line = text.line(at: d.start)
        var warnings: [Diagnostic] = []
        func warn(_ message: String) { warnings.append(Diagnostic(file: file, line: line, message: message)) }

        let d = d
        if d.options.isEmpty, d.keyToken == "F", d.hint != .singleChoice, d.hint != .multipleChoice, d.hint != .anyChoice {
            d.keyToken = "false"  // 答案:F on an item without options is 'false', not option F
        }
        var rawStem = Array(s[d.stemStart..<max(d.stemStart, d.stemEnd ?? d.stemStart)])
        var readOptions = d.options.map { Option(letter: String(Character($0.letter)),
                                             text: StemCleaner.cleanOption(s[$0.start..<max($0.start, $0.end ?? $0.start)])) }
        // Options read column by column (`A C` / `B D`) are given back in letter order.
        if zip(d.options, d.options.dropFirst()).contains(where: { $0.letter.value > $1.letter.value }) {
            readOptions.sort { $0.letter < $1.letter }
        }
        var options = readOptions
        if options.isEmpty, let keyStart = d.keyStart, rawStem.lazy.filter({ $0 == "\n" }).prefix(2).count == 2,
           let (stemPart, unlettered) = OptionMatcher.unletteredOptions(
            Array(s[d.stemStart..<max(d.stemStart, d.stemEnd ?? d.stemStart)]), key: s.string(keyStart..<max(keyStart, d.keyEnd ?? keyStart))) {
            // `Which…?` / `Windows` / `Linux` / … / `Correct answer is: Linux`: the lines under the question are its
            // options when the key names one of them.
            rawStem = stemPart
            options = unlettered
        }
        // `C 、 ABCDE )C 、保留…`: an option that starts with another item's key is where a scrambled page lost its
        // order; it and the options after it are not this item's.
        if let garbled = options.firstIndex(where: { StemCleaner.startsWithKeyFragment($0.text) }) {
            warn("\(d.number.map { "question \($0)" } ?? "question"): option \(options[garbled].letter) starts with a stray key ('\(String(options[garbled].text.prefix(12)))'); the options from there on were dropped")
            options.removeSubrange(garbled...)
        }
        // `B、市场营销的再造 D 、客户服务流程的再造`: the list skips a letter, so it is incomplete and not kept.
        if let last = options.last, let skipped = StemCleaner.laterOptionMarker(in: last.text, after: last.letter) {
            warn("\(d.number.map { "question \($0)" } ?? "question"): the options jump from \(last.letter) to \(skipped); the incomplete options were left out")
            options = []
        }
        var trueFalseNote: String?
        if options.isEmpty, !d.hasKey, let lastBreak = rawStem.lastIndex(of: "\n"),
           let (value, note) = OptionMatcher.trueFalseLine(rawStem[(lastBreak + 1)...].utf8String),
           rawStem[..<lastBreak].filter({ ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }).count >= 6 {
            // `…the rest of his pack` then `True` on a line of its own: a statement keyed on the next line.
            rawStem.removeSubrange(lastBreak...)
            d.keyToken = value ? "true" : "false"
            trueFalseNote = note
        }
        var inline = StemCleaner.extractInlineAnswer(&rawStem, hasOptions: !options.isEmpty)
        if d.keyToken == nil, inline.letters == nil, d.options.contains(where: { hasTickNearEnd($0.start, $0.end) }),
           let marked = StemCleaner.takeCheckMarkedOptions(&options) {
            // `d) James Gosling ✅- Answer`: a quiz page ticks the right option instead of printing a key.
            inline.letters = marked
        }
        if let token = d.keyToken, token != "true", token != "false", let letters = inline.letters, letters.joined() != token {
            // The key is printed elsewhere: other capitals in brackets (`(ABC)公司`) are the stem's own text.
            rawStem = Array(s[d.stemStart..<max(d.stemStart, d.stemEnd ?? d.stemStart)])
            inline = StemCleaner.InlineAnswer()
        }
        var keyText = d.keyStart.map { s.string($0..<max($0, d.keyEnd ?? $0)) }
        var answerPoints: String?
        if !options.isEmpty, !d.hasKey, inline.letters == nil, inline.trueFalse == nil, d.explanationStart == nil,
           d.hint.allowsWrittenAnswer, options.allSatisfy({ !$0.text.hasAtMostCharacters(3) }), OptionMatcher.asksForList(rawStem) {
            // `…的三个主要活动是啥？` over `a.…` `b.…` `c.…` with no key: a short-answer question and its answer points
            // (phrases: `What is two plus two?` over `a. 3` `b. 4` keeps its options).
            let lower = d.optionsLowerCase == true
            answerPoints = options.map { (lower ? $0.letter.lowercased() : $0.letter) + ". " + $0.text }.joined(separator: "\n")
            options = []
        }
        if keyText == nil, d.keyToken == nil, options.isEmpty, let (stemPart, answer) = StemCleaner.trailingBlankAnswer(rawStem) {
            // `…is called ______. (information)`: the answer printed after the blanks.
            rawStem = stemPart
            keyText = answer
        }
        var explanation = d.explanationStart.map { StemCleaner.cleanAnswerText(s[$0..<max($0, d.explanationEnd ?? $0)]) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? trueFalseNote ?? inline.note ?? keyText.flatMap(trueFalseKeyNote)
        // (built only for a warning: most items have none)
        var label: String { d.number.map { "question \($0)" } ?? "question" }

        // Options left out as incomplete still say the item is a choice.
        var type = answerPoints != nil ? .shortAnswer : inferType(d: d, options: readOptions.isEmpty ? options : readOptions, inline: inline, keyText: keyText)
        var answerText: ArraySlice<Unicode.Scalar>?
        if type == .fillBlank, keyText == nil, d.keyToken == nil, case let (stemPart, rest?) = StemCleaner.splitStemAndAnswer(rawStem),
           rawStem[..<rest.startIndex].last(where: { $0 != " " }) == "\n",
           rest.contains(where: { ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) || ScalarClass.isDigit($0) }) {
            // Under 填空, the answer as the paragraph after the sentence (its blanks lost in the copy).
            rawStem = stemPart
            keyText = rest.utf8String
        }
        if type == .shortAnswer && keyText == nil && d.keyToken == nil {
            let (stemPart, rest) = StemCleaner.splitStemAndAnswer(rawStem)
            rawStem = stemPart
            answerText = rest
        }
        var stem = StemCleaner.cleanStem(rawStem)
        // A term with its definition (`受体:是一种…`) is a question however short the term.
        let isTerm = d.hint == .shortAnswer(kind: "term_definition") && keyText != nil
            && stem.unicodeScalars.filter({ ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }).count >= 2
        // `sin90°=______。`, `7+2=( )`: a short formula with a blank and a key is a question too.
        // (a byte search for plain text: Foundation's `contains` took 7% of a large import here)
        // (whether the stem is plain is worked out only when a blank is looked for: most items never ask)
        var plainStem: Bool?
        func has(_ blank: String) -> Bool {
            let plain = plainStem ?? stem.isPlainText
            plainStem = plain
            return plain ? stem.containsScalars(blank) : stem.contains(blank)
        }
        // (worked out only when nothing else makes the item a question: it scans the stem three times)
        var isFormula: Bool {
            (keyText != nil || d.keyToken != nil) && (StemCleaner.blankCount(stem) > 0 || has("( )") || has("()"))
                && stem.unicodeScalars.contains { ScalarClass.isDigit($0) || ScalarClass.isASCIILetter($0) || ScalarClass.isCJK($0) }
        }
        if options.isEmpty, !d.hasKey, keyText == nil, TypeHint.isPartInstruction(stem) {
            // `1.单项选择题第 1-45 小题。下列每题给出的四个选项中…`: an export numbers a part's instructions like its
            // first question; they are no item.
            return (nil, warnings)
        }
        guard !options.isEmpty || TypeHint.looksLikeQuestionText(stem) || isTerm || isFormula else {
            warn("\(label): no question text could be read; skipped")
            return (nil, warnings)
        }

        var answer: Answer?
        switch type {
        case .singleChoice, .multipleChoice:
            var letters: [String]?
            if let token = d.keyToken, token != "true", token != "false" { letters = token.map(String.init) }
            else if let inlineLetters = inline.letters { letters = inlineLetters }
            else if let token = d.keyToken {  // 答案:正确 for a choice item: pick the option that says so
                letters = OptionMatcher.letterForTrueFalse(token == "true", options: options).map { [$0] }
                if letters == nil { warn("\(label): answer '\(token == "true" ? "正确" : "错误")' matches no option") }
            } else if let keyText {
                let cleaned = StemCleaner.cleanOption(keyText)
                if let letter = OptionMatcher.letter(forText: cleaned, options: options) {
                    letters = [letter]
                } else if let written = OptionMatcher.lettersWritten(inKey: cleaned, options: options) {
                    letters = written
                } else {
                    warn("\(label): answer '\(String(cleaned.prefix(20)))' matches no option")
                }
            } else if let explanation, let found = OptionMatcher.lettersChosenIn(explanation, options: options) {
                // `【解析】…故选C。`: the key only in the explanation's conclusion.
                letters = found
            } else if let (filled, blanked) = OptionMatcher.optionTextInBlank(stem, options: options) {
                // `CRM的核心是(客户)。A.产品 B.客户`: the blank holds the right option's text.
                letters = filled
                stem = blanked
            }
            if var found = letters {
                found = found.sorted().uniquedAdjacent()
                if !options.isEmpty, let stray = found.first(where: { letter in !options.contains { $0.letter == letter } }) {
                    // A key must fit the options: one naming an option that was not read means the list is
                    // incomplete (a scrambled page), so the partial list is not kept with it.
                    warn("\(label): answer \(found.joined()) names option \(stray), which is not among the options read (\(options.map(\.letter).joined())); the incomplete options were left out")
                    options = []
                }
                if !found.isEmpty {
                    if found.count > 1 { type = .multipleChoice }
                    answer = .choices(found)
                }
            }
            if !options.isEmpty && options.count < 2 { warn("\(label): only \(options.count) option read") }
        case .trueFalse:
            if let token = d.keyToken, token == "true" || token == "false" { answer = .trueFalse(token == "true") }
            else if let mark = inline.trueFalse { answer = .trueFalse(mark) }
            else if let keyText, let value = OptionMatcher.trueFalseWord(at: StemCleaner.cleanOption(keyText)) {
                answer = .trueFalse(value)
            }
        case .fillBlank:
            if let keyText {
                let blankCount = StemCleaner.blankCount(stem)
                // `答案：高扩展性、高性能、灵活数据模型`, a blank line, then `6.2 HBase架构设计`: a fill-in's key is its
                // first paragraph when that gives every blank its part; the text after the break is the next section.
                var keyBody = keyText
                if blankCount > 0, let head = Self.firstParagraph(keyText),
                   StemCleaner.splitBlanks(StemCleaner.cleanOption(head), blanks: blankCount).count == blankCount {
                    keyBody = head
                }
                let key = StemCleaner.droppingPageReference(StemCleaner.cleanOption(keyBody))
                var blanks = StemCleaner.splitBlanks(key, blanks: blankCount > 0 ? blankCount : nil)
                // One blank: its answer may hold a comma of its own.
                if blanks.count > 1, StemCleaner.blankCount(stem) == 1 { blanks = [key] }
                if !blanks.isEmpty { answer = .blanks(blanks.map(StemCleaner.unwrappingCodeSpan)) }
            } else if let token = d.keyToken {
                answer = .blanks([token])
            } else if let letters = inline.letters {
                answer = .blanks([letters.joined()])
            } else if let (blanked, filled) = StemCleaner.filledBlanks(stem) {
                // 填空 documents often print the answers in the blanks: `…的程度的(感受)。`
                stem = blanked
                answer = .blanks(filled)
            }
        case .shortAnswer:
            let cleaned: String
            if let answerPoints {
                cleaned = answerPoints
            } else if let keyStart = d.keyStart {
                cleaned = StemCleaner.cleanAnswerText(s[keyStart..<max(keyStart, d.keyEnd ?? keyStart)])
            } else {
                cleaned = StemCleaner.cleanAnswerText(answerText ?? [])
            }
            if let (value, _) = OptionMatcher.trueFalseLine(cleaned), d.hint == .none {
                // The statement's key on the line after it, maybe with an explanation below.
                type = .trueFalse
                answer = .trueFalse(value)
                if explanation == nil { explanation = trueFalseKeyNote(cleaned) }
            } else if !cleaned.isEmpty {
                let (kept, cut) = StemCleaner.droppingCutOffTail(cleaned)
                if cut { warn("\(label): the answer ends mid-sentence ('…\(String(cleaned.suffix(8)))'); the unfinished words were left out") }
                answer = .text(kept)
            }
        }
        if answer == nil && d.hasKey == false && inline.letters == nil {
            warn("\(label): no answer key found; it can be studied but not graded")
        } else if answer == nil && warnings.isEmpty {
            warn("\(label): the answer key could not be read")
        }
        var kind: String?
        if type == .shortAnswer {
            if case let .shortAnswer(k) = d.hint { kind = k }
            if kind == nil, stem.hasAtMostCharacters(12), !stem.unicodeScalars.contains("?"), !stem.unicodeScalars.contains("？"), (answer.map { !$0.display().hasAtMostCharacters(20) } ?? false) {
                kind = "term_definition"
            }
        }
        return (Question(type: type, kind: kind, section: d.section, stem: stem, options: options.isEmpty ? nil : options,
                         answer: answer, explanation: explanation, source: SourceLocation(file: file, line: line)), warnings)
    }

    private func inferType(d: ItemDraft, options: [Option], inline: StemCleaner.InlineAnswer, keyText: String?) -> QuestionType {
        let tokenIsTF = d.keyToken == "true" || d.keyToken == "false"
        let tokenLetters = d.keyToken.map { !tokenIsTF ? $0 : "" } ?? ""
        if !options.isEmpty {
            if d.hint == .trueFalse, options.count == 2, OptionMatcher.looksLikeTrueFalse(options) { return .singleChoice }
            if tokenLetters.count > 1 || (inline.letters?.count ?? 0) > 1 || d.hint == .multipleChoice { return .multipleChoice }
            return .singleChoice
        }
        // `…按分类属于（ A ）类网络。` under a 填空题 heading, with no options: a blank that holds a letter.
        // (A blank that ends the sentence, `…最高的是( C )`, still asks to choose: options printed elsewhere.)
        if d.hint == .fillBlank, tokenLetters.isEmpty, inline.letters?.count == 1, letterBlankInsideSentence(d) { return .fillBlank }
        if !tokenLetters.isEmpty || inline.letters != nil {
            return tokenLetters.count > 1 || (inline.letters?.count ?? 0) > 1 || d.hint == .multipleChoice ? .multipleChoice : .singleChoice
        }
        if tokenIsTF || inline.trueFalse != nil { return .trueFalse }
        // `False` (and maybe an explanation) on the lines after a statement with no options.
        if let keyText, d.hint != .fillBlank, OptionMatcher.trueFalseLine(keyText) != nil { return .trueFalse }
        let stem = s[d.stemStart..<max(d.stemStart, d.stemEnd ?? d.stemStart)]
        switch d.hint {
        case .trueFalse: return .trueFalse
        // (A choice part's item with no options whose key is one word per blank, `( )、( )、( )` / `真诚、保密、中立`:
        // a fill-in sentence under a part the page named loosely.)
        case .singleChoice, .anyChoice:
            return keyText != nil && wordsFitBracketBlanks(stem, keyText: keyText, keyForm: d.keyForm, atLeast: 2) ? .fillBlank : .singleChoice
        case .multipleChoice:
            return keyText != nil && wordsFitBracketBlanks(stem, keyText: keyText, keyForm: d.keyForm, atLeast: 2) ? .fillBlank : .multipleChoice
        case .fillBlank: return .fillBlank
        default: break
        }
        if stem.containsScalars(Array("___".unicodeScalars)) || stem.containsScalars(Array("＿＿".unicodeScalars)), let keyText, keyText.hasAtMostCharacters(59) { return .fillBlank }
        return wordsFitBracketBlanks(stem, keyText: keyText, keyForm: d.keyForm, atLeast: 1) ? .fillBlank : .shortAnswer
    }

    /// The text before the first blank line, when text follows that break (nil otherwise, or when that text is empty).
    static func firstParagraph(_ text: String) -> String? {
        guard text.utf8.contains(0x0A) else { return nil }
        let u = Array(text.unicodeScalars)
        var i = 0
        while i < u.count {
            if u[i] == "\n" {
                var j = i + 1
                while j < u.count, u[j] == " " || u[j] == "\t" || u[j] == "\r" { j += 1 }
                if j < u.count, u[j] == "\n" {
                    var head = String.UnicodeScalarView()
                    head.append(contentsOf: u[..<i])
                    let result = String(head)
                    guard result.contains(where: { !$0.isWhitespace }), u[j...].contains(where: { !$0.properties.isWhitespace }) else { return nil }
                    return result
                }
            }
            i += 1
        }
        return nil
    }

    /// `…可以分为（）、（）、（）。` / `答案：零次文献、一次文献、二次文献`: short words for empty bracket blanks.
    private func wordsFitBracketBlanks(_ stem: ArraySlice<Unicode.Scalar>, keyText: String?, keyForm: String?, atLeast: Int) -> Bool {
        guard let keyText, keyForm == nil, case let blanks = StemCleaner.bracketBlankCount(stem), blanks >= atLeast,
              keyText.utf8.count <= 240, keyText.hasAtMostCharacters(59), !keyText.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n")
        else { return false }
        return blanks == 1 ? keyText.hasAtMostCharacters(24) : StemCleaner.splitBlanks(StemCleaner.cleanOption(keyText)).count == blanks
    }
}

extension ItemAssembler {
    /// Whether the stem holds a bracketed letter (`（ A ）`) with more words of the sentence right after it.
    private func letterBlankInsideSentence(_ d: ItemDraft) -> Bool {
        let scalars = text.scalars
        let end = min(scalars.count, max(d.stemStart, d.stemEnd ?? d.stemStart))
        var k = d.stemStart
        while k < end {
            defer { k += 1 }
            guard scalars[k] == "(" else { continue }
            var j = k + 1
            while j < end, scalars[j] == " " { j += 1 }
            guard j < end, ScalarClass.isUpperOptionLetter(scalars[j]) else { continue }
            j += 1
            while j < end, scalars[j] == " " { j += 1 }
            guard j + 1 < end, scalars[j] == ")" else { continue }
            if ScalarClass.isCJK(scalars[j + 1]) { return true }
        }
        return false
    }

    /// Whether a tick (`✅`, `✔`, `✓`, `☑`) is among the last scalars of the option read at `start..<end`: a scalar
    /// test on the document text, so options without one (nearly all) cost no String work.
    private func hasTickNearEnd(_ start: Int, _ end: Int?) -> Bool {
        guard let end, end > start else { return false }
        let scalars = text.scalars
        var k = end
        while k > start, end - k < 12 {
            k -= 1
            let v = scalars[k].value
            if v >= 0x2611, v <= 0x2714, v == 0x2611 || v == 0x2705 || v == 0x2713 || v == 0x2714 { return true }
        }
        return false
    }

    /// What follows a true/false key line (`False` then `Explanation` and a paragraph): its explanation.
    private func trueFalseKeyNote(_ keyText: String) -> String? {
        guard let (_, note) = OptionMatcher.trueFalseLine(keyText) else { return nil }
        let trimmed = keyText.drop(while: { $0 == " " || $0 == "\n" })
        var rest = trimmed.drop(while: { $0 != "\n" }).drop(while: { $0 == " " || $0 == "\n" })
        if rest.lowercased().hasPrefix("explanation") { rest = rest.dropFirst("explanation".count).drop(while: { $0 == " " || $0 == ":" || $0 == "\n" }) }
        let text = StemCleaner.cleanAnswerText(String(rest))
        return text.isEmpty ? note : text
    }
}

private extension TypeHint {
    /// No part heading says the item is a choice, true/false or fill-in (a written answer may be what it wants).
    var allowsWrittenAnswer: Bool {
        if case .shortAnswer = self { return true }
        return self == .none
    }
}

private extension Array where Element: Equatable {
    /// A sorted array without its repeats (as `Array(Set(self)).sorted()` of sorted input, without hashing).
    func uniquedAdjacent() -> [Element] {
        var out: [Element] = []
        out.reserveCapacity(count)
        for element in self where out.last != element { out.append(element) }
        return out
    }
}
