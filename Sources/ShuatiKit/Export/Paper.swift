/// One numbered item of a paper, with its points (nil when the paper is not scored, e.g. a whole-bank export).
public struct PaperItem: Equatable, Sendable {
    /// 1-based number printed on the paper.
    public var number: Int
    /// The item as printed: options may be shuffled, with the key remapped; the id stays the bank item's id.
    public var question: Question
    public var points: Double?
    /// Printed letter → the bank's letter, when options were shuffled (empty otherwise).
    public var originalLetters: [String: String]

    public init(number: Int, question: Question, points: Double? = nil, originalLetters: [String: String] = [:]) {
        self.number = number
        self.question = question
        self.points = points
        self.originalLetters = originalLetters
    }

    /// A response in printed letters translated back to the bank's letters (for the review log).
    public func bankResponse(_ response: Answer) -> Answer {
        guard case let .choices(letters) = response, !originalLetters.isEmpty else { return response }
        return .choices(letters.map { originalLetters[$0] ?? $0 }.sorted())
    }
}

/// What every renderer draws: a title, numbered items, and how the paper was made.
public struct Paper: Equatable, Sendable {
    public var title: String
    public var items: [PaperItem]
    /// The seed that reproduces the paper (mock exams only).
    public var seed: UInt64?
    /// Minutes allowed, printed on the cover when known.
    public var minutes: Int?

    public init(title: String, items: [PaperItem], seed: UInt64? = nil, minutes: Int? = nil) {
        self.title = title
        self.items = items
        self.seed = seed
        self.minutes = minutes
    }

    /// A plain paper of `questions` in their order, numbered from 1, without points.
    public init(title: String, questions: [Question]) {
        self.init(title: title, items: questions.enumerated().map { PaperItem(number: $0.offset + 1, question: $0.element) })
    }

    /// Sum of the items' points.
    public var totalPoints: Double { items.reduce(0) { $0 + ($1.points ?? 0) } }

    /// Whether the paper carries points (a mock exam) rather than being a plain question list.
    public var isScored: Bool { items.contains { $0.points != nil } }

    /// Consecutive runs of items of one type, in paper order: the paper's parts (一、单项选择题 …).
    public var parts: [(type: QuestionType, items: [PaperItem])] {
        var out: [(type: QuestionType, items: [PaperItem])] = []
        for item in items {
            if let last = out.last, last.type == item.question.type {
                out[out.count - 1].items.append(item)
            } else {
                out.append((item.question.type, [item]))
            }
        }
        return out
    }
}

/// An item a format cannot hold, and why (e.g. Aiken takes single-choice items only).
public struct SkippedItem: Equatable, Sendable {
    public var number: Int
    public var id: String
    public var reason: String
}

/// A rendered file and the items it had to leave out.
public struct RenderedExport: Equatable, Sendable {
    public var text: String
    public var skipped: [SkippedItem]
    public init(text: String, skipped: [SkippedItem] = []) { self.text = text; self.skipped = skipped }
}

/// Formats points without a needless `.0`: `2`, `1.5`.
func formatPoints(_ p: Double) -> String {
    if p == p.rounded() { return String(Int(p)) }
    var s = String(format: "%.2f", p)
    while s.hasSuffix("0") { s.removeLast() }
    return s
}

extension Question {
    /// The choice key when every letter in it names one of the item's options; nil otherwise (an LMS cannot
    /// grade an item whose key points at an option it does not have).
    var consistentChoiceKey: [String]? {
        guard case let .choices(key)? = answer, !key.isEmpty, let options, options.count >= 2,
              key.allSatisfy({ l in options.contains { $0.letter == l } }) else { return nil }
        return key
    }
}

extension Question {
    /// Whether a paper can grade the item: it has a key, and a choice key names options the item has.
    public var isGradable: Bool {
        guard answer != nil else { return false }
        return type.isChoice ? consistentChoiceKey != nil : true
    }
}
