import Foundation

/// Grades free text against a reference answer by key points. The reference is split into points (numbered
/// `(1)` `①` `1.` `第一步` `其一`, else sentences, and a sentence that is a list of short phrases — separated by `、`,
/// commas or spaces — into its phrases). Each point is scored by the share of its characters and character pairs
/// that the response contains after `AnswerText` normalisation, characters every point shares (客户 in all of
/// them) or that the question already gives counting less. The student then confirms or corrects the points
/// (`Grade.confirmed`), and that verdict is what is recorded.
public enum ShortAnswerGrader {
    /// Score a point must reach to count as covered.
    public static let coverageThreshold = 0.55
    /// A sentence is read as a list when every phrase in it is at most this many characters.
    static let listPhraseLimit = 20

    public static func grade(reference: String, response: String, stem: String = "") -> Grade {
        let points = keyPoints(reference)
        guard !points.isEmpty else { return Grade(score: 0, verdict: .wrong) }
        let covered = zip(points, coverage(points: points, response: response, stem: stem)).map { ($0, $1 >= coverageThreshold) }
        return Grade.fromPoints(covered)
    }

    /// Each point's score 0…1 against `response`.
    public static func coverage(points: [String], response: String, stem: String = "") -> [Double] {
        let normalised = points.map(AnswerText.characters)
        let answer = AnswerText.characters(response)
        var answerCounts: [Character: Int] = [:]
        for ch in answer { answerCounts[ch, default: 0] += 1 }
        var answerPairs = Set<String>()
        if answer.count >= 2 { for k in 0..<(answer.count - 1) { answerPairs.insert(String(answer[k]) + String(answer[k + 1])) } }
        let stemChars = Set(AnswerText.characters(stem))
        var scores: [Double] = []
        for (index, point) in normalised.enumerated() {
            var elsewhere = Set<Character>()
            for (j, other) in normalised.enumerated() where j != index { elsewhere.formUnion(other) }
            // What sets a point apart decides it: shared and given characters prove little.
            let weight: (Character) -> Double = { ch in
                elsewhere.contains(ch) ? 0.35 : stemChars.contains(ch) ? 0.5 : 1
            }
            guard !point.isEmpty else { scores.append(0); continue }
            var counts = answerCounts
            var total = 0.0, found = 0.0
            for ch in point {
                let w = weight(ch)
                total += w
                if let n = counts[ch], n > 0 { found += w; counts[ch] = n - 1 }
            }
            let charShare = found / total
            guard point.count >= 2 else { scores.append(charShare); continue }
            var pairTotal = 0.0, pairFound = 0.0
            for k in 0..<(point.count - 1) {
                let w = (weight(point[k]) + weight(point[k + 1])) / 2
                pairTotal += w
                if answerPairs.contains(String(point[k]) + String(point[k + 1])) { pairFound += w }
            }
            let score = 0.5 * charShare + 0.5 * pairFound / pairTotal
            scores.append(reverses(point: point, answer: answer) ? score * 0.3 : score)
        }
        return scores
    }

    /// Whether the answer turns the point's direction round: the point says 降低 before an object and the answer
    /// says 提升 before the same object, and never 降低 before it.
    static func reverses(point: [Character], answer: [Character]) -> Bool {
        let p = String(point), a = String(answer)
        for (word, opposite) in AnswerText.opposites {
            guard let range = p.range(of: word) else { continue }
            let object = String(p[range.upperBound...].prefix(2))
            guard object.count == 2 else { continue }
            if a.contains(opposite + object) && !a.contains(word + object) { return true }
        }
        return false
    }

    /// Splits a reference answer into key points.
    public static func keyPoints(_ reference: String) -> [String] {
        let s = Array(stripScoreNotes(reference).unicodeScalars)
        var cuts: [(at: Int, length: Int)] = []
        var i = 0
        while i < s.count {
            if let length = markerLength(s, i) {
                cuts.append((i, length))
                i += length
                continue
            }
            i += 1
        }
        if cuts.count >= 2 {
            // A lead-in before the first marker ("主要包括:") is not a point of its own.
            var points: [String] = []
            for k in 0..<cuts.count {
                let end = k + 1 < cuts.count ? cuts[k + 1].at : s.count
                let text = clean(s[(cuts[k].at + cuts[k].length)..<end])
                if !text.isEmpty { points.append(text) }
            }
            return points
        }
        var points: [String] = []
        var current: [Unicode.Scalar] = []
        func flush() {
            let text = clean(current[...])
            current.removeAll()
            if !text.isEmpty { points += listPhrases(dropLeadIn(text)).filter { AnswerText.characters($0).count >= 2 } }
        }
        for c in s {
            if c == "。" || c == ";" || c == "；" || c == "\n" || c == "!" || c == "！" || c == "?" || c == "？" {
                flush()
            } else {
                current.append(c)
            }
        }
        flush()
        return points
    }

    /// `可以概括为:双向沟通、合作` → `双向沟通、合作`: a short lead-in before a colon is not graded.
    static func dropLeadIn(_ sentence: String) -> String {
        guard let colon = sentence.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return sentence }
        let head = sentence[..<colon], tail = sentence[sentence.index(after: colon)...]
        guard head.count <= 16, tail.count >= 2 else { return sentence }
        return String(tail).trimmingCharacters(in: .whitespaces)
    }

    /// A sentence made of short phrases (`关注保持客户 高度重视客户服务 …`, `识别客户、差异分析、…`) is one point per
    /// phrase; any other sentence is one point.
    static func listPhrases(_ sentence: String) -> [String] {
        let separators: [(Character) -> Bool] = [
            { $0 == " " || $0 == "\u{3000}" },
            { $0 == "," || $0 == "，" },
            { $0 == "、" },
        ]
        for (kind, isSeparator) in separators.enumerated() {
            let parts = sentence.split(whereSeparator: isSeparator)
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,，、")) }.filter { !$0.isEmpty }
            // Commas join clauses of prose far more often than list items: only short items make a list.
            let limit = kind == 1 ? 10 : listPhraseLimit
            guard parts.count >= 3 || (parts.count == 2 && parts.allSatisfy { $0.count <= 8 }),
                  parts.allSatisfy({ $0.count <= limit }) else { continue }
            // `A是…、B…` defines A: a sentence, not a list (a list's last item may still say 是).
            if kind > 0, parts.dropLast().contains(where: { $0.contains("是") || $0.contains("指") }) { continue }
            // Spaces only split phrases of CJK text (never `CRM 系统`, a Latin word beside its noun).
            if kind == 0, parts.contains(where: { $0.count < 2 || $0.allSatisfy(\.isASCII) }) { continue }
            return parts
        }
        return [sentence]
    }

    /// `(2分)`, `( 1 分)`, `（3分）` are marking notes, not content.
    static func stripScoreNotes(_ text: String) -> String {
        text.replacingOccurrences(of: #"(举出例子|举例子说明|结合生活进行适当分析|进行适当分析|例子)?\s*[(（]+\s*\d+(\.\d+)?\s*分[^)）]{0,12}[)）]"#,
                                  with: "", options: .regularExpression)
    }

    /// `(1)` `（1）` `1)` `1.` `1、` `①`…`⑳` `第一步` `其一` at a boundary; returns the marker's length.
    private static func markerLength(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let c = s[i]
        if (0x2460...0x2473).contains(c.value) { return 1 }  // ① … ⑳
        let atBoundary = i == 0 || [" ", "\n", "。", ";", "；", ",", "，", ":", "："].contains(s[i - 1])
        if c == "(" || c == "（" {
            var j = i + 1
            while j < s.count, s[j].value >= 0x30 && s[j].value <= 0x39, j - i <= 2 { j += 1 }
            if j > i + 1, j < s.count, s[j] == ")" || s[j] == "）" { return j + 1 - i }
            return nil
        }
        let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if atBoundary, c == "第", i + 2 < s.count, numerals.contains(s[i + 1]), s[i + 2] == "步" {
            var length = 3
            if i + 3 < s.count, [",", "，", ":", "：", "是"].contains(s[i + 3]) { length = 4 }
            return length
        }
        if atBoundary, c == "其", i + 1 < s.count, numerals.contains(s[i + 1]) {
            return i + 2 < s.count && [",", "，", ":", "：", "、"].contains(s[i + 2]) ? 3 : 2
        }
        guard atBoundary, c.value >= 0x30 && c.value <= 0x39 else { return nil }
        var j = i
        while j < s.count, s[j].value >= 0x30 && s[j].value <= 0x39, j - i <= 2 { j += 1 }
        guard j < s.count, s[j] == ")" || s[j] == "）" || s[j] == "、" || (s[j] == "." && !(j + 1 < s.count && s[j + 1].value >= 0x30 && s[j + 1].value <= 0x39)) else { return nil }
        return j + 1 - i
    }

    private static func clean(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view).trimmingCharacters(in: CharacterSet(charactersIn: " \n。;；,，:：、"))
    }
}

extension Grade {
    /// The grade for key points marked covered or not: the share covered; right from 80%.
    public static func fromPoints(_ points: [(point: String, covered: Bool)]) -> Grade {
        guard !points.isEmpty else { return Grade(score: 0, verdict: .wrong) }
        let score = Double(points.filter(\.covered).count) / Double(points.count)
        let verdict: Verdict = score >= 0.8 ? .correct : score > 0 ? .partial : .wrong
        return Grade(score: score, verdict: verdict, keyPoints: points)
    }

    /// The grade after the student confirmed which key points they covered (the self-check step).
    public func confirmed(_ covered: [Bool]) -> Grade {
        Grade.fromPoints(zip(keyPoints, covered).map { ($0.point, $1) })
    }
}
