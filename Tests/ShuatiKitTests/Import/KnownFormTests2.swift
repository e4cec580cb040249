import XCTest
@testable import ShuatiKit

/// Known forms from the stand-in sets that earlier rounds left unread: each test uses invented text in the form, with a
/// look-alike that must keep its old reading.
final class KnownFormTests2: XCTestCase {
    private func letters(_ q: Question?) -> [String] { q?.options?.map(\.letter) ?? [] }
    private func text(_ q: Question?, _ letter: String) -> String? { q?.options?.first { $0.letter == letter }?.text }

    // MARK: options of a two-column table read column by column (A C / B D)

    func testOptionsPrintedColumnByColumnOnTheirOwnLines() {
        let result = importText("""
        1. 下列哪种动物属于哺乳动物()。
        A.鲸鱼

        C.鲨鱼

        B.海龟

        D.章鱼
        答案：A

        2. 水的沸点在标准大气压下是()。
        A. 90度
        B. 100度
        C. 110度
        D. 120度
        答案：B
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "哺乳动物")
        XCTAssertEqual(letters(first), ["A", "B", "C", "D"])
        XCTAssertEqual(text(first, "A"), "鲸鱼")
        XCTAssertEqual(text(first, "B"), "海龟")
        XCTAssertEqual(text(first, "C"), "鲨鱼")
        XCTAssertEqual(text(first, "D"), "章鱼")
        XCTAssertEqual(first?.answer, .choices(["A"]))
        XCTAssertEqual(result.item(containing: "沸点")?.answer, .choices(["B"]))
    }

    func testOptionsPrintedColumnByColumnInRows() {
        let result = importText("""
        1. 哪座城市是海滨城市？
        A. 青岛        C. 西安
        B. 兰州        D. 太原
        答案：A
        """)
        let q = result.single
        XCTAssertEqual(letters(q), ["A", "B", "C", "D"])
        XCTAssertEqual(text(q, "C"), "西安")
        XCTAssertEqual(text(q, "B"), "兰州")
        XCTAssertEqual(q?.answer, .choices(["A"]))
    }

    func testALetterOutOfTurnWithoutAFullSetStaysText() {
        // A skipped letter (no C anywhere) is no column order: D stays part of B's text as before.
        let result = importText("""
        1. 下列说法正确的是()。
        A. 甲说法
        B. 乙说法
        D. 丁说法
        答案：A
        """)
        XCTAssertEqual(letters(result.single), ["A", "B"])
        // A repeated letter is no column order either.
        let repeated = importText("""
        1. 下列说法正确的是()。
        A. 甲说法

        C. 丙说法

        C. 丙说法

        D. 丁说法
        答案：A
        """)
        XCTAssertFalse(letters(repeated.single).contains("D") && letters(repeated.single).contains("B"))
    }

    // MARK: a written key that chooses options in words

    func testWrittenKeysThatChooseAllOrNameLetters() {
        let result = importText("""
        二、单选题

        1. 哪种金属最轻？
        A. 锂
        B. 铁
        C. 铜

        2. 哪种气体可燃？
        A. 氮气
        B. 氢气
        C. 氦气

        三、多选题

        3. 下列哪些是水果？
        A. 苹果
        B. 香蕉
        C. 葡萄

        4. 下列哪些是蔬菜？
        A. 白菜
        B. 西瓜
        C. 芹菜
        D. 菠菜

        参考答案
        1. A
        2. B
        3. 全选（三种都是）
        4. 第一个和后两个（A、C、D）
        """)
        XCTAssertEqual(result.item(containing: "水果")?.answer, .choices(["A", "B", "C"]))
        XCTAssertEqual(result.item(containing: "蔬菜")?.answer, .choices(["A", "C", "D"]))
    }

    func testWrittenKeysThatExcludeOrPairStayUnread() {
        let options = ["甲", "乙", "丙", "丁"].enumerated().map { Option(letter: String(Character(Unicode.Scalar(65 + UInt32($0.offset))!)), text: $0.element) }
        XCTAssertNil(OptionMatcher.lettersWritten(inKey: "除（B）外都对", options: options))
        XCTAssertNil(OptionMatcher.lettersWritten(inKey: "①-C, ②-A, ③-B", options: options))
        XCTAssertNil(OptionMatcher.lettersWritten(inKey: "用 CPU 计算", options: options))
        XCTAssertNil(OptionMatcher.lettersWritten(inKey: "全部错误", options: options))
        XCTAssertNil(OptionMatcher.lettersWritten(inKey: "选E", options: options))
        XCTAssertEqual(OptionMatcher.lettersWritten(inKey: "以上都对", options: options), ["A", "B", "C", "D"])
    }

    // MARK: a letter in the blank of a fill-in part

    func testLetterInsideAFillInSentenceIsTheBlanksAnswer() {
        let result = importText("""
        一、填空题
        1. 人体缺乏维生素（ C ）会得坏血病。
        2. 光在真空中的速度约为（ 30万千米每秒 ）。
        """)
        let q = result.item(containing: "坏血病")
        XCTAssertEqual(q?.type, .fillBlank)
        XCTAssertEqual(q?.answer, .blanks(["C"]))
        XCTAssertEqual(result.item(containing: "真空")?.type, .fillBlank)
    }

    func testLetterBlankEndingAChoiceStemStaysAChoice() {
        // A blank that ends the sentence asks to choose, whatever part heading is above it.
        let result = importText("""
        一、填空题
        1. 人体缺乏哪种维生素会得坏血病（ C ）
        """)
        XCTAssertEqual(result.single?.type, .singleChoice)
        XCTAssertEqual(result.single?.answer, .choices(["C"]))
        // Outside a fill-in part a letter in the blank is a choice key as before.
        let plain = importText("""
        1. 人体缺乏维生素（ C ）会得坏血病。
        """)
        XCTAssertEqual(plain.single?.type, .singleChoice)
    }

    // MARK: one options block shared by several numbered stems (B1 groups)

    func testSharedOptionsServeTheNumberedStemsTheNoteNames() {
        let result = importText("""
        B型题
        （1-2题共用备选答案）
        A.胰岛素
        B.甲状腺素
        C,生长激素
        D.肾上腺素
        1.能降低血糖的激素是
        2.促进骨骼长高的激素是
        标准答案:l。A 2.C
        3.成人每日饮水量约为（ ）
        A.500毫升
        B.1500毫升
        C.5000毫升
        标准答案:B
        """)
        let first = result.item(containing: "降低血糖")
        XCTAssertEqual(letters(first), ["A", "B", "C", "D"])
        XCTAssertEqual(text(first, "C"), "生长激素")
        XCTAssertEqual(first?.answer, .choices(["A"]))
        let second = result.item(containing: "骨骼")
        XCTAssertEqual(letters(second), ["A", "B", "C", "D"])
        XCTAssertEqual(second?.answer, .choices(["C"]))
        let third = result.item(containing: "饮水量")
        XCTAssertEqual(letters(third), ["A", "B", "C"])
        XCTAssertEqual(third?.answer, .choices(["B"]))
    }

    func testOptionsWithoutASharedNoteAreNotShared() {
        // Options under a plain line that names no sharing keep their old reading: the stems after them get none.
        let result = importText("""
        第二部分
        A.胰岛素
        B.甲状腺素
        C.生长激素
        1.能降低血糖的激素是什么？
        答案：胰岛素
        """)
        XCTAssertTrue(letters(result.item(containing: "降低血糖")).isEmpty)
        // A shared group ends with its part: the next part's questions without options get none.
        let parts = importText("""
        一、B型题
        （共用备选答案）
        A.胰岛素
        B.甲状腺素
        C.生长激素
        1.能降低血糖的激素是
        2.促进骨骼长高的激素是
        二、简答题
        3.简述胰岛素的作用。
        答案：降低血糖。
        """)
        XCTAssertEqual(letters(parts.item(containing: "骨骼")), ["A", "B", "C"])
        XCTAssertTrue(letters(parts.item(containing: "简述")).isEmpty)
        // A row that starts with a Roman numeral I is no entry 1.
        XCTAssertFalse(importText("参考答案:I. 单选题\n").items.contains { $0.answer != nil })
    }

    // MARK: an answer sheet whose keys are followed by a colon and the reason

    func testSheetKeyWithColonAndReason() {
        let result = importText("""
        Chemistry Quiz

        1. Which gas do plants take in?

        A. oxygen
        B. carbon dioxide
        C. helium

        2. What is the pH of pure water?

        A. 1
        B. 7
        C. 14

        Chemistry Answers

        1. B: Plants use carbon dioxide to make sugars in sunlight.
        2. B: Pure water is neutral, neither acid nor base.
        """)
        XCTAssertEqual(result.item(containing: "plants take in")?.answer, .choices(["B"]))
        let water = result.item(containing: "pure water")
        XCTAssertEqual(water?.answer, .choices(["B"]))
        XCTAssertEqual(water?.explanation?.hasPrefix("Pure water is neutral"), true)
    }

    func testSheetTextKeyStartingWithAWordStaysText() {
        // A written answer that opens with a word and a colon is no letter key.
        let result = importText("""
        1. Which gas do plants take in?
        A. oxygen
        B. carbon dioxide

        2. Define osmosis.

        3. What carries the genes?

        Answers

        1. B
        2. Osmosis: water moves across a membrane toward more solute.
        3. DNA: it holds the code of each gene.
        """)
        XCTAssertEqual(result.item(containing: "plants")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "osmosis")?.answer, .text("Osmosis: water moves across a membrane toward more solute."))
        XCTAssertEqual(result.item(containing: "genes")?.answer, .text("DNA: it holds the code of each gene."))
    }

    // MARK: a row of lower-case options in Markdown

    func testLowerCaseOptionRowInMarkdownKeepsEveryOption() {
        let result = importMarkdown("""
        ## Multiple Choice

        **1.** Which structure gives first-in first-out order?
        a) stack   b) queue   c) tree   d) heap
        **Answer: (b)**

        **2.** Which structure gives last-in first-out order?
        a) stack
        b) queue
        c) tree
        **Answer: (a)**
        """)
        let first = result.item(containing: "first-in")
        XCTAssertEqual(letters(first), ["A", "B", "C", "D"])
        XCTAssertEqual(text(first, "D"), "heap")
        XCTAssertEqual(first?.answer, .choices(["B"]))
        let second = result.item(containing: "last-in")
        XCTAssertEqual(letters(second), ["A", "B", "C"])
        XCTAssertEqual(second?.answer, .choices(["A"]))
    }

    // MARK: a statement-like stem whose number comes again in a later chapter

    func testNumberRepeatedInALaterChapterDoesNotTakeTheStem() {
        // A stem that only announces code (its blank far below) keeps its number though chapter two has a `3.` too.
        let result = importText("""
        第一章

        1. 网页的扩展名通常是()。
        A. .htm
        B. .exe
        答案：A

        ---

        2. 超链接使用的标记是()。
        A. <a>
        B. <p>
        答案：A

        ---

        3. 在 demo.jsp 文件中有如下一行代码：

            jsp
            
            <jsp:include page="common/head.Test" flush="_____" id="header" scope="_____"/>

        要在包含页面之前先清空输出缓冲区并一直保留到请求结束为止，在下划线处应填入()。
        A. true
        B. false
        答案：A

        ---



        第二章

        1. 样式表的扩展名是()。
        A. .css
        B. .doc
        答案：A

        2. 下列选项中，() 属性设置字体颜色
        A. color
        B. size
        答案：A

        3. 下列方法中，() 方法在请求到来时被调用。
        A. service()
        B. init()
        答案：A
        """)
        XCTAssertEqual(result.items.count, 6)
        let code = result.item(containing: "如下一行代码")
        XCTAssertEqual(code?.section, "第一章")
        XCTAssertEqual(code?.answer, .choices(["A"]))
        XCTAssertEqual(result.item(containing: "请求到来时")?.section, "第二章")
    }

    func testAnswerPointBeforeTheSameNumberedQuestionStaysAPoint() {
        // Within one run, a numbered point of an explanation still yields to the question with its number below.
        let result = importText("""
        1. 需求分析的任务是什么？
        答案：明确系统要做什么。
        解析：主要包括
        2. 获取需求
        3. 分析需求
        2. 可行性研究包括哪些方面？
        答案：技术、经济、操作可行性。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNotNil(result.item(containing: "可行性研究"))
    }

    // MARK: a comparison table with numbered points in every column

    func testComparisonTableWithNumberedCellsStartsNoQuestions() {
        let result = importMarkdown("""
        ## Short Answer Questions

        **1. Compare arrays and linked lists.**

        | Array | Linked list |
        |---|---|
        | 1. Items sit side by side in memory. | 1. Items are linked by pointers. |
        | 2. Reading any item takes constant time. | 2. Reading an item walks the list. |
        | 3. Its size is fixed when made. | 3. It grows one node at a time. |

        **2. Describe how a hash table finds a key.**

        It hashes the key to a slot and looks in that slot.
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNotNil(result.item(containing: "Compare arrays"))
        XCTAssertNotNil(result.item(containing: "hash table"))
        XCTAssertNil(result.item(containing: "constant time"))
    }

    func testTableNumberedInOneColumnKeepsItsNumbers() {
        // A table whose rows are numbered in the first cell only is no comparison: its text stays as printed.
        XCTAssertEqual(MarkdownConverter.unnumbered("2. Reading any item"), "2) Reading any item")
        let result = importMarkdown("""
        | No. | Question |
        |---|---|
        | 1 | What is a stack? |
        """)
        XCTAssertFalse(result.items.contains { $0.stem.contains(")") && $0.stem.hasPrefix("1)") })
    }

    // MARK: a number glued to 小时 inside a long stem

    func testHoursGluedToTheirNumberStartNoQuestion() {
        let result = importText("""
        1. 某工厂的生产线每天需要维护，按照管理手册的要求，设备检修的最长间隔为2小时。请问下列安排中符合要求的是（）
        A. 每两个小时检修一次
        B. 每天检修一次
        答案：A

        2. 一辆汽车以每小时60千米的速度行驶，全程是多少千米？（）
        A. 100
        B. 120
        答案：B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "最长间隔")?.answer, .choices(["A"]))
        XCTAssertTrue(result.item(containing: "最长间隔")?.stem.contains("请问") == true)
    }

    func testNumberGluedToANameStillStartsAQuestion() {
        // `3小明…`: a page that glues its numbers to the stem still numbers a question about 小明.
        let result = importText("""
        1.小红有几个苹果（）
        A. 2个
        B. 3个
        答案：A
        2小明有几支铅笔（）
        A. 4支
        B. 5支
        答案：B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "铅笔")?.answer, .choices(["B"]))
    }

    // MARK: a deeper heading right under a numbered question heading

    func testDeeperHeadingUnderAQuestionHeadingOpensItsAnswer() {
        let result = importMarkdown("""
        # 1. 简述操作系统的主要功能。
        ## 操作系统主要有五大功能:进程管理、存储管理、设备管理、文件管理和作业管理。
        >进程管理
        负责调度进程。

        >存储管理
        负责分配内存。

        # 2. 简述死锁产生的必要条件。
        ## 互斥、请求和保持、不剥夺、环路等待。
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "主要功能")
        XCTAssertEqual(first?.stem, "简述操作系统的主要功能。")
        if case .text(let t)? = first?.answer { XCTAssertTrue(t.hasPrefix("操作系统主要有五大功能")) } else { XCTFail("no answer") }
        XCTAssertNotNil(result.item(containing: "死锁"))
    }

    func testDeeperHeadingThatAsksStaysAQuestion() {
        // A subheading that asks (or is numbered) is no answer.
        let result = importMarkdown("""
        # 1. 进程与线程
        ## 为什么需要线程？
        线程比进程更轻，切换代价小。
        """)
        XCTAssertNotNil(result.item(containing: "为什么需要线程"))
        // A short topic name under the question keeps its old reading (the answer's first line).
        let topic = importMarkdown("""
        # 1. 简述操作系统的主要功能。
        ## 进程管理
        负责调度进程。
        """)
        XCTAssertEqual(topic.single?.stem, "简述操作系统的主要功能。")
        XCTAssertEqual(topic.single?.answer, .text("进程管理\n负责调度进程。"))
    }

    func testQuestionLabelHeadingUnderAPartHeadingStaysAQuestion() {
        // `## 一、…` numbers a part, and `### Q1：…，…` under it is the first question, not the part's answer.
        let result = importMarkdown("""
        ## 一、网络基础

        ### Q1：说说三次握手的过程，以及为什么不是两次

        **参考答案：**

        客户端发送SYN，服务端回复SYN+ACK，客户端再回复ACK。两次握手无法确认客户端的接收能力。

        ### Q2：简述 TCP 与 UDP 的区别，以及各自的应用场景

        **参考答案：**

        TCP面向连接、可靠；UDP无连接、开销小，适合音视频。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNil(result.item(containing: "网络基础"))
        XCTAssertEqual(result.item(containing: "三次握手")?.stem, "说说三次握手的过程,以及为什么不是两次")
    }
}
