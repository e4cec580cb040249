import Foundation

/// Recognises structured formats and markup from the first part of a file's text. Each test is strict: a Chinese
/// exam saved as .txt must stay text (it may hold `A.` options, `答案:` lines, braces or commas).
enum InputKindSniffer {
    /// How much of a file is looked at.
    static let sniffBytes = 64 * 1024

    /// The file's first part as text (cut at a line end), or nil when it is not text.
    static func leadingText(_ data: Data) -> String? {
        guard data.count > sniffBytes else { return try? TextDecoder.decode(data, file: "") }
        var prefix = [UInt8](data.prefix(sniffBytes))
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            prefix.removeLast(prefix.count % 2)
        } else if let lastNewline = prefix.lastIndex(of: 0x0A) {
            prefix.removeSubrange((lastNewline + 1)...)
        }
        return try? TextDecoder.decode(Data(prefix), file: "")
    }

    /// The kind `text` shows by itself; nil when it looks like none of them (then the extension decides).
    static func kind(of text: String, extension ext: String) -> InputKind? {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<") { return markupKind(trimmed, extension: ext) }
        if isShuatiJSON(trimmed) { return .shuatiJSON }
        if ["md", "markdown", "html", "htm", "xhtml"].contains(ext) { return nil }
        if isAnkiText(trimmed) { return .ankiText }
        if CSVBankReader.separator(String(trimmed.prefix(8192))) != nil { return .csv }
        if GIFTSniffer.looksLikeGIFT(trimmed) { return .gift }
        if AikenSniffer.looksLikeAiken(trimmed) { return .aiken }
        return nil
    }

    /// `<quiz>` (after an XML declaration or comments) is Moodle XML; `<!DOCTYPE html`, `<html` is HTML.
    static func markupKind(_ text: Substring, extension ext: String) -> InputKind? {
        let head = text.prefix(4096).lowercased()
        var rest = Substring(head)
        // Skip the declaration, comments and a doctype to reach the root element.
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || (rest.hasPrefix("<!") && !rest.hasPrefix("<!doctype html")) {
                let close = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: close) else { break }
                rest = rest[end.upperBound...]
            } else { break }
        }
        if rest.hasPrefix("<quiz") { return .moodleXML }
        if rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html") || rest.hasPrefix("<head") || rest.hasPrefix("<body") {
            return .html
        }
        return nil
    }

    /// `{"items":[`, `{"name":…,"items"`, or a list of item objects `[{"id"…` / `[{"type"…`.
    static func isShuatiJSON(_ text: Substring) -> Bool {
        var s = text.drop { $0.isWhitespace }
        if s.hasPrefix("[") {
            s = s.dropFirst().drop { $0.isWhitespace }
            guard s.hasPrefix("{") else { return false }
        }
        guard s.hasPrefix("{") else { return false }
        s = s.dropFirst().drop { $0.isWhitespace }
        return ["\"items\"", "\"name\"", "\"id\"", "\"type\"", "\"seed\""].contains { s.hasPrefix($0) }
    }

    /// Anki's text-import file headers (`#separator:tab`, `#html:true`, `#notetype:…`, `#deck:…`, `#columns:…`).
    static func isAnkiText(_ text: Substring) -> Bool {
        guard let first = text.split(separator: "\n", maxSplits: 1).first else { return false }
        let line = first.lowercased()
        return ["#separator:", "#html:", "#notetype:", "#deck:", "#columns:", "#tags:", "#tags column:",
                "#notetype column:", "#deck column:", "#guid column:", "#if matches:"].contains { line.hasPrefix($0) }
    }
}

/// GIFT: questions separated by blank lines, with `::title::`, `$CATEGORY:` or answer blocks `{=…}` `{~…}` `{T}`.
enum GIFTSniffer {
    static func looksLikeGIFT(_ text: Substring) -> Bool {
        // Every sign below needs a `{` or a `$CATEGORY:`; without either byte the line-by-line look (13 ms of one
        // core before a large import could start) cannot say yes.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "$") }) else { return false }
        var blocks = 0, answered = 0, titled = 0
        var current: [Substring] = []
        func finish() {
            guard !current.isEmpty else { return }
            blocks += 1
            let block = current.joined(separator: "\n")
            let hasAnswer = GIFTReader.answerBlockRange(in: block).map { isAnswerBlock(block[$0]) } ?? false
            if hasAnswer { answered += 1 }
            if block.hasPrefix("::"), block.dropFirst(2).contains("::"), hasAnswer || block.contains("{") { titled += 1 }
            current = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("$CATEGORY:") { return true }
            if line.hasPrefix("//") { continue }
            if line.isEmpty { finish() } else { current.append(raw) }
        }
        finish()
        if titled >= 1 { return true }
        return answered >= 2 && answered * 10 >= blocks * 6
    }

    /// The inside of `{…}`: empty with a title only, else `=`/`~` answers, `#` numeric, or T/F/TRUE/FALSE.
    static func isAnswerBlock(_ inner: Substring) -> Bool {
        let t = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = t.first else { return false }
        if first == "=" || first == "~" { return true }
        if first == "#", t.count > 1 { return true }
        let word = t.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].uppercased()
        return ["T", "F", "TRUE", "FALSE"].contains(word.trimmingCharacters(in: .whitespaces))
    }
}

/// Aiken: blocks of a question line, options `A.`/`A)` in letter order, then `ANSWER: X`, and nothing else.
enum AikenSniffer {
    static func looksLikeAiken(_ text: Substring) -> Bool {
        // Moodle's key line is `ANSWER:` in capitals; `Answer: B` belongs to exam documents the parser reads.
        // Without `ANSWER` anywhere no line can be one (a byte search, before splitting lines; the standard
        // library's generic `firstRange(of:)` took longer than the whole line-by-line test).
        guard String(text).containsScalars("ANSWER") else { return false }
        var capitals = 0
        for line in text.split(separator: "\n") where line.count >= 7 {
            let head = line.trimmingCharacters(in: .whitespaces).prefix(6)
            guard head.uppercased() == "ANSWER" else { continue }
            if head != "ANSWER" { return false }
            capitals += 1
        }
        guard capitals > 0 else { return false }
        let blocks = AikenReader.blocks(String(text))
        let complete = blocks.filter { $0.answerLetter != nil && $0.options.count >= 2 && !$0.stem.isEmpty }
        guard !complete.isEmpty, complete.count * 10 >= blocks.count * 7 else { return false }
        // Numbered stems (`1.` `2、`) are an exam document with Answer lines: the text parser reads those better.
        let numbered = complete.filter { b in
            let t = b.stem.hasPrefix("Q") || b.stem.hasPrefix("q") ? b.stem.dropFirst() : Substring(b.stem)
            return t.first?.isNumber == true || b.stem.hasPrefix("第")
        }
        return numbered.count * 2 < complete.count
    }
}
