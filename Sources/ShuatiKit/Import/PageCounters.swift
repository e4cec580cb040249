/// Document-sharing sites cut a document's text into preview chunks and number them at the line starts (`1、…`,
/// `2、…`), wherever the cut falls: inside a stem, between an option's letter and its text, inside `参考答案`. Those
/// counters are not question numbers, and the line breaks before them are not the document's. They are recognised
/// by their shape: every chunk line starts with the next counter (1, 2, 3 …), chunks are long, and each holds real
/// question numbers of its own (100 scalars or more on average); the counters are then removed and the chunks joined.
enum PageCounters {
    /// The text with its chunk counters removed and the chunks joined, or the text as it is.
    static func joiningChunks(_ text: NormalizedText) -> NormalizedText {
        let s = text.scalars
        guard text.lineStarts.count >= 2, s.count < 1 << 20 else { return text }
        var counted: [(line: Int, counterEnd: Int)] = []
        var expected = 1
        for line in text.lineStarts.indices {
            let start = text.lineStarts[line], end = text.lineEnd(line)
            guard let counterEnd = counter(expected, in: s, from: start, to: end) else { continue }
            counted.append((line, counterEnd))
            expected += 1
        }
        let lines = text.lineStarts.indices.filter { text.lineEnd($0) > text.lineStarts[$0] }.count
        // (The last chunk may be short: the document ends there.)
        let fullChunks = counted.dropLast()
        let chunkLength = fullChunks.reduce(0) { $0 + text.lineEnd($1.line) - text.lineStarts[$1.line] }
        guard counted.count >= 2, counted.count * 5 >= lines * 3, chunkLength / max(fullChunks.count, 1) >= 100,
              counted.dropLast().allSatisfy({ holdsNumbering(s, from: $0.counterEnd, to: text.lineEnd($0.line)) })
        else { return text }

        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var lineStarts: [Int] = []
        var originalLines: [Int] = []
        var next = 0
        for line in text.lineStarts.indices {
            let start = text.lineStarts[line], end = text.lineEnd(line)
            if next < counted.count, counted[next].line == line {
                // A chunk goes on from the previous chunk's last scalar (its cut is not a line break).
                if next == 0 || counted[next - 1].line != line - 1 {
                    lineStarts.append(out.count)
                    originalLines.append(text.originalLines[line])
                } else if !out.isEmpty, out.last == "\n" {
                    out.removeLast()
                }
                out.append(contentsOf: s[counted[next].counterEnd..<end])
                next += 1
            } else {
                lineStarts.append(out.count)
                originalLines.append(text.originalLines[line])
                out.append(contentsOf: s[start..<end])
            }
            if line + 1 < text.lineStarts.count { out.append("\n") }
        }
        return NormalizedText(scalars: out, lineStarts: lineStarts, originalLines: originalLines,
                              droppedNoiseLines: text.droppedNoiseLines)
    }

    /// Where counter `n` (`n、` or `n.`) that opens the line ends, if it does.
    private static func counter(_ n: Int, in s: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        var j = start
        var value = 0
        while j < end, ScalarClass.isDigit(s[j]), j - start < 4 { value = value * 10 + Int(s[j].value - 0x30); j += 1 }
        guard j > start, value == n, j < end, s[j] == "、" || s[j] == "." else { return nil }
        return j + 1
    }

    /// Whether a chunk holds a numbered question of its own after its counter (`…题)11721、`, `…答案1、`).
    private static func holdsNumbering(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var j = start + 1
        while j + 1 < end {
            if s[j] == "、" || s[j] == ".", ScalarClass.isDigit(s[j - 1]), !ScalarClass.isDigit(s[j + 1]) { return true }
            j += 1
        }
        return false
    }
}
