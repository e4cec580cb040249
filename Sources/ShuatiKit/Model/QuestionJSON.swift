/// The item schema of `shuati import --json`, shared by banks on disk and the `json` export.
extension Question {
    /// `{"id","type","section","stem","options","answer","source"}` plus `kind`/`explanation` when present.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("type", .string(type.rawValue)),
            ("section", .string(section)),
            ("stem", .string(stem)),
            ("options", options.map { .object($0.map { ($0.letter, .string($0.text)) }) } ?? .null),
            ("answer", answer?.json ?? .null),
        ]
        if let kind { pairs.append(("kind", .string(kind))) }
        if let explanation { pairs.append(("explanation", .string(explanation))) }
        pairs.append(("source", .object([("file", .string(source.file)), ("line", .number(Double(source.line)))])))
        return .object(pairs)
    }

    /// Reads one item of that schema; the id is recomputed from the content so edited files stay consistent.
    public init(json: JSONValue) throws {
        guard let typeName = json["type"]?.stringValue, let type = QuestionType(rawValue: typeName) else {
            throw BankError.badItem("missing or unknown \"type\"")
        }
        guard let stem = json["stem"]?.stringValue else { throw BankError.badItem("missing \"stem\"") }
        var options: [Option]?
        if let pairs = json["options"]?.objectValue {
            options = try pairs.map { letter, text in
                guard let t = text.stringValue else { throw BankError.badItem("option \(letter) is not text") }
                return Option(letter: letter, text: t)
            }
        }
        var answer: Answer?
        if let a = json["answer"], !a.isNull {
            guard let parsed = Answer(json: a, type: type) else {
                throw BankError.badItem("answer does not fit type \(type.rawValue)")
            }
            answer = parsed
        }
        let source = SourceLocation(file: json["source"]?["file"]?.stringValue ?? "",
                                    line: json["source"]?["line"]?.intValue ?? 0)
        self.init(type: type, kind: json["kind"]?.stringValue, section: json["section"]?.stringValue ?? "",
                  stem: stem, options: options, answer: answer,
                  explanation: json["explanation"]?.stringValue, source: source)
    }
}
