/// An answer key (or a student's response) in the shape its item type calls for.
public enum Answer: Equatable, Sendable {
    /// Option letters, upper-case, in alphabetical order (`["A", "C"]`).
    case choices([String])
    /// True/false.
    case trueFalse(Bool)
    /// One string per blank; a blank may list alternatives separated by `/` or `|`.
    case blanks([String])
    /// Free text: short answers, definitions, essays.
    case text(String)
}

extension Answer {
    /// The JSON shape of `shuati import --json`: letters list, bool, strings list, or string.
    public var json: JSONValue {
        switch self {
        case let .choices(letters): return .array(letters.map(JSONValue.string))
        case let .trueFalse(b): return .bool(b)
        case let .blanks(blanks): return .array(blanks.map(JSONValue.string))
        case let .text(t): return .string(t)
        }
    }

    /// Reads the JSON shape back, guided by the item type; nil for `null` or a shape that does not fit.
    public init?(json: JSONValue, type: QuestionType) {
        switch (type, json) {
        case (.singleChoice, .array(let a)), (.multipleChoice, .array(let a)):
            let letters = a.compactMap(\.stringValue)
            guard letters.count == a.count else { return nil }
            self = .choices(letters.map { $0.uppercased() }.sorted())
        case (.singleChoice, .string(let s)), (.multipleChoice, .string(let s)):
            self = .choices(s.uppercased().map(String.init).sorted())
        case (.trueFalse, .bool(let b)): self = .trueFalse(b)
        case (.fillBlank, .array(let a)):
            let blanks = a.compactMap(\.stringValue)
            guard blanks.count == a.count else { return nil }
            self = .blanks(blanks)
        case (.fillBlank, .string(let s)): self = .blanks([s])
        case (.shortAnswer, .string(let s)): self = .text(s)
        default: return nil
        }
    }

    /// A one-line human rendering (`AC`, `对`/`True`, `甲; 乙`, the text).
    public func display(chinese: Bool = false) -> String {
        switch self {
        case let .choices(letters): return letters.joined()
        case let .trueFalse(b): return chinese ? (b ? "对" : "错") : (b ? "True" : "False")
        case let .blanks(blanks): return blanks.joined(separator: "; ")
        case let .text(t): return t
        }
    }
}
