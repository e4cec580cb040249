import Foundation

/// What importing one document gave: the items, and a warning for every item that could not be fully read.
public struct ImportResult: Sendable {
    public var items: [Question]
    public var warnings: [Diagnostic]
    /// How the document's items are numbered and keyed, as the parse found it.
    public var template: ParseTemplate
    public init(items: [Question], warnings: [Diagnostic], template: ParseTemplate = ParseTemplate()) {
        self.items = items
        self.warnings = warnings
        self.template = template
    }
}

/// Turns the bytes of an exam document into items: decode → normalise (dropping site noise) → parse → assemble.
public enum DocumentImporter {
    /// Detects the input kind, turns it into text (or reads its items directly), then decodes
    /// (UTF-8/UTF-16/GB18030), normalises, segments and parses it. `file` names it in sources and warnings.
    /// Throws `ImportError` for undecodable or binary input.
    public static func read(_ data: Data, file: String) throws -> ImportResult {
        let kind = InputKind.detect(data, file: file)
        if let result = try StructuredImport.read(data, kind: kind, file: file) { return result }
        switch kind {
        case .markdown: return parse(MarkdownReader.text(from: try TextDecoder.decode(data, file: file)), file: file)
        case .html: return parse(HTMLReader.text(from: try TextDecoder.decode(data, file: file)), file: file)
        case .docx, .xlsx, .pdf, .doc: return parse(try officeText(data, kind: kind, file: file), file: file)
        default: return try readText(data, file: file)
        }
    }

    /// The text the question parser reads for a document (after Markdown, HTML or Office conversion, before
    /// normalising), or nil for a structured format whose items are read directly (CSV, GIFT, Moodle XML, …).
    public static func text(_ data: Data, file: String) throws -> String? {
        let kind = InputKind.detect(data, file: file)
        if try StructuredImport.read(data, kind: kind, file: file) != nil { return nil }
        switch kind {
        case .markdown: return MarkdownReader.text(from: try TextDecoder.decode(data, file: file))
        case .html: return HTMLReader.text(from: try TextDecoder.decode(data, file: file))
        case .docx, .xlsx, .pdf, .doc: return try officeText(data, kind: kind, file: file)
        default: return try TextDecoder.decode(data, file: file)
        }
    }

    /// An Office file's text; Markdown typed into it (answers pasted from a chat assistant) is read as Markdown.
    static func officeText(_ data: Data, kind: InputKind, file: String) throws -> String {
        let text = try OfficeReader.text(from: data, kind: kind, file: file)
        return MarkdownSource.isWrittenInMarkdown(text) ? MarkdownReader.text(from: text) : text
    }

    /// Reads a plain-text document.
    static func readText(_ data: Data, file: String) throws -> ImportResult {
        // A small text file written in Markdown (notes saved as `.txt`: `### Question 1`, `**Answer:** B`, fences,
        // `<details>`) is read as Markdown, as pasted Markdown in an Office file is. (Large files are banks exported
        // as plain text: they keep the fast path.)
        if data.count <= 1 << 20, mayBeMarkdown(data) {
            let decoded = try TextDecoder.decode(data, file: file)
            if MarkdownSource.isWrittenInMarkdown(decoded) { return parse(MarkdownReader.text(from: decoded), file: file) }
            return parse(decoded, file: file)
        }
        // Fast path: plain UTF-8 (most files) is decoded straight into the parser's scalars, without building a
        // String of the whole file first.
        if data.count >= ParallelImport.minimumSize, let result = ParallelImport.read(data, file: file) {
            return result
        }
        if let text = data.withUnsafeBytes({ UTF8ScalarReader.normalizedText($0) }) {
            return parse(text, file: file)
        }
        let decoded = try TextDecoder.decode(data, file: file)
        return parse(decoded, file: file)
    }

    /// Whether the bytes hold three or more `**`, `## ` or ``` marks at all (a cheap test before the line count).
    static func mayBeMarkdown(_ data: Data) -> Bool {
        data.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
            var marks = 0
            var i = 1
            while i < b.count {
                let c = b[i]
                let p = b[i - 1]
                if c == 0x2A && p == 0x2A || c == 0x60 && p == 0x60 || c == 0x20 && p == 0x23 {
                    marks += 1
                    if marks >= 6 { return true }
                    i += 2
                    continue
                }
                i += 1
            }
            return false
        }
    }

    /// Parses text that is already decoded.
    public static func parse(_ document: String, file: String) -> ImportResult {
        parse(NormalizedText(document), file: file)
    }

    static func parse(_ text: NormalizedText, file: String) -> ImportResult {
        return merge([readItems(text, file: file)])
    }

    /// Keeps the first copy of each question (or the copy that has an answer) across parts read separately.
    static func merge(_ parts: [(items: [(Question, [Diagnostic])], warnings: [Diagnostic], template: ParseTemplate)]) -> ImportResult {
        var merger = DuplicateMerger()
        var warnings: [Diagnostic] = []
        var template = ParseTemplate()
        for part in parts {
            template.add(part.template)
            for (question, itemWarnings) in part.items where merger.add(question, itemWarnings) {
                warnings += itemWarnings
            }
            warnings += part.warnings
        }
        warnings.sort { $0.line < $1.line }
        return ImportResult(items: merger.items.map(\.0), warnings: warnings, template: template)
    }

    /// Items (each with its own warnings) and the document-level warnings of one normalised text; a question
    /// printed twice in it is already one item.
    static func readItems(_ text: NormalizedText, file: String) -> ([(Question, [Diagnostic])], [Diagnostic], ParseTemplate) {
        let text = PageCounters.joiningChunks(text)
        let parser = DocumentParser(text: text)
        parser.parse()
        let assembler = ItemAssembler(text: text, file: file)
        var items = DuplicateMerger()
        var warnings: [Diagnostic] = []
        var template = ParseTemplate()
        template.learned = parser.forms.notes
        // Kept side by side (not as tuples) so nothing is copied while the template is worked out.
        var keptDrafts: [ItemDraft] = []
        // (optional, so each can be taken out at the end without a copy)
        var questions: [Question?] = []
        var questionWarnings: [[Diagnostic]] = []
        keptDrafts.reserveCapacity(parser.drafts.count)
        questions.reserveCapacity(parser.drafts.count)
        questionWarnings.reserveCapacity(parser.drafts.count)
        // Label names are made once per distinct label (by a hash of its scalars), not once per item.
        var labelNames: [UInt64: String] = [:]
        func keyForm(_ d: ItemDraft) -> String? {
            if let form = d.keyForm { return form }
            guard let range = d.keyLabel else { return nil }
            var hash: UInt64 = d.options.isEmpty ? 0xcbf29ce484222325 : 0x84222325cbf29ce4
            for c in text.scalars[range] { hash = (hash ^ UInt64(c.value)) &* 0x100000001b3 }
            if let name = labelNames[hash] { return name }
            let name = "label `\(ParseTemplate.labelName(text.scalars[range]))`" + (d.options.isEmpty ? "" : " after the options")
            labelNames[hash] = name
            return name
        }
        var numberingTally = FormTally(), keyTally = FormTally()
        for draft in parser.drafts {
            let (question, itemWarnings) = assembler.assemble(draft)
            guard let question else { warnings += itemWarnings; continue }
            template.items += 1
            numberingTally.add(draft.numberForm, into: &template.numbering)
            if question.answer != nil {
                keyTally.add(keyForm(draft) ?? ParseTemplate.inTextKeyForm, into: &template.keys)
            }
            // (appended last, so the question is moved into the array rather than copied)
            keptDrafts.append(draft)
            questions.append(question)
            questionWarnings.append(itemWarnings)
        }
        numberingTally.flush(into: &template.numbering)
        keyTally.flush(into: &template.keys)
        // Where most items carry a key and share one numbering, a statement numbered otherwise, with no key, no
        // options and nothing asked, is a list in the surrounding text (`1.经典算法练习:…` before `第1题`), not a question.
        let keyed = template.keys.values.reduce(0, +)
        let mainNumbering = template.numbering.max { $0.value < $1.value }
        var dropped = [Bool](repeating: false, count: questions.count)
        if template.items >= 4, keyed * 3 >= template.items * 2, let mainNumbering, mainNumbering.value * 3 >= template.items * 2 {
            for k in questions.indices {
                let draft = keptDrafts[k]
                let question = questions[k]!
                // (an answer split off the stem at a line break is no key of its own)
                let statement = (question.answer == nil || draft.keyForm == nil && draft.keyLabel == nil && draft.keyToken == nil && draft.keyStart == nil)
                    && question.options == nil && draft.numberForm != mainNumbering.key
                    && !LooseText.asksSomething(question.stem)
                if statement {
                    warnings.append(Diagnostic(file: file, line: text.line(at: draft.start),
                                               message: "text that asks nothing and has no key was skipped: \"\(String(question.stem.prefix(30)))…\""))
                    template.items -= 1
                    template.numbering[draft.numberForm, default: 1] -= 1
                    dropped[k] = true
                }
            }
        }
        // `50. 配置题是一道关于我们实验的题目，重点关注…`: a keyless numbered line that talks about the exam itself
        // (its parts, its scoring, what to revise) is a note to the student, not a question.
        for k in questions.indices where !dropped[k] {
            // (read in place: a copy of each question cost a round of reference counting)
            guard questions[k]!.answer == nil, questions[k]!.options == nil, LooseText.isExamNote(questions[k]!.stem) else { continue }
            warnings.append(Diagnostic(file: file, line: text.line(at: keptDrafts[k].start),
                                       message: "a note about the exam, not a question, was skipped: \"\(String(questions[k]!.stem.prefix(30)))…\""))
            template.items -= 1
            template.numbering[keptDrafts[k].numberForm, default: 1] -= 1
            dropped[k] = true
        }
        // An item whose key sits where few others' do is a close call worth a look: name the evidence.
        let dominant = template.dominantKeyForm
        // Each question is taken out of its array (copying it out and destroying the array after cost two rounds of
        // reference counting for every string of every item).
        for k in keptDrafts.indices {
            guard !dropped[k], let question = questions[k].take() else { continue }
            let draft = keptDrafts[k]
            var itemWarnings = questionWarnings[k]
            if let dominant, dominant.count >= 4, dominant.count * 5 >= template.items * 4, question.answer != nil,
               case let form = keyForm(draft) ?? ParseTemplate.inTextKeyForm, form != dominant.form {
                itemWarnings.append(Diagnostic(file: file, line: text.line(at: draft.start),
                                               message: "\(draft.number.map { "question \($0)" } ?? "question"): key read from \(form), unlike the document's usual \(dominant.form) (\(dominant.count) of \(template.items) items); check it"))
            }
            items.add(question, itemWarnings)
        }
        for range in parser.looseRanges {
            // Normalised text has only " " and "\n" for white space.
            let s = text.scalars
            var lo = max(range.lowerBound, 0), hi = min(range.upperBound, s.count)
            while lo < hi, s[lo] == " " || s[lo] == "\n" { lo += 1 }
            while hi > lo, s[hi - 1] == " " || s[hi - 1] == "\n" { hi -= 1 }
            let line = s.string(lo..<hi)
            if LooseText.isLostQuestion(line) {
                warnings.append(Diagnostic(file: file, line: text.line(at: range.lowerBound),
                                           message: "text outside any question was skipped: \"\(LooseText.oneLine(String(line.prefix(30))))…\""))
            }
        }
        for position in parser.orphanKeys {
            warnings.append(Diagnostic(file: file, line: text.line(at: position),
                                       message: "answer key with no question before it was skipped"))
        }
        for position in parser.unreadSheetLines {
            warnings.append(Diagnostic(file: file, line: text.line(at: position),
                                       message: "answer sheet line could not be read; skipped"))
        }
        for position in parser.orphanOptions {
            warnings.append(Diagnostic(file: file, line: text.line(at: position),
                                       message: "options with no question text before them were skipped"))
        }
        return (items.items, warnings, template)
    }
}

/// The same question printed twice is one item: the first copy keeps its place and its warnings, and takes the
/// content of the first later copy that has an answer if it has none itself.
struct DuplicateMerger {
    /// Each question with the warnings of its first copy.
    private(set) var items: [(Question, [Diagnostic])] = []
    /// Ids of 16 hex digits (every id `ItemID` makes) by their value: hashing a 16-byte string took more than the
    /// rest of the merge.
    private var indexByHexID: [UInt64: Int] = [:]
    private var indexByOtherID: [String: Int] = [:]

    /// Adds a copy; true when it is the first of its question.
    @discardableResult
    mutating func add(_ question: consuming Question, _ warnings: [Diagnostic]) -> Bool {
        let hex = Self.hexValue(question.id)
        if let existing = hex.map({ indexByHexID[$0] }) ?? indexByOtherID[question.id] {
            if items[existing].0.answer == nil && question.answer != nil { items[existing].0 = question }
            return false
        }
        if let hex { indexByHexID[hex] = items.count } else { indexByOtherID[question.id] = items.count }
        items.append((question, warnings))
        return true
    }

    /// The value of an id of exactly 16 lower-case hex digits, else nil.
    static func hexValue(_ id: String) -> UInt64? {
        guard id.utf8.count == 16 else { return nil }
        var id = id
        // (read from the contiguous bytes: iterating the UTF-8 view cost more than the lookup it saves)
        return id.withUTF8 { bytes -> UInt64? in
            var value: UInt64 = 0
            for byte in bytes {
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt64(digit)
            }
            return value
        }
    }
}

/// Decides whether skipped text was probably a question (worth a warning) or just a title or site chrome.
enum LooseText {
    /// Words that ask: a question mark, a blank, or a question or task word.
    private static let askingWords = ["什么", "哪", "如何", "为何", "为什么", "怎样", "怎么", "是否", "多少", "几种", "几个", "简述", "简答",
                                      "论述", "试述", "分析", "比较", "解释", "定义", "区别", "含义", "概念", "原理", "请", "谈谈", "吗",
                                      "what", "which", "who", "why", "how", "when", "where", "explain", "describe", "define", "list",
                                      "compare", "true or false"]

    static func asksSomething(_ stem: String) -> Bool {
        if hasAskingMark(stem) { return true }
        if stem.containsScalars("( )") || stem.containsScalars("()") { return true }
        // Plain text lower-cases by its ASCII letters alone (its CJK and punctuation have no case): no new String.
        // (`lowercased()` took 3% of a large import here.)
        // (a word with a scalar plain text lacks cannot occur in it, so the index holds every word)
        if stem.isPlainText { return containsAny(asciiLowercased: stem, askingIndex) }
        let lower = stem.lowercased()
        // Plain text (ASCII, CJK) on both sides: a scalar search, all words in one pass, finds what Foundation's far
        // slower search would.
        if lower.isPlainText { return containsAny(lower, askingIndex) }
        return askingWords.contains { lower.contains($0) }
    }

    private static let askingIndex = PhraseIndex(askingWords)

    private static func containsAny(_ text: String, _ index: PhraseIndex) -> Bool {
        text.scalarArray.withUnsafeBufferPointer { index.countDistinct(in: $0, stopAt: 1) > 0 }
    }

    /// `containsAny(text.lowercased(), index)` for plain text, whose only upper case is ASCII.
    private static func containsAny(asciiLowercased text: String, _ index: PhraseIndex) -> Bool {
        var lower = text.scalarArray
        for k in lower.indices where lower[k].value >= 0x41 && lower[k].value <= 0x5A { lower[k] = Unicode.Scalar(lower[k].value + 0x20)! }
        return lower.withUnsafeBufferPointer { index.countDistinct(in: $0, stopAt: 1) > 0 }
    }

    /// Whether `text` holds `?`, `？`, `_` or `＿`, read from its UTF-8 (the scalar view decodes every scalar).
    private static func hasAskingMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x == 0x3F || x == 0x5F { return true }
                // `？` is EF BC 9F, `＿` is EF BC BF
                if x == 0xEF, i + 2 < b.count, b[i + 1] == 0xBC, b[i + 2] == 0x9F || b[i + 2] == 0xBF { return true }
                i += 1
            }
            return false
        }
    }

    /// Words that only a note about the exam uses: its parts, its scoring, what to revise for it, the paper's volumes
    /// and answer card (`第I卷1~8题为…`, `答案填涂在答题卡上`).
    private static let examNoteWords = ["考试", "题型", "重点关注", "一道关于", "满分", "分值", "考点", "复习重点",
                                        "第Ⅰ卷", "第Ⅱ卷", "第I卷", "第II卷", "答题卡"]

    /// A statement about the exam (`考试题型包括…`, `配置题是一道关于实验的题目`), asking nothing.
    static func isExamNote(_ stem: String) -> Bool {
        guard !asksSomething(stem) else { return false }
        // Plain text (nearly every stem) is searched by scalars, all words in one pass: a word with a scalar plain text
        // lacks (`第Ⅰ卷`) cannot occur in it, and a plain word's scalars match where its characters do. Foundation's
        // search, for the rest only, took a quarter of a large import when it ran on every keyless item.
        if stem.isPlainText { return containsAny(stem, examNoteIndex) }
        return examNoteWords.contains { stem.contains($0) }
    }

    private static let examNoteIndex = PhraseIndex(examNoteWords)

    /// `text` with its line breaks as spaces, for a one-line warning. Foundation's replace (kept: it treats a break
    /// followed by a combining mark as one character) is slow, so text without a break skips it.
    static func oneLine(_ text: String) -> String {
        text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: " ") : text
    }

    static func isLostQuestion(_ text: String) -> Bool {
        guard TypeHint.looksLikeQuestionText(text), !TypeHint.looksLikeTitle(text) else { return false }
        // An English passage (a reading text before its questions) is worth a word too: it is not imported.
        // (counted, not filtered: a filtered copy of the text was made just to be counted)
        let latin = text.unicodeScalars.reduce(0) { $0 + (ScalarClass.isASCIILetter($1) ? 1 : 0) }
        if latin >= 80, text.unicodeScalars.contains(" "), text.hasSuffix(".") || text.contains(". ") { return true }
        let cjk = text.unicodeScalars.reduce(0) { $0 + (ScalarClass.isCJK($1) ? 1 : 0) }
        return cjk >= 8 && (text.hasSuffix("。") || text.unicodeScalars.contains("?") || text.containsScalars("( )") || text.containsScalars("()"))
    }
}
