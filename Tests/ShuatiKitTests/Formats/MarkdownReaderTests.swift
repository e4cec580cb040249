import XCTest
@testable import ShuatiKit

/// Markdown read through the same entry point as a file: `MarkdownReader.text`, then the document parser.
func importMarkdown(_ markdown: String) -> ImportResult {
    DocumentImporter.parse(MarkdownReader.text(from: markdown), file: "t.md")
}

/// What two readings of the same questions must agree on.
func itemShapes(_ result: ImportResult) -> [String] {
    result.items.map { q in
        let options = (q.options ?? []).map { "\($0.letter)=\($0.text)" }.joined(separator: "|")
        return "\(q.type)#\(q.stem)#\(options)#\(String(describing: q.answer))"
    }
}

final class MarkdownReaderTests: XCTestCase {
    func testBoldOptionIsTheKey() {
        let md = "1. 光合作用主要发生在植物的（ ）\n    - A. 根\n    - **B. 叶**\n    - C. 茎\n    - D. 花\n"
        let item = importMarkdown(md).single
        XCTAssertEqual(item?.answer, .choices(["B"]))
        XCTAssertEqual(item?.options?.count, 4)
        // Bold on the option text only, in a nested numbered list, counts the same.
        let nested = "1.   光合作用主要发生在植物的（ ）\n     1.   A、根\n     2.   B、**叶**\n     3.   C、茎\n"
        XCTAssertEqual(importMarkdown(nested).single?.answer, .choices(["B"]))
    }

    func testBoldTrueFalseBulletsAndBoldMarkLines() {
        let md = "## 判断\n\n地球围绕太阳公转。\n\n- **对**\n- 错\n\n月亮自己发光。\n**F**\n"
        let items = importMarkdown(md).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(items.map(\.type), [.trueFalse, .trueFalse])
    }

    func testCheckedBoxesAreKeys() {
        let options = importMarkdown("1. Which of these are prime numbers?\n- [x] 2\n- [ ] 4\n- [x] 5\n").single
        XCTAssertEqual(options?.answer, .choices(["A", "C"]))
        XCTAssertEqual(options?.options?.map(\.text), ["2", "4", "5"])
        // Boxes standing alone are true/false statements; checked means true; TODO leaves the key open.
        let statements = importMarkdown("### 1-3\n\n- [x] 水在标准大气压下100度沸腾。\n- [ ] 铁的密度比水的密度小。\n- [ ] 光速在真空中是有限的。TODO\n")
        XCTAssertEqual(statements.items.map(\.answer), [.trueFalse(true), .trueFalse(false), nil])
        XCTAssertFalse(statements.items.contains { $0.stem.contains("TODO") })
        // A to-do list of numbers is not a quiz.
        XCTAssertTrue(importMarkdown("## 进度\n\n- [ ] 1\n- [x] 2\n- [ ] 3\n").items.isEmpty)
    }

    func testTaskListUnderAQuestionHeadingIsItsOptions() {
        // Lettered boxes under a numbered question heading: options, the checked one the key.
        let lettered = importMarkdown("### 1. 哪个对象用于保证指定数量的 Pod 副本运行？\n- [ ] A. Service\n- [x] B. ReplicaSet\n- [ ] C. ConfigMap\n").single
        XCTAssertEqual(lettered?.type, .singleChoice)
        XCTAssertEqual(lettered?.options?.map(\.letter), ["A", "B", "C"])
        XCTAssertEqual(lettered?.answer, .choices(["B"]))
        // Without letters they are lettered in order; several checked make a multiple choice; a blank line may
        // separate the heading from its boxes, and a heading ending in a question mark needs no number.
        let items = importMarkdown("## 练习\n\n### 2. Which objects run Pods?\n\n- [x] Deployment\n- [ ] Service\n- [x] DaemonSet\n\n### 哪个命令查看 Pod 日志？\n- [ ] kubectl get\n- [x] kubectl logs\n").items
        XCTAssertEqual(items.map(\.answer), [.choices(["A", "C"]), .choices(["B"])])
        XCTAssertEqual(items.first?.type, .multipleChoice)
        XCTAssertEqual(items.first?.options?.map(\.text), ["Deployment", "Service", "DaemonSet"])
        // Sentences with boxes under an instruction heading stay true/false statements.
        let statements = importMarkdown("## 判断下列说法是否正确？\n\n- [x] 水在标准大气压下100度沸腾。\n- [ ] 铁的密度比水的密度小。\n").items
        XCTAssertEqual(statements.map(\.answer), [.trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(statements.map(\.type), [.trueFalse, .trueFalse])
    }

    func testOptionTableWithAMarkedRow() {
        let md = """
        1. The capital of Italy is _____.

        |   |    |        |
        |---|----|--------|
        |   | a. | Paris  |
        | ★ | b. | Rome   |
        |   | c. | Berlin |
        """
        let item = importMarkdown(md).single
        XCTAssertEqual(item?.answer, .choices(["B"]))
        XCTAssertEqual(item?.options?.map(\.text), ["Paris", "Rome", "Berlin"])
        let checkColumn = "1. 最大的行星是（ ）\n\n| 选项 | 内容 | 正确 |\n|--|--|--|\n| A | 地球 | |\n| B | 木星 | ✓ |\n"
        XCTAssertEqual(importMarkdown(checkColumn).single?.answer, .choices(["B"]))
    }

    func testQuestionTableAndAnswerTable() {
        let md = """
        | 题号 | 题目 | A | B | C | 答案 |
        |---|---|---|---|---|---|
        | 1 | 最大的行星是（ ） | 地球 | 木星 | 火星 | B |
        | 2 | 离太阳最近的行星是（ ） | 水星 | 金星 | 地球 | A |
        """
        let items = importMarkdown(md).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"])])
        XCTAssertEqual(items.first?.options?.count, 3)
        let sheet = "1. 最大的行星是（ ）\nA. 地球\nB. 木星\n\n2. 最小的行星是（ ）\nA. 水星\nB. 木星\n\n## 参考答案\n\n| 题号 | 答案 |\n|---|---|\n| 1 | B |\n| 2 | A |\n"
        XCTAssertEqual(importMarkdown(sheet).items.map(\.answer), [.choices(["B"]), .choices(["A"])])
    }

    func testAnswerHeadingDetailsAndLoneLetter() {
        let heading = "## 第1题\n**【第1题】**\n下列属于哺乳动物的是（__）。\n\n**选项**\nA、鲨鱼\nB、海豚\nC、海马\n\n---\n### 答案\n**B**\n\n### 解析\n<details>\n<summary>查看解析</summary>\n\n- **海豚**用肺呼吸\n- 答案为B\n</details>\n"
        let item = importMarkdown(heading).single
        XCTAssertEqual(item?.answer, .choices(["B"]))
        XCTAssertEqual(item?.stem.contains("哺乳动物"), true)
        let details = "1. Which services store objects? (Choose two.)\n    - A. Amazon S3\n    - B. Amazon EC2\n    - C. Amazon Glacier\n\n    <details markdown=1><summary markdown=\"span\">Answer</summary>\n\n    Correct Answer: AC\n\n    Explanation: both are storage.\n\n    </details>\n"
        XCTAssertEqual(importMarkdown(details).single?.answer, .choices(["A", "C"]))
        let inline = "1. 2+2=?\n- A: 3\n- B: 4\n<details><summary>答案</summary>B</details>\n"
        XCTAssertEqual(importMarkdown(inline).single?.answer, .choices(["B"]))
        let lone = "### Q1: Which planet is largest?\n- A: Mars\n- B: Jupiter\n---\nB\n\n### Q2: Which planet is red?\n- A: Mars\n- B: Venus\n---\nA\n"
        XCTAssertEqual(importMarkdown(lone).items.map(\.answer), [.choices(["B"]), .choices(["A"])])
    }

    func testCodeFencesStayTextOrHoldTheKey() {
        let key = "1. 关系数据库的标准语言是（）。\n    - A. SQL\n    - B. HTML\n\n答：\n```\nA\n```\n解析：\n```\n```\n"
        XCTAssertEqual(importMarkdown(key).single?.answer, .choices(["A"]))
        // A fence with numbered lines inside a question never splits it.
        let code = "1. 下面程序的输出是（ ）\n```c\n1. int x = 1;\n2. printf(\"%d\", x);\n```\nA. 1\nB. 0\n答案：A\n"
        let item = importMarkdown(code).single
        XCTAssertEqual(item?.answer, .choices(["A"]))
        XCTAssertEqual(item?.stem.contains("printf"), true)
    }

    func testBoldWordsOfAFillInAreItsBlanks() {
        let items = importMarkdown("## 填空题\n\n1、软件工程于**1968**年提出。\n\n2、三要素是**过程**、**方法**和**工具**。\n").items
        XCTAssertEqual(items.map(\.answer), [.blanks(["1968"]), .blanks(["过程", "方法", "工具"])])
        XCTAssertEqual(items.first?.stem.contains("1968"), false)
        let hashed = importMarkdown("1. The \\_\\_\\_\\_ is the difference between planned and actual cost. # Variance\n").single
        XCTAssertEqual(hashed?.answer, .blanks(["Variance"]))
        // Bold in a choice stem is emphasis.
        let choice = importMarkdown("1. 运算结果超出**定点数**范围时产生（ ）\nA. 进位\nB. 溢出\n答案：B\n").single
        XCTAssertEqual(choice?.answer, .choices(["B"]))
        XCTAssertEqual(choice?.stem.contains("定点数"), true)
    }

    func testBoldKeyAtTheEndOfALineIsAKeyNotABlank() {
        let labelled = importMarkdown("## 判断题\n\n1. 死锁的四个必要条件缺一不可。 **答案：对**\n").single
        XCTAssertEqual(labelled?.type, .trueFalse)
        XCTAssertEqual(labelled?.answer, .trueFalse(true))
        XCTAssertEqual(labelled?.stem.contains("_"), false)
        XCTAssertFalse(MarkdownReader.text(from: "1. 死锁的四个必要条件缺一不可。 **答案：对**\n").contains("答案：答案"))
        // A true/false mark set off after the statement, a bold label alone, an English label.
        let items = importMarkdown("## 判断题\n\n1. 线程共享进程的地址空间。**对**\n2. 进程是资源分配的基本单位 **×**\n3. 银行家算法用于避免死锁。 **答案**：错\n4. The kernel runs in user mode. **Answer: False**\n").items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(false), .trueFalse(false)])
        XCTAssertFalse(items.contains { $0.stem.contains("_") })
        // A labelled key on a choice stem's line is kept for after its options.
        let choice = importMarkdown("1. 下列哪个是质数？ **答案：B**\n- A. 4\n- B. 5\n- C. 6\n").single
        XCTAssertEqual(choice?.options?.count, 3)
        XCTAssertEqual(choice?.answer, .choices(["B"]))
        // Bold words inside a sentence, or ending it unlabelled, are still a fill-in's blanks.
        let fill = importMarkdown("## 填空题\n\n1. 进程的**同步**与互斥靠信号量实现。\n2. 死锁的必要条件之一是**互斥**。\n").items
        XCTAssertEqual(fill.map(\.answer), [.blanks(["同步"]), .blanks(["互斥"])])
    }

    func testBlockquoteUnderAQuestionIsItsAnswer() {
        let md = "1. What is a work breakdown structure?\n\n    >Definition:\n    >\n    >A deliverable-oriented grouping of the work.\n"
        guard case .text(let text)? = importMarkdown(md).single?.answer else { return XCTFail("no text answer") }
        XCTAssertTrue(text.contains("deliverable-oriented"))
    }

    func testInlineSyntaxIsReducedToText() {
        let md = "<!-- 注释 1. 不是题目 -->\n1. 访问 [官网](https://example.com) 和 `HTTP` 协议，![图](a.png) 属于 ~~应用层~~ <u>哪一层</u>（ ）\nA. 应用层\nB. 传输层\n答案：A\n"
        let item = importMarkdown(md).single
        XCTAssertEqual(item?.stem.contains("官网"), true)
        XCTAssertEqual(item?.stem.contains("https"), false)
        XCTAssertEqual(item?.stem.contains("<u>"), false)
        // Inline code keeps its backticks: it is code, and reads as code in a terminal.
        XCTAssertEqual(item?.stem.contains("`HTTP` 协议"), true)
        XCTAssertEqual(item?.answer, .choices(["A"]))
    }

    func testAReadmeGivesNoItems() {
        let readme = """
        ---
        title: tool
        ---
        # mytool

        A small tool. See [docs](https://example.com/docs).

        ## Install

        ```sh
        1. git clone https://example.com/mytool
        2. make install
        ```

        ## Usage

        - **fast**: runs in one pass
        - **safe**: never loses data
        - [ ] support Windows
        - [x] support Linux

        | option | meaning |
        |---|---|
        | -v | verbose |

        > Note: this is alpha software.
        """
        XCTAssertEqual(importMarkdown(readme).items.count, 0)
        XCTAssertEqual(importMarkdown("").items.count, 0)
        XCTAssertEqual(importMarkdown("**\n|\n```\n<details>\n> \n- [").items.count, 0)
    }

    /// The same questions written as plain text and in each Markdown form give the same items.
    func testMarkdownFormsGiveTheSameItemsAsText() {
        let text = """
        一、单选题
        1. 最大的行星是（ ）
        A. 地球
        B. 木星
        C. 火星
        答案：B

        2. 离太阳最近的行星是（ ）
        A. 水星
        B. 金星
        C. 地球
        答案：A

        二、判断题
        3. 月亮自己发光。
        答案：错误
        """
        let expected = itemShapes(importText(text))
        XCTAssertEqual(expected.count, 3)
        let forms = [
            // bold options and bold true/false bullets
            "## 一、单选题\n\n1. 最大的行星是（ ）\n   - A. 地球\n   - **B. 木星**\n   - C. 火星\n\n2. 离太阳最近的行星是（ ）\n   - **A. 水星**\n   - B. 金星\n   - C. 地球\n\n## 二、判断题\n\n3. 月亮自己发光。\n\n- 对\n- **错**\n",
            // checkboxes
            "## 一、单选题\n\n1. 最大的行星是（ ）\n- [ ] A. 地球\n- [x] B. 木星\n- [ ] C. 火星\n\n2. 离太阳最近的行星是（ ）\n- [x] A. 水星\n- [ ] B. 金星\n- [ ] C. 地球\n\n## 二、判断题\n\n3. 月亮自己发光。\n**F**\n",
            // marked tables, key headings and details
            "# 一、单选题\n\n1. 最大的行星是（ ）\n\n| | | |\n|-|-|-|\n| | A. | 地球 |\n| * | B. | 木星 |\n| | C. | 火星 |\n\n2. 离太阳最近的行星是（ ）\nA. 水星\nB. 金星\nC. 地球\n\n### 答案\n**A**\n\n# 二、判断题\n\n3. 月亮自己发光。\n<details><summary>答案</summary>错误</details>\n",
        ]
        for (n, form) in forms.enumerated() {
            XCTAssertEqual(itemShapes(importMarkdown(form)), expected, "form \(n)")
        }
    }
}
