import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set R): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsR: XCTestCase {
    // MARK: a true/false mark in brackets before the question number

    func testMarkBeforeNumberKeysItsOwnStatement() {
        let result = importText("""
        二、判断题
        （ × ）1、铁块放进水里会浮起来。
        （√）2、冰融化成水要吸收热量。
        (   ×   )3、声音在真空中传播得最快。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.item(containing: "铁块放进水里")?.answer, .trueFalse(false))
        XCTAssertEqual(result.item(containing: "冰融化成水")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "声音在真空中")?.answer, .trueFalse(false))
        XCTAssertFalse(result.item(containing: "铁块放进水里")?.stem.contains("√") ?? true)
    }

    func testMarkBracketBrokenOverTwoLinesBeforeNumber() {
        // A right-aligned mark pulled out of a page: `(` and the mark on one line, `)` and the number on the next.
        let result = importText("""
        判断题
        (                                        √
        )1.植物的叶子在白天进行光合作用，需要阳光和二氧化
        碳。
        (                                        ×
        )2.所有的金属在常温下都是固体。
        (   √  )3.月球绕地球转动一周大约需要一个月。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.item(containing: "光合作用")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "所有的金属")?.answer, .trueFalse(false))
        XCTAssertEqual(result.item(containing: "月球绕地球")?.answer, .trueFalse(true))
    }

    func testMarkOnItsOwnLineAfterStatementStillKeysTheStatementAbove() {
        // Look-alike: the bracket alone on a line under a statement is that statement's mark, and a statement whose
        // mark closes its own line keeps it.
        let result = importText("""
        判断题
        1、铁块放进水里会浮起来。
        （×）
        2、冰融化成水要吸收热量。
        （√）
        3、声音在真空中传播得最快。（×）
        """)
        XCTAssertEqual(result.item(containing: "铁块放进水里")?.answer, .trueFalse(false))
        XCTAssertEqual(result.item(containing: "冰融化成水")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "声音在真空中")?.answer, .trueFalse(false))
    }

    // MARK: a note box titled with the numbered question

    func testContainerTitledWithNumberedQuestionHoldsThatQuestion() {
        let result = importMarkdown("""
        ## 每日一练

        ::: info 1. 下列哪种动物属于哺乳动物？（C）❌

        A. `麻雀`

        B. `金鱼`

        C. `海豚`

        D. `青蛙`

        解析：海豚用肺呼吸，胎生哺乳。

        :::

        ::: info 2. 下列哪些是可再生能源？（AB）✅

        A. `风能`  B. `太阳能`

        C. `煤炭`  D. `石油`

        解析：煤炭和石油用完就没有了。

        :::
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "哺乳动物")?.answer, .choices(["C"]))
        XCTAssertEqual(result.item(containing: "哺乳动物")?.options?.count, 4)
        XCTAssertEqual(result.item(containing: "可再生能源")?.answer, .choices(["A", "B"]))
    }

    func testContainerWithPlainTitleStaysANote() {
        // Look-alike: a box titled with words (or a number with no sentence) is a note, not a question; a box after
        // a keyed question still explains it.
        XCTAssertFalse(MarkdownConverter.titleIsNumberedQuestion("结论速记"))
        XCTAssertFalse(MarkdownConverter.titleIsNumberedQuestion("2025"))
        XCTAssertFalse(MarkdownConverter.titleIsNumberedQuestion("3. 小结"))
        XCTAssertTrue(MarkdownConverter.titleIsNumberedQuestion("3. 下列说法正确的是（AB）"))
        let result = importMarkdown("""
        1. 下列哪种动物属于哺乳动物？

        A. 麻雀
        B. 金鱼
        C. 海豚

        答案：C

        ::: tip 结论速记
        用肺呼吸、胎生的是哺乳动物。
        :::
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.item(containing: "哺乳动物")?.answer, .choices(["C"]))
    }

    // MARK: a key set in code inside the brackets, and a notebook's right/wrong mark after it

    func testKeyInCodeInsideBracketsAndSelfCheckMark() {
        let result = importMarkdown("""
        1. 水在标准大气压下一百度沸腾。（`正确`）✅

        温度到了就会沸腾。

        2. 下列哪个是偶数？（`B`）❌

        A. 3

        B. 4

        C. 5
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "一百度沸腾")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "一百度沸腾")?.explanation, "温度到了就会沸腾。")
        XCTAssertEqual(result.item(containing: "偶数")?.answer, .choices(["B"]))
    }

    func testCodeInBracketsAndOptionTickStay() {
        // Look-alikes: code that is no key stays code; a tick after an option still marks that option.
        XCTAssertTrue(MarkdownInline("调用（`len(x)`）返回长度").plain.contains("`len(x)`"))
        XCTAssertTrue(MarkdownInline("取值（`a`）").plain.contains("`a`"))
        XCTAssertEqual(MarkdownConverter.droppingSelfCheckMark("B. 风能 ✅"), "B. 风能 ✅")
        XCTAssertEqual(MarkdownConverter.droppingSelfCheckMark("函数 f(x) 的值 ✅"), "函数 f(x) 的值 ✅")
        XCTAssertEqual(MarkdownConverter.droppingSelfCheckMark("下列说法正确的是（AB）❌"), "下列说法正确的是（AB）")
    }

    // MARK: a true/false word key closing the statement, a paragraph after it

    func testWordKeyAfterClosedStatementLeavesTheParagraphAsNote() {
        let result = importText("""
        1. 月亮自己会发光。（错误）

        月亮只是反射太阳的光。

        2. 声音可以在水中传播。（正确）
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "月亮自己会发光")?.answer, .trueFalse(false))
        XCTAssertFalse(result.item(containing: "月亮自己会发光")?.stem.contains("反射") ?? true)
        XCTAssertEqual(result.item(containing: "声音可以在水中")?.answer, .trueFalse(true))
    }

    func testWordKeyInsideAnOpenSentenceKeepsTheText() {
        // Look-alike: a key word before the sentence has ended leaves what follows in the statement.
        let result = importText("""
        1. 用（正确）的姿势写字可以保护视力。
        """)
        XCTAssertTrue(result.item(containing: "姿势写字")?.stem.contains("保护视力") ?? false)
    }

    // MARK: comparison signs that look like an HTML tag

    func testComparisonSignsAreNotATag() {
        let result = importMarkdown("""
        1.三种温度的关系是(  B  )。   A.T1>T2>Tc      B.T1<T2<Tc      C.T2>T1      D.Tc>T2
        """)
        XCTAssertEqual(result.item(containing: "三种温度")?.options?.count, 4)
        XCTAssertEqual(result.item(containing: "三种温度")?.answer, .choices(["B"]))
        XCTAssertEqual(MarkdownInline("x<a3<y C.b>z").plain, "x<a3<y C.b>z")
    }

    func testRealInlineTagsAreStillDropped() {
        // Look-alike: real tags, with attributes or self-closed, are still markup.
        XCTAssertEqual(MarkdownInline("选<b>B</b>项<br/>下一行").plain, "选B项 下一行")
        XCTAssertEqual(MarkdownInline("<a href=\"x\">链接</a>文字").plain, "链接文字")
    }

    // MARK: a long blank broken by a space before its last stroke

    func testBrokenBlankBeforeTrailingBracketKey() {
        let result = importText("""
        1. 光合作用需要____________，并释放出______________ _ 的气体。（阳光，氧气）
        """)
        XCTAssertEqual(result.item(containing: "光合作用")?.answer, .blanks(["阳光", "氧气"]))
    }

    func testLoneUnderscoreIsNoBlank() {
        // Look-alike: a lone `_` in a name with no blank run before it leaves the bracket as text.
        let result = importText("""
        1. 变量名 my_var 的命名风格叫什么？（蛇形命名）
        """)
        XCTAssertNotEqual(result.item(containing: "命名风格")?.answer, .blanks(["蛇形命名"]))
    }

    // MARK: an English question that ends in a closing quote or a bracketed aside, its answer below

    func testQuestionKeepsClosingQuoteAndBracketedAside() {
        let result = importMarkdown("""
        1) What is “shadowing a variable?”

          * Declaring a new variable with the same name in an inner scope

        2) Which object holds the timers? (i.e. Where does setInterval live?)

          * The window object provided by the browser
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "shadowing")
        XCTAssertEqual(first?.stem, "What is “shadowing a variable?”")
        XCTAssertEqual(first?.answer, .text("Declaring a new variable with the same name in an inner scope"))
        let second = result.item(containing: "holds the timers")
        XCTAssertTrue(second?.stem.contains("Where does setInterval live?") ?? false)
        XCTAssertEqual(second?.answer, .text("The window object provided by the browser"))
    }

    func testAnswerAfterQuestionMarkOnTheSameLineStaysTheAnswer() {
        // Look-alikes: text after the question mark on the question's own line (no bracket, or a bracket that does
        // not close the line) is still the answer.
        let (stem, answer) = StemCleaner.splitStemAndAnswer(Array("What holds the timers? The window object".unicodeScalars))
        XCTAssertEqual(String(String.UnicodeScalarView(stem)), "What holds the timers?")
        XCTAssertEqual(answer.map { String(String.UnicodeScalarView($0)) }, "The window object")
        let (stem2, answer2) = StemCleaner.splitStemAndAnswer(Array("What holds the timers? (the window) object\nmore".unicodeScalars))
        XCTAssertEqual(String(String.UnicodeScalarView(stem2)), "What holds the timers?")
        XCTAssertNotNil(answer2)
    }
}
