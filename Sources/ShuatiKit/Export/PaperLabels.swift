/// The fixed words printed on a paper, in Chinese for a Chinese bank and in English otherwise.
public struct PaperLabels: Sendable {
    public let chinese: Bool

    public init(chinese: Bool) { self.chinese = chinese }

    /// Chinese when any stem contains a CJK ideograph: a paper speaks the language of its questions.
    public init(for paper: Paper) {
        self.chinese = paper.items.contains { item in
            item.question.stem.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
        }
    }

    /// Part heading of a type: 单项选择题 / Single choice.
    public func typeName(_ type: QuestionType) -> String {
        switch type {
        case .singleChoice: return chinese ? "单项选择题" : "Single choice"
        case .multipleChoice: return chinese ? "多项选择题" : "Multiple choice"
        case .trueFalse: return chinese ? "判断题" : "True or false"
        case .fillBlank: return chinese ? "填空题" : "Fill in the blanks"
        case .shortAnswer: return chinese ? "简答题" : "Short answer"
        }
    }

    /// 一、二、… for Chinese papers, I. II. … otherwise.
    public func partNumber(_ index: Int) -> String {
        if chinese {
            let digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
            return (index < digits.count ? digits[index] : String(index + 1)) + "、"
        }
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        return (index < romans.count ? romans[index] : String(index + 1)) + ". "
    }

    /// `（共 20 题，每题 1 分，共 20 分）` / `(20 items, 1 point each, 20 points)`.
    public func partSummary(_ items: [PaperItem]) -> String {
        let count = items.count
        let points = items.compactMap(\.points)
        guard points.count == items.count, let first = points.first else {
            return chinese ? "（共 \(count) 题）" : "(\(count) items)"
        }
        let total = formatPoints(points.reduce(0, +))
        if points.allSatisfy({ $0 == first }) {
            return chinese ? "（共 \(count) 题，每题 \(formatPoints(first)) 分，共 \(total) 分）"
                : "(\(count) items, \(formatPoints(first)) \(first == 1 ? "point" : "points") each, \(total) points)"
        }
        return chinese ? "（共 \(count) 题，共 \(total) 分）" : "(\(count) items, \(total) points)"
    }

    public var answerKey: String { chinese ? "参考答案" : "Answer key" }
    public var answer: String { chinese ? "答案" : "Answer" }
    public var explanation: String { chinese ? "解析" : "Explanation" }
    public var noKey: String { chinese ? "（无参考答案）" : "(no key)" }
    public var name: String { chinese ? "姓名" : "Name" }
    public var studentID: String { chinese ? "学号" : "Student ID" }
    public var className: String { chinese ? "班级" : "Class" }
    public var score: String { chinese ? "得分" : "Score" }
    public var total: String { chinese ? "总分" : "Total" }
    public var part: String { chinese ? "题号" : "Part" }
    public var fullMarks: String { chinese ? "满分" : "Full marks" }
    public var grader: String { chinese ? "阅卷人" : "Marker" }
    public var seed: String { chinese ? "试卷编号" : "Paper seed" }
    public var trueWord: String { chinese ? "对" : "True" }
    public var falseWord: String { chinese ? "错" : "False" }

    /// `共 50 题，满分 100 分，考试时间 90 分钟`.
    public func coverLine(_ paper: Paper) -> String {
        var parts: [String] = []
        parts.append(chinese ? "共 \(paper.items.count) 题" : "\(paper.items.count) items")
        if paper.isScored { parts.append(chinese ? "满分 \(formatPoints(paper.totalPoints)) 分" : "\(formatPoints(paper.totalPoints)) points") }
        if let m = paper.minutes { parts.append(chinese ? "考试时间 \(m) 分钟" : "\(m) minutes") }
        if let s = paper.seed { parts.append("\(seed) \(s)") }
        return parts.joined(separator: chinese ? "，" : ", ")
    }

    /// The key of one item, readable: `B`, `AC`, `对`, `甲；乙`, or the reference text.
    public func key(_ question: Question) -> String {
        guard let answer = question.answer else { return noKey }
        switch answer {
        case let .trueFalse(b): return b ? trueWord : falseWord
        case let .blanks(blanks): return blanks.joined(separator: chinese ? "；" : "; ")
        default: return answer.display(chinese: chinese)
        }
    }
}
