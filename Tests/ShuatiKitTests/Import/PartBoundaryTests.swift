import XCTest
@testable import ShuatiKit

/// Where one item ends and the next part begins, in forms that run answers and explanations together.
final class PartBoundaryTests: XCTestCase {
    func testAPartNameLineEndsAnAnswerRunningOverLines() {
        let result = importText("""
            35、风险管理包括：____。
            答案：风险识别、风险规划

            名词解释

            1、软件体系结构

            软件体系结构又称软件结构。

            简答题(每题10分)

            1、简述对象模型的主要活动？

            划分主题、找出类与对象。
            """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.items[0].answer, .blanks(["风险识别、风险规划"]))
        XCTAssertEqual(result.items[1].stem, "软件体系结构")
        XCTAssertEqual(result.items[1].answer, .text("软件体系结构又称软件结构。"))
        XCTAssertEqual(result.items[2].answer, .text("划分主题、找出类与对象。"))
    }

    func testWhatNamesAPart() {
        func named(_ line: String) -> Bool { TypeHint.isSectionName(Array(line.unicodeScalars)[...]) }
        for yes in ["名词解释", "简答题", "填空题：", "判断题(每题2分)", "单项选择题 (共10题)", "分析题", "论述题目"] {
            XCTAssertTrue(named(yes), yes)
        }
        for no in ["分析", "选择", "简答题是什么", "名词解释的作用是什么呢", "软件工程", "判断"] {
            XCTAssertFalse(named(no), no)
        }
    }

    func testSpaceDelimitedOptionsBeforeLatinWords() {
        let result = importText("""
            1. 以下不属于操作系统管理的范畴是(  )。
            A  CPU
            B  编写程序
            C  主存
            D  设备
            参考答案：B

            2. 计算机的核心部件是( )
            A CPU芯片
            B 内存
            C 硬盘
            D 显示器
            答案：A
            """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items[0].options?.map(\.text), ["CPU", "编写程序", "主存", "设备"])
        XCTAssertEqual(result.items[0].answer, .choices(["B"]))
        XCTAssertEqual(result.items[1].options?.first?.text, "CPU芯片")
    }

    func testAnEnglishSentenceStartingWithAIsNoOption() {
        let result = importText("""
            1. Which statement is true?
            A. A router joins networks.
            B. A switch joins networks.
            Answer: A
            2. Explain the following.
            A cat is an animal and a dog is too.
            """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNil(result.items[1].options)
    }

    func testAListAlongAnExplanationLineIsNotTheNextQuestion() {
        let result = importText("""
            1. 软件项目可行性分析包括技术可行性。(√)
            解析：1. 技术可行性 2. 经济可行性 3. 运行可行性 4. 法律可行性
            2. 计算机网络中，每台计算机是相互依赖的。(×)
            3. 知识产权包括著作权和工业产权两部分。(√)
            """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(true)])
        XCTAssertTrue(result.items[0].explanation?.contains("法律可行性") == true)
    }

    func testANoteAboutTheExamIsSkippedWithAWarning() {
        let result = importText("""
            1. 网络协议的三个要素是什么？
            2. CSMA/CD 协议的工作原理是什么？
            3. 配置题是一道关于我们实验的题目，重点关注第三次实验中的内容
            4. 考试的目的是什么？
            """)
        XCTAssertEqual(result.items.map(\.stem), ["网络协议的三个要素是什么?", "CSMA/CD 协议的工作原理是什么?", "考试的目的是什么?"])
        XCTAssertTrue(result.warnings.contains { $0.line == 3 && $0.message.contains("note about the exam") }, "\(result.warnings)")
    }

    func testInlineCodeKeepsItsBackticks() {
        let text = MarkdownReader.text(from: "- [ ] 若 `a` 和 `b` 类型相同，执行 `a = b` 后 `b` 不变。\n- [x] `%` 只能用于整数。\n")
        XCTAssertTrue(text.contains("若 `a` 和 `b` 类型相同，执行 `a = b` 后 `b` 不变。"), text)
        XCTAssertTrue(text.contains("`%` 只能用于整数。"), text)
    }

    func testABookNameAloneUnderAQuestionIsItsAnswer() {
        let result = importText("""
            24. 社会主义制度基本确立的意义

            社会主义基本制度的确立是最深刻的社会变革。

            25. 标志着中国共产党人开始探索独立自主的社会主义建设道路的著作

            《论十大关系》

            26. 十大关系的基本方针

            把一切积极的因素调动起来。
            """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.items[1].answer, .text("《论十大关系》"))
        XCTAssertEqual(result.items[2].section, result.items[0].section, "the book's name started no new part")
    }

    func testNumberedPointsOfAnAnswerAreNoQuestions() {
        let result = importText("""
            1. 通货膨胀的成因有哪些？
            答：
            1. 需求拉动；
            2. 成本推动；
            3. 结构性因素。
            2. 什么是通货紧缩？
            答：物价持续下跌。
            3. 下列属于可再生能源的是（ ）
            A. 煤  B. 石油  C. 太阳能  D. 天然气
            答案：C
            解析：
            1. 煤、石油、天然气是化石能源；
            2. 太阳能可以源源不断获得。
            4. 下列属于清洁能源的是（ ）
            A. 煤  B. 风能  C. 石油  D. 柴油
            答案：B
            """)
        XCTAssertEqual(result.items.count, 4, "\(result.items.map(\.stem))")
        XCTAssertEqual(result.items[0].answer, .text("1. 需求拉动;\n2. 成本推动;\n3. 结构性因素。"))
        XCTAssertEqual(result.items[1].answer, .text("物价持续下跌。"))
        XCTAssertTrue(result.items[2].explanation?.contains("源源不断") == true, "\(result.items[2].explanation ?? "-")")
        XCTAssertEqual(result.items[3].answer, .choices(["B"]))
    }

    func testMinusSignsAndWrittenFillInKeys() {
        let result = importText("""
            1. -3的相反数是（  ）
            A. 3
            B. -3
            答案：A
            2. 计算 2-5 的结果是______。
            答案：-3
            3. 水的化学式是______。
            答案：H2O
            4. 铁的元素符号是______。
            答案：Fe
            5. 医院检查常用____超。
            答案：B
            """)
        XCTAssertEqual(result.items.map(\.stem).prefix(2), ["-3的相反数是( )", "计算 2-5 的结果是______。"])
        XCTAssertEqual(result.items[0].options?.map(\.text), ["3", "-3"])
        XCTAssertEqual(result.items.dropFirst().map(\.answer), [.blanks(["-3"]), .blanks(["H2O"]), .blanks(["Fe"]), .blanks(["B"])])
        XCTAssertEqual(result.items.dropFirst().map(\.type), [.fillBlank, .fillBlank, .fillBlank, .fillBlank])
    }

    func testATermWithItsDefinitionUnderA名词解释Part() {
        let result = importText("""
            一、单项选择题
            1. 总线的作用是( )
            A. 传输信息  B. 存储信息
            答案：A
            二、名词解释
            1. 总线：计算机各部件之间传输信息的公共通路。
            三、简答题
            1. 简述总线的分类。
            答：数据总线、地址总线和控制总线。
            """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.items[1].stem, "总线")
        XCTAssertEqual(result.items[1].answer, .text("计算机各部件之间传输信息的公共通路。"))
    }

    func testAKeyLetterGluedAfterTheBlank() {
        let result = importText("1．关于细胞，正确的是（ ）B\nA．有核\nB．是基本单位\n2．关于细菌，正确的是（ ）。A\nA．有核\nB．无核\n")
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["A"])])
        XCTAssertEqual(result.items[0].stem, "关于细胞,正确的是( )")
    }

    func testTraditionalPartHeadingsAndAnswerPointLabels() {
        let result = importText("一、單項選擇題\n1. 下列哪個是正確的（ ）\nA. 甲\nB. 乙\n答案：B\n二、簡答題\n1. 簡述市場細分的作用。\n答案要点：發現市場機會。\n")
        XCTAssertEqual(result.items.map(\.section), ["一、單項選擇題", "二、簡答題"])
        XCTAssertEqual(result.items.last?.answer, .text("發現市場機會。"))
    }
}
