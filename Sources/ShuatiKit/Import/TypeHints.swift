import Foundation

extension TypeHint {
    static let titleWords = ["《", "》", "作业", "试题", "试卷", "考试", "答案", "习题", "练习", "复习", "期末", "期中",
                             "模拟", "真题", "题库", "提纲", "测验", "形考"]

    /// All title words in one index, so a line is searched once rather than once per word.
    private static let titleWordIndex = PhraseIndex(titleWords)

    /// The item type a paper title announces (`…第二次在线作业单选题 (共20道题)`), if any.
    static func fromTitle(_ title: String) -> TypeHint {
        title.scalarArray.withUnsafeBufferPointer { fromTitle($0) }
    }

    static func fromTitle(_ title: UnsafeBufferPointer<Unicode.Scalar>) -> TypeHint {
        titleTypeIndex.lowestMatch(in: title).map { titleTypeWords[$0].1 } ?? .none
    }

    /// First characters of the type words a part's instructions open with (a one-scalar test before any search).
    private static let instructionStarts: Set<Unicode.Scalar> = ["单", "單", "多", "判", "填", "简", "簡", "名", "论", "論", "案", "不", "选", "選", "是"]

    /// `单项选择题第 1-45 小题。下列每题…`, `判断题(每小题1分)…`: text that opens with a part's type word and goes on
    /// to say how its questions are numbered or scored.
    static func isPartInstruction(_ stem: String) -> Bool {
        guard let first = stem.unicodeScalars.first else { return false }
        if first == "题" { return isTypeListLine(stem) }
        if isTopicTitle(stem) { return true }
        guard instructionStarts.contains(first) else { return false }
        if describesAType(stem, first: first) { return true }
        let head = Array(stem.unicodeScalars.prefix(40))
        let opening = head.prefix(8).withUnsafeBufferPointer { fromTitle($0) }
        guard opening != .none else { return false }
        return head[...].containsScalars(Array("小题".unicodeScalars)) || head[...].containsScalars(Array("每题".unicodeScalars))
    }

    /// `题型:选择题、判断题、简答题` (an article's numbered line saying what a level's exam holds): the type names a part
    /// is made of, no question.
    static func isTypeListLine(_ stem: String) -> Bool {
        let h = Array(stem.unicodeScalars.prefix(41))
        guard h.count >= 9, h.count <= 40, h[1] == "型", ScalarClass.isColon(h[2]) else { return false }
        let names = h[3...].split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" || $0 == " " })
        return names.count >= 2 && names.allSatisfy { $0.count >= 2 && $0.count <= 6 && $0.last == "题" }
    }

    /// `1. 心理学基础类题目` (a numbered title over a topic's questions, here table rows): a short name ending in
    /// `类题目` / `类试题` / `类题`, no question.
    static func isTopicTitle(_ stem: String) -> Bool {
        let bytes = stem.utf8
        // (O(1) first: most stems are longer, or do not end in 目 / 题 / 題, whose last UTF-8 bytes these are)
        guard bytes.count <= 60, bytes.count >= 9, let last = bytes.last, last == 0xAE || last == 0x98 || last == 0x8C else { return false }
        // (compared as UTF-8 bytes from the end: String's `hasSuffix` compares characters, measurably slower here)
        return topicTitleEnds.contains { end in bytes.count > end.count && bytes.suffix(end.count).elementsEqual(end) }
    }

    private static let topicTitleEnds: [[UInt8]] = ["类题目", "类试题", "类题", "類題目"].map { Array($0.utf8) }

    /// `判断题是这门考试中最简单的题型,…` (the paragraph under an article's `3、判断题`): text about a type of question,
    /// opening with its name and saying what it is or tests.
    static func describesAType(_ stem: String, first: Unicode.Scalar) -> Bool {
        let scalars = stem.unicodeScalars
        for (word, _) in MarkerRecognizer.typeWordScalars where word[0] == first && scalars.starts(with: word) {
            var next = scalars.dropFirst(word.count).makeIterator()
            guard let ti = next.next(), ti == "题" || ti == "題", let a = next.next(), let b = next.next() else { continue }
            if a == "是" || a == "主" && b == "要" || a == "考" && (b == "察" || b == "查") || a == "要" && b == "求"
                || a == "一" && b == "般" || a == "通" && b == "常" {
                // (`判断题是最容易得分的题型。(√)`: a statement with its mark in a blank is a true/false question.)
                return scalars.last(where: { $0 != " " && $0 != "。" }) != ")"
            }
        }
        return false
    }

    /// The one item type that text before the first question names; none when it lists several
    /// (`考试题型包括:单选题30道…填空题10道…`).
    static func fromLooseText(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> TypeHint {
        var hints: [TypeHint] = []
        for id in titleTypeIndex.allMatches(in: text).sorted() where !hints.contains(titleTypeWords[id].1) {
            hints.append(titleTypeWords[id].1)
        }
        // `单项选择题` also contains `选择题`.
        if hints.contains(.anyChoice), hints.contains(.singleChoice) || hints.contains(.multipleChoice) { hints.removeAll { $0 == .anyChoice } }
        return hints.count == 1 ? hints[0] : .none
    }

    /// `单选题`, `判断题`, …: the type words as they appear in section titles.
    private static let titleTypeWords = MarkerRecognizer.typeWords.map { ($0.0 + "题", $0.1) }
    /// The same words in one index; the first in the list wins (`单项选择题` before `选择题`).
    private static let titleTypeIndex = PhraseIndex(titleTypeWords.map(\.0))

    /// A title as a section name: no file extension or site badge (`复习提纲.docVIP` → `复习提纲`).
    static func cleanTitle(_ raw: String) -> String { cleanTitle(raw.scalarArray[...]) }

    /// `cleanTitle` of scalars, read in place (it runs on every title and part line; as Strings, each suffix test
    /// made arrays of its own).
    static func cleanTitle(_ raw: ArraySlice<Unicode.Scalar>) -> String {
        var lo = raw.startIndex, hi = raw.endIndex
        while lo < hi, raw[lo].isOne(of: " \"•") { lo += 1 }
        while hi > lo, raw[hi - 1].isOne(of: " \"•") { hi -= 1 }
        func strip(_ suffix: [Unicode.Scalar]) -> Bool {
            // ASCII compared without case by its values (`Character.lowercased()` made two Strings per scalar).
            func lower(_ v: UInt32) -> UInt32 { v >= 0x41 && v <= 0x5A ? v + 0x20 : v }
            guard hi - lo > suffix.count else { return false }
            for (k, b) in suffix.enumerated() {
                let a = raw[hi - suffix.count + k]
                guard a == b || (a.value < 0x80 && b.value < 0x80 && lower(a.value) == lower(b.value)) else { return false }
            }
            hi -= suffix.count
            return true
        }
        _ = strip(titleBadge)
        for ext in titleExtensions where strip(ext) { break }
        while lo < hi, raw[lo] == " " { lo += 1 }
        while hi > lo, raw[hi - 1] == " " { hi -= 1 }
        return raw[lo..<hi].utf8String
    }

    private static let titleBadge = Array("VIP".unicodeScalars)
    private static let titleExtensions = [".docx", ".doc", ".pdf", ".txt", ".pptx", ".ppt", ".wps"].map { Array($0.unicodeScalars) }

    /// Whether a line is nothing but a part's name: `名词解释`, `简答题`, `填空题:`, `判断题(每题2分)`, `单选题 (共10题)`.
    /// Such a line heads a part wherever it stands, even right after an answer that runs over lines.
    static func isSectionName(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var t = line
        while let last = t.last, last == " " || last == "：" || ScalarClass.isColon(last) { t.removeLast() }
        // A note in brackets at the end: `(每题2分)`, `【共10题】`.
        if let last = t.last, last == ")" || last == "】", let open = t.lastIndex(where: { $0 == "(" || $0 == "【" }), open > t.startIndex {
            t = t[..<open]
            while let l = t.last, l == " " { t.removeLast() }
        }
        guard t.count >= 2, t.count <= 8 else { return false }
        for (word, _) in MarkerRecognizer.typeWordScalars where t.starts(with: word) {
            let rest = t.dropFirst(word.count)
            // Words that are also ordinary verbs or nouns (`分析`, `计算`, `选择`) name a part only with `题`.
            let needsTi = word.count == 2 && ["分析", "综合", "计算", "选择", "案例", "判断", "问答"].contains(String(String.UnicodeScalarView(word)))
            if rest.isEmpty { return !needsTi }
            return rest.elementsEqual(["题"]) || rest.elementsEqual(["題"]) || rest.elementsEqual(["题", "目"])
        }
        return false
    }

    /// Whether a line reads like the name of a paper or course rather than a question.
    static func looksLikeTitle(_ line: String) -> Bool {
        if isPaperVersion(line) { return true }
        // (the blank tests first: they read bytes, and a stem with a blank needs no scalar array and phrase scan)
        guard !line.containsScalars("( )"), !line.containsScalars("()") else { return false }
        return line.scalarArray.withUnsafeBufferPointer { titleWordIndex.countDistinct(in: $0, stopAt: 1) > 0 }
    }

    /// `B卷`, `Ｃ卷` alone: which version of a paper the questions below come from (papers print A/B versions).
    static func isPaperVersion(_ line: String) -> Bool {
        // (read up to the third visible scalar: every title line is asked, and some are thousands of scalars long)
        var first: Unicode.Scalar?, second: Unicode.Scalar?
        for c in line.unicodeScalars where c != " " && c != "\u{3000}" && c != "\t" {
            if first == nil { first = c } else if second == nil { second = c } else { return false }
        }
        guard let first, second == "卷" else { return false }
        return ("A"..."Z").contains(first) || ("Ａ"..."Ｚ").contains(first)
    }

    /// Whether a line could be a question's stem: some letters, not just punctuation or a number.
    static func looksLikeQuestionText(_ line: String) -> Bool {
        var letters = 0
        for scalar in line.unicodeScalars where ScalarClass.isCJK(scalar) || ScalarClass.isASCIILetter(scalar) {
            letters += 1
            if letters >= 4 { return true }
        }
        return false
    }
}
