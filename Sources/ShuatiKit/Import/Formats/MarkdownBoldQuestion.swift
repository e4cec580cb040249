import Foundation

/// A question written as a bold line of its own, with its answer (a list, paragraphs) under it, as revision notes
/// put it: `**瀑布模型的缺点**：` over a numbered list, `**什么是内聚**` over a paragraph. Bold words inside such an
/// answer are emphasis, not the blanks of fill-in items.
struct MarkdownBoldQuestion {
    /// The question: the bold line's text without a closing colon.
    var stem: String
    /// The answer's lines as plain text; list numbers written `1)` so they never start questions.
    var answer: [String]
    /// The index of the first line after the answer.
    var end: Int

    /// The bold question whose line is `lines[start]`, when that line reads as one and an answer follows it.
    static func read(_ lines: [Substring], at start: Int) -> MarkdownBoldQuestion? {
        guard let stem = stem(of: lines[start].trimmingCharacters(in: .whitespaces)) else { return nil }
        var answer: [String] = []
        var i = start + 1, end = start + 1
        while i < lines.count {
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            if t.isEmpty { i += 1; continue }
            if endsAnswer(t) || self.stem(of: t) != nil || isTopic(lines, at: i) { break }
            // Options, boxes or key labels under the line: a question of another kind, read the usual way.
            guard let line = answerLine(t) else { return nil }
            if answer.isEmpty, !isAnswerStart(t, plain: line) { return nil }
            if !line.isEmpty { answer.append(line) }
            i += 1
            end = i
        }
        guard !answer.isEmpty else { return nil }
        return MarkdownBoldQuestion(stem: stem, answer: answer, end: end)
    }

    /// The question a line states, when it is bold as a whole, short, asks something (ends in a colon or a
    /// question mark, or holds a question word) and is no section title (`**一、填空题**`, `**第二章 概述**`).
    static func stem(of t: String) -> String? {
        guard t.hasPrefix("**") || t.hasPrefix("__") else { return nil }
        let inline = MarkdownInline(Substring(t))
        guard inline.isAllBold else { return nil }
        var plain = inline.plain.trimmingCharacters(in: .whitespaces)
        guard (2...60).contains(plain.count), asks(plain), !isTitle(plain),
              MarkdownKeys.label(plain) == nil, MarkdownKeys.option(plain) == nil,
              !MarkdownConverter.startsWithNumber(plain), MarkdownConverter.numberOnly(plain) == nil else { return nil }
        while let last = plain.last, last == ":" || last == "：" { plain.removeLast() }
        return plain.isEmpty ? nil : plain
    }

    /// Whether a line asks for something rather than names a topic or states a fact.
    static func asks(_ t: String) -> Bool {
        if let last = t.last, ":：?？".contains(last) { return true }
        if questionWords.contains(where: { t.contains($0) }) { return true }
        let lower = t.lowercased()
        return englishQuestionStarts.contains { lower.hasPrefix($0) }
    }

    static let questionWords = ["什么", "哪", "如何", "为什么", "为何", "怎样", "怎么", "是否", "何谓", "简述", "试述",
                                "论述", "列举", "区别", "吗"]
    static let englishQuestionStarts = ["what", "why", "how", "which", "when", "explain", "describe", "define", "list ",
                                        "compare"]

    /// A section or instruction line in bold: a type title (`填空题`), a chapter (`第二章`, `一、`, `Chapter 2`), a
    /// paper title, or an instruction over questions (`请回答下列问题：`).
    static func isTitle(_ t: String) -> Bool {
        if TypeHint.fromTitle(t) != .none || TypeHint.looksLikeTitle(t) { return true }
        if t.hasPrefix("请") || ["下列问题", "下列各题", "以下问题", "以下各题", "回答问题"].contains(where: { t.contains($0) }) {
            return true
        }
        if t.hasPrefix("第"), t.prefix(8).contains(where: { "章节篇讲单部".contains($0) }) { return true }
        if let first = t.first, "一二三四五六七八九十".contains(first), t.dropFirst().first.map({ "、.．".contains($0) }) == true {
            return true
        }
        let lower = t.lowercased()
        return ["chapter", "part ", "unit ", "section ", "lesson "].contains { lower.hasPrefix($0) }
    }

    /// A bold line alone over text of its own (`**设计原则**` over a list): the next topic, which ends an answer
    /// even when it asks nothing. A bold line over another bold line or nothing (a closing summary) does not.
    static func isTopic(_ lines: [Substring], at i: Int) -> Bool {
        let t = lines[i].trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("**") || t.hasPrefix("__"), MarkdownInline(Substring(t)).isAllBold else { return false }
        for line in lines[(i + 1)...] {
            let next = line.trimmingCharacters(in: .whitespaces)
            if next.isEmpty { continue }
            if endsAnswer(next) { return false }
            let body = MarkdownConverter.listItem(next)?.rest ?? Substring(next)
            let inline = MarkdownInline(body)
            if inline.plain.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            return !inline.isAllBold
        }
        return false
    }

    /// Block lines an answer never runs into: headings, rules, tables, code, quotes and `<details>`.
    static func endsAnswer(_ t: String) -> Bool {
        MarkdownConverter.headingText(t) != nil || MarkdownConverter.isRule(t) || t.hasPrefix("|") || t.hasPrefix("```")
            || t.hasPrefix("~~~") || t.hasPrefix(">") || t.lowercased().hasPrefix("<details")
    }

    /// A line of the answer as plain text (empty when it has no text); nil for an option, a box or a key label.
    static func answerLine(_ t: String) -> String? {
        var text = Substring(t), number = ""
        if let (marker, rest) = MarkdownConverter.listItem(t) {
            if MarkdownConverter.checkbox(rest) != nil { return nil }
            text = rest
            if marker.first!.isNumber { number = marker.dropLast() + ") " }
        }
        let plain = MarkdownInline(text).plain.trimmingCharacters(in: .whitespaces)
        if MarkdownKeys.option(plain) != nil || MarkdownKeys.startsWithLabel(plain) { return nil }
        if plain.count <= 14, MarkdownKeys.label(plain) != nil { return nil }
        if plain.isEmpty { return "" }
        return number + MarkdownConverter.unnumbered(plain)
    }

    /// Whether the first line under the bold line can start its answer: not a question itself (`1. 什么是…？`,
    /// a blank to fill) and not another bold line (a title over titles).
    static func isAnswerStart(_ t: String, plain: String) -> Bool {
        let body = MarkdownConverter.listItem(t)?.rest ?? Substring(t)
        if MarkdownInline(body).isAllBold { return false }
        if let last = plain.last, "?？".contains(last) { return false }
        return !MarkdownConverter.hasEmptyBrackets(plain) && !plain.contains("___")
    }
}
