import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set K): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsK: XCTestCase {
    // MARK: a numbered question set in bold as a whole, its answer in a `<details>` block

    func testWholeBoldNumberedQuestionWithDetailsAnswerIsAQuestion() {
        let result = importMarkdown("""
        ## Review

        1. **Which plan keeps ninety days of snapshots?**

        <details>
        <summary>Show Answer</summary>

        Answer: The gold plan
        </details>

        2. **Which region hosts the backup copies?**

        <details>
        <summary>Show Answer</summary>

        Answer: The northern region
        </details>
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "ninety days")?.type, .shortAnswer)
        XCTAssertEqual(result.item(containing: "ninety days")?.answer, .text("The gold plan"))
        XCTAssertEqual(result.item(containing: "backup copies")?.answer, .text("The northern region"))
    }

    func testNumberedLineWithSomeBoldWordsStaysAFillIn() {
        // Look-alike: bold words inside a numbered statement are still its blanks.
        let result = importMarkdown("""
        1. The **kernel** schedules the processes.
        2. A **mutex** guards one shared resource.
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "schedules")?.type, .fillBlank)
        XCTAssertEqual(result.item(containing: "schedules")?.answer, .blanks(["kernel"]))
    }

    // MARK: a numbered list of points under an answer label

    func testNumberedPointsUnderAnswerLabelAreTheAnswer() {
        let result = importMarkdown("""
        ## **1. Name the three layers of the model.**
        **Answer**:
        1. **Storage layer**: keeps the files.
        2. **Compute layer**: runs the jobs.
        3. **Service layer**: talks to the users.

        ---

        ## **2. Why are backups kept off site?**
        **Answer**: A fire at the office cannot destroy them.
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "three layers")
        XCTAssertEqual(first?.type, .shortAnswer)
        guard case let .text(answer)? = first?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(answer.contains("Storage layer") && answer.contains("Service layer"))
        XCTAssertNil(result.item(containing: "runs the jobs"))
        XCTAssertEqual(result.item(containing: "off site")?.answer, .text("A fire at the office cannot destroy them."))
    }

    func testNumberedKeysUnderAnswerHeadingStayAnAnswerSheet() {
        // Look-alike: letters numbered under an answer label key the questions above them.
        let result = importMarkdown("""
        1. Which gas do plants take in?
        A. Oxygen
        B. Carbon dioxide

        2. Which organ pumps blood?
        A. Heart
        B. Lung

        **Answer**:
        1. B
        2. A
        """)
        XCTAssertEqual(result.item(containing: "plants take in")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "pumps blood")?.answer, .choices(["A"]))
    }
}

final class RepoFormTestsKFence: XCTestCase {
    // MARK: options written one a line inside a code fence under the stem

    func testOptionsInsideACodeFenceAreTheOptions() {
        let result = importMarkdown("""
        #### 1 下列声明中与 char *q[3] 等价的是（）

        ```
         A char q[3]
         B char *q
         C char *(q[3])
         D char (*q)[3]
        ```

        正确答案：C

        #### 2 关于析构函数的调用顺序，正确的是（）

        ```c
        A 先调用基类的析构函数
        B 先调用派生类的析构函数
        ```

        ```answer
        B
        ```
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "等价的是")
        XCTAssertEqual(first?.options?.count, 4)
        XCTAssertEqual(first?.answer, .choices(["C"]))
        let second = result.item(containing: "调用顺序")
        XCTAssertEqual(second?.options?.count, 2)
        XCTAssertEqual(second?.answer, .choices(["B"]))
    }

    func testCodeThatAssignsLetterNamedVariablesStaysCode() {
        // Look-alike: `A = 1` `B = 2` in a fence under a question is the code the question asks about.
        let result = importMarkdown("""
        1. What does the program print?

        ```
        A = 1
        B = 2
        ```

        A. 1
        B. 2
        C. 3

        Answer: C
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.single?.options?.count, 3)
        XCTAssertEqual(result.single?.answer, .choices(["C"]))
    }
}

final class RepoFormTestsKNumbers: XCTestCase {
    // MARK: a number inside an English stem that is lower than the next question's

    func testLowerNumberInsideAnEnglishStemStaysInTheStem() {
        let result = importText("""
        3. How long are old logs kept?
        Answer: 30 days

        4. A bucket keeps versions set to 2. How many copies can be restored?
        Answer: Two

        5. Which tier is the cheapest?
        Answer: The archive tier
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.item(containing: "versions set to 2. How many")?.answer, .text("Two"))
    }

    func testNextNumberInsideALineStillStartsAQuestion() {
        // Look-alike: a quiz flattened onto one line goes on with the next number.
        let result = importText("""
        1. Which planet is red? Answer: Mars 2. Which planet has rings? Answer: Saturn
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "has rings")?.answer, .text("Saturn"))
    }
}

final class RepoFormTestsKHeadings: XCTestCase {
    // MARK: a heading numbered with a space alone over a question

    func testZeroPaddedSpaceNumberedHeadingQuestion() {
        let result = importMarkdown("""
        #### 01 int *r[2] 与下列哪个声明（）等价

        A. int r[2]
        B. int *(r[2])

        正确答案：B

        #### 02 const int *p 中不能修改的是（）

        A. p 本身
        B. p 指向的值

        正确答案：B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "与下列哪个声明")?.answer, .choices(["B"]))
        XCTAssertFalse(result.item(containing: "与下列哪个声明")?.stem.hasPrefix("01") ?? true)
    }

    func testSpaceNumberedSectionHeadingStaysASection() {
        // Look-alike: `## 2 Installation` numbers a section of notes, not a question.
        XCTAssertNil(MarkdownConverter.spacedNumberQuestion("2 Installation"))
        XCTAssertNil(MarkdownConverter.spacedNumberQuestion("2024 年度总结？"))
        XCTAssertEqual(MarkdownConverter.spacedNumberQuestion("03 下列说法正确的是（）"), "3. 下列说法正确的是（）")
    }
}
