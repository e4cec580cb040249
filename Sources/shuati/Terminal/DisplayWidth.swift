/// How many terminal columns text takes: CJK and emoji two, combining marks none.
enum DisplayWidth {
    /// Columns of one code point (control characters count as zero).
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if contains(EastAsianWidthTable.zero, v) { return 0 }
        if contains(EastAsianWidthTable.wide, v) { return 2 }
        return 1
    }

    /// Columns of one grapheme cluster: its base's width, or two when an emoji presentation selector follows.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        var width = of(first)
        if width == 1, scalars.contains("\u{FE0F}"), first.properties.isEmoji { width = 2 }
        if width == 0 {  // a lone combining mark or a cluster led by a format char: take the widest part
            width = scalars.map(of).max() ?? 0
        }
        return width
    }

    /// Columns of a string.
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Pads with spaces on the right to `columns` (no-op when already wider).
    static func padded(_ text: String, to columns: Int) -> String {
        let w = of(text)
        return w >= columns ? text : text + String(repeating: " ", count: columns - w)
    }

    /// Cuts to at most `columns`, ending with `…` when something was cut.
    static func truncated(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > columns - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Like `truncated`, but keeps the end: section names (`某大学…试卷(B) 一、单项选择题`) differ at their end.
    static func truncatedKeepingEnd(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var tail: [Character] = []
        var used = 0
        for ch in text.reversed() {
            let w = of(ch)
            if used + w > columns - 1 { break }
            tail.append(ch)
            used += w
        }
        return "…" + String(tail.reversed())
    }

    /// Breaks text into lines of at most `columns` by CJK typesetting rules (see `CJKLineBreaker`); hard
    /// breaks are kept.
    static func wrap(_ text: String, to columns: Int) -> [String] {
        CJKLineBreaker.wrap(text, to: columns, prefix: "")
    }

    private static func contains(_ table: [(UInt32, UInt32)], _ v: UInt32) -> Bool {
        var lo = 0
        var hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < table[mid].0 { hi = mid - 1 } else if v > table[mid].1 { lo = mid + 1 } else { return true }
        }
        return false
    }
}
