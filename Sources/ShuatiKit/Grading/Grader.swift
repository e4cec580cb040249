import Foundation

/// Scores a response against an item's key. Pure: the same response always gets the same grade.
public enum Grader {
    /// Grades `response`; nil when the item has no key (study it and self-rate).
    public static func grade(_ question: Question, response: Answer) -> Grade? {
        guard let key = question.answer else { return nil }
        switch (key, response) {
        case let (.choices(correct), .choices(given)):
            return question.type == .multipleChoice || correct.count > 1
                ? gradeMultiple(correct: correct, given: given) : exact(Set(correct) == Set(given) && !given.isEmpty)
        case let (.trueFalse(correct), .trueFalse(given)):
            return exact(correct == given)
        case let (.blanks(correct), .blanks(given)):
            return gradeBlanks(correct: correct, given: given)
        case let (.text(reference), .text(given)):
            return ShortAnswerGrader.grade(reference: reference, response: given, stem: question.stem)
        case let (.blanks(correct), .text(given)):
            return gradeBlanks(correct: correct, given: ResponseReader.splitBlanks(given, count: correct.count))
        case let (.text(reference), .blanks(given)):
            return ShortAnswerGrader.grade(reference: reference, response: given.joined(separator: " "), stem: question.stem)
        default:
            return Grade(score: 0, verdict: .wrong)
        }
    }

    /// Reads what a student typed (`AC`, `对`, `甲；乙`, free text) as a response for this item; nil if unreadable.
    public static func parseResponse(_ text: String, for question: Question) -> Answer? {
        ResponseReader.read(text, for: question)
    }

    private static func exact(_ right: Bool) -> Grade {
        right ? Grade(score: 1, verdict: .correct) : Grade(score: 0, verdict: .wrong)
    }

    /// 多选: all correct = 1; a strict subset of the correct letters (少选) = 0.5; any wrong letter = 0.
    static func gradeMultiple(correct: [String], given: [String]) -> Grade {
        let key = Set(correct), answer = Set(given)
        if answer.isEmpty || !answer.isSubset(of: key) { return Grade(score: 0, verdict: .wrong) }
        if answer == key { return Grade(score: 1, verdict: .correct) }
        return Grade(score: 0.5, verdict: .partial)
    }

    /// Per blank, after NFKC and ignoring spaces and punctuation; a key blank may list alternatives `甲/乙` or
    /// `29|二十九` (as quiz exports print them).
    static func gradeBlanks(correct: [String], given: [String]) -> Grade {
        guard !correct.isEmpty else { return Grade(score: 0, verdict: .wrong) }
        var right = 0
        for (i, key) in correct.enumerated() where i < given.count {
            let answer = TextNormalizer.comparisonKey(given[i])
            if !answer.isEmpty && alternatives(of: key).contains(answer) { right += 1 }
        }
        let score = Double(right) / Double(correct.count)
        return Grade(score: score, verdict: right == correct.count ? .correct : right == 0 ? .wrong : .partial)
    }

    /// The accepted answers of one key blank, compared normalised: each alternative, and the whole key (a key that
    /// is itself `/` or `||` has no alternatives to split into).
    static func alternatives(of key: String) -> [String] {
        let parts = key.split(whereSeparator: { $0 == "/" || $0 == "／" || $0 == "|" || $0 == "｜" }).map { TextNormalizer.comparisonKey(String($0)) }
        return parts.filter { !$0.isEmpty } + [TextNormalizer.comparisonKey(key)]
    }
}
