import Foundation

/// A saved web page turned into the plain text the document parser reads.
enum HTMLReader {
    /// The page's visible text as lines (block elements, `<br>`, `<li>` and table rows break lines; script, style,
    /// head, navigation and hidden elements dropped; references decoded), with right-answer markup
    /// (`class="rightAnswer"`, `<li class="correct">`) turned into key lines such as `答案：B`.
    static func text(from html: String) -> String {
        var reader = HTMLText(html)
        return HTMLKeyMarks.resolve(reader.run())
    }
}

/// Reads the right-answer marks `HTMLText` leaves in its lines: a marked option becomes part of a key line after
/// its option run; marked text that no label introduces becomes a key line of its own.
enum HTMLKeyMarks {
    /// The lines with the marks resolved, trimmed, and blank runs collapsed.
    static func resolve(_ text: String) -> String {
        var lines: [String] = []
        var keyedLetters: [Character] = []
        var inOptions = false
        func endOptions(before next: String?) {
            if inOptions, !keyedLetters.isEmpty, !(next.map(isKeyLine) ?? false) {
                var seen = Set<Character>()
                lines.append(MarkdownKeys.keyLine(String(keyedLetters.filter { seen.insert($0).inserted }.sorted())))
            }
            keyedLetters = []; inOptions = false
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in read(rawLine) {
                let t = line.text.trimmingCharacters(in: .whitespaces)
                if t.isEmpty {
                    if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") }
                    continue
                }
                if let option = MarkdownKeys.option(t) {
                    if !inOptions { keyedLetters = [] }
                    inOptions = true
                    if line.marked { keyedLetters.append(option.letter) }
                    lines.append(t)
                    continue
                }
                endOptions(before: t)
                lines.append(t)
            }
        }
        endOptions(before: nil)
        while lines.last == "" { lines.removeLast() }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private static func isKeyLine(_ t: String) -> Bool {
        MarkdownKeys.startsWithLabel(t) || t.hasPrefix("正确答案") || t.hasPrefix("参考答案") || t.hasPrefix("标准答案")
    }

    /// One page line split where a marked key needs a line of its own; `marked` when the line held a mark.
    private static func read(_ raw: Substring) -> [(text: String, marked: Bool)] {
        guard raw.contains(HTMLText.keyOpen) || raw.contains(HTMLText.keyClose) else { return [(String(raw), false)] }
        // Innermost marked spans only: a marked container around a labelled key is no evidence of its own.
        var clean = ""
        var spans: [(start: String.Index, end: String.Index)] = []
        var open: [(String.Index, Bool)] = []  // start, and whether a span opened inside it
        for c in raw {
            if c == HTMLText.keyOpen {
                if !open.isEmpty { open[open.count - 1].1 = true }
                open.append((clean.endIndex, false))
            } else if c == HTMLText.keyClose {
                if let (start, hasInner) = open.popLast(), !hasInner { spans.append((start, clean.endIndex)) }
            } else {
                clean.append(c)
            }
        }
        let whole = clean.trimmingCharacters(in: .whitespaces)
        let spanTexts = spans.map { String(clean[$0.start..<$0.end]).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !spanTexts.isEmpty else { return [(clean, false)] }
        if MarkdownKeys.option(whole) != nil { return [(clean, true)] }
        // A marked key with no label before it: its own key line.
        var pieces: [(String, Bool)] = []
        var cursor = clean.startIndex
        for span in spans {
            let text = String(clean[span.start..<span.end]).trimmingCharacters(in: .whitespaces)
            let before = clean[cursor..<span.start].trimmingCharacters(in: .whitespaces)
            let labelled = before.hasSuffix(":") || before.hasSuffix("：") || MarkdownKeys.label(before) == .answer
            // Unlabelled, only a key's shape counts (letters, a true/false mark): an "answer card" link is no key.
            let keyShaped = MarkdownKeys.letters(text) != nil || MarkdownKeys.trueFalse(text) != nil
            if text.isEmpty || labelled || !keyShaped { continue }
            if !before.isEmpty { pieces.append((before, false)) }
            pieces.append((MarkdownKeys.keyLine(text), true))
            cursor = span.end
        }
        let rest = clean[cursor...].trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { pieces.append((rest, false)) }
        return pieces.isEmpty ? [(clean, false)] : pieces
    }
}
