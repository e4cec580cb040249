/// One linear pass over a page's bytes giving its visible text as lines: tags become line breaks or nothing,
/// references are decoded, and script, style, head, navigation, page header/footer and hidden elements are
/// dropped. Elements whose class names a right answer are wrapped in `keyOpen`/`keyClose` marks for
/// `HTMLReader` to read as key evidence.
///
/// Malformed pages are read the way browsers would read them, and never cost more than linear time: an unclosed
/// `<script>` runs to the end, a `<` with no `>` after it is text, end tags close at most a bounded number of
/// open elements.
struct HTMLText {
    /// Marks around the text of a right-answer element (private-use scalars, never in real text).
    static let keyOpen: Character = "\u{E001}", keyClose: Character = "\u{E002}"

    private let bytes: [UInt8]
    private var out: [UInt8] = []
    private var i = 0
    /// The next `>` at or after `i` (-1: none left), so a page of stray `<` is still read in one pass.
    private var nextGT = 0
    private var preDepth = 0
    /// Open elements: name and whether it was marked as a key.
    private var stack: [(name: String, key: Bool)] = []

    init(_ html: String) { bytes = Array(html.utf8) }

    /// The page's text, lines separated by `\n` (white space collapsed outside `<pre>`).
    mutating func run() -> String {
        out.reserveCapacity(bytes.count / 2)
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                if tag() { continue }
                put(b); i += 1
            } else if b == UInt8(ascii: "&") {
                if let (text, end) = HTMLEntities.decode(bytes, at: i) {
                    for u in text.utf8 { put(u == 0x0A ? 0x20 : u) }
                    i = end
                } else {
                    put(b); i += 1
                }
            } else {
                put(b); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Output

    private mutating func put(_ b: UInt8) {
        if preDepth == 0, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
            if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) }
            return
        }
        if b == 0x0D { return }
        out.append(b)
    }

    private mutating func lineBreak() {
        while out.last == 0x20 { out.removeLast() }
        if let last = out.last, last != 0x0A { out.append(0x0A) }
    }

    private mutating func putString(_ s: String) {
        out.append(contentsOf: Array(s.utf8))
    }

    // MARK: - Tags

    /// Reads the tag (or comment, doctype) at `i`; false when the `<` is text.
    private mutating func tag() -> Bool {
        let start = i
        guard start + 1 < bytes.count else { return false }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: start) {
                i = find("-->", from: start + 4).map { $0 + 3 } ?? bytes.count
                return true
            }
            guard let end = gt(after: start) else { return false }
            i = end + 1
            return true
        }
        if next == UInt8(ascii: "?") {
            guard let end = gt(after: start) else { return false }
            i = end + 1
            return true
        }
        let closing = next == UInt8(ascii: "/")
        var j = start + (closing ? 2 : 1)
        let nameStart = j
        while j < bytes.count, Self.isNameByte(bytes[j]) { j += 1 }
        guard j > nameStart, Self.isLetter(bytes[nameStart]) else { return false }
        guard let end = gt(after: j - 1) else { return false }
        let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
        let attributes = bytes[j..<end]
        i = end + 1
        if closing { close(name) } else { open(name, attributes: attributes) }
        return true
    }

    private mutating func open(_ name: String, attributes: ArraySlice<UInt8>) {
        if Self.rawText.contains(name) {
            // Content up to the matching end tag is not markup (and not text either).
            i = findCaseInsensitive("</" + name, from: i) ?? bytes.count
            return
        }
        let selfClosing = attributes.last == UInt8(ascii: "/")
        let attrs = HTMLAttributes(attributes)
        if Self.dropped.contains(name) || attrs.isHidden || attrs.namesStudentAnswer {
            if !Self.void.contains(name) && !selfClosing { skipElement(name) }
            return
        }
        if name == "br" { lineBreak(); return }
        if name == "hr" { lineBreak(); return }
        if Self.cells.contains(name) { if out.last != 0x0A && !out.isEmpty { putString("  ") } }
        if Self.blocks.contains(name) { lineBreak() }
        if name == "pre" { preDepth += 1 }
        if name == "img", let alt = attrs.value("alt"), !alt.isEmpty, alt.count <= 40 { putString(alt) }
        guard !Self.void.contains(name), !selfClosing else { return }
        let key = attrs.namesRightAnswer
        if key { out.append(contentsOf: Array(String(Self.keyOpen).utf8)) }
        if stack.count < 4096 { stack.append((name, key)) }
    }

    private mutating func close(_ name: String) {
        defer {
            if Self.blocks.contains(name) || name == "pre" { lineBreak() }
            if name == "pre", preDepth > 0 { preDepth -= 1 }
        }
        // The innermost open element of that name closes, with the ones left open inside it; look no deeper than
        // a few levels so a page of stray end tags stays linear.
        var k = stack.count - 1
        let floor = max(0, stack.count - 32)
        while k >= floor, stack[k].name != name { k -= 1 }
        guard k >= floor else { return }
        for entry in stack[k...].reversed() where entry.key {
            out.append(contentsOf: Array(String(Self.keyClose).utf8))
        }
        stack.removeSubrange(k...)
    }

    /// Skips an element and everything inside it (same-named elements nested in it included).
    private mutating func skipElement(_ name: String) {
        var depth = 1
        while depth > 0 {
            guard let lt = findByte(UInt8(ascii: "<"), from: i) else { i = bytes.count; return }
            i = lt + 1
            let closing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
            var j = closing ? i + 1 : i
            let s = j
            while j < bytes.count, Self.isNameByte(bytes[j]) { j += 1 }
            let tag = String(decoding: bytes[s..<j], as: UTF8.self).lowercased()
            if tag == name {
                if closing { depth -= 1 } else if let end = gt(after: j - 1), bytes[end - 1] != UInt8(ascii: "/") { depth += 1 }
            } else if !closing, name == "head", tag == "body" {
                i = lt; return  // an unclosed head ends where the body starts
            } else if closing, tag == "body" || tag == "html" {
                i = lt; return
            } else if !closing, Self.rawText.contains(tag) {
                i = findCaseInsensitive("</" + tag, from: j) ?? bytes.count
                continue
            }
            i = j
        }
        if let end = gt(after: i - 1) { i = end + 1 }
    }

    // MARK: - Scanning

    private mutating func gt(after p: Int) -> Int? {
        if nextGT < 0 { return nil }
        if nextGT <= p {
            guard let found = findByte(UInt8(ascii: ">"), from: p + 1) else { nextGT = -1; return nil }
            nextGT = found
        }
        return nextGT
    }

    private func findByte(_ b: UInt8, from p: Int) -> Int? {
        var j = p
        while j < bytes.count { if bytes[j] == b { return j }; j += 1 }
        return nil
    }

    private func matches(_ s: String, at p: Int) -> Bool {
        let u = Array(s.utf8)
        guard p + u.count <= bytes.count else { return false }
        for k in 0..<u.count where Self.folded(bytes[p + k]) != Self.folded(u[k]) { return false }
        return true
    }

    private func find(_ s: String, from p: Int) -> Int? { findCaseInsensitive(s, from: p) }

    private func findCaseInsensitive(_ s: String, from p: Int) -> Int? {
        let u = Array(s.utf8)
        guard let first = u.first else { return nil }
        var j = p
        while j + u.count <= bytes.count {
            if Self.folded(bytes[j]) == Self.folded(first), matches(s, at: j) { return j }
            j += 1
        }
        return nil
    }

    private static func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    private static func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
    private static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
    }

    // MARK: - Element classes

    /// Elements whose content is not markup.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "noscript", "template", "xmp"]
    /// Elements dropped with their content: page chrome, not the document.
    static let dropped: Set<String> = ["head", "nav", "header", "footer", "svg", "math", "select", "button", "iframe",
                                       "object", "canvas", "audio", "video", "aside"]
    static let void: Set<String> = ["br", "img", "input", "meta", "link", "hr", "area", "base", "col", "embed",
                                    "param", "source", "track", "wbr"]
    static let blocks: Set<String> = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
                                      "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
                                      "blockquote", "form", "fieldset", "legend", "pre", "address", "figure",
                                      "figcaption", "caption", "center", "body", "html", "details", "summary",
                                      "option", "label"]
    static let cells: Set<String> = ["td", "th"]
}

/// The attributes of one tag, read only for what the text needs: hidden or not, class names, `alt`.
struct HTMLAttributes {
    private let raw: String

    init(_ bytes: ArraySlice<UInt8>) { raw = String(decoding: bytes, as: UTF8.self) }

    /// The value of attribute `name` (quoted or not), if present.
    func value(_ name: String) -> String? {
        let lower = raw.lowercased()
        var search = lower.startIndex
        while let r = lower.range(of: name, range: search..<lower.endIndex) {
            search = r.upperBound
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            guard before == " " || before == "\t" || before == "\n" || before == "\"" || before == "'" else { continue }
            var j = r.upperBound
            while j < lower.endIndex, lower[j] == " " { j = lower.index(after: j) }
            guard j < lower.endIndex else { return "" }
            guard lower[j] == "=" else { if lower[j].isLetter || lower[j] == "/" || lower[j] == ">" { return "" }; continue }
            j = lower.index(after: j)
            while j < lower.endIndex, lower[j] == " " { j = lower.index(after: j) }
            guard j < lower.endIndex else { return "" }
            let offset = lower.distance(from: lower.startIndex, to: j)
            let original = raw[raw.index(raw.startIndex, offsetBy: offset)...]
            if let q = original.first, q == "\"" || q == "'" {
                let body = original.dropFirst()
                return String(body.prefix { $0 != q })
            }
            return String(original.prefix { !$0.isWhitespace && $0 != ">" })
        }
        return nil
    }

    /// `hidden`, `display:none`, `visibility:hidden`, or a class saying hidden/invisible (screen-reader copies).
    var isHidden: Bool {
        guard !raw.isEmpty else { return false }
        if let style = value("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if value("hidden") != nil || value("aria-hidden")?.lowercased() == "true" { return true }
        let classes = classNames
        return classes.contains { $0.contains("hidden") || $0.contains("invisible") || $0 == "hide" || $0 == "sr-only" }
    }

    var classNames: [String] {
        (value("class") ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// A class naming the student's own answer (`stuAnswer`, `my-answer`): not the key, and left out so that an
    /// unlabelled wrong pick is never read as one.
    var namesStudentAnswer: Bool {
        guard !raw.isEmpty else { return false }
        return classNames.contains { name in
            ["stu", "my", "user", "student"].contains { name.hasPrefix($0) } && name.contains("answer")
        }
    }

    /// A class (or id) naming the right answer: right/correct/answer/key in it, not the student's own answer.
    var namesRightAnswer: Bool {
        guard !raw.isEmpty else { return false }
        for name in classNames + [(value("id") ?? "").lowercased()] where !name.isEmpty {
            if ["stu", "my", "user", "wrong", "error", "false", "incorrect", "keyboard", "monkey", "keyword"]
                .contains(where: { name.contains($0) }) { continue }
            if ["right", "correct", "answer", "key", "true", "zqda", "daan"].contains(where: { name.contains($0) }) {
                if name.contains("bright") || name.contains("copyright") || name.contains("righ-") { continue }
                return true
            }
        }
        return false
    }
}
