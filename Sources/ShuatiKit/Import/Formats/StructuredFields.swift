import Foundation

/// Reading the cells of a structured item (a spreadsheet row, an Anki note, a GIFT answer) into the shapes a
/// `Question` needs: type words, option letters, true/false words, blanks.
enum StructuredFields {
    /// The item type a 题型 cell names (`单选题`, `多项选择`, `判断`, `填空`, `简答`, `single choice`, `true_false` …)
    /// and the finer short-answer kind; nil when the word is not a type.
    static func type(named word: String) -> (QuestionType, String?)? {
        let w = TextNormalizer.nfkc(word).lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "/" }
        if w.isEmpty { return nil }
        if let t = QuestionType(rawValue: word.trimmingCharacters(in: .whitespaces)) { return (t, nil) }
        let chinese: [(String, QuestionType, String?)] = [
            ("不定项", .multipleChoice, nil), ("单选", .singleChoice, nil), ("单项选择", .singleChoice, nil),
            ("單選", .singleChoice, nil), ("多选", .multipleChoice, nil), ("多项选择", .multipleChoice, nil),
            ("多選", .multipleChoice, nil), ("判断", .trueFalse, nil), ("判斷", .trueFalse, nil), ("是非", .trueFalse, nil),
            ("对错", .trueFalse, nil), ("填空", .fillBlank, nil), ("名词解释", .shortAnswer, "term_definition"),
            ("论述", .shortAnswer, "essay"), ("案例", .shortAnswer, "case_analysis"), ("简答", .shortAnswer, nil),
            ("簡答", .shortAnswer, nil), ("问答", .shortAnswer, nil), ("主观", .shortAnswer, nil),
            ("计算", .shortAnswer, nil), ("分析", .shortAnswer, nil), ("综合", .shortAnswer, nil),
        ]
        for (key, type, kind) in chinese where w.contains(key) { return (type, kind) }
        let english: [(String, QuestionType, String?)] = [
            ("singlechoice", .singleChoice, nil), ("single", .singleChoice, nil), ("sc", .singleChoice, nil),
            ("radio", .singleChoice, nil), ("multichoice", .singleChoice, nil),
            ("multiplechoice", .multipleChoice, nil), ("multipleanswer", .multipleChoice, nil),
            ("multiple", .multipleChoice, nil), ("multi", .multipleChoice, nil), ("mc", .multipleChoice, nil),
            ("checkbox", .multipleChoice, nil), ("multiresponse", .multipleChoice, nil),
            ("truefalse", .trueFalse, nil), ("tf", .trueFalse, nil), ("judge", .trueFalse, nil), ("boolean", .trueFalse, nil),
            ("fillintheblank", .fillBlank, nil), ("fillinblank", .fillBlank, nil), ("fillblank", .fillBlank, nil),
            ("fill", .fillBlank, nil), ("blank", .fillBlank, nil), ("cloze", .fillBlank, nil), ("gap", .fillBlank, nil),
            ("shortanswer", .shortAnswer, nil), ("short", .shortAnswer, nil), ("essay", .shortAnswer, "essay"),
            ("definition", .shortAnswer, "term_definition"), ("caseanalysis", .shortAnswer, "case_analysis"),
            ("open", .shortAnswer, nil),
        ]
        for (key, type, kind) in english where w == key || w == key + "question" { return (type, kind) }
        return nil
    }

    /// The 题型 word written for an item: Chinese for a Chinese bank, English otherwise; kinds keep their own word.
    static func typeWord(_ q: Question, chinese: Bool) -> String {
        switch (q.type, q.kind) {
        case (.shortAnswer, "term_definition"?): return chinese ? "名词解释" : "definition"
        case (.shortAnswer, "essay"?): return chinese ? "论述题" : "essay"
        case (.shortAnswer, "case_analysis"?): return chinese ? "案例分析题" : "case analysis"
        default: break
        }
        switch q.type {
        case .singleChoice: return chinese ? "单选题" : "single choice"
        case .multipleChoice: return chinese ? "多选题" : "multiple choice"
        case .trueFalse: return chinese ? "判断题" : "true/false"
        case .fillBlank: return chinese ? "填空题" : "fill in the blank"
        case .shortAnswer: return chinese ? "简答题" : "short answer"
        }
    }

    /// `对 √ T true 正确 是 1` → true, `错 × F false 错误 否 0` → false (NFKC, any case); nil otherwise.
    static func trueFalse(_ word: String) -> Bool? {
        let w = TextNormalizer.nfkc(word).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: ".。!！"))
        if ResponseReader.trueWords.contains(w) || w == "正确的" || w == "对的" { return true }
        if ResponseReader.falseWords.contains(w) || w == "错误的" || w == "错的" { return false }
        return nil
    }

    /// Option letters of a key cell (`B`, `A,C`, `A、C`, `ACD`, `a c`); nil when it holds anything else.
    static func letters(_ cell: String) -> [String]? {
        var out = Set<String>()
        for scalar in TextNormalizer.nfkc(cell).uppercased().unicodeScalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A { out.insert(String(Character(scalar))) }
            else if !" ,，、;；|/\t\n.".unicodeScalars.contains(scalar) { return nil }
        }
        return out.isEmpty ? nil : out.sorted()
    }

    /// Letters A, B, C … for `count` options (then AA, AB … past Z, which no real paper reaches).
    static func letter(_ index: Int) -> String {
        index < 26 ? String(Character(Unicode.Scalar(UInt8(65 + index)))) : "A" + letter(index - 26)
    }

    /// How many blanks a stem shows (`____`, `( )`, `（ ）`).
    static func blankCount(_ stem: String) -> Int { MoodleCloze.textBetweenBlanks(stem).count - 1 }

    /// The blanks of a fill-in key: split on `|` (the template's separator); otherwise on `；`/`;` when that gives
    /// as many parts as the stem has blanks.
    static func blanks(_ cell: String, stem: String) -> [String] {
        let t = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.contains("|") { return t.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        let count = blankCount(stem)
        if count > 1 {
            for separators in [["；", ";"], ["，", ",", "、"], [" "]] {
                let parts = t.split(whereSeparator: { separators.contains(String($0)) }).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == count { return parts }
            }
        }
        return [t]
    }

    /// Reads a key cell in the shape `type` calls for; a message when it does not fit.
    static func answer(_ cell: String, type: QuestionType, stem: String, options: [Option]?) -> (Answer?, String?) {
        let t = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { return (nil, nil) }
        switch type {
        case .singleChoice, .multipleChoice:
            if let letters = letters(t) {
                let known = Set((options ?? []).map(\.letter))
                if let missing = letters.first(where: { !known.contains($0) }) {
                    return (.choices(letters), "key \(letters.joined()) names option \(missing), which the item does not have")
                }
                return (.choices(letters), nil)
            }
            // A key given as the option's text.
            if let match = options?.first(where: { TextNormalizer.comparisonKey($0.text) == TextNormalizer.comparisonKey(t) }) {
                return (.choices([match.letter]), nil)
            }
            return (nil, "key \"\(String(t.prefix(20)))\" is not option letters; item kept without a key")
        case .trueFalse:
            if let b = trueFalse(t) { return (.trueFalse(b), nil) }
            if let options, let letters = letters(t), letters.count == 1, let text = options.first(where: { $0.letter == letters[0] })?.text,
               let b = trueFalse(text) {
                return (.trueFalse(b), nil)
            }
            return (nil, "true/false key \"\(String(t.prefix(20)))\" is not 对/错, T/F or true/false; item kept without a key")
        case .fillBlank: return (.blanks(blanks(t, stem: stem)), nil)
        case .shortAnswer: return (.text(t), nil)
        }
    }

    /// The type of a row that names none: options make it a choice (several key letters: multiple), a 对/错 key
    /// true/false, blanks in the stem a fill-in, anything else a short answer.
    static func inferType(stem: String, options: [Option]?, key: String) -> QuestionType {
        let k = key.trimmingCharacters(in: .whitespacesAndNewlines)
        if let options, options.count >= 2 {
            if let l = letters(k), l.count > 1 { return .multipleChoice }
            if trueFalse(k) != nil, options.count == 2, options.allSatisfy({ trueFalse($0.text) != nil }) { return .trueFalse }
            return .singleChoice
        }
        if !k.isEmpty, trueFalse(k) != nil { return .trueFalse }
        if blankCount(stem) > 0 { return .fillBlank }
        return .shortAnswer
    }
}
