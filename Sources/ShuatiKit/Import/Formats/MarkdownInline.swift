import Foundation

/// Inline Markdown (emphasis, code, links, escapes, inline HTML) resolved into plain text, keeping note of
/// which parts were **bold**: students mark keys that way.
struct MarkdownInline {
    /// The text with all inline syntax removed.
    var plain: String
    /// The bold spans, as plain text, in order.
    var bold: [String]
    /// The text with each bold span replaced by a blank `____` (a fill-in whose keys are the bold words).
    var boldAsBlanks: String

    /// True when the whole visible text is bold (an option or a key marked as a whole).
    var isAllBold: Bool {
        if bold.isEmpty { return false }
        let visible = plain.filter { !$0.isWhitespace && !MarkdownInline.isLightPunctuation($0) }
        let inBold = bold.joined().filter { !$0.isWhitespace && !MarkdownInline.isLightPunctuation($0) }
        return !visible.isEmpty && visible == inBold
    }

    /// Bytes that may start inline syntax: `* _ \ ~ ` [ ! < & $`.
    private static let syntaxBytes: Set<UInt8> = Set("*_\\~`[!<&$".utf8)

    static func isLightPunctuation(_ c: Character) -> Bool { "、.．:：)）(（。，,;；".contains(c) }

    /// Inline HTML tags dropped from Markdown text (others are kept as written: `a <b` in a stem is text).
    static let inlineTags: Set<String> = ["u", "b", "i", "em", "strong", "br", "span", "div", "p", "sup", "sub",
                                          "font", "img", "a", "mark", "ins", "del", "s", "center", "small", "code",
                                          "kbd", "strike", "big", "summary", "details",
                                          // List markup inside a `<details>` answer (`<ul><li>答案是B</li></ul>`).
                                          "ul", "ol", "li"]

    /// Resolves the inline syntax of one line.
    init(_ line: Substring) {
        // Most lines have no inline syntax at all.
        if !line.utf8.contains(where: { Self.syntaxBytes.contains($0) }) {
            plain = String(line); bold = []; boldAsBlanks = plain
            return
        }
        var plain = "", blanks = ""
        var bold: [String] = []
        var current: String? = nil        // the bold span being read
        let c = Array(line)
        var i = 0
        func put(_ s: String) {
            plain += s
            if current != nil { current! += s } else { blanks += s }
        }
        while i < c.count {
            let ch = c[i]
            // Backslash escape of ASCII punctuation.
            if ch == "\\", i + 1 < c.count, c[i + 1].isASCII, c[i + 1].isPunctuation || c[i + 1].isSymbol {
                put(String(c[i + 1])); i += 2; continue
            }
            // Bold: ** or __ (an underscore pair only around a word, since runs of _ are blanks).
            if (ch == "*" || ch == "_"), i + 1 < c.count, c[i + 1] == ch {
                var run = 2
                while i + run < c.count, c[i + run] == ch { run += 1 }
                if ch == "_" && (run != 2 || (current == nil && (i + 2 >= c.count || c[i + 2] == "_" || c[i + 2] == " "))
                                 || (current != nil && i > 0 && c[i - 1] == " ")) {
                    put(String(repeating: "_", count: run)); i += run; continue
                }
                if current == nil {
                    // Only an opener that has a closer later on the line starts bold.
                    if Self.hasCloser(c, from: i + run, marker: ch) {
                        current = ""; blanks += "____"; i += run; continue
                    }
                } else {
                    let span = current!.trimmingCharacters(in: .whitespaces)
                    current = nil
                    if !span.isEmpty { bold.append(span) }
                    i += run; continue
                }
                if ch == "*" { i += run; continue }  // a stray ** is dropped
                put(String(repeating: String(ch), count: run)); i += run; continue
            }
            // Italic *x*: dropped markers.
            if ch == "*", i + 1 < c.count, c[i + 1] != " " { i += 1; continue }
            if ch == "*", i > 0, c[i - 1] != " " { i += 1; continue }
            // Strike-through markers.
            if ch == "~", i + 1 < c.count, c[i + 1] == "~" { i += 2; continue }
            // Inline code: kept with its backticks (`a = b` in a stem is code, and reads as code in a terminal),
            // its inside untouched by the other syntax.
            if ch == "`" {
                var run = 1
                while i + run < c.count, c[i + run] == "`" { run += 1 }
                if let end = Self.find(c, String(repeating: "`", count: run), from: i + run) {
                    let code = String(c[(i + run)..<end]).trimmingCharacters(in: .whitespaces)
                    // `（`B`）`, `(`错误`)`: a key set in code inside the stem's brackets is the key, not code.
                    let keyed = i > 0 && end + run < c.count && "(（".contains(c[i - 1]) && ")）".contains(c[end + run])
                        && Self.isKeyToken(code)
                    put(code.isEmpty ? "" : keyed ? code : "`" + code + "`"); i = end + run; continue
                }
                i += run; continue
            }
            // Image ![alt](url) and link [text](url): the text.
            if ch == "!" || ch == "[" {
                let open = ch == "!" ? i + 1 : i
                if open < c.count, c[open] == "[", let close = Self.matchingBracket(c, open),
                   close + 1 < c.count, c[close + 1] == "(", let paren = Self.find(c, ")", from: close + 2) {
                    let inner = MarkdownInline(Substring(String(c[(open + 1)..<close])))
                    put(inner.plain)
                    if current == nil { bold += inner.bold }
                    i = paren + 1; continue
                }
            }
            // Character references (`&emsp;` indents, `&lt;`), as a browser shows them.
            if ch == "&", let end = Self.find(c, ";", from: i + 2), end - i <= 10,
               case let bytes = Array(String(c[i...end]).utf8), let ref = HTMLEntities.decode(bytes, at: 0), ref.end == bytes.count {
                put(ref.text); i = end + 1; continue
            }
            // TeX math (`$1.\;$`, `$$第\;1\;关$$`): its text, spacing commands as spaces.
            if ch == "$", let (text, end) = Self.math(c, at: i) {
                put(text); i = end; continue
            }
            // Autolink <https://…> and inline HTML tags.
            if ch == "<", let end = Self.find(c, ">", from: i + 1) {
                let inside = String(c[(i + 1)..<end])
                if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
                    put(inside); i = end + 1; continue
                }
                let unslashed = inside.drop { $0 == "/" }
                let letters = unslashed.prefix { $0.isLetter }
                let name = letters.lowercased()
                // The name ends the tag or a space or `/` follows it: `A1<A3<Acm  C.A3>A1` holds no `<a>` tag.
                let after = unslashed.dropFirst(letters.count).first
                if after == nil || after == " " || after == "/" || after == "\t", Self.inlineTags.contains(name) {
                    if name == "br" { put(" ") }
                    i = end + 1; continue
                }
            }
            plain.append(ch)
            if current != nil { current!.append(ch) } else { blanks.append(ch) }
            i += 1
        }
        self.plain = plain
        self.bold = bold
        self.boldAsBlanks = blanks
    }

    /// Option letters in upper case (`B`, `ACD`) or a true/false mark (`×`, `错误`): what a key in brackets holds.
    static func isKeyToken(_ code: String) -> Bool {
        if let letters = MarkdownKeys.letters(code), letters == code.filter({ !$0.isWhitespace && !",，、;；.".contains($0) }) {
            return true
        }
        return ["对", "错", "正确", "错误", "√", "×", "✓", "✗", "✔", "✘"].contains(code)
    }

    /// The text of a math span opening at `c[i]` and the index after it. A `$…$` span opens before a non-space
    /// and closes after one, not before a digit (`$5 and $10` is money).
    private static func math(_ c: [Character], at i: Int) -> (String, Int)? {
        let marker = i + 1 < c.count && c[i + 1] == "$" ? "$$" : "$"
        let start = i + marker.count
        guard start < c.count, !c[start].isWhitespace, c[start] != "$",
              let close = find(c, marker, from: start), close > start, !c[close - 1].isWhitespace else { return nil }
        let after = close + marker.count
        if marker == "$", after < c.count, c[after].isNumber { return nil }
        return (texText(String(c[start..<close])), after)
    }

    /// TeX as plain text: spacing commands become spaces, `\rm{x}` `\text{x}` their text; other commands stay.
    static func texText(_ tex: String) -> String {
        var t = tex
        for wrapper in ["\\textrm{", "\\mathrm{", "\\textbf{", "\\mathbf{", "\\text{", "\\rm{"] {
            while let open = t.range(of: wrapper), let close = t[open.upperBound...].firstIndex(of: "}") {
                t.replaceSubrange(open.lowerBound...close, with: t[open.upperBound..<close])
            }
        }
        for (command, text) in [("\\qquad", " "), ("\\quad", " "), ("\\;", " "), ("\\,", " "), ("\\:", " "),
                                ("\\ ", " "), ("\\!", ""), ("\\rm ", "")] {
            t = t.replacingOccurrences(of: command, with: text)
        }
        while t.contains("  ") { t = t.replacingOccurrences(of: "  ", with: " ") }
        return t
    }

    private static func hasCloser(_ c: [Character], from start: Int, marker: Character) -> Bool {
        var j = start
        while j + 1 < c.count {
            if c[j] == marker, c[j + 1] == marker { return j > start }
            j += 1
        }
        return false
    }

    private static func find(_ c: [Character], _ needle: String, from start: Int) -> Int? {
        let n = Array(needle)
        // Markers close within a short reach; a stray `<` or `[` never scans the rest of a long line.
        let last = min(c.count - n.count, start + 400)
        guard start <= last else { return nil }
        var j = start
        while j <= last {
            if c[j] == n[0], Array(c[j..<(j + n.count)]) == n { return j }
            j += 1
        }
        return nil
    }

    private static func matchingBracket(_ c: [Character], _ open: Int) -> Int? {
        var depth = 0, j = open
        while j < c.count {
            if c[j] == "\\" { j += 2; continue }
            if c[j] == "[" { depth += 1 }
            if c[j] == "]" { depth -= 1; if depth == 0 { return j } }
            j += 1
        }
        return nil
    }
}
