import Foundation
import ShuatiKit

/// The student's answer sheet while sitting a paper: responses by item number and flags for review.
struct ExamSheet {
    let paper: Paper
    private(set) var responses: [Int: Answer] = [:]
    private(set) var flagged: Set<Int> = []
    /// Short answers the student checked against the key: which key points were covered (see `ExamScorer`).
    var confirmedPoints: [Int: [Bool]] = [:]

    init(paper: Paper) { self.paper = paper }

    func item(_ number: Int) -> PaperItem? {
        paper.items.indices.contains(number - 1) ? paper.items[number - 1] : nil
    }

    /// Reads `text` as the answer to item `number` (through `Grader.parseResponse`); false when unreadable.
    /// Empty text clears the answer.
    @discardableResult
    mutating func answer(_ number: Int, text: String) -> Bool {
        guard let item = item(number) else { return false }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { responses[number] = nil; return true }
        guard let response = Grader.parseResponse(text, for: item.question) else { return false }
        // A letter the item does not print (e.g. `E` on a four-option item) is a slip, not an answer.
        if case let .choices(letters) = response, let options = item.question.options,
           letters.isEmpty || !letters.allSatisfy({ l in options.contains { $0.letter == l } }) { return false }
        responses[number] = response
        return true
    }

    /// Sets a response directly (the full-screen UI builds choice answers key by key).
    mutating func set(_ number: Int, _ response: Answer?) { responses[number] = response }

    mutating func toggleFlag(_ number: Int) {
        if flagged.contains(number) { flagged.remove(number) } else { flagged.insert(number) }
    }

    var answeredCount: Int { responses.count }
}
