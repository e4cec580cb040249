import Foundation

/// Maps a grade to the FSRS rating the scheduler will use: wrong → Again, partial → Hard, right → Good, right and
/// fast → Easy. "Fast" is a per-type threshold in seconds (configurable in the `drill` section of config.json).
public struct RatingPolicy: Equatable, Sendable {
    public var easySeconds: [QuestionType: Double]

    /// Defaults: a glance for true/false, a few seconds for choices, longer for typed answers; never Easy for
    /// short answers (coverage by bigrams is too rough to call a typed essay effortless).
    public init(easySeconds: [QuestionType: Double] = [
        .trueFalse: 5, .singleChoice: 8, .multipleChoice: 15, .fillBlank: 20, .shortAnswer: 0,
    ]) {
        self.easySeconds = easySeconds
    }

    public func rating(for grade: Grade, type: QuestionType, responseSeconds: Double?) -> Rating {
        switch grade.verdict {
        case .wrong: return .again
        case .partial: return .hard
        case .correct:
            if let seconds = responseSeconds, let limit = easySeconds[type], limit > 0, seconds <= limit { return .easy }
            return .good
        }
    }

    /// Reads `{"drill":{"easy_seconds":{"single_choice":6,…}}}`; unknown types are ignored.
    public static func load(from config: JSONValue) -> RatingPolicy {
        var policy = RatingPolicy()
        for (key, value) in config["drill"]?["easy_seconds"]?.objectValue ?? [] {
            if let type = QuestionType(rawValue: key), let seconds = value.doubleValue, seconds >= 0 {
                policy.easySeconds[type] = seconds
            }
        }
        return policy
    }
}
