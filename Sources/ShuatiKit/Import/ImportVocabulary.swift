/// Every word and mark the importer recognises, in one place: true/false marks and words, key and explanation
/// labels, question labels. These lists are the prior; a document's own labels are learned by `FormSurvey`.
enum ImportVocabulary {
    /// Single-scalar true/false marks, as printed in blanks `(√)`, after `答案:` or on a line of their own.
    static let trueMarks: [Unicode.Scalar] = ["√", "✓", "✔", "☑", "✅", "对", "對"]
    static let falseMarks: [Unicode.Scalar] = ["×", "✗", "✘", "✕", "❌", "☒", "╳", "X", "错", "錯"]

    /// Whole true/false words after a key label (longest first: `正确的` before `正确`).
    static let trueWords = ["正确的", "正确", "正確", "对的", "对", "對", "√", "✓", "✔", "☑", "✅", "是", "T", "Y",
                            "true", "True", "TRUE", "Correct", "correct"]
    static let falseWords = ["错误的", "错误", "錯誤", "错的", "错", "錯", "×", "✗", "✘", "✕", "❌", "☒", "╳", "X", "否", "F",
                             "N", "false", "False", "FALSE", "Incorrect", "incorrect"]

    /// Key labels (`答案:`, `参考答案`, …), longest first so the longer word wins.
    static let answerWords = [
        "参考答案", "标准答案", "正确答案", "答案解析", "参考选项", "正确选项", "答案要点", "参考要点", "答题要点", "参考答", "答案",
        "參考答案", "標準答案",
        "正確答案", "選擇", "选择", "答", "解析", "解答", "分析", "解释", "解釋", "说明", "說明", "点评", "點評", "考点", "考點",
        "提示",
    ]
    /// Labels that introduce an explanation, not the key.
    static let explanationWords: Set<String> = ["答案解析", "解析", "解答", "分析", "解释", "解釋", "说明", "說明", "点评",
                                                "點評", "考点", "考點", "提示"]
    /// Explanation words that are also ordinary words, so only count at a line start or in brackets.
    static let lineStartOnlyWords: Set<String> = ["分析", "说明", "說明", "提示", "考点", "考點", "解释", "解釋", "点评", "點評"]

    /// Words before `答案` that make it the student's answer in a quiz export (`我的答案:A`), never the key.
    static let studentWords = ["我的", "你的", "您的", "学生", "考生", "學生"]

    /// English key labels at a line start (compared case-insensitively).
    static let englishKeyWords = ["correct answers", "correct answer", "correct options", "correct option", "right answers", "right answer", "answer key", "answers", "answer",
                                  "ans", "key", "solution", "explanation", "rationale"]
    static let englishExplanationWords: Set<String> = ["explanation", "rationale", "solution"]

    /// English labels of the student's own answer in an exported quiz (never the key), lower-case.
    static let englishStudentWords = ["your answer", "my answer", "student answer", "student's answer", "selected answer"]

    /// Headings of an English answer sheet, lower-case.
    static let englishSheetHeadings: Set<String> = ["answer key", "answers", "answer sheet", "key", "keys", "solutions",
                                                    "answer keys", "answers key", "correct answers"]

    /// Labels that start an unnumbered question: `【题干】…`, `题目:…`.
    static let questionWords = ["题干", "題幹", "题目", "題目", "问题", "問題", "试题", "試題", "例题", "例題", "question", "Question",
                                "QUESTION"]

    /// Question labels that also count without brackets, at a line start before a colon (`题干:…`).
    /// (`例题:…` after an article's paragraph about a question type: the example question itself.)
    static let unbracketedQuestionWords: Set<String> = ["题干", "題幹", "例题", "例題", "question", "Question", "QUESTION"]

    /// The true/false value of one mark, if it is one.
    static func trueFalseMark(_ c: Unicode.Scalar) -> Bool? {
        if trueMarks.contains(c) { return true }
        if falseMarks.contains(c) { return false }
        return nil
    }

    /// Whether `c` can be part of a true/false mark in a blank `(√)`.
    static func isTrueFalseMark(_ c: Unicode.Scalar) -> Bool { trueFalseMark(c) != nil }
}
