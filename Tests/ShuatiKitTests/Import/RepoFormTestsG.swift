import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set G): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsG: XCTestCase {
    // MARK: an emoji before a key or explanation label

    func testEmojiBeforeBoldAnswerAndExplanationLabels() {
        let result = importMarkdown("""
        ### **Question 1**

        Which keyword leaves a loop at once?

        **Options:**
        - A. `pass`
        - B. `break`
        - C. `continue`

        **✅ Correct Answer: B**

        **📚 Explanation:**
        The loop stops and control moves past it.

        ---

        ### **Question 2**

        Which keyword skips to the next round of a loop?

        **Options:**
        - A. `pass`
        - B. `break`
        - C. `continue`

        **✅ Correct Answer: C**

        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "leaves a loop")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "skips to the next")?.answer, .choices(["C"]))
        XCTAssertNil(result.item(containing: "Explanation"))
    }

    func testEmojiBeforeOrdinaryTextIsKept() {
        // A decorated line that is no label stays text; a lone tick is still a true mark.
        XCTAssertEqual(MarkdownKeys.labelWithoutPictograph("📌 Remember the loop rules"), "📌 Remember the loop rules")
        XCTAssertEqual(MarkdownKeys.labelWithoutPictograph("✅"), "✅")
        XCTAssertEqual(MarkdownKeys.labelWithoutPictograph("✅ Answer: A"), "Answer: A")
        XCTAssertEqual(MarkdownKeys.label("💡 Explanation:"), .explanation)
    }

    // MARK: a `四、…题` part whose type word is unknown

    func testUntypedPartHeadingKeepsTheAnswerSheetForTheWholePaper() {
        let result = importText("""
        一、单选题

        1. 哪种材料导电？
        A. 木头
        B. 铜

        二、配对题

        2. 把城市和省份配对：杭州、成都

        三、简答题

        3. 简述导体的特点。



        参考答案
        1. B
        2. 杭州-浙江，成都-四川
        3. 电阻小，易导电

        """)
        XCTAssertEqual(result.item(containing: "哪种材料")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "简述导体")?.answer, .text("电阻小,易导电"))
        XCTAssertNotEqual(result.item(containing: "配对")?.type, .singleChoice)
    }

    func testNumberedSentenceEndingInTiIsNoPartHeading() {
        // `一、…题` inside running text, or with more after it on the line, is not a part heading.
        let result = importText("""
        1. 下列说法正确的是（ ）
        A. 一、二两题都对
        B. 都不对
        答案：B

        """)
        XCTAssertEqual(result.single?.options?.count, 2)
        XCTAssertEqual(result.single?.answer, .choices(["B"]))
    }

    // MARK: a blank's answer set as inline code

    func testCodeSpanAroundABlanksAnswerIsDropped() {
        let result = importMarkdown("""
        1. 配置文件的名字是 ________，默认端口是 ________。

        2. 导出变量用 ________ 命令。

        ---

        **答案**

        1. `settings.toml`，`8080`
        2. `export` 或 `set -x`

        """)
        XCTAssertEqual(result.item(containing: "配置文件")?.answer, .blanks(["settings.toml", "8080"]))
        // A backtick inside the answer: two code spans, kept as written.
        XCTAssertEqual(result.item(containing: "导出变量")?.answer, .blanks(["`export` 或 `set -x`"]))
    }

    // MARK: `B卷` / `C卷` versions of a paper

    func testPaperVersionLinesSeparateTheVersionsAndKeepTheirPartType() {
        let result = importText("""
        填空题

        A卷

        1. 光在真空中的速度约为（ 3×10^8 m/s ）。
        2. 水的沸点是（ 100 ）摄氏度。

        B卷

        1. 地球绕太阳一周约需（ 365 ）天。
        2. 人体正常体温约为（ 37 ）摄氏度。

        """)
        XCTAssertEqual(result.items.count, 4)
        XCTAssertEqual(result.item(containing: "水的沸点")?.type, .fillBlank)
        XCTAssertEqual(result.item(containing: "水的沸点")?.answer, .blanks(["100"]))
        XCTAssertEqual(result.item(containing: "地球绕太阳")?.answer, .blanks(["365"]))
        XCTAssertNil(result.item(containing: "B卷"))
    }

    func testWordEndingInJuanIsNoPaperVersion() {
        // `试卷`, `考卷` name a paper in other words; a letter and `卷` inside a sentence is text.
        XCTAssertTrue(TypeHint.isPaperVersion("C卷"))
        XCTAssertTrue(TypeHint.isPaperVersion(" Ｂ卷 "))
        XCTAssertFalse(TypeHint.isPaperVersion("考卷"))
        XCTAssertFalse(TypeHint.isPaperVersion("A卷答案见后"))
    }

    // MARK: a sources note between an unnumbered question and its answer

    func testSourcesNoteUnderAQuestionStaysOutOfItsStem() {
        let result = importMarkdown("""
        - 什么是引用计数？

        答：记录有多少个指针指向同一个对象。

        - 弱引用有什么用？

        【参考资料】：《某本教材》第5章

        答：打破循环引用，不增加计数。

        """)
        let weak = result.item(containing: "弱引用")
        XCTAssertEqual(weak?.stem, "弱引用有什么用?")
        XCTAssertEqual(weak?.answer, .text("打破循环引用,不增加计数。"))
    }

    func testLineOpeningWithCankaoWordIsNoNoteWithoutItsLabelMark() {
        // `参考答案如下…` or `来源于…` open ordinary text: only `参考资料】`/`来源：`-style labels are notes.
        let result = importText("""
        来源于生活的例子有哪些？

        答：杠杆和滑轮。

        """)
        XCTAssertEqual(result.single?.stem, "来源于生活的例子有哪些?")
        XCTAssertEqual(result.single?.answer, .text("杠杆和滑轮。"))
    }

    // MARK: an answer whose colon announces `(1)` `(2)` points

    func testParenthesisedPointsAfterAnAnswersColonBelongToTheAnswer() {
        let result = importText("""
        什么是封装？

        答：主要有两层意思：

        （1）把数据和操作放在一起；

        （2）对外隐藏实现细节。

        什么是继承？
        答：子类获得父类的成员。

        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "封装")?.answer,
                       .text("主要有两层意思:\n(1)把数据和操作放在一起;\n(2)对外隐藏实现细节。"))
        XCTAssertEqual(result.item(containing: "继承")?.answer, .text("子类获得父类的成员。"))
    }

    func testParenthesisedQuestionsAfterAColonStayQuestions() {
        // Points that ask (`？`) are the sub-questions that follow, not the answer's points.
        let result = importText("""
        阅读后回答：
        （1）光合作用需要什么条件？
        答：光照和叶绿体。
        （2）光合作用的产物是什么？
        答：有机物和氧气。

        """)
        XCTAssertEqual(result.item(containing: "需要什么条件")?.answer, .text("光照和叶绿体。"))
        XCTAssertEqual(result.item(containing: "产物")?.answer, .text("有机物和氧气。"))
    }
}
