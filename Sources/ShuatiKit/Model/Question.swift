/// Where an item came from: the file and the 1-based line its stem starts on.
public struct SourceLocation: Equatable, Sendable {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) { self.file = file; self.line = line }
}

/// One lettered option of a choice item.
public struct Option: Equatable, Sendable {
    public var letter: String
    public var text: String
    public init(letter: String, text: String) { self.letter = letter; self.text = text }
}

/// One exam item with its answer key.
public struct Question: Equatable, Sendable, Identifiable {
    /// Stable content hash: see `ItemID`.
    public var id: String
    public var type: QuestionType
    /// A finer label for short answers (`term_definition`, `essay`, `case_analysis`), nil otherwise.
    public var kind: String?
    /// The chapter, exam title or part heading the item falls under ("" when none).
    public var section: String
    /// The cleaned question text: no number, no score note, no answer letters in the blank.
    public var stem: String
    /// Ordered options for choice items (also for true/false printed as options); nil otherwise.
    public var options: [Option]?
    /// The key; nil when the document gives none (studied, not auto-graded).
    public var answer: Answer?
    public var explanation: String?
    public var source: SourceLocation

    /// Builds an item and derives its id from type, stem and options.
    public init(type: QuestionType, kind: String? = nil, section: String, stem: String, options: [Option]?,
                answer: Answer?, explanation: String? = nil, source: SourceLocation) {
        self.type = type
        self.kind = kind
        self.section = section
        self.stem = stem
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.source = source
        self.id = ItemID.make(type: type, stem: stem, options: options)
    }

    /// The option text for a letter.
    public func optionText(_ letter: String) -> String? {
        options?.first { $0.letter == letter }?.text
    }
}
