/// The five kinds of exam item shuati knows.
public enum QuestionType: String, CaseIterable, Sendable, Codable {
    case singleChoice = "single_choice"
    case multipleChoice = "multiple_choice"
    case trueFalse = "true_false"
    case fillBlank = "fill_blank"
    case shortAnswer = "short_answer"

    /// Whether the item is answered by picking option letters.
    public var isChoice: Bool { self == .singleChoice || self == .multipleChoice }
}
