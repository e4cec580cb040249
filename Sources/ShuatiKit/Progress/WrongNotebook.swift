import Foundation

/// One entry of the wrong-answer notebook (错题本).
public struct WrongEntry: Equatable, Sendable {
    public var item: String
    /// When it was last answered wrong.
    public var lastWrong: Date
    /// What the student gave that time.
    public var given: JSONValue?
    /// Right answers since the last wrong one (it leaves the notebook at two).
    public var rightSince: Int
}

/// The wrong-answer notebook: items whose latest wrong answer has not yet been followed by two right ones.
public enum WrongNotebook {
    /// How many right answers in a row take an item out of the notebook.
    public static let rightToLeave = 2

    /// Entries newest-wrong first. An answer is wrong by `AnswerRule` (Again or Hard: 少选 is wrong); undo events cancel the
    /// answer they undo; a `clear` event (from `shuati wrong clear`) removes the item until it is answered wrong
    /// again. `cleared` lets callers exclude more ids.
    public static func entries(_ events: [ReviewEvent], cleared: Set<String> = []) -> [WrongEntry] {
        var answers: [String: [ReviewEvent]] = [:]
        for event in events {
            switch event.kind {
            case .answer: answers[event.item, default: []].append(event)
            case .undo: if !(answers[event.item]?.isEmpty ?? true) { answers[event.item]!.removeLast() }
            case .clear: answers[event.item] = []
            default: break
            }
        }
        var out: [WrongEntry] = []
        for (item, list) in answers where !cleared.contains(item) {
            guard let lastWrongIndex = list.lastIndex(where: isWrong) else { continue }
            let rightSince = list[(lastWrongIndex + 1)...].filter(AnswerRule.isRight).count
            if rightSince >= rightToLeave { continue }
            let wrong = list[lastWrongIndex]
            out.append(WrongEntry(item: item, lastWrong: wrong.ts, given: wrong.given, rightSince: rightSince))
        }
        return out.sorted { $0.lastWrong != $1.lastWrong ? $0.lastWrong > $1.lastWrong : $0.item < $1.item }
    }

    /// Whether an answer counts as wrong (see `AnswerRule`).
    public static func isWrong(_ event: ReviewEvent) -> Bool { AnswerRule.isWrong(event) }
}

/// Bookmarked (收藏) items: the last star/unstar event per item decides.
public enum Bookmarks {
    public static func starred(_ events: [ReviewEvent]) -> Set<String> {
        var set = Set<String>()
        for event in events {
            if event.kind == .star { set.insert(event.item) } else if event.kind == .unstar { set.remove(event.item) }
        }
        return set
    }
}
