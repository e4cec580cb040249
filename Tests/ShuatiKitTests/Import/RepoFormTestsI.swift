import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set I): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsI: XCTestCase {
    // MARK: a `<details>` block whose summary is no label but whose body opens on the key

    func testDetailsOpeningOnAnswerLabelKeepsOptionVerdictsOutOfTheKey() {
        let result = importMarkdown("""
        ## Question 1

        **Which planet is closest to the sun?** Choose one.

        - **a.** Venus
        - **b.** Mercury
        - **c.** Mars

        <details>
        <summary>Reveal the solution</summary>

        **Answer: b**

        - **a** ❌ Venus is the second planet.
        - **b** ✅ Mercury orbits closest.
        - **c** ❌ Mars is the fourth planet.

        </details>

        ## Question 2

        **Which planet has the most moons?** Choose one.

        - **a.** Saturn
        - **b.** Earth

        <details>
        <summary>Reveal the solution</summary>

        **Answer: a**

        - **a** ✅ Saturn has the most known moons.
        - **b** ❌ Earth has one.

        </details>
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "closest to the sun")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "most moons")?.answer, .choices(["A"]))
    }

    func testDetailsWithoutKeyLabelStayPlainText() {
        // A spoiler block that opens on an explanation, or on text, is not read as a key.
        XCTAssertTrue(MarkdownKeys.startsWithAnswerLabel("Answer: d"))
        XCTAssertTrue(MarkdownKeys.startsWithAnswerLabel("正确答案：B"))
        XCTAssertFalse(MarkdownKeys.startsWithAnswerLabel("Explanation: a ❌ wrong"))
        XCTAssertFalse(MarkdownKeys.startsWithAnswerLabel("Mercury orbits closest."))
    }

    // MARK: a number joined to letters by a hyphen (`AZ-900)`)

    func testHyphenatedCodeNumberIsNoQuestionNumber() {
        let result = importText("""
        Practice set for the XY-300) exam. Read each question before you look at the answer.

        1. Which port does HTTPS use?
        A. 80
        B. 443
        Answer: B
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
        XCTAssertNil(result.item(containing: "Read each question"))
    }

    func testNumberAfterSpaceAndParenthesisStillNumbersQuestions() {
        // Look-alike: `2)` after a space is a question number as before.
        let result = importText("""
        1) Which port does HTTP use?
        A. 80
        B. 443
        Answer: A
        2) Which port does HTTPS use?
        A. 80
        B. 443
        Answer: B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "HTTPS")?.answer, .choices(["B"]))
    }

    // MARK: code in a written answer: `p2.z`, `resolve().then`

    func testMemberAccessInAnswerCodeStartsNoQuestion() {
        let result = importText("""
        1. 什么是闭包，它有什么用途
        答案：闭包是函数和其词法环境的组合。

        常见写法： const p1 = make(1); const p2 = make(2); p2.z = 5; // 改写 obj.a = 1;

        2. 事件循环的执行顺序是怎样的
        答案：先同步后异步。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertTrue(answerText(result.item(containing: "闭包"))?.contains("p2.z") == true)
    }

    func testCapitalAfterGluedNumberStillStartsAQuestion() {
        // Look-alike: a flattened English page, `…went2.Fill…`: the next question starts with a capital.
        let result = importText("""
        1.Choose the past form: She___home.a)go b)goes c)wentAnswer:c)went2.Fill in: He ___ tall.a)is b)are c)amAnswer:a)is
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNotNil(result.item(containing: "Fill in"))
    }

    func testCallBracketsOnTheNextLineDoNotTurnAnAnswerPointIntoAQuestion() {
        let result = importText("""
        1. 什么是闭包
        答案：函数和环境。

        2. 事件循环的执行顺序是怎样的
        答案：console.log(1); setTimeout(f, 0);

        执行顺序：
        1. 同步代码
        2. 清空微任务队列
        3. 取下一个宏任务
        4. 再次清空微任务队列

        `queueMicrotask` 与 `Promise.resolve().then`：
        都进入微任务队列

        3. 什么是原型
        答案：对象。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertTrue(answerText(result.item(containing: "执行顺序是怎样"))?.contains("再次清空") == true)
        XCTAssertNil(result.item(containing: "再次清空微任务队列"))
    }

    func testBlankBracketsOnTheNextLineStillMarkAQuestion() {
        // Look-alike: `（ ）` / `()` after Chinese text is a blank: the restarted number is a question.
        let result = importText("""
        1. 什么是闭包
        答案：函数和环境。
        1. 下列属于浏览器对象的是
        ()
        A. window
        B. int
        答案：A
        """)
        XCTAssertEqual(result.item(containing: "浏览器对象")?.answer, .choices(["A"]))
    }

    // MARK: a bold lead-in inside the written answer of a heading question

    func testBoldColonLineInsideHeadingAnswerStaysInTheAnswer() {
        let result = importMarkdown("""
        ### Q1：弱引用适合什么场景

        **参考答案：**

        适合缓存大对象而不阻止回收。

        **为什么不能依赖它做业务逻辑：**
        1. 回收时机不确定
        2. 回调不保证执行

        ---

        ### Q2：什么是事件委托

        **参考答案：**

        把子元素的事件交给父元素处理。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNil(result.item(containing: "为什么不能依赖"))
        XCTAssertTrue(answerText(result.item(containing: "弱引用"))?.contains("回调不保证执行") == true)
    }

    func testBoldQuestionsOfRevisionNotesStayQuestions() {
        // Look-alike: bold lines ending in a colon in notes without heading questions are questions, as before.
        let result = importMarkdown("""
        ## 第一章

        **瀑布模型的缺点：**
        1. 不适应需求变化
        2. 风险后置

        **增量模型的优点：**
        1. 早交付
        2. 风险分散
        """)
        XCTAssertNotNil(result.item(containing: "瀑布模型的缺点"))
        XCTAssertNotNil(result.item(containing: "增量模型的优点"))
    }

    // MARK: an unnumbered question over 答： inside a numbered question's written answer

    func testAskingLineOverDaInsideNumberedAnswerStartsAQuestion() {
        let result = importText("""
        1、闭包有什么用途？
           答：保存状态；
               模拟私有变量。
           箭头函数和普通函数有什么不同？
           答：箭头函数没有自己的this。

        2、什么是原型链？
           答：对象沿原型逐级查找属性的链。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(answerText(result.item(containing: "箭头函数和普通函数")), "箭头函数没有自己的this。")
        XCTAssertFalse(answerText(result.item(containing: "闭包有什么用途"))?.contains("箭头函数") ?? true)
    }

    func testAskingLineWithoutDaStaysInTheAnswer() {
        // Look-alike: a rhetorical question inside the answer, with no 答： under it, is part of the answer.
        let result = importText("""
        1、闭包有什么用途？
           答：保存状态。
           为什么能保存状态？因为函数记住了它的环境。

        2、什么是原型链？
           答：对象沿原型逐级查找属性的链。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertTrue(answerText(result.item(containing: "闭包有什么用途"))?.contains("为什么能保存状态") == true)
    }

    // MARK: a numbered Markdown heading over its first subsection

    func testNumberedHeadingOverItsFirstSubsectionIsASection() {
        let result = importMarkdown("""
        ## 12. 练习题

        ### 12.1 选择题

        **1. 哪个是排序算法？**

        A. 快速排序
        B. 哈希表

        答案：A

        ### 12.2 判断题

        1. 栈是先进先出的。
        答案：错误
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNil(result.item(containing: "练习题"))
        XCTAssertEqual(result.item(containing: "排序算法")?.answer, .choices(["A"]))
    }

    func testNumberedQuestionHeadingWithoutSubsectionStaysAQuestion() {
        // Look-alike: `## 12. …？` over its answer (no `12.1` heading under it) is question 12.
        let result = importMarkdown("""
        ## 12. 什么是哈希冲突？

        答：不同的键映射到同一个位置。

        ## 13. 什么是二叉树？

        答：每个节点最多两个子节点的树。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNotNil(result.item(containing: "哈希冲突"))
    }

    // MARK: a key label over the whole option list; a fenced note under `**Ans: A**`

    func testCorrectAnswerLineOverTheOptionsIsNoKey() {
        let result = importMarkdown("""
        **Q&A**

        What does a unique index reject? (Select one.)

        Correct Answer

        A. Any document without the field
        B. A second document with the same value
        C. Every update of the field

        答案：B
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.items.first?.options?.count, 3)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
    }

    func testAnswerLabelOverOneRestatedOptionIsStillTheKey() {
        // Look-alike: `**Answer:**` over a single option line restates the key.
        let result = importMarkdown("""
        1. Which index covers several fields?

        - A. Single field
        - B. Compound

        **Answer:**

        B. Compound
        """)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
    }

    func testFencedNoteUnderAbbreviatedKeyExplainsIt() {
        let result = importMarkdown("""
        **1. What is a covered query? (Select one.)**

        A. A query answered from the index alone
        B. A query with a sort
        C. A query on two collections

        **Ans: A**

        ```
        A. Right: every field it needs is in the index.
        B. A sort alone does not make a query covered.
        C. Queries run on one collection.
        ```

        **2. What does explain() show? (Select one.)**

        A. The query plan
        B. The schema

        **Ans: A**
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "covered query")?.type, .singleChoice)
        XCTAssertEqual(result.item(containing: "covered query")?.answer, .choices(["A"]))
        XCTAssertEqual(result.item(containing: "explain()")?.answer, .choices(["A"]))
    }

    func testFencedCodeUnderAStemStaysInTheStem() {
        // Look-alike: code under a question (no key above it) is part of the question.
        let result = importMarkdown("""
        1. What does this print?

        ```
        print(len("abc"))
        ```

        A. 2
        B. 3

        **Answer: B**
        """)
        XCTAssertTrue(result.items.first?.stem.contains("len(") == true)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
    }

    // MARK: `a.` alone over the option's text, then Correct!/Incorrect. and feedback (a graded page copied out)

    func testLoneLetterOverOptionTextWithVerdicts() {
        let result = importMarkdown("""
        **Q&A**

        Which index holds several fields? (Select one.)

        a.
        A text index
        Incorrect.

        A text index searches words in strings.

        b.
        A compound index
        Correct!

        A compound index lists several fields in order.

        c.
        A hashed index
        Incorrect.

        A hashed index stores hashes of one field.

        **Q&A**

        Which index expires documents? (Select one.)

        a.
        A TTL index
        Correct!

        It removes documents after a time.

        b.
        A sparse index
        Incorrect.

        It skips documents without the field.
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "several fields")
        XCTAssertEqual(first?.options?.map(\.text), ["A text index", "A compound index", "A hashed index"])
        XCTAssertEqual(first?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "expires documents")?.answer, .choices(["A"]))
        XCTAssertNil(result.item(containing: "stores hashes"))
    }

    func testLoneLetterNotStartingAtAIsText() {
        // Look-alike: `b.` alone with no option list open is not an option (a stray line of notes).
        let result = importMarkdown("""
        1. Which index holds several fields?

        - A. Compound
        - B. Text

        **Answer: A**

        c.
        see the chapter on indexes
        """)
        XCTAssertEqual(result.items.first?.options?.count, 2)
        XCTAssertEqual(result.items.first?.answer, .choices(["A"]))
    }

    func testLoneLetterOverFencedCodeStaysACodeOption() {
        // Look-alike: `A.` over a fenced block is an option whose text is the code, as before.
        let result = importMarkdown("""
        ### Q1. What is printed?

        A.

        ```text
        one
        ```

        B.

        ```text
        two
        ```

        **Answer: B**
        """)
        XCTAssertEqual(result.items.first?.options?.count, 2)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
    }

    // MARK: options written as a numbered list, keyed by number (`correct answer: 3.`)

    func testNumberedOptionListKeyedByNumber() {
        let result = importMarkdown("""
        What does this print?

        ```js
        console.log(typeof []);
        ```

        1. `array`
        2. `object`
        3. `list`

        correct answer: 2.

        ***

        Expected output:

        ```js
        console.log(0.1 + 0.2 === 0.3);
        ```

        1. `true`
        2. `false`

        Correct answer: 2;
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "typeof")?.options?.count, 3)
        XCTAssertEqual(result.item(containing: "typeof")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "0.1 + 0.2")?.answer, .choices(["B"]))
    }

    func testNumberedStepsWithoutNumberKeyStayAList() {
        // Look-alike: numbered questions, and a list whose key is a text, keep their reading.
        let result = importMarkdown("""
        1. Which keyword declares a constant?

        Answer: const

        2. Which keyword declares a block variable?

        Answer: let
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNil(result.items.first?.options)
    }

    private func answerText(_ item: Question?) -> String? {
        if case let .text(t)? = item?.answer { return t }
        return nil
    }
}
