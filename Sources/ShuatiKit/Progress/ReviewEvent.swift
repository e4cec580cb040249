import Foundation

/// One line of the review log. An answer is `{"ts":…,"item":…,"rating":3,…}`; other kinds carry `"event"`.
public struct ReviewEvent: Equatable, Sendable {
    /// What the line records. Answers are graded reviews that the scheduler replays.
    public enum Kind: String, Sendable {
        /// A graded answer (the default; written without an `"event"` key).
        case answer
        /// Cancels the latest not-yet-undone answer to `item` (the log is never rewritten).
        case undo
        /// The item was read in study mode (背题): seen, not a graded review.
        case seen
        /// The student bookmarked (收藏) the item.
        case star
        /// The student removed the bookmark.
        case unstar
        /// The student took the item out of the wrong-answer notebook (`shuati wrong clear`).
        case clear
    }

    public var ts: Date
    public var item: String
    /// FSRS rating 1–4 for answers; 0 for other kinds.
    public var rating: Int
    public var kind: Kind
    /// Score 0…1 from the grader.
    public var grade: Double?
    public var responseMs: Int?
    /// What the student gave, in the answer JSON shape.
    public var given: JSONValue?
    /// `drill`, `exam`, `study`, …
    public var mode: String?

    public init(ts: Date, item: String, rating: Int, kind: Kind = .answer, grade: Double? = nil,
                responseMs: Int? = nil, given: JSONValue? = nil, mode: String? = nil) {
        self.ts = ts
        self.item = item
        self.rating = rating
        self.kind = kind
        self.grade = grade
        self.responseMs = responseMs
        self.given = given
        self.mode = mode
    }

    /// The JSON object of one log line, keys in the documented order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("ts", .string(ISO8601.format(ts))), ("item", .string(item)),
                                            ("rating", .number(Double(rating)))]
        if kind != .answer { pairs.append(("event", .string(kind.rawValue))) }
        if let grade { pairs.append(("grade", .number(grade))) }
        if let responseMs { pairs.append(("response_ms", .number(Double(responseMs)))) }
        if let given { pairs.append(("given", given)) }
        if let mode { pairs.append(("mode", .string(mode))) }
        return .object(pairs)
    }

    /// Reads one log line's object; nil when a required field is missing or malformed.
    public init?(json: JSONValue) {
        guard let tsText = json["ts"]?.stringValue, let ts = ISO8601.parse(tsText),
              let item = json["item"]?.stringValue, let rating = json["rating"]?.intValue else { return nil }
        var kind = Kind.answer
        if let k = json["event"]?.stringValue {
            guard let parsed = Kind(rawValue: k) else { return nil }
            kind = parsed
        }
        if kind == .answer && !(1...4).contains(rating) { return nil }
        self.init(ts: ts, item: item, rating: rating, kind: kind, grade: json["grade"]?.doubleValue,
                  responseMs: json["response_ms"]?.intValue, given: json["given"], mode: json["mode"]?.stringValue)
    }
}
