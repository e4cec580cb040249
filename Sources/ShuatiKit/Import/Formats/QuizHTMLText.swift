/// The HTML of one question field (Moodle XML `format="html"`, GIFT `[html]`, Anki with `#html:true`) as plain
/// text: `<br>` and block ends become line breaks, other tags are dropped, entities decoded. Text the exporters
/// wrote (`<p>` and `<br>` only) comes back exactly.
enum QuizHTMLText {
    static func text(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(html.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<", let end = s[(i + 1)...].firstIndex(of: ">") {
                let name = tagName(s[(i + 1)..<end])
                let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
                if name == "br" {
                    out.append("\n")
                } else if blockTags.contains(bare), !out.isEmpty, out.last != "\n" {
                    out.append("\n")
                }
                i = end + 1
                if name == "script" || name == "style" {
                    // Their content is not text: skip to the closing tag.
                    let close = "</" + name
                    while i < s.count, !(s[i] == "<" && String(String.UnicodeScalarView(s[i..<min(s.count, i + close.count)])).lowercased() == close) { i += 1 }
                    i = s[i...].firstIndex(of: ">").map { $0 + 1 } ?? s.count
                }
                continue
            }
            if c == "&", let (decoded, length) = entity(s, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i += length
                continue
            }
            out.append(c == "\u{00A0}" ? " " : c)
            i += 1
        }
        var text = String(out)
        while text.hasSuffix("\n") { text.removeLast() }
        while text.hasPrefix("\n") { text.removeFirst() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static let blockTags: Set<String> = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre"]

    /// `br`, `p`, `/p` … lower-cased, without attributes.
    private static func tagName(_ inner: ArraySlice<Unicode.Scalar>) -> String {
        var name = ""
        for c in inner {
            if c == " " || c == "\t" || c == "\n" || c == ">" || (c == "/" && !name.isEmpty) { break }
            name.unicodeScalars.append(c)
        }
        return name.lowercased()
    }

    /// An entity at `i` (`&amp;`, `&#39;`, `&#x4E00;`, `&nbsp;` as a space) and how many scalars it spans.
    static func entity(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        var name = ""
        while j < s.count, j - i <= 10, s[j] != ";" { name.unicodeScalars.append(s[j]); j += 1 }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        let length = j - i + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                       "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…",
                                       "mdash": "—", "ndash": "–", "times": "×", "middot": "·", "emsp": " ", "ensp": " "]
        guard let text = named[name] else { return nil }
        return (text, length)
    }
}
