/// Breaks text into lines by the rules of CJK typesetting (a small subset of JIS X 4051 / W3C clreq):
/// closing punctuation (`，。、）」` …) never starts a line, opening brackets never end one, a Latin word or
/// number and a `( )` answer blank are never split, and a leading mark (`✓ `) stays with the text after it.
/// CJK characters may otherwise break anywhere; spaces at a break are dropped.
enum CJKLineBreaker {
    /// Characters that may not begin a line.
    static let noLineStart: Set<Character> = Set("，。、；：？！）」』】》〉〕］｝”’,.;:?!)]}%％・…‥·〜ー～々ゝゞ〻")
    /// Characters that may not end a line.
    static let noLineEnd: Set<Character> = Set("（「『【《〈〔［｛“‘([{")

    /// Lines of at most `columns`: the first starts with `firstPrefix`, the rest with `prefix` (default: as many
    /// spaces as `firstPrefix` is wide, a hanging indent). Hard line breaks in `text` are kept.
    static func wrap(_ text: String, to columns: Int, firstPrefix: String = "", prefix: String? = nil) -> [String] {
        let rest = prefix ?? String(repeating: " ", count: DisplayWidth.of(firstPrefix))
        var lines: [String] = []
        for (n, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lead = n == 0 ? firstPrefix : rest
            lines += wrapParagraph(Substring(paragraph), columns: columns, firstPrefix: lead, prefix: rest)
        }
        return lines
    }

    private static func wrapParagraph(_ text: Substring, columns: Int, firstPrefix: String, prefix: String) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var width = DisplayWidth.of(firstPrefix)
        var lineHasText = false
        let limit = max(columns, DisplayWidth.of(prefix) + 2)
        for unit in units(text) {
            let isSpace = unit.allSatisfy { $0 == " " }
            let w = DisplayWidth.of(unit)
            if width + w > limit && lineHasText {
                if isSpace { continue }  // a space at the break disappears
                lines.append(trimmedEnd(line))
                line = prefix
                width = DisplayWidth.of(prefix)
                lineHasText = false
            }
            if isSpace && !lineHasText && !lines.isEmpty { continue }
            if width + w > limit {
                // A unit wider than a whole line (a long URL): cut it where it must be cut.
                for ch in unit {
                    let cw = DisplayWidth.of(ch)
                    if width + cw > limit && lineHasText {
                        lines.append(line)
                        line = prefix
                        width = DisplayWidth.of(prefix)
                    }
                    line.append(ch)
                    width += cw
                    lineHasText = true
                }
                continue
            }
            line += unit
            width += w
            if !isSpace { lineHasText = true }
        }
        lines.append(trimmedEnd(line))
        return lines
    }

    private static func trimmedEnd(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Pieces that are never split: a Latin word or number, a `( )` blank, a run of spaces, or one character,
    /// with closing punctuation glued to what precedes it and opening brackets to what follows.
    static func units(_ text: Substring) -> [String] {
        let chars = Array(text)
        var raw: [String] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if isWordCharacter(c) {
                var j = i
                while j < chars.count, isWordCharacter(chars[j]) || (isJoiner(chars[j]) && j + 1 < chars.count && isWordCharacter(chars[j + 1]) && j > i) {
                    j += 1
                }
                raw.append(String(chars[i..<j]))
                i = j
            } else if c == "(" || c == "（", let end = blankEnd(chars, from: i) {
                raw.append(String(chars[i...end]))
                i = end + 1
            } else if c == " " {
                var j = i
                while j < chars.count, chars[j] == " " { j += 1 }
                raw.append(String(chars[i..<j]))
                i = j
            } else {
                raw.append(String(c))
                i += 1
            }
        }
        var out: [String] = []
        var pendingOpen = ""
        for unit in raw {
            if let first = unit.first, unit.count == 1, noLineEnd.contains(first) {
                pendingOpen += unit
                continue
            }
            let piece = pendingOpen + unit
            pendingOpen = ""
            if let first = piece.first, noLineStart.contains(first), let last = out.last, !(last.allSatisfy { $0 == " " }) {
                out[out.count - 1] = last + piece
            } else if let last = out.last, isMarkUnit(last) {
                out[out.count - 1] = last + piece  // a ✓/✗ mark never ends up alone on a line
            } else {
                out.append(piece)
            }
        }
        if !pendingOpen.isEmpty { out.append(pendingOpen) }
        return out
    }

    /// `✓` or `✓ ` : a mark that belongs to the text after it.
    private static func isMarkUnit(_ unit: String) -> Bool {
        guard let first = unit.first, isMark(first) else { return false }
        return unit.dropFirst().allSatisfy { $0 == " " }
    }

    /// Letters, digits and the few marks inside Latin words and numbers (`C++`, `3.5`, `e-mail`, `50%`).
    static func isWordCharacter(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        let v = scalar.value
        if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { return true }
        if (0xC0...0x24F).contains(v) || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) { return true }
        return c == "_" || c == "+" || c == "#" || c == "@"
    }

    /// Inside a word only: `3.5`, `e-mail`, `don't`, `a/b`.
    static func isJoiner(_ c: Character) -> Bool { c == "." || c == "-" || c == "'" || c == "/" || c == "’" || c == ":" }

    /// `( )`, `（　　）`, `(____)`: an answer blank, up to eight spaces or underscores between the brackets.
    static func blankEnd(_ chars: [Character], from i: Int) -> Int? {
        var j = i + 1
        while j < chars.count, j - i <= 9, chars[j] == " " || chars[j] == "\u{3000}" || chars[j] == "_" || chars[j] == "＿" { j += 1 }
        guard j < chars.count, chars[j] == ")" || chars[j] == "）" else { return nil }
        return j
    }

    static func isMark(_ c: Character) -> Bool { c == "✓" || c == "✗" || c == "○" || c == "◐" || c == "★" || c == "•" }
}
