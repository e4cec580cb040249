import XCTest
@testable import ShuatiKit

/// Quizzes exported from online course platforms: a type tag after the number, the student's own answer printed
/// beside the key, labelled blanks.
final class QuizExportTests: XCTestCase {
    private let quiz = """
        客户关系管理 章节测验

        1. 【单选题】客户关系管理的核心是（ ）
        A. 产品
        B. 客户
        我的答案：A 正确答案：B

        2. 【判断题】客户满意就等于客户忠诚。
        我的答案：√ 正确答案：×

        3. 【填空题】CRM 的三要素是理念、____和____。
        我的答案：技术 正确答案：第一空：技术；第二空：实施

        4. [多选题] CRM 系统的类型包括（ ）
        A. 操作型 B. 分析型 C. 娱乐型
        学生答案：AB 正确答案：AB

        """

    func testTheKeyIsReadNotTheStudentsAnswer() {
        let items = importText(quiz).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .trueFalse(false), .blanks(["技术", "实施"]), .choices(["A", "B"])])
    }

    func testTypeTagsSetTheTypeAndLeaveTheStem() {
        let items = importText(quiz).items
        XCTAssertEqual(items.map(\.type), [.singleChoice, .trueFalse, .fillBlank, .multipleChoice])
        XCTAssertEqual(items.map(\.stem), ["客户关系管理的核心是( )", "客户满意就等于客户忠诚。", "CRM 的三要素是理念、____和____。",
                                         "CRM 系统的类型包括( )"])
        XCTAssertEqual(items.map(\.section), Array(repeating: "客户关系管理 章节测验", count: 4), "key lines are not titles")
    }

    func testTypeTagsWithAScoreInside() {
        let result = importText("""
            1. (多选题, 0.4分)必须坚持教育( )。
            A. 为人民服务
            B. 为社会主义服务
            正确答案:AB
            2. (单选题, 1.0 分) (1分) 防火墙通常部署在网络的哪个位置?
            A. 内网 B. 边界
            正确答案:B
            3. 【判断题 2分】市场营销就是推销。
            正确答案:错
            """)
        XCTAssertEqual(result.items.map(\.stem), ["必须坚持教育( )。", "防火墙通常部署在网络的哪个位置?", "市场营销就是推销。"])
        XCTAssertEqual(result.items.map(\.type), [.multipleChoice, .singleChoice, .trueFalse])
    }

    func testBareTypeWordsAfterALabel() {
        let text = "第1题 单选题 (2分)\n客户关系管理的核心是\nA 产品\nB 客户\n正确答案: B\n\n第2题 判断题 (1分)\n客户满意等于客户忠诚\n正确答案: 错误\n"
        let items = importText(text).items
        XCTAssertEqual(items.map(\.stem), ["客户关系管理的核心是", "客户满意等于客户忠诚"])
        XCTAssertEqual(items.map(\.type), [.singleChoice, .trueFalse])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .trueFalse(false)])
        // A stem that merely starts with such a word keeps it.
        XCTAssertEqual(importText("1.判断题是一种题型吗?\n答:是\n").single?.stem, "判断题是一种题型吗?")
    }

    func testLabelledBlanks() {
        XCTAssertEqual(StemCleaner.splitBlanks("第一空：技术；第二空：实施"), ["技术", "实施"])
        XCTAssertEqual(StemCleaner.splitBlanks("第1空:甲 第2空:乙"), ["甲", "乙"])
        XCTAssertEqual(StemCleaner.splitBlanks("甲；乙"), ["甲", "乙"])
    }
}
