/// One item's outcome in a sat paper.
public struct ItemResult: Sendable {
    public var item: PaperItem
    /// What the student gave, in printed letters; nil when left blank.
    public var response: Answer?
    public var grade: Grade?
    /// Points earned: the item's points times the grade's score.
    public var earned: Double

    public var answered: Bool { response != nil }
    public var isCorrect: Bool { grade?.verdict == .correct }
}

/// Totals for a group of items (a type or a section).
public struct ScoreTally: Sendable, Equatable {
    public var name: String
    public var items = 0
    public var correct = 0
    public var earned = 0.0
    public var possible = 0.0
}

/// The graded paper: every item's result and the totals the report shows.
public struct ExamResult: Sendable {
    public var paper: Paper
    public var results: [ItemResult]

    public var earned: Double { results.reduce(0) { $0 + $1.earned } }
    public var possible: Double { paper.totalPoints }
    public var answeredCount: Int { results.filter(\.answered).count }
    public var correctCount: Int { results.filter(\.isCorrect).count }

    /// Items not fully right (wrong, partial or blank), in paper order.
    public var missed: [ItemResult] { results.filter { !$0.isCorrect } }

    /// Per type, in paper order.
    public var byType: [ScoreTally] { tally { $0.item.question.type.rawValue } }

    /// Per section, in order of first appearance (`""` when the bank has no sections).
    public var bySection: [ScoreTally] { tally { $0.item.question.section } }

    func tally(_ key: (ItemResult) -> String) -> [ScoreTally] {
        var order: [String] = []
        var groups: [String: ScoreTally] = [:]
        for r in results {
            let k = key(r)
            if groups[k] == nil { order.append(k); groups[k] = ScoreTally(name: k) }
            groups[k]!.items += 1
            groups[k]!.correct += r.isCorrect ? 1 : 0
            groups[k]!.earned += r.earned
            groups[k]!.possible += r.item.points ?? 0
        }
        return order.map { groups[$0]! }
    }
}

/// Grades a sat paper with `Grader`.
public enum ExamScorer {
    /// `responses` maps item numbers to what the student gave (printed letters).
    /// `confirmed`: for short answers the student checked after hand-in, which key points they covered; that
    /// verdict replaces the automatic one.
    public static func score(_ paper: Paper, responses: [Int: Answer], confirmed: [Int: [Bool]] = [:]) -> ExamResult {
        ExamResult(paper: paper, results: paper.items.map { item in
            guard let response = responses[item.number] else {
                return ItemResult(item: item, response: nil, grade: nil, earned: 0)
            }
            var grade = Grader.grade(item.question, response: response)
            if let points = confirmed[item.number], let automatic = grade, automatic.keyPoints.count == points.count {
                grade = automatic.confirmed(points)
            }
            return ItemResult(item: item, response: response, grade: grade, earned: (item.points ?? 0) * (grade?.score ?? 0))
        })
    }

    /// The FSRS rating an exam answer is logged with: the drill's policy (wrong → Again, partly right → Hard,
    /// right → Good); never Easy, since a paper does not time single items.
    public static func rating(for grade: Grade, type: QuestionType) -> Rating {
        RatingPolicy().rating(for: grade, type: type, responseSeconds: nil)
    }
}
