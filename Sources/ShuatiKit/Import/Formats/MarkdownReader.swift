import Foundation

/// Markdown as students keep it, turned into the plain text the document parser reads.
///
/// Syntax goes, text stays, and the ways students mark keys in Markdown become key lines (`答案：B`):
/// a **bold** option or true/false bullet, a checked `- [x]` box, a marked row of an option table, a key
/// under a `### 答案` heading or in a `<details>` answer, a letter alone after the options, **bold** words in a
/// fill-in (read as its blanks). Code fences, blockquotes and `<details>` bodies become one line each, so their
/// own numbered lines never start questions.
enum MarkdownReader {
    /// The document's text with Markdown syntax resolved into plain lines.
    static func text(from markdown: String) -> String {
        var converter = MarkdownConverter(MarkdownSource.lines(of: markdown))
        return converter.run()
    }
}

/// Line-level preparation: comments and front matter removed, lines split.
enum MarkdownSource {
    /// Whether text from another format (a Word file, a text file) was written in Markdown: answers pasted from a
    /// chat assistant or a notes app keep their `**bold**` and `## headings` as literal characters. Bullets alone
    /// do not count: plain documents use `- ` too.
    static func isWrittenInMarkdown(_ text: String) -> Bool {
        var marked = 0, nonEmpty = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            guard !trimmed.isEmpty else { continue }
            nonEmpty += 1
            let heading = trimmed.hasPrefix("#") && trimmed.drop(while: { $0 == "#" }).first == " "
            if heading || trimmed.hasPrefix("```") { marked += 1; continue }
            // `**text**` with something between the pairs.
            if let open = trimmed.range(of: "**"), let close = trimmed[open.upperBound...].range(of: "**"),
               close.lowerBound > open.upperBound {
                marked += 1
            }
        }
        return marked >= 3 && marked * 20 >= nonEmpty
    }

    /// The lines of a Markdown document without HTML comments and YAML front matter.
    static func lines(of markdown: String) -> [Substring] {
        let text = removingComments(markdown)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.prefix(80).dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            lines.removeSubrange(0...end)
        }
        return lines
    }

    /// The text without `<!-- … -->` comments (an unclosed comment runs to the end, as in a browser).
    static func removingComments(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var out = "", rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            // Keep the comment's line breaks so line numbers stay close to the source's.
            out += String(repeating: "\n", count: rest[open.lowerBound..<close.upperBound].filter { $0 == "\n" }.count)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}

/// One pass over the lines, with the little state an item needs: its open option run and the keys found in it.
struct MarkdownConverter {
    private let lines: [Substring]
    private var out: [String] = []
    private var index = 0
    /// Whether any box in the document is checked: a list of boxes none of which is checked is a to-do list.
    private let anyChecked: Bool

    private enum Kind { case none, stem, option, statement, heading, quote, key, other }
    private var lastKind = Kind.none
    private var optionKeys: [Character] = []
    /// Under a question written as a bold numbered paragraph (`**2.…是啥？**`), until the next one or a heading: a
    /// plain numbered list there is its answer.
    private var boldNumberedQuestionOpen = false
    /// Whether that question's answer has begun (its first point was written with the answer label).
    private var boldNumberedAnswerOpened = false
    /// The number the next point of a numbered answer under an answer label takes (`2` after `**Answer**:` `1. …`).
    private var answerPointsNext: Int?
    /// Options whose letter alone is bold (`**B.** text`): the key when some options are not so marked.
    private var boldLetterKeys: [Character] = []
    private var trueFalseKey: Bool?
    private var inOptions = false
    private var optionCount = 0
    private var itemOpen = false
    private var itemHasKey = false
    private var itemHasOptions = false
    /// Text lines under the item's first line (an answer paragraph): its bold words are emphasis, not blanks.
    private var itemHasBody = false
    /// A numbered line with bold words, and its reading with the bold words as blanks (used if no options follow).
    private var pendingFill: (index: Int, text: String)?
    /// A label line (`### 答案`, `**解析**`, `答：`) waiting for the content it announces.
    private var pendingLabel: MarkdownKeys.Label?
    /// A key written on the stem's line, held until the options under it have been read.
    private var deferredKey: String?
    /// A question number given alone (`## 第3题`), waiting for the stem it numbers.
    private var pendingNumber: String?
    private var statementCount = 0
    private var lastStemIsQuestion = false
    /// The question the boxes would belong to is an unnumbered heading (`### 哪个…？`).
    private var questionIsBareHeading = false
    /// Whether the open item is a question set as a heading (`### Q3：…`), so its answer runs on below it.
    private var headingQuestionOpen = false
    /// Whether the open bare heading question (`## 何为脱机I/O？`) may take the text under it as its answer: it does
    /// not introduce a list (`## 判断下列说法是否正确？` over statements).
    private var headingMayTakeBody = false
    /// Whether the text under a bare heading question is being read as its answer (no label, no options).
    private var headingAnswerOpen = false
    /// The level of the heading that names a part of written questions (`# 简答题整理`), while it lasts: headings
    /// under it ask their question without a question mark (`## 为什么要先写日志文件`).
    private var writtenPartLevel: Int?
    /// The level of the heading that states the open numbered question (`# 5. 简述…`), while nothing else followed it.
    private var questionHeadingLevel: Int?
    /// The open item's question number, when it has one.
    private var itemNumber: String?
    /// Numbered questions read since the last section heading: none means an answer sheet there precedes them.
    private var numberedInSection = 0
    /// The level of the last section heading (`## 判断题` is 2), 0 before any.
    private var sectionLevel = 0
    /// Keys by question number from an answer sheet printed before its questions, each given to its item when
    /// the item ends: the parser reads a sheet only after the questions it keys.
    private var leadingKeys: [String: String] = [:]
    /// The level of the section the leading sheet keys; a heading at that level or above ends it.
    private var leadingKeysLevel = 0
    /// Bold-line questions read so far: numbered in order, so the parser reads each as an item.
    private var boldQuestionCount = 0

    init(_ lines: [Substring]) {
        self.lines = lines
        anyChecked = lines.contains { line in
            let t = line.drop { $0 == " " || $0 == "\t" }
            return t.count > 4 && "-*+".contains(t.first!) && (t.contains("[x]") || t.contains("[X]"))
        }
    }

    /// Converts the whole document.
    mutating func run() -> String {
        while index < lines.count { step() }
        endItem()
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Dispatch

    private mutating func step() {
        let raw = lines[index]
        let indent = Self.indentation(raw)
        let t = raw.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { out.append(""); index += 1; return }
        if answerPointsNext != nil, Self.listItem(t)?.0.first?.isNumber != true { answerPointsNext = nil }
        if t.hasPrefix("```") || t.hasPrefix("~~~") { readFence(); return }
        if t.lowercased().hasPrefix("<details") { readDetails(); return }
        if t.utf8.count > 6, t.utf8.prefix(6).elementsEqual("<table".utf8) || t.utf8.prefix(6).elementsEqual("<TABLE".utf8) {
            readHTMLTable(); return
        }
        if t.hasPrefix(":::") { readContainer(t); return }
        if t.hasPrefix(">") { readQuote(); return }
        if t.hasPrefix("|"), t.dropFirst().contains("|") { readTable(); return }
        index += 1
        if t.utf8.count <= 4, indent < 4, readLoneLetterOption(t) { return }
        if Self.isRule(t) { out.append(""); boldNumberedQuestionOpen = false; return }
        if let heading = Self.headingText(t) { boldNumberedQuestionOpen = false; readHeading(heading, level: t.prefix { $0 == "#" }.count); return }
        if let (marker, rest) = Self.listItem(t) {
            if marker.first!.isNumber, !inOptions, indent < 4, readNumberedOptions(from: index - 1) { return }
            if marker.first!.isNumber {
                if indent >= 2, MarkdownKeys.option(MarkdownInline(rest).plain) != nil {
                    content(rest, indent: indent, bullet: true)  // a nested numbered list of lettered options
                } else if let next = answerPointsNext, Self.leadingNumber(t) == String(next) {
                    // The next point of a numbered answer under `**Answer**:` (numbered `2)`, never a question).
                    answerPointsNext = next + 1
                    out.append("\(next)) " + MarkdownInline(rest).plain.trimmingCharacters(in: .whitespaces))
                } else if pendingLabel == .answer, itemOpen, !itemHasKey, !itemHasOptions, Self.leadingNumber(t) == "1",
                          headingQuestionOpen || numberedInSection <= 1,
                          MarkdownKeys.letters(MarkdownInline(rest).plain) == nil {
                    // `**Answer**:` over `1. **On-demand self-service**: …` `2. …`: the points of a written answer,
                    // not an answer sheet (the one question above has no key yet, and the points are not letters).
                    pendingLabel = nil
                    answerPointsNext = 2
                    closeOptions()
                    attach("答：1) " + MarkdownInline(rest).plain.trimmingCharacters(in: .whitespaces))
                    itemHasKey = true
                    lastKind = .key
                } else if boldNumberedQuestionOpen, !MarkdownInline(rest).isAllBold {
                    // `**1.OS的三个主要目的是啥？**` over `1. …` `2. …`: the answer's points, numbered `1)` so they
                    // never read as the next questions.
                    // The first point opens the answer (its label written out, as for a bold question's answer).
                    content(Substring((boldNumberedAnswerOpened ? "" : "答：") + Self.unnumbered(t)), indent: indent, bullet: false)
                    boldNumberedAnswerOpened = true
                } else {
                    content(Substring(t), indent: indent, bullet: false)
                }
                return
            }
            if let (checked, text) = Self.checkbox(rest) { checkbox(checked: checked, text: text); return }
            content(rest, indent: indent, bullet: true)
            return
        }
        if t.hasPrefix("**") || t.hasPrefix("__") {
            let inline = MarkdownInline(Substring(t))
            if inline.isAllBold {
                // (Digits only: `**一、填空题**` is a part title over numbered questions.)
                let plain = inline.plain.trimmingCharacters(in: .whitespaces)
                boldNumberedQuestionOpen = Self.leadingNumber(plain) != nil && !MarkdownBoldQuestion.isTitle(plain)
                boldNumberedAnswerOpened = false
            }
        }
        if indent < 4, pendingLabel == nil, !insideOpenQuestion, !headingAnswerOpen, !leadsOnInHeadingAnswer(t),
           let question = MarkdownBoldQuestion.read(lines, at: index - 1) {
            readBoldQuestion(question)
            return
        }
        content(Substring(t), indent: indent, bullet: false)
    }

    // MARK: - Item state

    /// Whether the lines read now are the body of a question still without options or key (`# 2. …是什么` over
    /// its answer): a bold line there (`__它的作用有两个：__`) is part of that answer, not a question of its own.
    private var insideOpenQuestion: Bool {
        itemOpen && !itemHasKey && !itemHasOptions && (itemNumber != nil || questionIsBareHeading)
    }

    /// `### Q3：…` answered under `**参考答案：**`, then `**为什么不能依赖它：**` over a numbered list: a bold lead-in of
    /// that written answer (it ends in a colon), not a bold question of its own.
    private func leadsOnInHeadingAnswer(_ t: String) -> Bool {
        guard headingQuestionOpen, itemOpen, itemHasKey, !itemHasOptions,
              let last = t.last(where: { $0 != "*" && $0 != "_" && $0 != " " }) else { return false }
        return last == ":" || last == "："
    }

    /// Appends a key or explanation line right under the item's last line: a blank line after options
    /// reads as the end of the question in plain text.
    private mutating func attach(_ line: String) {
        if itemOpen || itemHasOptions { while out.last == "" { out.removeLast() } }
        out.append(line)
    }

    private mutating func closeOptions() {
        if let key = deferredKey {
            deferredKey = nil
            if optionKeys.isEmpty && trueFalseKey == nil { attach(key) }
        }
        guard inOptions else { return }
        if optionKeys.isEmpty, !boldLetterKeys.isEmpty, boldLetterKeys.count < optionCount { optionKeys = boldLetterKeys }
        boldLetterKeys = []
        if !optionKeys.isEmpty {
            var seen = Set<Character>()
            attach(MarkdownKeys.keyLine(String(optionKeys.filter { seen.insert($0).inserted }.sorted())))
            itemHasKey = true
        } else if let value = trueFalseKey {
            attach(MarkdownKeys.trueFalseLine(value))
            itemHasKey = true
        }
        optionKeys = []; trueFalseKey = nil; inOptions = false
    }

    private mutating func endItem() {
        closeOptions()
        if itemOpen, let number = itemNumber, let key = leadingKeys.removeValue(forKey: number), !itemHasKey {
            let blanks = out.reversed().prefix { $0.isEmpty }.count
            attach(keyLine(for: key))
            out.append(contentsOf: repeatElement("", count: blanks))  // the break before what follows stays
        }
        itemNumber = nil
        if let fill = pendingFill, !itemHasOptions, !itemHasBody { out[fill.index] = fill.text }
        pendingFill = nil
        itemOpen = false; itemHasKey = false; itemHasOptions = false; itemHasBody = false; optionCount = 0
        headingQuestionOpen = false; headingMayTakeBody = false; headingAnswerOpen = false
    }

    private mutating func startItem() {
        endItem()
        itemOpen = true
    }

    /// Emits a key given as text: option letters, a true/false mark, or a text answer.
    private mutating func emitKey(_ text: String) {
        closeOptions()
        attach(keyLine(for: text))
        itemHasKey = true
        lastKind = .key
    }

    /// The key line for a key given as text, read against the open item (a `T` without options is true/false).
    private func keyLine(for text: String) -> String {
        if let letters = MarkdownKeys.letters(text), itemHasOptions || letters.count == 1 && letters != "T" && letters != "F" {
            return MarkdownKeys.keyLine(letters)
        } else if !itemHasOptions, let value = MarkdownKeys.trueFalse(text) {
            return MarkdownKeys.trueFalseLine(value)
        }
        return MarkdownKeys.keyLine(text)
    }

    /// Records the open item's question number (`1. …`, `### 第 1 题`).
    private mutating func numberItem(_ number: String?) {
        guard let number, !number.isEmpty else { return }
        itemNumber = number
        numberedInSection += 1
    }

    /// A heading that names a section (not a question): a leading answer sheet of an outer section ends here.
    private mutating func enterSection(level: Int) {
        numberedInSection = 0
        sectionLevel = level
        if level <= leadingKeysLevel { leadingKeys = [:] }
    }

    // MARK: - Lines

    private mutating func readHeading(_ heading: Substring, level: Int) {
        let plain = MarkdownInline(heading).plain.trimmingCharacters(in: .whitespaces)
        closeOptions()
        if let label = MarkdownKeys.label(plain) {
            if label != .options { pendingLabel = label }
            return
        }
        pendingLabel = nil
        // `# 5. 简述…` then `## 计算机硬件由五大部件组成:…。`: a deeper heading right under a numbered question heading,
        // a sentence that asks nothing of its own (a short topic name stays a section), opens the answer.
        if lastKind == .stem, let questionLevel = questionHeadingLevel, level > questionLevel, !itemHasOptions, !itemHasKey,
           !Self.startsWithNumber(plain), Self.numberedQuestion(plain) == nil, MarkdownKeys.option(plain) == nil,
           let last = plain.last, last != "?", last != "？",
           TypeHint.fromTitle(plain) == .none, plain.unicodeScalars.contains(where: { $0.isOne(of: "。，,：:、；;") }) {
            questionHeadingLevel = nil
            attach("答：" + plain)
            itemHasKey = true
            lastKind = .key
            return
        }
        questionHeadingLevel = nil
        startItem()
        if let number = Self.numberOnly(plain) { pendingNumber = number; lastKind = .heading; return }
        pendingNumber = nil
        if let topic = Self.numberedTopic(plain) {
            // `#### 1. Types of Polymorphism` in lecture notes: a numbered section, not question 1.
            out.append(topic)
            enterSection(level: level)
            lastKind = .heading
            lastStemIsQuestion = false
            questionIsBareHeading = false
            return
        }
        if opensSubsections(plain) {
            // `## 30. 练习题库` right over `### 30.1 选择题`: a numbered part of the notes, not question 30.
            out.append(plain.drop { $0.isNumber }.dropFirst().trimmingCharacters(in: .whitespaces))
            enterSection(level: level)
            lastKind = .heading
            lastStemIsQuestion = false
            questionIsBareHeading = false
            return
        }
        let text = Self.numberedQuestion(plain) ?? Self.spacedNumberQuestion(plain) ?? plain
        out.append(text)
        // `### 1. 哪个…？` is a question: boxes under it are its options. So is a heading ending in a question mark,
        // unless its boxes are sentences (`## 判断下列说法是否正确？` over true/false statements).
        let numbered = Self.startsWithNumber(text)
        // `## 一、单选题` starts with a (Chinese) number too, but names a section.
        if let number = Self.leadingNumber(text) { numberItem(number) } else { enterSection(level: level) }
        if !numbered, case .shortAnswer = TypeHint.fromTitle(text) {
            writtenPartLevel = level
        } else if let part = writtenPartLevel, level <= part {
            writtenPartLevel = nil
        }
        let asksInWrittenPart = !numbered && writtenPartLevel.map { level > $0 } == true && Self.mayNameAQuestion(text)
        let isQuestion = numbered || text.last == "?" || text.last == "？" || asksInWrittenPart
        lastKind = isQuestion ? .stem : .heading
        lastStemIsQuestion = isQuestion
        questionIsBareHeading = isQuestion && !numbered
        headingQuestionOpen = isQuestion
        headingMayTakeBody = isQuestion && !numbered && !Self.introducesList(text)
        // (`## 一、JavaScript 深度` numbers a part, not a question)
        if Self.leadingNumber(text) != nil { questionHeadingLevel = level }
    }

    /// Whether a heading `N. …` is followed, as the next line with text, by a heading numbered `N.1`: its first
    /// subsection.
    private func opensSubsections(_ plain: String) -> Bool {
        guard let number = Self.leadingNumber(plain), let delimiter = plain.dropFirst(number.count).first,
              delimiter == "." || delimiter == "．",
              let next = lines[index...].first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
              let heading = Self.headingText(next.trimmingCharacters(in: .whitespaces)) else { return false }
        let sub = MarkdownInline(heading).plain.trimmingCharacters(in: .whitespaces)
        guard sub.hasPrefix(number + ".1") else { return false }
        return sub.dropFirst(number.count + 2).first.map { !$0.isNumber } ?? true
    }

    private mutating func content(_ text: Substring, indent: Int, bullet: Bool) {
        let inline = MarkdownInline(text)
        let plain = Self.droppingSelfCheckMark(MarkdownKeys.labelWithoutPictograph(inline.plain.trimmingCharacters(in: .whitespaces)))
        guard !plain.isEmpty else { return }
        if pendingLabel == nil, inline.isAllBold, let topic = Self.numberedTopic(plain) {
            // `*   **1. Compile-time Binding:**` over a paragraph: a numbered topic of the notes, set in bold.
            closeOptions()
            endItem()
            out.append(topic)
            lastKind = .heading
            return
        }
        if let label = pendingLabel {
            pendingLabel = nil
            if label == .answer, Self.startsWithNumber(plain) {
                endItem()
                out.append("参考答案")  // numbered keys under an answer heading: an answer sheet
            } else if label == .answer, MarkdownKeys.option(plain) != nil, nextLineIsOption() {
                // `Correct Answer` over the whole option list (a graded quiz page copied out): a heading, not a key.
            } else if label == .answer {
                emitKey(plain); return
            } else if label == .explanation {
                closeOptions(); attach(MarkdownKeys.explanationLine(plain)); lastKind = .other; return
            }
        }
        if let option = MarkdownKeys.option(plain) {
            let boldText = inline.bold.joined()
            if inline.isAllBold || (!boldText.isEmpty && Self.same(boldText, option.text)) {
                optionKeys.append(option.letter)
            } else if !boldText.isEmpty, Self.same(boldText.uppercased(), String(option.letter)) {
                // `**C.** Sky`: only the right option's letter set in bold (kept apart: bold on every letter is style).
                boldLetterKeys.append(option.letter)
            }
            if !inOptions && lastKind != .option { optionCount = 0 }
            inOptions = true; itemHasOptions = true; optionCount += 1
            pendingFill = nil
            attach(Self.lowerCaseRow(plain) ? plain : "\(option.letter). \(option.text)")
            lastKind = .option
            return
        }
        if let value = MarkdownKeys.trueFalse(plain), bullet || inline.isAllBold {
            if bullet {
                if inline.isAllBold { trueFalseKey = value }
                inOptions = true
                lastKind = .option
            } else {
                closeOptions()
                attach(MarkdownKeys.trueFalseLine(value))
                itemHasKey = true
                lastKind = .key
            }
            return
        }
        if itemHasOptions, !itemHasKey || inOptions, let letters = MarkdownKeys.letters(plain),
           inline.isAllBold || lastKind == .option {
            closeOptions()
            attach(MarkdownKeys.keyLine(letters))
            itemHasKey = true
            lastKind = .key
            return
        }
        if plain.count <= 14, let label = MarkdownKeys.label(plain) {
            closeOptions()
            if label != .options { pendingLabel = label }
            return
        }
        if let number = Self.numberOnly(plain) {
            // `**【第3题】**` under `## 第3题`, or a number line alone: it numbers the next stem.
            if pendingNumber == nil { startItem() }
            pendingNumber = number
            lastKind = .heading
            return
        }
        if headingAnswerOpen {
            // The rest of the answer under a bare heading question, joined to it: its lines and points (`2.…`) never
            // read as questions of their own.
            while out.last == "" { out.removeLast() }
            if let last = out.indices.last { out[last] += " " + Self.answerPoint(plain) } else { out.append(plain) }
            lastKind = .key
            return
        }
        if headingMayTakeBody, itemOpen, !itemHasKey, !itemHasOptions, lastKind == .stem, pendingNumber == nil,
           !MarkdownKeys.startsWithLabel(plain), !nextLineIsOption() {
            // `## 何为脱机I/O和联机I/O？` over paragraphs, points or a bold line, up to the next heading: a review
            // note's question and its answer (no label, no options).
            headingMayTakeBody = false
            headingAnswerOpen = true
            attach("答：" + Self.answerPoint(plain))
            itemHasKey = true
            lastKind = .key
            return
        }
        headingMayTakeBody = false
        closeOptions()
        let number = pendingNumber.map { "\($0). " } ?? ""
        pendingNumber = nil
        let numbered = !number.isEmpty || (!bullet && Self.startsWithNumber(plain))
        if number.isEmpty, numbered || (indent == 0 && [.option, .key, .statement, .quote].contains(lastKind)) {
            startItem()
        } else if itemOpen {
            itemHasBody = true
        }
        if numbered, itemNumber == nil { numberItem(Self.leadingNumber(number.isEmpty ? plain : number)) }
        let padding = bullet || !number.isEmpty ? "" : String(repeating: " ", count: min(indent, 8))
        if let (stem, key) = Self.trailingBoldKey(inline) {
            // `1. 死锁的四个必要条件缺一不可。 **答案：对**`: the bold span is the key, not a blank.
            out.append(padding + number + stem)
            itemHasKey = true
            pendingFill = nil
            lastStemIsQuestion = numbered || Self.looksLikeQuestion(stem)
            if nextLineIsOption() {
                // Options follow: the key goes after them, where the parser reads an item's key.
                deferredKey = key
                lastKind = .stem
            } else {
                attach(key)
                lastKind = .key
            }
            questionIsBareHeading = false
            return
        }
        if numbered, !inline.bold.isEmpty, !inline.isAllBold, !Self.boldIsWholeStem(inline, plain) {
            // Kept aside: if no options follow, the bold words were the blanks' keys.
            // (`1. **Which edition is needed?**`: the whole question set in bold is the question, not a blank.)
            let stem = padding + number + inline.boldAsBlanks.trimmingCharacters(in: .whitespaces)
            pendingFill = (out.count, stem + "\n" + MarkdownKeys.keyLine(inline.bold.joined(separator: "；")))
        }
        if numbered, let mark = plain.range(of: " # "), plain[..<mark.lowerBound].contains("___") {
            // `The ____ is … # key`: a fill-in with its key after a hash (a comment mark in many notes).
            let key = plain[mark.upperBound...].trimmingCharacters(in: .whitespaces)
            out.append(padding + number + plain[..<mark.lowerBound].trimmingCharacters(in: .whitespaces))
            if !key.isEmpty { out.append(MarkdownKeys.keyLine(key)); itemHasKey = true }
            pendingFill = nil
            lastKind = .key
            return
        }
        out.append(padding + number + plain)
        lastKind = .stem
        lastStemIsQuestion = numbered || Self.looksLikeQuestion(plain)
        questionIsBareHeading = false
    }

    /// Whether the next non-blank line is an option (`- A. …`, `B、…`, a task-list box).
    private func nextLineIsOption() -> Bool {
        guard let line = lines[index...].first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return false }
        let t = line.trimmingCharacters(in: .whitespaces)
        var text = Substring(t)
        if let (_, rest) = Self.listItem(t) {
            if Self.checkbox(rest) != nil { return true }
            text = rest
        }
        return MarkdownKeys.option(MarkdownInline(text).plain) != nil
    }

    private mutating func checkbox(checked: Bool, text: Substring) {
        let plain = MarkdownInline(text).plain.trimmingCharacters(in: .whitespaces)
        let option = MarkdownKeys.option(plain)
        let statementUnderHeading = lastKind == .stem && questionIsBareHeading && option == nil && Self.isStatement(plain)
        // A lettered box (`- [ ] A. 0`) is never a to-do entry: under any stem it is an option, even when the stem
        // reads as a statement (`下列语句执行后的输出是。`).
        let underStem = lastKind == .stem && (lastStemIsQuestion || option != nil) && !statementUnderHeading
        if underStem || (lastKind == .option && inOptions) {
            // Boxes under a question are its options (lettered in order when they have no letters of their own);
            // the checked ones are the key.
            let letter = option?.letter ?? Character(UnicodeScalar(UInt8(65 + min(optionCount, 7))))
            if checked { optionKeys.append(letter) }
            inOptions = true; itemHasOptions = true; optionCount += 1
            pendingFill = nil
            attach("\(letter). \(option?.text ?? plain)")
            lastKind = .option
            return
        }
        // A box alone is a true/false statement: checked is true.
        endItem()
        var statement = plain
        var unsettled = false
        for mark in ["TODO", "todo", "待定", "？？？", "???"] where statement.hasSuffix(mark) {
            statement = String(statement.dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
            unsettled = true
        }
        // `- [ ] 3` or a link is a to-do entry, not a question.
        guard Self.isStatement(statement), !statement.hasPrefix("http") else {
            out.append(statement)
            lastKind = .other
            return
        }
        startItem()
        // Numbered, so that statements one after another read as separate items.
        statementCount += 1
        if out.last != "" { out.append("") }
        out.append("\(statementCount). " + statement)
        if anyChecked && !unsettled {
            attach(MarkdownKeys.trueFalseLine(checked))
            itemHasKey = true
        }
        lastKind = .statement
    }

    // MARK: - Blocks

    /// `a.` alone on its line, the option's text on the next, then `Correct!` or `Incorrect.` and a paragraph of
    /// feedback (a graded quiz page copied out): the option, the right one keyed; the feedback is dropped.
    private mutating func readLoneLetterOption(_ t: String) -> Bool {
        guard let letter = t.first, MarkdownKeys.isOptionLetter(letter), t.count == 2, let d = t.last, ".．)）".contains(d),
              letter.uppercased() == String(UnicodeScalar(UInt8(65 + (lastKind == .option && inOptions ? min(optionCount, 7) : 0)))),
              let textLine = nextTextLine(from: index) else { return false }
        let text = lines[textLine].trimmingCharacters(in: .whitespaces)
        // (Text may open with an article, `A TTL index`; a lettered line of its own, `b.` / `B. …`, is no option text.)
        let lettered = MarkdownKeys.isOptionLetter(text.first!) && (text.count == 1 || ".．、:：)）".contains(text.dropFirst().first!))
        // (`A.` over a fenced block is an option whose text is code, read the usual way.)
        guard !MarkdownBoldQuestion.endsAnswer(text), Self.listItem(text) == nil, !lettered,
              !MarkdownKeys.startsWithLabel(text) else { return false }
        index = textLine + 1
        content(Substring("\(letter.uppercased()). \(text)"), indent: 0, bullet: false)
        guard let markLine = nextTextLine(from: index) else { return true }
        let mark = lines[markLine].trimmingCharacters(in: .whitespaces).lowercased()
        let verdict = mark.trimmingCharacters(in: CharacterSet(charactersIn: ".!。！ "))
        guard verdict == "correct" || verdict == "incorrect" else { return true }
        if verdict == "correct" { optionKeys.append(Character(letter.uppercased())) }
        index = markLine + 1
        // The feedback: one paragraph, unless the next option or a block starts there.
        guard let feedback = nextTextLine(from: index) else { return true }
        var i = feedback
        while i < lines.count {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.count <= 2 || Self.headingText(line) != nil || Self.isRule(line) || line.hasPrefix("**")
                || line.hasPrefix("```") || Self.startsWithNumber(line) || MarkdownKeys.option(line) != nil { break }
            i += 1
        }
        index = i
        return true
    }

    /// `1. …` to `4. …` under a question, then `Correct answer: 3.`: a numbered option list keyed by its number
    /// (quizzes written as Markdown lists). Read as options A-D and the key as the letter; anything else (a list
    /// without such a key under it: steps, an answer's points, numbered questions) is left alone.
    private mutating func readNumberedOptions(from start: Int) -> Bool {
        guard lastKind == .stem || lastKind == .other, !itemHasOptions, !itemHasKey,
              lines[start].utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == 0x31 else { return false }  // `1.`
        var items: [Substring] = []
        var i = start
        while i < lines.count, items.count < 8 {
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            guard let (marker, rest) = Self.listItem(t), marker.first!.isNumber,
                  marker.dropLast() == String(items.count + 1) else { break }
            items.append(rest)
            i += 1
        }
        // (The key under the list first: it is what makes the list options; lists without it cost no more.)
        guard items.count >= 2, let keyLine = nextTextLine(from: i) else { return false }
        let key = lines[keyLine].trimmingCharacters(in: .whitespaces)
        guard MarkdownKeys.startsWithAnswerLabel(key), let colon = key.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let value = key[key.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " .;。；"))
        guard let n = Int(value), (1...items.count).contains(n) else { return false }
        let texts = items.map { MarkdownInline($0).plain.trimmingCharacters(in: .whitespaces) }
        guard !texts.contains(where: \.isEmpty) else { return false }
        for (k, text) in texts.enumerated() {
            content(Substring("\(Character(UnicodeScalar(UInt8(65 + k)))). \(text)"), indent: 0, bullet: false)
        }
        emitKey(String(Character(UnicodeScalar(UInt8(64 + n)))))
        index = keyLine + 1
        return true
    }

    /// The index of the next line with text from `i`, within two lines.
    private func nextTextLine(from i: Int) -> Int? {
        var j = i
        while j < lines.count, j - i <= 2 {
            if !lines[j].trimmingCharacters(in: .whitespaces).isEmpty { return j }
            j += 1
        }
        return nil
    }

    /// A bold-line question and its answer, as a numbered short-answer item (`1. 瀑布模型的缺点` / `答：…`).
    private mutating func readBoldQuestion(_ question: MarkdownBoldQuestion) {
        closeOptions()
        startItem()
        boldQuestionCount += 1
        let first = out.count
        if let last = out.last, !last.isEmpty { out.append("") }
        out.append("\(boldQuestionCount). \(question.stem)")
        out.append("答：" + question.answer[0])
        out.append(contentsOf: question.answer.dropFirst())
        itemHasKey = true
        endItem()
        // The answer's blank lines were dropped (a blank line ends an answer in plain text); as many blank lines
        // after it keep the lines below at their source line numbers.
        let consumed = question.end - (index - 1)
        out.append(contentsOf: repeatElement("", count: max(0, consumed - (out.count - first))))
        index = question.end
        lastKind = .key
    }

    private mutating func readFence() {
        let open = lines[index].trimmingCharacters(in: .whitespaces)
        let marker = String(open.prefix { $0 == open.first })
        index += 1
        var body: [String] = []
        while index < lines.count {
            let t = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if t.hasPrefix(marker), t.drop(while: { $0 == marker.first }).trimmingCharacters(in: .whitespaces).isEmpty { break }
            if !t.isEmpty { body.append(Self.unnumbered(t)) }
        }
        let joined = body.joined(separator: " ")
        guard !joined.isEmpty else { return }
        if pendingLabel == nil, MarkdownKeys.label(String(open.drop { $0 == marker.first }).trimmingCharacters(in: .whitespaces)) == .answer {
            pendingLabel = .answer  // ```` ```answer ```` over `C`: a fence that names itself the answer
        }
        if pendingLabel == nil, itemOpen, !itemHasOptions, !itemHasKey, lastKind != .key, lastKind != .option,
           !(out.last(where: { !$0.isEmpty }).map(MarkdownKeys.startsWithAnswerLabel) ?? false),
           let options = Self.fencedOptions(body) {
            // `A 函数体含有循环语句` `B …` fenced to keep the layout: the stem's options, one a line.
            closeOptions()
            for (letter, text) in options {
                attach("\(letter). \(text)")
                optionCount += 1
            }
            inOptions = true; itemHasOptions = true; pendingFill = nil
            lastKind = .option
            return
        }
        if let label = pendingLabel {
            pendingLabel = nil
            if label == .answer { emitKey(joined); return }
            if label == .explanation { closeOptions(); attach(MarkdownKeys.explanationLine(joined)); return }
        }
        closeOptions()
        if let last = out.lastIndex(where: { !$0.isEmpty }), MarkdownKeys.startsWithAnswerLabel(out[last]) {
            // Code right under a key line (`**Ans: A**` over a fenced note on each option) explains the key.
            attach(MarkdownKeys.explanationLine(joined))
        } else if itemOpen, !itemHasOptions, !itemHasKey, let last = out.lastIndex(where: { !$0.isEmpty }) {
            // Code under a stem is part of the stem.
            out.removeSubrange((last + 1)...)
            out[last] += " " + joined
        } else if Self.startsWithNumber(joined) {
            out.append("```" + joined)  // code such as `1. git clone` never reads as a question number
        } else {
            attach(joined)
        }
    }

    private mutating func readQuote() {
        var parts: [String] = []
        while index < lines.count {
            let t = lines[index].trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix(">") else { break }
            index += 1
            var body = Substring(t)
            while let f = body.first, f == ">" || f == " " || f == "\t" { body = body.dropFirst() }
            if let (_, rest) = Self.listItem(String(body)), !rest.isEmpty, !body.first!.isNumber { body = rest }
            let plain = MarkdownInline(body).plain.trimmingCharacters(in: .whitespaces)
            if !plain.isEmpty { parts.append(plain) }
        }
        let joined = parts.joined(separator: " ")
        guard !joined.isEmpty else { return }
        closeOptions()
        if let label = pendingLabel {
            pendingLabel = nil
            if label == .answer { emitKey(joined); return }
        }
        if MarkdownKeys.startsWithLabel(joined) {
            out.append(joined)
        } else if itemOpen, !itemHasKey, !itemHasOptions, lastKind == .stem {
            attach("答：" + joined)  // a quoted paragraph under a question is its answer
            itemHasKey = true
        } else if itemOpen {
            attach(MarkdownKeys.explanationLine(joined))
        } else {
            out.append(joined)
        }
        lastKind = .quote
    }

    private mutating func readDetails() {
        var block: [Substring] = []
        var depth = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            block.append(line)
            let lower = line.lowercased()
            depth += lower.components(separatedBy: "<details").count - 1
            depth -= lower.components(separatedBy: "</details>").count - 1
            if depth <= 0 { break }
        }
        let whole = block.joined(separator: "\n")
        var summary = "", body = Substring(whole)
        if let s = whole.range(of: "<summary", options: .caseInsensitive),
           let gt = whole[s.upperBound...].firstIndex(of: ">"),
           let e = whole[gt...].range(of: "</summary>", options: .caseInsensitive) {
            summary = MarkdownInline(whole[whole.index(after: gt)..<e.lowerBound]).plain.trimmingCharacters(in: .whitespaces)
            body = whole[e.upperBound...]
        } else if let gt = whole.firstIndex(of: ">") {
            body = whole[whole.index(after: gt)...]
        }
        if let close = body.range(of: "</details>", options: [.caseInsensitive, .backwards]) { body = body[..<close.lowerBound] }
        var parts: [String] = []
        for line in body.split(separator: "\n") {
            var t = Substring(line.trimmingCharacters(in: .whitespaces))
            while let f = t.first, f == ">" || f == " " { t = t.dropFirst() }
            if let (marker, rest) = Self.listItem(String(t)), !marker.first!.isNumber { t = rest }
            let plain = MarkdownInline(t).plain.trimmingCharacters(in: .whitespaces)
            if !plain.isEmpty, !(plain.hasPrefix("<") && plain.hasSuffix(">")) { parts.append(plain) }
        }
        closeOptions()
        readAnswerBlock(parts, label: MarkdownKeys.label(summary) ?? pendingLabel)
    }

    /// The lines of a block that folds away (`<details>`, a `::: details 答案` container) read as one: a key, an
    /// explanation, or plain text, by the label its title gives or its first line opens with.
    private mutating func readAnswerBlock(_ parts: [String], label given: MarkdownKeys.Label?) {
        var label = given
        pendingLabel = nil
        guard let first = parts.first.map(MarkdownKeys.labelWithoutPictograph) else { return }
        // `<summary>Show answer and explanation</summary>` over `**Answer: d**` and bullets explaining each option:
        // a body that opens on a key label is an answer block whatever its summary says (the bullets below, `a ❌ …`,
        // explain; joined to the key they would read as more key letters).
        // (So does an explanation block that opens on its key: `解析` over `**【答案】D**` and the working.)
        if label == nil || label == .explanation, MarkdownKeys.startsWithAnswerLabel(first) { label = .answer }
        let rest = parts.dropFirst().joined(separator: " ")
        switch label {
        case .answer?:
            if MarkdownKeys.startsWithLabel(first) { attach(first); itemHasKey = true } else { emitKey(first) }
            if !rest.isEmpty { attach(MarkdownKeys.startsWithLabel(rest) ? rest : MarkdownKeys.explanationLine(rest)) }
        case .explanation?:
            attach(MarkdownKeys.explanationLine(parts.joined(separator: " ")))
        default:
            out.append(parts.joined(separator: " "))
        }
        lastKind = .other
    }

    /// A custom container (`::: details 查看答案`, `:::tip`, `:::callout{label="解析"}` of VuePress, Docusaurus and
    /// note apps): one titled as an answer or an explanation folds into one key or explanation line, as a
    /// `<details>` answer does; the fence lines of any other (`::: tip`, `label="题目"` over a question) go, and
    /// its body reads as the text it holds.
    private mutating func readContainer(_ open: String) {
        index += 1
        let title = Self.containerTitle(open)
        var label = MarkdownKeys.label(title)
        if label == .options { return }
        if label == nil, Self.titleIsNumberedQuestion(title) {
            // `::: info 5. 下列说法正确的是（BC）` … `:::`: a note box a page gave each question, titled with the
            // question itself; its body (options, explanation) is read as ordinary lines.
            content(Substring(title), indent: 0, bullet: false)
            return
        }
        // (A note after the item's key, `::: tip 结论速记`, comments on it: read as its explanation.)
        if label == nil {
            guard itemOpen, itemHasKey, !title.isEmpty else { return }
            label = .explanation
        }
        var parts: [String] = []
        var depth = 1
        while index < lines.count {
            let t = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if t.hasPrefix(":::") {
                depth += t.drop(while: { $0 == ":" }).trimmingCharacters(in: .whitespaces).isEmpty ? -1 : 1
                if depth == 0 { break }
                continue
            }
            var line = Substring(t)
            if let (marker, rest) = Self.listItem(t), !marker.first!.isNumber { line = rest }
            let plain = MarkdownInline(line).plain.trimmingCharacters(in: .whitespaces)
            if !plain.isEmpty { parts.append(plain) }
        }
        closeOptions()
        readAnswerBlock(parts, label: label)
    }

    /// `…的是（D）❌`, `…必须有catch块。（错误）✅`: a question line that ends on its key in brackets, then the mark a
    /// notebook adds for whether its writer got it right. The mark says nothing about the key; without it the line
    /// ends on the key, as the parser reads it. (An option line's tick, `B. 风能 ✅`, marks the key and stays.)
    static func droppingSelfCheckMark(_ line: String) -> String {
        guard let last = line.last, ["✅", "❌", "✔", "✔️", "✖", "✖️", "❎"].contains(last) else { return line }
        let head = line.dropLast().trimmingCharacters(in: .whitespaces)
        guard let close = head.last, close == ")" || close == "）",
              let open = head.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return line }
        let inside = head[head.index(after: open)..<head.index(before: head.endIndex)].trimmingCharacters(in: .whitespaces)
        guard MarkdownInline.isKeyToken(inside) else { return line }
        return head
    }

    /// Whether a container's title is a numbered question (`5. try块后必须有catch块。`, `16 下列说法正确的是（AB）？`):
    /// a number, its delimiter, and a sentence of some length after it.
    static func titleIsNumberedQuestion(_ title: String) -> Bool {
        guard let number = leadingNumber(title) else { return false }
        let rest = title.dropFirst(number.count).drop { ".．、,，:：)） \t".contains($0) }
        return rest.count >= 6
    }

    /// The title of a container's opening line: its `label="…"` or `title="…"` attribute, else the words after
    /// its kind (`::: details 答案` → `答案`), else the kind itself (`:::solution`); empty for a closing `:::`.
    static func containerTitle(_ open: String) -> String {
        let t = open.drop { $0 == ":" }.trimmingCharacters(in: .whitespaces)
        for name in ["label=", "title="] {
            if let r = t.range(of: name) {
                let value = t[r.upperBound...].drop { $0 == "\"" || $0 == "'" }
                return String(value.prefix { $0 != "\"" && $0 != "'" && $0 != "}" && $0 != " " })
            }
        }
        let kind = t.prefix { !$0.isWhitespace && $0 != "{" && $0 != "[" }
        let rest = t.dropFirst(kind.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest.hasPrefix("{") ? String(kind) : rest
    }

    private mutating func readTable() {
        var rows: [[String]] = []
        while index < lines.count {
            let t = lines[index].trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("|") else { break }
            index += 1
            let cells = Self.cells(t)
            if cells.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-:| ".contains($0) } }) && cells.contains(where: { $0.contains("-") }) {
                continue  // the separator row
            }
            if cells.allSatisfy({ $0.isEmpty }) { continue }
            rows.append(cells)
        }
        readTableRows(rows)
    }

    /// A table written in HTML (`<table><tr><td>题号</td><td>1</td>…`), as documents converted from PDF give it: its
    /// rows, read as a Markdown table's.
    private mutating func readHTMLTable() {
        var html = ""
        let start = index
        var closed = false
        while index < lines.count, index - start < 200 {
            let line = lines[index]
            index += 1
            html += line
            html += " "
            if line.utf8.count >= 8, Self.closesTable(line) { closed = true; break }
        }
        // A table never closed: only its first line is read as one, the rest stays text.
        if !closed { index = start + 1; html = String(lines[start]) }
        readTableRows(Self.htmlTableRows(html))
    }

    /// Whether the line holds `</table>` (any case).
    static func closesTable(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        let tag = Array("</table>".utf8)
        guard bytes.count >= tag.count else { return false }
        for i in 0...(bytes.count - tag.count) where bytes[i] == 0x3C {
            if (0..<tag.count).allSatisfy({ bytes[i + $0] | (bytes[i + $0] >= 0x41 && bytes[i + $0] <= 0x5A ? 0x20 : 0) == tag[$0] }) { return true }
        }
        return false
    }

    /// The cells of each `<tr>` of an HTML table, their text without tags (`<td>B</td>` is `B`).
    static func htmlTableRows(_ html: String) -> [[String]] {
        var rows: [[String]] = []
        var cell: String?
        let chars = Array(html)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "<" else {
                if cell != nil { cell!.append(c) }
                i += 1
                continue
            }
            var j = i + 1
            while j < chars.count, chars[j] != ">" { j += 1 }
            let name = String(chars[(i + 1)..<min(j, chars.count)]).lowercased().split(separator: " ").first.map(String.init) ?? ""
            switch name {
            case "tr": rows.append([])
            case "td", "th": cell = ""
            case "/td", "/th":
                if let text = cell, !rows.isEmpty { rows[rows.count - 1].append(text.trimmingCharacters(in: .whitespaces)) }
                cell = nil
            default: break
            }
            i = j + 1
        }
        return rows.filter { !$0.isEmpty && !$0.allSatisfy(\.isEmpty) }
    }

    private mutating func readTableRows(_ rows: [[String]]) {
        closeOptions()
        let table = MarkdownTable(rows: rows)
        if let questions = table.questions() {
            for q in questions {
                startItem()
                out.append(contentsOf: q)
                itemHasKey = true
            }
            endItem()
            lastKind = .key
            return
        }
        if let sheet = table.answerSheet() {
            endItem()
            pendingLabel = nil
            if numberedInSection == 0 {
                // Printed before its questions: each key goes under its question.
                leadingKeys = Dictionary(sheet.map { ($0.number, $0.key) }, uniquingKeysWith: { first, _ in first })
                leadingKeysLevel = sectionLevel
                lastKind = .other
                return
            }
            out.append("参考答案")
            out.append(contentsOf: sheet.map { "\($0.number).\($0.key)" })
            lastKind = .other
            return
        }
        if pendingLabel == .answer {
            pendingLabel = nil
            endItem()
            out.append("参考答案")
        }
        if let options = table.options() {
            for option in options {
                if option.marked { optionKeys.append(option.letter) }
                attach("\(option.letter). \(option.text)")
            }
            inOptions = true; itemHasOptions = true; optionCount += options.count
            pendingFill = nil
            lastKind = .option
            closeOptions()
            return
        }
        for row in rows {
            var cells = row.map { MarkdownInline(Substring($0)).plain }.filter { !$0.isEmpty }
            // `| 1. DFS uses a stack. | 1. BFS uses a queue. |`: a comparison's numbered points side by side, no
            // questions (a row numbered in one cell only may still be one).
            if cells.count >= 2, cells.allSatisfy({ Self.startsWithNumber($0.trimmingCharacters(in: .whitespaces)) }) {
                cells = cells.map { Self.unnumbered($0.trimmingCharacters(in: .whitespaces)) }
            }
            out.append(cells.joined(separator: "  "))
        }
        lastKind = .other
    }

    // MARK: - Line shapes

    /// `a) O(n)   b) O(n^2)   c) …`: a row of lower-case options on one line, kept as printed (its first letter
    /// written upper-case would no longer match the others).
    static func lowerCaseRow(_ plain: String) -> Bool {
        guard let first = plain.unicodeScalars.first, first.value >= 0x61, first.value <= 0x67,
              plain.unicodeScalars.dropFirst().first.map({ $0 == ")" || $0 == "." }) == true else { return false }
        let next = Character(Unicode.Scalar(first.value + 1)!)
        return plain.contains("  \(next))") || plain.contains("  \(next).")
    }

    static func indentation(_ line: Substring) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 } else { break }
        }
        return n
    }

    static func isRule(_ t: String) -> Bool {
        let marks = t.filter { $0 != " " }
        guard marks.count >= 3, let f = marks.first, "-*_=".contains(f) else { return false }
        return marks.allSatisfy { $0 == f }
    }

    /// The text of an ATX heading (`## text`, also `##　text` with an ideographic space).
    static func headingText(_ t: String) -> Substring? {
        guard t.first == "#" else { return nil }
        let hashes = t.prefix { $0 == "#" }
        guard hashes.count <= 6 else { return nil }
        let rest = t.dropFirst(hashes.count)
        guard let f = rest.first, f == " " || f == "\t" || f == "\u{3000}" else { return rest.isEmpty ? rest : nil }
        var text = rest.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}"))
        while text.hasSuffix("#") { text.removeLast() }
        return Substring(text.trimmingCharacters(in: .whitespaces))
    }

    /// A list marker (`-`, `*`, `+`, `1.`, `1)`) and the item's text.
    static func listItem(_ t: String) -> (marker: Substring, rest: Substring)? {
        let s = Substring(t)
        var marker: Substring
        if let f = s.first, "-*+".contains(f) {
            marker = s.prefix(1)
        } else {
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard (1...3).contains(digits.count), let d = s.dropFirst(digits.count).first, d == "." || d == ")" else { return nil }
            marker = s.prefix(digits.count + 1)
        }
        let after = s.dropFirst(marker.count)
        guard let gap = after.first, gap == " " || gap == "\t" else { return nil }
        return (marker, after.drop { $0 == " " || $0 == "\t" })
    }

    /// A task-list box at the start of a list item: whether it is checked, and the text after it.
    static func checkbox(_ rest: Substring) -> (Bool, Substring)? {
        guard rest.count >= 3, rest.first == "[" else { return nil }
        let mark = rest[rest.index(after: rest.startIndex)]
        guard rest.dropFirst(2).first == "]", mark == " " || mark == "x" || mark == "X" else { return nil }
        return (mark != " ", rest.dropFirst(3).drop { $0 == " " || $0 == "\t" })
    }

    /// The question number in digits a line starts with (`12. …` → `12`; not `一、…`).
    static func leadingNumber(_ t: String) -> String? {
        guard startsWithNumber(t), t.first?.isASCII == true else { return nil }
        return String(t.prefix { $0.isNumber })
    }

    static func startsWithNumber(_ t: String) -> Bool {
        let digits = t.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let d = t.dropFirst(digits.count).first else { return false }
        return ".．、,，:：)） \t".contains(d)
    }

    /// `Q1: text`, `Question 2. text`, `第3题 text` rewritten as `1. text` (headings that number questions).
    static func numberedQuestion(_ t: String) -> String? {
        var s = Substring(t)
        var found = false
        for prefix in ["question ", "question", "q", "题目", "问题"] where s.lowercased().hasPrefix(prefix) {
            s = s.dropFirst(prefix.count); found = true; break
        }
        guard found else { return nil }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        var rest = s.dropFirst(digits.count)
        if let d = rest.first, ".:：、)）".contains(d) { rest = rest.dropFirst() } else if rest.first != " " { return nil }
        let text = rest.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : "\(digits). \(text)"
    }

    /// A code or quoted line's own list number written `1)`, which the parser never reads as a question number
    /// inside a line (`1. int x` in a fence joined into one line would start a question).
    /// `1. Types of Polymorphism`, `5. Constant Functions (const Member Functions)`: a numbered heading in Title
    /// Case that asks nothing names a topic of lecture notes. Its text without the number; nil for anything else
    /// (`1. Define inheritance`, `2. What is…`, `3. The output is:`, Chinese text, which has no case to tell by).
    static func numberedTopic(_ t: String) -> String? {
        guard startsWithNumber(t) else { return nil }
        var text = t.drop { $0.isNumber }.dropFirst().trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(":") { text.removeLast() }  // `1. Compile-time Binding:` over its paragraph
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII || $0.properties.isWhitespace || "‘’“”–—".unicodeScalars.contains($0) }),
              !text.contains(where: { "?:;_".contains($0) }), !text.hasSuffix(".") else { return nil }
        // Words outside brackets (`(Static Binding)` is a gloss).
        var depth = 0, outside = ""
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(c) }
        }
        let words = outside.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" && $0 != "+" && $0 != "#" })
        guard let first = words.first, (1...6).contains(words.count),
              !MarkdownBoldQuestion.englishQuestionStarts.contains(where: { first.lowercased().hasPrefix($0.trimmingCharacters(in: .whitespaces)) }),
              !topicTaskWords.contains(first.lowercased()) else { return nil }
        let titleCase = words.allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } == true || topicJoiningWords.contains(word.lowercased())
        }
        return titleCase && first.first!.isUppercase ? text : nil
    }

    private static let topicJoiningWords: Set<String> = ["of", "and", "the", "in", "for", "to", "vs", "with", "a", "an", "on", "or", "by"]
    private static let topicTaskWords: Set<String> = ["name", "state", "give", "find", "write", "draw", "discuss", "calculate",
                                                      "prove", "show", "is", "are", "does", "do", "can", "who", "where", "whose",
                                                      "fill", "choose", "select", "match", "identify", "solve", "differentiate",
                                                      "distinguish", "evaluate", "justify", "illustrate", "outline", "mention", "enumerate"]

    /// `03 int *p[4] 与选择项中的说明（）等价`: a heading numbered with a space alone (zero-padded as posts number
    /// them) over a question with a blank or a question mark, as `3. …`. (`2 Installation` stays a section.)
    static func spacedNumberQuestion(_ t: String) -> String? {
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let n = Int(digits), n > 0 else { return nil }
        let rest = t.dropFirst(digits.count)
        guard rest.first == " " else { return nil }
        let text = rest.trimmingCharacters(in: .whitespaces)
        guard let first = text.first, !first.isNumber,
              text.contains("（）") || text.contains("()") || text.contains("（ ）") || text.contains("( )")
                || text.hasSuffix("?") || text.hasSuffix("？") else { return nil }
        return "\(n). " + text
    }

    /// The lines of a code fence when each is an option in order (`A int p[4]`, `B int *p`, …), as letter and text.
    /// The letter may be glued to its text (`A原子性`, `AALTER TABLE …`, `BO(log N)`) when three or more lines run
    /// A, B, C… so, or stand alone over its text on the next line (`A` / `DHCP`).
    static func fencedOptions(_ body: [String]) -> [(Character, String)]? {
        guard (2...16).contains(body.count) else { return nil }
        var options: [(Character, String)] = []
        var glued = false
        var i = 0
        while i < body.count {
            guard options.count < 8 else { return nil }
            let line = body[i]
            let letter = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(options.count)))
            guard line.first == letter else { return nil }
            var text: String
            if line.count == 1 {
                guard i + 1 < body.count, body[i + 1].count > 1 else { return nil }
                text = body[i + 1].trimmingCharacters(in: .whitespaces)
                glued = true
                i += 2
            } else if let sep = line.dropFirst().first, " .．、):：".contains(sep) {
                text = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                i += 1
            } else {
                text = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                glued = true
                i += 1
            }
            // (`A = 1` `B = 2` is code assigning variables, not options.)
            guard let first = text.first, !"=+-*/%<>!&|^:;,.?".contains(first) else { return nil }
            options.append((letter, text))
        }
        return !glued || options.count >= 3 ? options : nil
    }

    /// Whether the bold words are all of a numbered line's text after its number (`1. **Which edition…?**`).
    static func boldIsWholeStem(_ inline: MarkdownInline, _ plain: String) -> Bool {
        let digits = plain.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        return same(inline.bold.joined(), String(plain.dropFirst(digits.count + 1)))
    }

    /// A line of a written answer, its leading point number (`1.`, `1、`, `1)`) written `（1）` so it never reads as
    /// a question (after `答：` too).
    static func answerPoint(_ t: String) -> String {
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let mark = t.dropFirst(digits.count).first,
              mark == "." || mark == "．" || mark == "、" || mark == ")" || mark == "）" else { return t }
        return "（" + digits + "）" + t.dropFirst(digits.count + 1)
    }

    /// Whether a heading question introduces a list of items rather than asking one thing (`判断下列说法是否正确？`,
    /// `以下哪些是质数？`, `Which of the following…?`).
    static func introducesList(_ t: String) -> Bool {
        ["下列", "以下", "下面", "如下", "判断", "following"].contains { t.localizedCaseInsensitiveContains($0) }
    }

    /// Whether a heading under a part of written questions can be one of them: not a chapter (`第三章 …`) or a type
    /// title of its own.
    static func mayNameAQuestion(_ t: String) -> Bool {
        guard t.count >= 4, !t.hasPrefix("第"), let last = t.last, last != "章", last != "节" else { return false }
        return TypeHint.fromTitle(t) == .none
    }

    static func unnumbered(_ t: String) -> String {
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), t.dropFirst(digits.count).first == "." else { return t }
        return digits + ")" + t.dropFirst(digits.count + 1)
    }

    /// Whether a stem line reads as a question (numbered, or ending in a question mark, a colon or a blank), so
    /// that boxes under it are its options rather than a to-do list.
    static func looksLikeQuestion(_ t: String) -> Bool {
        if startsWithNumber(t) { return true }
        guard let last = t.trimmingCharacters(in: .whitespaces).last else { return false }
        return "?？:：)）_".contains(last) || hasEmptyBrackets(t) || t.contains("___")
    }

    /// Whether the text holds an answer blank written as brackets around spaces only: `( )`, `（ ）`, `（　　）`
    /// (ideographic spaces), so `…输出是（　　）。` reads as a question although it ends in a full stop.
    static func hasEmptyBrackets(_ t: String) -> Bool {
        // Spaces seen since the last opening bracket; nil when none is open or a letter came since.
        var spaces: Int?
        for c in t {
            if c == "(" || c == "（" { spaces = 0; continue }
            guard let n = spaces else { continue }
            if c == ")" || c == "）" {
                if n > 0 { return true }  // `f()` in code is no blank
                spaces = nil
            } else if c.isWhitespace {
                spaces = n + 1
            } else {
                spaces = nil
            }
        }
        return false
    }

    /// A statement worth a true/false item: a sentence (ends like one) or a long line of Chinese.
    static func isStatement(_ t: String) -> Bool {
        guard let last = t.last else { return false }
        if "。.！!？?；;".contains(last) && t.count >= 6 { return true }
        return t.unicodeScalars.filter(ScalarClass.isCJK).count >= 12
    }

    /// The number of a line that is only a question number: `第3题`, `【第3题】`, `Q3`, `Question 3`, `3.`.
    static func numberOnly(_ t: String) -> String? {
        var s = Substring(t.trimmingCharacters(in: .whitespaces))
        while let f = s.first, "【[(（".contains(f) { s = s.dropFirst() }
        while let l = s.last, "】]）):：.．、".contains(l) { s = s.dropLast() }
        for prefix in ["question ", "question", "q", "第"] where s.lowercased().hasPrefix(prefix) { s = s.dropFirst(prefix.count); break }
        if s.hasSuffix("题") || s.hasSuffix("问") { s = s.dropLast() }
        s = s.drop { $0 == " " }
        while s.last == " " { s = s.dropLast() }  // `第 1 题`
        guard (1...4).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(s)
    }

    /// A line ending in a bold key: a labelled one (`… **答案：对**`, `… **Answer:** B`) or a true/false mark set off
    /// after the statement (`…缺一不可。 **对**`). The text before it, and the key line.
    static func trailingBoldKey(_ inline: MarkdownInline) -> (stem: String, key: String)? {
        guard let span = inline.bold.last, !inline.isAllBold else { return nil }
        let plain = inline.plain.trimmingCharacters(in: .whitespaces)
        guard let r = plain.range(of: span, options: .backwards) else { return nil }
        let stem = plain[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
        let after = plain[r.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !stem.isEmpty else { return nil }
        if MarkdownKeys.startsWithLabel(span) || MarkdownKeys.label(span) == .answer {
            // The label and what follows it (in the span or after it) are the key line.
            let key = plain[r.lowerBound...].trimmingCharacters(in: .whitespaces)
            guard MarkdownKeys.label(key) == nil else { return nil }  // a label with no key after it
            return (stem, key)
        }
        if let value = MarkdownKeys.trueFalse(span), after.allSatisfy({ MarkdownInline.isLightPunctuation($0) }),
           let before = stem.last, "。.！!？?)）".contains(before) || plain[..<r.lowerBound].last?.isWhitespace == true {
            return (stem, MarkdownKeys.trueFalseLine(value))
        }
        return nil
    }

    static func cells(_ row: String) -> [String] {
        var cells: [String] = [], cell = ""
        var escaped = false
        for c in row.dropFirst() {
            if escaped { cell.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; cell.append(c); continue }
            if c == "|" { cells.append(cell.trimmingCharacters(in: .whitespaces)); cell = ""; continue }
            cell.append(c)
        }
        let last = cell.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { cells.append(last) }
        return cells
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let keep: (Character) -> Bool = { !$0.isWhitespace && !MarkdownInline.isLightPunctuation($0) }
        return a.filter(keep) == b.filter(keep)
    }
}
