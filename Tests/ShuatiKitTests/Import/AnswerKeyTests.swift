import XCTest
@testable import ShuatiKit

final class AnswerKeyTests: XCTestCase {
    private func answer(_ keyLine: String, options: String = "A.客户\nB.产品\nC.渠道\nD.价格\n") -> Answer? {
        importText("1.营销的核心是( )\n\(options)\(keyLine)\n").single?.answer
    }

    func testLabelledLetterKeys() {
        for key in ["答案:B", "答案：B", "参考选项:B", "标准答案:B", "正确答案:B", "参考答案:B", "【答案】B", "[答案]B",
                    "-----------------选择:B", "答案: b", "標準答案:B", "正確答案：B", "答案:(B)"] {
            XCTAssertEqual(answer(key), .choices(["B"]), key)
        }
    }

    func testKeyLabelsWithoutAColon() {
        for key in ["答案为B", "答案是：B", "答案 B", "参考答案 B", "正确答案为 B"] {
            XCTAssertEqual(answer(key), .choices(["B"]), key)
        }
        XCTAssertEqual(importText("1.地球是圆的。( )\n答案为正确\n").single?.answer, .trueFalse(true))
        // Only a short key makes the label: these stay text.
        XCTAssertNil(answer("答案是什么呢"))
        XCTAssertNil(answer("答案 见教材第三章"))
    }

    func testMultipleLetters() {
        XCTAssertEqual(answer("答案:ACD"), .choices(["A", "C", "D"]))
        XCTAssertEqual(answer("答案:A,C"), .choices(["A", "C"]))
        XCTAssertEqual(importText("1.下列属于( )\nA.甲\nB.乙\nC.丙\n答案:BC\n").single?.type, .multipleChoice)
    }

    func testKeyGivenAsOptionText() {
        XCTAssertEqual(answer("标准答案1:渠道"), .choices(["C"]))
        // 满意 must not match 不满意.
        let item = importText("1.刚好达到期望时客户会感觉( )A. 不满意B. 满意C. 愤怒\"标准答案5:满意\"试题6:2.下一题( )A.甲B.乙 答案:A\n").items.first
        XCTAssertEqual(item?.answer, .choices(["B"]))
        // Symbols matter when they are all that differs.
        let value = importText("1.让渡价值是指( )A. 总价值/总成本B. 总价值-总成本\n标准答案:总价值-总成本\n").single
        XCTAssertEqual(value?.answer, .choices(["B"]))
    }

    func testLettersInsideTheStemBlank() {
        for (stem, expected) in [("( B )", ["B"]), ("（ABC）", ["A", "B", "C"]), ("(B )", ["B"]), ("( AC)", ["A", "C"])] {
            let item = importText("1、营销的核心是\(stem)A、客户B、产品C、渠道\n").single
            XCTAssertEqual(item?.answer, .choices(expected), stem)
            XCTAssertEqual(item?.stem, "营销的核心是( )", stem)
        }
    }

    func testOptionTextInTheBlank() {
        let items = importText("1.CRM的核心是(客户)。\nA.产品 B.客户 C.渠道\n2.CRM系统包括(操作型、分析型)。\nA.操作型 B.分析型 C.娱乐型\n3.营销的核心是(交换)\nA.产品 B.价格\n").items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A", "B"]), nil])
        XCTAssertEqual(items.map(\.stem), ["CRM的核心是( )。", "CRM系统包括( )。", "营销的核心是(交换)"], "a blank naming no option stays as it is")
    }

    func testAnswerLetterAloneAfterTheBlank() {
        let item = importText("1.营销的核心是( ) C\nA.客户\nB.产品\nC.渠道\n").single
        XCTAssertEqual(item?.answer, .choices(["C"]))
        XCTAssertEqual(item?.stem, "营销的核心是( )")
    }

    func testTrueFalseKeys() {
        for (key, value) in [("答案:正确", true), ("答案:错误", false), ("标准答案6:对", true), ("答案:×", false),
                             ("答案:√", true), ("答案:T", true), ("答案:F", false), ("正确答案:错", false)] {
            let item = importText("1.地球是圆的。( )\n\(key)\n").single
            XCTAssertEqual(item?.type, .trueFalse, key)
            XCTAssertEqual(item?.answer, .trueFalse(value), key)
        }
        let marked = importText("二、判断题\n1.地球是圆的。(√)\n2.太阳绕地球转。(×)\n3.水是湿的。( T )\n4.火是冷的。（ F ）\n5.冰是冷的。(对)\n")
        XCTAssertEqual(marked.items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(true), .trueFalse(false), .trueFalse(true)])
        XCTAssertEqual(marked.items.map(\.type), Array(repeating: .trueFalse, count: 5), "( F ) without options is not option F")
        // With options, F is a letter.
        let choice = importText("1.第六个是( F )\nA.1 B.2 C.3 D.4 E.5 F.6\n").single
        XCTAssertEqual(choice?.answer, .choices(["F"]))
    }

    func testParagraphAnswers() {
        let doc = "简答题\n1、简单分析客户服务的目的。\n答:吸引客户并引导需求。\n保持长期关系。\n2、客户关系管理的核心是什么?\n答:以客户为中心。\n"
        let result = importText(doc)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items[0].answer, .text("吸引客户并引导需求。\n保持长期关系。"))
        XCTAssertEqual(result.items[1].answer, .text("以客户为中心。"))
    }

    func testAnswerFollowingTheQuestionDirectly() {
        let result = importText("第一章 1、关系营销的含义是什么? 关系营销是互动的过程。 2、简述理论基础 关系营销、数据库营销。 3、核心思想是什么? 第二章 1、下一题是什么?")
        XCTAssertEqual(result.items.map(\.stem), ["关系营销的含义是什么?", "简述理论基础", "核心思想是什么?", "下一题是什么?"])
        XCTAssertEqual(result.items[0].answer, .text("关系营销是互动的过程。"))
        XCTAssertEqual(result.items[1].answer, .text("关系营销、数据库营销。"))
        XCTAssertNil(result.items[2].answer)
        XCTAssertEqual(result.items[3].section, "第二章")
    }

    func testTermDefinitionWithLabelledParagraph() {
        let item = importText("试题11:1. 客户关系管理标准答案11:客户关系管理是指企业利用信息技术协调与顾客的交互的过程。\n").single
        XCTAssertEqual(item?.type, .shortAnswer)
        XCTAssertEqual(item?.stem, "客户关系管理")
        XCTAssertEqual(item?.kind, "term_definition")
    }

    func testExplanationIsKept() {
        let item = importText("1.营销的核心是( )\nA.客户\nB.产品\n答案:A\n解析:一切以客户为中心。\n").single
        XCTAssertEqual(item?.answer, .choices(["A"]))
        XCTAssertEqual(item?.explanation, "一切以客户为中心。")
    }

    func testFillInTheBlankKey() {
        let item = importText("三、填空题\n1.客户让渡价值是___与___之差。\n答案:总价值;总成本\n").single
        XCTAssertEqual(item?.type, .fillBlank)
        XCTAssertEqual(item?.answer, .blanks(["总价值", "总成本"]))
    }

    func testFillInAnswersWrittenInsideTheUnderscores() {
        let item = importText("三、填空题\n1. 计算机的输出设备有显示器和___打印机___。\n").single
        XCTAssertEqual(item?.type, .fillBlank)
        XCTAssertEqual(item?.answer, .blanks(["打印机"]))
        XCTAssertEqual(item?.stem, "计算机的输出设备有显示器和______。")
        let two = importText("三、填空题\n1. 计算机由__硬件__和____软件____两部分组成。\n2. The capital of France is ___ Paris ___.\n").items
        XCTAssertEqual(two.map(\.answer), [.blanks(["硬件", "软件"]), .blanks(["Paris"])])
        XCTAssertEqual(two.first?.stem, "计算机由______和______两部分组成。")
        // Words joining two empty blanks, a sentence between them, an empty blank left over, a Python name: no answers.
        for stem in ["计算机由____和____组成。", "The ___ and ___ are parts.", "存储器分为____内存____、外存和____。",
                     "调用 __init__ 方法。", "把____放在桌上，然后____。"] {
            let plain = importText("三、填空题\n1. \(stem)\n").single
            XCTAssertNil(plain?.answer, stem)
            XCTAssertEqual(plain.map { StemCleaner.blankCount($0.stem) }, StemCleaner.blankCount(stem), stem)
        }
    }

    func testNumberedAndSpacedBlankKeysAreSplit() {
        let items = importText("""
            三、填空题
            1. 中国共产党成立于______年，成立地点在______。
            答案：(1)1921 (2)上海
            2. 新中国成立于______年，首都是______。
            答案：①1949 ②北京
            3. 辛亥革命发生于______年，领导人是______。
            答案：1911 孙中山
            4. 计算机由______和______组成，核心是______。
            答案：（1）硬件；（2）软件；（3）CPU
            5. 中国共产党成立于______。
            答案：1921 年
            """).items
        XCTAssertEqual(items.map(\.answer), [.blanks(["1921", "上海"]), .blanks(["1949", "北京"]), .blanks(["1911", "孙中山"]),
                                             .blanks(["硬件", "软件", "CPU"]), .blanks(["1921 年"])])
        XCTAssertEqual(StemCleaner.splitBlanks("⑴硬件 ⑵软件"), ["硬件", "软件"])
        XCTAssertEqual(StemCleaner.splitBlanks("(一)硬件 (二)软件"), ["硬件", "软件"])
        // Markers that do not count from 1, or sit inside a word, are text; so is an English phrase or a unit.
        XCTAssertEqual(StemCleaner.splitBlanks("(2)上海"), ["(2)上海"])
        XCTAssertEqual(StemCleaner.splitBlanks("f(1)与f(2)"), ["f(1)与f(2)"])
        XCTAssertEqual(StemCleaner.splitBlanks("carbon dioxide"), ["carbon dioxide"])
        XCTAssertEqual(StemCleaner.splitBlanks("1921 年"), ["1921 年"])
        XCTAssertEqual(StemCleaner.splitBlanks("carbon dioxide", blanks: 2), ["carbon", "dioxide"])
        XCTAssertEqual(StemCleaner.splitBlanks("1921 上海 北京", blanks: 2), ["1921 上海 北京"])
    }

    func testMissingKeyIsWarnedNotDropped() {
        let result = importText("1.营销的核心是( )\nA.客户\nB.产品\n")
        XCTAssertEqual(result.items.count, 1)
        XCTAssertNil(result.items[0].answer)
        XCTAssertEqual(result.warnings.first?.line, 1)
        XCTAssertTrue(result.warnings.first?.message.contains("no answer") ?? false)
    }

    func testAnEnglishAnswerStartingWithTheArticleAIsText() {
        let result = importText("""
            45. What are milestones? Describe.
            答：A project milestone is a way to observe progress.
            46. Which is a deliverable?
            A. a report
            B. a meeting
            Answer: A because it is tangible.
            """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items[0].answer, .text("A project milestone is a way to observe progress."))
        XCTAssertEqual(result.items[1].answer, .choices(["A"]))
    }

    func testAPageReferenceAfterAFillInKeyIsDropped() {
        XCTAssertEqual(StemCleaner.droppingPageReference("Midrange >p25"), "Midrange")
        XCTAssertEqual(StemCleaner.droppingPageReference("methodology (p64)"), "methodology")
        XCTAssertEqual(StemCleaner.droppingPageReference("客户满意 P.12"), "客户满意")
        XCTAssertEqual(StemCleaner.droppingPageReference("IPv4"), "IPv4", "a key ending in digits is kept")
        XCTAssertEqual(StemCleaner.droppingPageReference("p25"), "p25", "a key that is only a page stays")
        XCTAssertEqual(StemCleaner.droppingPageReference("Step 2"), "Step 2")
    }

    func testTextAfterAKeyOnItsLineExplainsIt() {
        let result = importText("""
            1. 1949年10月1日，中华人民共和国成立，这标志着（  ）
            A. 新民主主义革命取得基本胜利
            B. 社会主义制度确立
            答案：A。新中国成立标志着新民主主义革命基本胜利。
            2. 下列正确的是（ ）
            A. 丙
            B. 丁
            答案：A（2分）
            """)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["A"]), .choices(["A"])])
        XCTAssertEqual(result.items[0].explanation, "新中国成立标志着新民主主义革命基本胜利。")
        XCTAssertNil(result.items[1].explanation)
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
    }

    func testShortFormulasWithABlankAndAKeyAreQuestions() {
        let result = importText("1. sin90°=______。\n答案：1\n2. 7+2=______。\n答案：9\n")
        XCTAssertEqual(result.items.map(\.answer), [.blanks(["1"]), .blanks(["9"])])
    }
}
