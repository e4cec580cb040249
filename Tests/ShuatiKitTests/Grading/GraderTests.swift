import XCTest
@testable import ShuatiKit

final class GraderTests: XCTestCase {
    let src = SourceLocation(file: "t", line: 1)
    private func choice(_ type: QuestionType, _ key: [String]) -> Question {
        Question(type: type, section: "", stem: "选择", options: ["A", "B", "C", "D"].map { Option(letter: $0, text: "选项\($0)") },
                 answer: .choices(key), source: src)
    }
    private func grade(_ q: Question, _ typed: String) -> Grade? {
        guard let response = Grader.parseResponse(typed, for: q) else { return nil }
        return Grader.grade(q, response: response)
    }

    func testSingleChoiceIsExact() {
        let q = choice(.singleChoice, ["B"])
        XCTAssertEqual(grade(q, "b")?.verdict, .correct)
        XCTAssertEqual(grade(q, "C")?.verdict, .wrong)
        XCTAssertNil(grade(q, "E"), "a letter that is no option is unreadable, not wrong")
    }

    func testMultipleChoiceScoresMissingLettersAsHalf() {
        let q = choice(.multipleChoice, ["A", "C", "D"])
        XCTAssertEqual(grade(q, "ACD")?.score, 1)
        XCTAssertEqual(grade(q, "D,A,C")?.score, 1)
        XCTAssertEqual(grade(q, "AC")?.score, 0.5)
        XCTAssertEqual(grade(q, "AC")?.verdict, .partial)
        XCTAssertEqual(grade(q, "ACB")?.score, 0)
        XCTAssertEqual(grade(q, "B")?.score, 0)
    }

    func testTrueFalseAcceptsEveryCommonSpelling() {
        let yes = Question(type: .trueFalse, section: "", stem: "s", options: nil, answer: .trueFalse(true), source: src)
        for word in ["对", "√", "✓", "T", "t", "Y", "正确", "是", "1", "true", "TRUE"] {
            XCTAssertEqual(grade(yes, word)?.verdict, .correct, word)
        }
        for word in ["错", "×", "✗", "F", "N", "错误", "否", "0", "false"] {
            XCTAssertEqual(grade(yes, word)?.verdict, .wrong, word)
        }
        XCTAssertNil(grade(yes, "maybe"))
    }

    func testFillBlankIgnoresWidthSpacesPunctuationAndAcceptsAlternatives() {
        let q = Question(type: .fillBlank, section: "", stem: "___ 与 ___", options: nil,
                         answer: .blanks(["客户总价值/总价值", "CRM"]), source: src)
        XCTAssertEqual(grade(q, "总价值；ＣＲＭ")?.score, 1)
        XCTAssertEqual(grade(q, "客户 总价值; crm。")?.score, 1)
        XCTAssertEqual(grade(q, "总成本; CRM")?.score, 0.5)
        XCTAssertEqual(grade(q, "总成本; ERP")?.verdict, .wrong)
    }

    func testFillBlankKeepsArithmeticAndComparisonSigns() {
        let q = Question(type: .fillBlank, section: "", stem: "解集为 ___", options: nil, answer: .blanks(["x>1"]), source: src)
        XCTAssertEqual(grade(q, "x ＞ 1")?.verdict, .correct)
        XCTAssertEqual(grade(q, "x<1")?.verdict, .wrong)
        XCTAssertEqual(grade(q, "x≥1")?.verdict, .wrong)
    }

    func testFillBlankAlternativesSeparatedByABar() {
        // `第（）届` keyed `31|三十一` as a quiz export prints it: either form is right.
        let q = Question(type: .fillBlank, section: "", stem: "第（）届运动会", options: nil, answer: .blanks(["31|三十一"]), source: src)
        XCTAssertEqual(grade(q, "31")?.verdict, .correct)
        XCTAssertEqual(grade(q, "三十一")?.verdict, .correct)
        XCTAssertEqual(grade(q, "13")?.verdict, .wrong)
        XCTAssertEqual(grade(q, "31|三十一")?.verdict, .correct)
        // Without a bar the key is one answer: its digits alone are not an alternative.
        let one = Question(type: .fillBlank, section: "", stem: "第（）届运动会", options: nil, answer: .blanks(["三十一"]), source: src)
        XCTAssertEqual(grade(one, "31")?.verdict, .wrong)
    }

    func testShortAnswerKeyPointsAndCoverage() {
        let reference = "客户知识可以分为:(1)对话性客户知识;(2)观察性客户知识;(3)预测性客户知识。"
        XCTAssertEqual(ShortAnswerGrader.keyPoints(reference), ["对话性客户知识", "观察性客户知识", "预测性客户知识"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("①甲方责任 ②乙方责任"), ["甲方责任", "乙方责任"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("1. 增强满意度 2. 提升忠诚度"), ["增强满意度", "提升忠诚度"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("客户是资源。企业要保留客户。"), ["客户是资源", "企业要保留客户"])
        let partial = ShortAnswerGrader.grade(reference: reference, response: "对话性知识和预测性的客户知识")
        XCTAssertEqual(partial.keyPoints.map(\.covered), [true, false, true])
        XCTAssertEqual(partial.verdict, .partial)
        XCTAssertEqual(ShortAnswerGrader.grade(reference: reference, response: "对话性客户知识、观察性客户知识、预测性客户知识").verdict, .correct)
        XCTAssertEqual(ShortAnswerGrader.grade(reference: reference, response: "不知道").verdict, .wrong)
    }

    func testNoKeyMeansNoGrade() {
        let q = Question(type: .shortAnswer, section: "", stem: "s", options: nil, answer: nil, source: src)
        XCTAssertNil(Grader.grade(q, response: .text("x")))
    }

    func testRatingPolicy() {
        let policy = RatingPolicy()
        XCTAssertEqual(policy.rating(for: Grade(score: 0, verdict: .wrong), type: .singleChoice, responseSeconds: 1), .again)
        XCTAssertEqual(policy.rating(for: Grade(score: 0.5, verdict: .partial), type: .multipleChoice, responseSeconds: 1), .hard)
        XCTAssertEqual(policy.rating(for: Grade(score: 1, verdict: .correct), type: .singleChoice, responseSeconds: 20), .good)
        XCTAssertEqual(policy.rating(for: Grade(score: 1, verdict: .correct), type: .singleChoice, responseSeconds: 3), .easy)
        XCTAssertEqual(policy.rating(for: Grade(score: 1, verdict: .correct), type: .shortAnswer, responseSeconds: 1), .good)
        let custom = RatingPolicy.load(from: try! JSONParser.parse(#"{"drill":{"easy_seconds":{"single_choice":2}}}"#))
        XCTAssertEqual(custom.rating(for: Grade(score: 1, verdict: .correct), type: .singleChoice, responseSeconds: 3), .good)
    }
}
