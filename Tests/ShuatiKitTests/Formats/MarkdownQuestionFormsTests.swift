import XCTest
@testable import ShuatiKit

/// Markdown question forms met in students' notes: where their stems, options and keys end up.
final class MarkdownQuestionFormsTests: XCTestCase {
    func testLetteredBoxesUnderAStemEndingInAFullStopAreOptions() {
        // The blank is written with ideographic spaces and the stem ends in `。`; a blank line parts it from its boxes.
        let wideBlank = "#### [练习01]\n- 执行 print(2 ** 3) 得到（　　）。\n\n- [ ] A. 6\n- [x] B. 8\n- [ ] C. 9\n"
        let item = importMarkdown(wideBlank).single
        XCTAssertEqual(item?.options?.map(\.text), ["6", "8", "9"])
        XCTAssertEqual(item?.answer, .choices(["B"]))
        // No blank at all: lettered boxes still belong to the stem above them.
        let noBlank = "#### [练习02]\n- 以下哪一项表示整数类型。\n\n- [x] A. int\n- [ ] B. str\n"
        XCTAssertEqual(importMarkdown(noBlank).single?.answer, .choices(["A"]))
        // Unlettered boxes under a plain sentence stay true/false statements.
        let statements = importMarkdown("读书笔记。\n\n- [x] 水在标准大气压下100度沸腾。\n- [ ] 铁的密度比水的密度小。\n").items
        XCTAssertEqual(statements.map(\.answer), [.trueFalse(true), .trueFalse(false)])
    }

    func testEmptyBracketsAreABlankButCallsAreNot() {
        XCTAssertTrue(MarkdownConverter.hasEmptyBrackets("输出是（　　）。"))
        XCTAssertTrue(MarkdownConverter.hasEmptyBrackets("the result is ( )."))
        XCTAssertFalse(MarkdownConverter.hasEmptyBrackets("调用 f() 的结果。"))
        XCTAssertFalse(MarkdownConverter.hasEmptyBrackets("结果（见上）。"))
    }

    func testKeyInAnHTMLListInsideDetails() {
        let md = """
        1. 哪个方法返回新数组？

           A: list.each

           B: list.collect

           <details>
           <summary>答案</summary>
           <ul>
           <li>答案是B</li>
           </ul>
           </details>

        2. 哪个方法把数组拼成字符串？

           A: list.join

           B: list.split

           <details><summary>Answer</summary>
           <ol><li>A</li></ol>
           </details>
        """
        XCTAssertEqual(importMarkdown(md).items.map(\.answer), [.choices(["B"]), .choices(["A"])])
    }

    func testOnlyTheRightOptionPrintedInBold() {
        // A page that prints just the right option, in bold: its letter is the key, whatever letter it is.
        let items = importMarkdown("1. What is 9 / 3 as a float?\n\n**C. 3.0**\n\n2. Which word opens a loop?\n\n**B. while**\n").items
        XCTAssertEqual(items.map(\.answer), [.choices(["C"]), .choices(["B"])])
        XCTAssertEqual(items.first?.stem, "What is 9 / 3 as a float?")
        XCTAssertEqual(items.first?.options?.map(\.letter), ["C"])
        // A line opening with a capital under a stem, with no key naming it, stays the stem's text.
        let plain = importText("1. Describe the picture.\nB. is the second letter\n答案：略\n").single
        XCTAssertNil(plain?.options)
    }

    func testOnlyTheRightOptionsLetterInBold() {
        let item = importMarkdown("1. Which is blue?\n\nA. Grass\n\nB. Blood\n\n**C.** Sky\n").single
        XCTAssertEqual(item?.options?.map(\.text), ["Grass", "Blood", "Sky"])
        XCTAssertEqual(item?.answer, .choices(["C"]))
        // Every letter in bold is the page's style, not a key.
        let styled = importMarkdown("1. Which is blue?\n\n**A.** Grass\n\n**B.** Blood\n\n**C.** Sky\n").single
        XCTAssertEqual(styled?.options?.count, 3)
        XCTAssertNil(styled?.answer)
    }
}

final class MarkdownLeadingAnswerGridTests: XCTestCase {
    func testGridBeforeItsQuestionsKeysEachSection() {
        let md = """
        ## 一、选择题

        | 题号 | 1 | 2 |
        |---|---|---|
        | 答案 | C | A |

        1. 水的化学式是（ ）
           - A. CO2
           - B. O2
           - C. H2O
        2. 一年有几个季节（ ）
           - A. 四
           - B. 五

        ## 二、判断题

        | 题号 | 答案 |
        |---|---|
        | 1 | F |
        | 2 | T |

        ### 第 1 题

        鲸鱼是鱼类。

        ### 第 2 题

        蝙蝠是哺乳动物。
        """
        let items = importMarkdown(md).items
        XCTAssertEqual(items.map(\.answer), [.choices(["C"]), .choices(["A"]), .trueFalse(false), .trueFalse(true)])
        XCTAssertEqual(items.map(\.type), [.singleChoice, .singleChoice, .trueFalse, .trueFalse])
    }

    func testLeadingGridKeysStayInTheirSection() {
        // The second section has no grid of its own: the first grid's keys must not reach its questions.
        let md = "## 判断\n\n| 题号 | 1 |\n|---|---|\n| 答案 | T |\n\n### 第 1 题\n\n铁是金属。\n\n## 简答\n\n### 第 1 题\n\n铁为什么会生锈？\n"
        let items = importMarkdown(md).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.first?.answer, .trueFalse(true))
        XCTAssertNil(items.last?.answer)
    }
}

final class MarkdownBoldQuestionTests: XCTestCase {
    func testBoldLineOverAListOrParagraphIsAShortAnswer() {
        let md = """
        # 复习

        **敏捷开发的优点**：

        1. 能**快速**响应变化
        2. 客户**全程**参与

        **为什么要做单元测试**

        尽早发现缺陷，降低修复成本。

        **<font color="red">快速响应，客户参与</font>**
        """
        let items = importMarkdown(md).items
        XCTAssertEqual(items.map(\.stem), ["敏捷开发的优点", "为什么要做单元测试"])
        XCTAssertEqual(items.map(\.type), [.shortAnswer, .shortAnswer])
        guard items.count == 2, case .text(let first)? = items[0].answer, case .text(let second)? = items[1].answer else {
            return XCTFail("both items need text answers")
        }
        XCTAssertTrue(first.contains("快速响应变化") && first.contains("客户全程参与"), first)
        XCTAssertTrue(second.hasPrefix("尽早发现缺陷"), second)
    }

    func testBoldTitlesOverFillInsAndQuestionsStayAsTheyWere() {
        // A bold type title over fill-ins: the bold words stay the blanks' keys.
        let fills = importMarkdown("**一、填空题**\n\n1. 水在**100**度沸腾。\n\n2. 地球有**一**颗卫星。\n").items
        XCTAssertEqual(fills.map(\.type), [.fillBlank, .fillBlank])
        XCTAssertEqual(fills.first?.answer, .blanks(["100"]))
        // A bold instruction over numbered questions is no question of its own.
        let asked = importMarkdown("**请回答下列问题：**\n\n1. 什么是质数？\n\n2. 什么是合数？\n").items
        XCTAssertEqual(asked.map(\.stem), ["什么是质数?", "什么是合数?"])
        // Inside the answer of a numbered question a bold line is part of that answer.
        let inside = importMarkdown("## 1. 子网掩码有什么用？\n它区分网络位和主机位。\n**它的作用有两个：**\n一是划分网络，二是节省地址。\n").items
        XCTAssertEqual(inside.count, 1)
    }
}

final class MarkdownInlineTextTests: XCTestCase {
    func testCharacterReferencesAreDecoded() {
        let words = MarkdownInline("&emsp;&emsp;一是划分网络&ensp;二是 a &lt; b").plain.split(whereSeparator: \.isWhitespace)
        XCTAssertEqual(words.joined(separator: " "), "一是划分网络 二是 a < b")
        XCTAssertEqual(MarkdownInline("R&D 部门 & 团队").plain, "R&D 部门 & 团队")
    }

    func testTeXMathBecomesText() {
        XCTAssertEqual(MarkdownInline("$2.\\;$下列输出是（ ）").plain, "2. 下列输出是（ ）")
        XCTAssertEqual(MarkdownInline("$$第\\;3\\;章：\\;\\rm{for}\\;循环$$").plain, "第 3 章： for 循环")
        // Money is no math.
        XCTAssertEqual(MarkdownInline("costs $5 and $10").plain, "costs $5 and $10")
        let item = importMarkdown("$1.\\;$哪个是偶数（ ）\n\nA. 3\n\n**B. 4**\n").single
        XCTAssertEqual(item?.stem, "哪个是偶数( )")
        XCTAssertEqual(item?.answer, .choices(["B"]))
    }

}

/// Lecture notes in Markdown: their numbered topics are sections, not questions.
final class MarkdownLectureNoteTests: XCTestCase {
    func testNumberedTitleCaseTopicsOfLectureNotesAreNoQuestions() {
        let md = """
        ## Lesson 4: Rivers

        #### **1. Stages of a River**

        A river is usually described in three stages, from its source to its mouth.

        *   **1. Upper Course (Youthful Stage):**
            The water runs fast in a narrow valley.
        *   **2. Lower Course (Old Stage):**
            The river is wide and slow.

        #### **2. Meanders and Oxbow Lakes**

        A bend cut off by the river becomes a lake.

        #### **3. Why do rivers flood?**

        Heavy rain fills the channel faster than it drains.

        ### Practice

        1. Which stage of a river has the fastest water?
        A. Upper course
        B. Lower course
        Answer: A
        """
        let items = importMarkdown(md).items
        XCTAssertNil(items.first { $0.stem.contains("Stages of a River") || $0.stem.contains("Meanders") || $0.stem.contains("Upper Course") })
        // A numbered heading that asks stays a question, and so does the practice question.
        XCTAssertNotNil(items.first { $0.stem.contains("Why do rivers flood") })
        XCTAssertEqual(items.first { $0.stem.contains("fastest") }?.answer, .choices(["A"]))
    }

    func testNumberedHeadingsThatAreQuestionsStayQuestions() {
        XCTAssertNil(MarkdownConverter.numberedTopic("1. Define Polymorphism"))
        XCTAssertNil(MarkdownConverter.numberedTopic("2. What Is a Pointer"))
        XCTAssertNil(MarkdownConverter.numberedTopic("3. The output of the program is"))
        XCTAssertNil(MarkdownConverter.numberedTopic("4. 进程管理"))
        XCTAssertEqual(MarkdownConverter.numberedTopic("5. Constant Functions (const Member Functions)"), "Constant Functions (const Member Functions)")
    }

    func testNumberedPointsUnderABoldNumberedQuestionAreItsAnswer() {
        let md = """
        **1.温室效应的两个主要成因是什么？**

        1.  燃烧化石燃料排放大量二氧化碳。
        2.  森林被砍伐，吸收二氧化碳的能力下降。

        **2.臭氧层有什么作用？**

        它吸收太阳的大部分紫外线。

        ## 练习

        1. 下列哪种气体是温室气体？
        A. 氧气
        B. 二氧化碳
        答案：B
        2. 臭氧层位于大气的哪一层？
        A. 平流层
        B. 对流层
        答案：A
        """
        let items = importMarkdown(md).items
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(items.first?.answer?.display().contains("燃烧化石燃料"), true)
        XCTAssertEqual(items.first?.answer?.display().contains("森林被砍伐"), true)
        XCTAssertNil(items.first { $0.stem.hasPrefix("森林被砍伐") })
        // After a heading, a numbered list holds questions again.
        XCTAssertEqual(items.suffix(2).map(\.answer), [.choices(["B"]), .choices(["A"])])
    }
}
