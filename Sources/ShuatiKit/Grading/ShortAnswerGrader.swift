import Foundation

/// Grades free text against a reference answer by key points: the reference is split into points (numbered
/// `(1)`, `①`, `1.`, `1)` or, failing that, sentences); a point counts as covered when enough of its character
/// bigrams appear in the response. The student sees which points were covered and may change the rating.
public enum ShortAnswerGrader {
    /// Share of a point's bigrams that must appear in the response for it to count as covered.
    public static let coverageThreshold = 0.5

    public static func grade(reference: String, response: String) -> Grade {
        let points = keyPoints(reference)
        guard !points.isEmpty else { return Grade(score: 0, verdict: .wrong) }
        let answerBigrams = bigrams(response)
        let all = points.map(bigrams)
        var covered: [(point: String, covered: Bool)] = []
        for (index, point) in points.enumerated() {
            // Judge a point by what sets it apart from the others (客户知识 in every point proves nothing).
            var others = Set<String>()
            for (j, set) in all.enumerated() where j != index { others.formUnion(set) }
            let distinctive = all[index].subtracting(others)
            let pointBigrams = distinctive.count >= 2 ? distinctive : all[index]
            _ = point
            let overlap = pointBigrams.isEmpty ? 0 : Double(pointBigrams.intersection(answerBigrams).count) / Double(pointBigrams.count)
            covered.append((point, overlap >= coverageThreshold))
        }
        let score = Double(covered.filter(\.covered).count) / Double(points.count)
        let verdict: Grade.Verdict = score >= 0.8 ? .correct : score > 0 ? .partial : .wrong
        return Grade(score: score, verdict: verdict, keyPoints: covered)
    }

    /// Splits a reference answer into key points.
    public static func keyPoints(_ reference: String) -> [String] {
        let s = Array(reference.unicodeScalars)
        var cuts: [Int] = []
        var i = 0
        while i < s.count {
            if let length = markerLength(s, i) {
                cuts.append(i)
                i += length
                continue
            }
            i += 1
        }
        var points: [String] = []
        if cuts.count >= 2 {
            let bounds = cuts + [s.count]
            let intro = clean(s[0..<cuts[0]])
            for k in 0..<cuts.count {
                var start = bounds[k]
                if let length = markerLength(s, start) { start += length }
                let text = clean(s[start..<bounds[k + 1]])
                if !text.isEmpty { points.append(text) }
            }
            // A lead-in sentence without a point of its own ("主要包括:") is not graded.
            _ = intro
        } else {
            var current: [Unicode.Scalar] = []
            for c in s {
                current.append(c)
                if c == "。" || c == ";" || c == "；" || c == "\n" || c == "!" || c == "?" || c == "？" {
                    let text = clean(current[...])
                    if !text.isEmpty { points.append(text) }
                    current.removeAll()
                }
            }
            let text = clean(current[...])
            if !text.isEmpty { points.append(text) }
        }
        return points
    }

    /// `(1)` `（1）` `1)` `1.` `1、` `①`…`⑳` at a boundary; returns the marker's length.
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

    /// Character bigrams of the normalised text (spaces and punctuation removed).
    static func bigrams(_ text: String) -> Set<String> {
        let chars = Array(TextNormalizer.comparisonKey(text))
        guard chars.count >= 2 else { return chars.isEmpty ? [] : [String(chars)] }
        var out = Set<String>()
        for k in 0..<(chars.count - 1) { out.insert(String(chars[k]) + String(chars[k + 1])) }
        return out
    }
}
