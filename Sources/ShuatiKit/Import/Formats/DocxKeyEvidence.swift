import Foundation

/// Turns Word paragraphs into text lines, writing answers that the document marks only by formatting in the
/// plain forms the document parser reads as keys:
///
///     A. 甲   B. **乙** (bold, red, underlined or highlighted)  →  the option lines, then `答案: B`
///     客户关系管理的核心是<u>客户</u>。                           →  客户关系管理的核心是(客户)。
///
/// A mark counts only where it sets text apart: when every option of a question is marked, or a whole paragraph
/// is, it is the document's style, not a key; a key the document also writes out (`答案:`) is left to the text.
enum DocxKeyEvidence {
    static let marks: DocxEmphasis = [.bold, .underline, .color, .highlight]

    /// One line per paragraph (a paragraph with line breaks gives several).
    static func lines(_ paragraphs: [DocxParagraph]) -> [String] {
        let paragraphs = paragraphs.flatMap(splitAtBreaks)
        let strings = paragraphs.map { ($0.label ?? "") + $0.text }
        let texts = strings.map { Array($0.unicodeScalars) }
        let options = texts.map(optionMarkers)
        var keyAfter: [Int: String] = [:]
        var blanks = Set<Int>()
        var i = 0
        while i < paragraphs.count {
            guard let first = options[i].first, first.letter == 0 else {
                i += 1
                continue
            }
            // A group of option paragraphs (empty paragraphs between them allowed), letters from A on.
            var group = [i]
            var j = i + 1
            while j < paragraphs.count {
                if texts[j].allSatisfy(isSpace) { j += 1; continue }
                guard let next = options[j].first, next.letter > 0 else { break }
                group.append(j)
                j += 1
            }
            if let key = markedOptions(group, paragraphs, texts, options), !explicitKeyFollows(j, texts) {
                keyAfter[group.last!] = key
            }
            i = j
        }
        // Fill-ins: statements (not followed by options) with a marked word inside.
        for k in paragraphs.indices where options[k].isEmpty {
            var next = k + 1
            while next < paragraphs.count, texts[next].allSatisfy(isSpace) { next += 1 }
            if next < paragraphs.count, options[next].first?.letter == 0 { continue }
            if hasInnerMark(paragraphs[k]), isStatement(texts[k]), optionMarkers(texts[k], anchored: false).count < 2 {
                blanks.insert(k)
            }
        }
        var out: [String] = []
        out.reserveCapacity(paragraphs.count)
        for (k, paragraph) in paragraphs.enumerated() {
            out.append(blanks.contains(k) ? (paragraph.label ?? "") + filledBlanks(paragraph) : strings[k])
            if let key = keyAfter[k] { out.append("答案: \(key)") }
        }
        return out
    }

    struct OptionMarker {
        /// 0 for A.
        var letter: Int
        /// Where the marker starts in the paragraph text (label included).
        var offset: Int
    }

    /// White space, the ideographic space included, decided without a Unicode property lookup (this runs on
    /// every character of the document).
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0x3000 || v == 0xA0 || v == 0x85 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A)
            || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
    }

    static func letterIndex(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x41...0x48: return Int(c.value - 0x41)
        case 0xFF21...0xFF28: return Int(c.value - 0xFF21)
        default: return nil
        }
    }

    /// Option markers in a line: `A.` `B、` `C)` `Ｄ）` `(A)` and `A  text` (a letter, spaces, then CJK or digits),
    /// at the start or after white space, in increasing order.
    static func optionMarkers(_ s: [Unicode.Scalar]) -> [OptionMarker] { optionMarkers(s, anchored: true) }

    /// `anchored`: the first marker must start the line (an option line, not a stem with options after it).
    static func optionMarkers(_ s: [Unicode.Scalar], anchored: Bool) -> [OptionMarker] {
        var markers: [OptionMarker] = []
        var k = 0
        while k < s.count {
            let atStart = k == 0 || isSpace(s[k - 1])
            var letterAt = k
            if atStart, k + 2 < s.count, s[k] == "(" || s[k] == "（", letterIndex(s[k + 1]) != nil, s[k + 2] == ")" || s[k + 2] == "）" {
                letterAt = k + 1
            }
            if atStart, let letter = letterIndex(s[letterAt]) {
                var after = letterAt + 1
                if letterAt != k { after += 1 }
                var spaces = 0
                while after < s.count, s[after] == " " || s[after] == "\u{3000}" || s[after] == "\t" { after += 1; spaces += 1 }
                let delimited = letterAt != k || (after < s.count && ".．、)）:：".unicodeScalars.contains(s[after]))
                let spaced = spaces > 0 && after < s.count && !(s[after].isASCII && s[after].properties.isAlphabetic)
                if delimited || spaced, markers.last.map({ letter > $0.letter }) ?? true {
                    markers.append(OptionMarker(letter: letter, offset: k))
                    k = after
                    continue
                }
            }
            k += 1
        }
        // A line whose first marker is not at its start (`下列…A 10ms`) is a stem, unless it is an option row.
        if anchored, let first = markers.first, s[0..<first.offset].contains(where: { !isSpace($0) }) {
            return []
        }
        return markers
    }

    /// The letters of the group's options that carry a mark the other options lack: for the first kind of mark
    /// (highlight, colour, underline, bold) that some options have and some do not. Letters bold in every option
    /// and the key in red still give the red one.
    static func markedOptions(_ group: [Int], _ paragraphs: [DocxParagraph], _ texts: [[Unicode.Scalar]],
                              _ options: [[OptionMarker]]) -> String? {
        var optionMarks: [(letter: Int, marks: DocxEmphasis)] = []
        for p in group {
            let marks = scalarMarks(paragraphs[p])
            let markers = options[p]
            for (m, marker) in markers.enumerated() {
                let end = min(m + 1 < markers.count ? markers[m + 1].offset : texts[p].count, marks.count)
                var union: DocxEmphasis = []
                if marker.offset < end { for k in marker.offset..<end { union.formUnion(marks[k]) } }
                optionMarks.append((marker.letter, union))
            }
        }
        for kind in [DocxEmphasis.highlight, .color, .underline, .bold] {
            let keyed = optionMarks.filter { $0.marks.contains(kind) }
            guard !keyed.isEmpty, keyed.count < optionMarks.count else { continue }
            return String(String.UnicodeScalarView(keyed.map { Unicode.Scalar(UInt8(65 + $0.letter)) }))
        }
        return nil
    }

    /// For each scalar of label + text: the key marks on it (none on white space).
    static func scalarMarks(_ paragraph: DocxParagraph) -> [DocxEmphasis] {
        var marks = [DocxEmphasis](repeating: [], count: (paragraph.label ?? "").unicodeScalars.count)
        for run in paragraph.runs {
            let on = run.emphasis.intersection(self.marks)
            for c in run.text.unicodeScalars { marks.append(isSpace(c) ? [] : on) }
        }
        return marks
    }

    /// A paragraph with line breaks (`<w:br/>`) as one paragraph per line, the label on the first.
    static func splitAtBreaks(_ paragraph: DocxParagraph) -> [DocxParagraph] {
        guard paragraph.runs.contains(where: { $0.text.contains("\n") }) else { return [paragraph] }
        var out = [DocxParagraph(label: paragraph.label, runs: [], isTableRow: paragraph.isTableRow)]
        for run in paragraph.runs {
            for (k, piece) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { out.append(DocxParagraph(label: nil, runs: [], isTableRow: paragraph.isTableRow)) }
                if !piece.isEmpty { out[out.count - 1].runs.append(DocxRun(text: String(piece), emphasis: run.emphasis)) }
            }
        }
        return out
    }

    /// The document writes a key itself in the lines after the options (`答案:`, `参考答案`).
    static func explicitKeyFollows(_ from: Int, _ texts: [[Unicode.Scalar]]) -> Bool {
        var seen = 0, k = from
        while k < texts.count, seen < 3 {
            let line = String(String.UnicodeScalarView(texts[k]))
            if line.contains("答案") || line.contains("答：") || line.contains("答:") || line.lowercased().contains("answer") { return true }
            if !texts[k].allSatisfy(isSpace) { seen += 1 }
            k += 1
        }
        return false
    }

    /// A sentence with a gap in it, not a question asked in words (`简述…` / `…?`) nor a key or heading line.
    static func isStatement(_ s: [Unicode.Scalar]) -> Bool {
        let line = String(String.UnicodeScalarView(s)).trimmingCharacters(in: .whitespaces)
        guard line.unicodeScalars.count >= 6, !line.hasSuffix("?"), !line.hasSuffix("？") else { return false }
        for word in ["答案", "解析", "简述", "论述", "什么", "哪些", "如何", "为什么", "说明", "分析"] where line.contains(word) {
            return false
        }
        return true
    }

    /// Short marked words inside the text: after some unmarked words (a bold lead-in is a heading) and with
    /// enough unmarked text around them.
    static func hasInnerMark(_ paragraph: DocxParagraph) -> Bool {
        guard paragraph.runs.contains(where: { !$0.emphasis.isDisjoint(with: marks) }) else { return false }
        var marked = 0, plain = 0, wordsBefore = 0
        for run in paragraph.runs {
            let visible = run.text.unicodeScalars.filter { !isSpace($0) }
            if run.emphasis.isDisjoint(with: marks) {
                plain += visible.count
                if marked == 0 { wordsBefore += visible.filter { $0.properties.isAlphabetic }.count }
            } else if visible.count <= 30 {
                marked += visible.count
                if wordsBefore < 2, !visible.isEmpty { return false }
            } else {
                return false
            }
        }
        return marked > 0 && plain >= 4
    }

    /// The paragraph with each marked word put in brackets, the blank it fills: `的(感受)。`. A word already in
    /// brackets stays as it is; a marked run of spaces (an underlined gap) becomes `____`.
    static func filledBlanks(_ paragraph: DocxParagraph) -> String {
        var out = ""
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            let trimmed = pending.trimmingCharacters(in: .whitespaces)
            let before = out.unicodeScalars.last
            if trimmed.isEmpty {
                out += "____"
            } else if let before, "(（[【_“\"".unicodeScalars.contains(before) {
                out += pending
            } else {
                out += "(\(trimmed))"
            }
            pending = ""
        }
        for run in paragraph.runs {
            if run.emphasis.isDisjoint(with: marks) {
                flush()
                out += run.text
            } else {
                pending += run.text
            }
        }
        flush()
        return out
    }
}
