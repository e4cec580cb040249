/// What makes a logged answer right or wrong, the one rule the drill header, the 错题本, the statistics and the
/// exam report share: an answer is right when rated Good or Easy; Hard (少选, a short answer with points missing)
/// and Again are wrong. Answers without a grade are self-ratings of items with no key: they feed the scheduler
/// but are never counted as right or wrong.
public enum AnswerRule {
    /// Graded (the item had a key, or the student checked their answer against it).
    public static func isGraded(_ event: ReviewEvent) -> Bool { event.kind == .answer && event.grade != nil }

    /// A graded answer rated Good or Easy.
    public static func isRight(_ event: ReviewEvent) -> Bool { isGraded(event) && isRight(rating: event.rating) }

    /// A graded answer rated Again or Hard.
    public static func isWrong(_ event: ReviewEvent) -> Bool { isGraded(event) && !isRight(rating: event.rating) }

    /// Good or Easy.
    public static func isRight(rating: Int) -> Bool { rating >= Rating.good.rawValue }
}
