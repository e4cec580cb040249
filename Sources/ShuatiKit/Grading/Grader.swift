import Foundation

/// Scores a response against an item's key. Pure.
/// PLACEHOLDER (issue 4 replaces the body with every grading rule); the signatures are the contract.
public enum Grader {
    /// Grades `response`; nil when the item has no key (study it and self-rate).
    public static func grade(_ question: Question, response: Answer) -> Grade? {
        guard let key = question.answer else { return nil }
        return key == response ? Grade(score: 1, verdict: .correct) : Grade(score: 0, verdict: .wrong)
    }

    /// Reads what a student typed (`AC`, `对`, `甲；乙`, free text) as a response for this item; nil if unreadable.
    public static func parseResponse(_ text: String, for question: Question) -> Answer? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        switch question.type {
        case .singleChoice, .multipleChoice: return .choices(t.uppercased().map(String.init).sorted())
        case .trueFalse: return ["对", "T", "TRUE", "√"].contains(t.uppercased()) ? .trueFalse(true) : .trueFalse(false)
        case .fillBlank: return .blanks([t])
        case .shortAnswer: return .text(t)
        }
    }
}
