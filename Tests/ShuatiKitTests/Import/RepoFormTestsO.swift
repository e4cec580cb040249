import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set O): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsO: XCTestCase {
    // MARK: an emoji before the key label inside a `<details>` answer

    func testEmojiBeforeKeyLabelInsideDetails() {
        let result = importMarkdown("""
        ### **Question 1:** Which gas do plants take in?

        **A)** Oxygen
        **B)** Carbon dioxide
        **C)** Helium

        <details>
        <summary>Reveal</summary>

        **✅ Correct Answer: B) Carbon dioxide**

        _Explanation: leaves take it in through their pores._

        </details>

        ### **Question 2:** Which gas do animals breathe out?

        **A)** Neon
        **B)** Argon
        **C)** Carbon dioxide

        <details>
        <summary>Reveal</summary>

        **✔️ Answer: C**

        </details>
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "plants take in")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "animals breathe out")?.answer, .choices(["C"]))
    }

    func testEmojiLineInsideDetailsThatIsNoLabelStaysText() {
        // A details block of notes that opens on a decorated sentence is no key.
        let result = importMarkdown("""
        1. Which gas do plants take in?

        A. Oxygen
        B. Carbon dioxide
        C. Helium

        Answer: B

        <details>
        <summary>More</summary>

        🌱 Leaves open their pores by day.

        </details>
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
    }

    // MARK: `:::` custom containers (VuePress, Docusaurus, note apps)

    func testContainerTitledAsAnswerFoldsIntoTheKey() {
        let result = importMarkdown("""
        ### 第1题

        :::callout{kind=note label="题目"}
        下列哪种金属常温下是液体（　　）

        A. 铁
        B. 铜
        C. 汞
        D. 金
        :::

        :::callout{kind=insight label="解析"}
        **【答案】C**

        - **A 错**：铁常温下是固体。
        - **B 错**：铜常温下是固体。
        :::

        :::tip 小结
        记住汞的熔点很低。
        :::

        ### 第2题

        下列哪种气体最轻（　　）

        A. 氢气
        B. 氧气
        C. 氮气
        D. 氯气

        ::: details 查看答案
        A
        :::
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "液体")?.answer, .choices(["C"]))
        XCTAssertEqual(result.item(containing: "液体")?.options?.count, 4)
        XCTAssertEqual(result.item(containing: "最轻")?.answer, .choices(["A"]))
        XCTAssertNil(result.item(containing: "熔点"))
    }

    func testContainerNotTitledAsAnswerKeepsItsQuestions() {
        // A `::: tip` over numbered questions (no key yet) is a frame: the questions inside it read as usual.
        let result = importMarkdown("""
        ::: tip 练习
        1. 下列哪种金属常温下是液体？
        A. 铁
        B. 汞
        答案：B

        2. 水的化学式是什么？
        A. H2O
        B. CO2
        答案：A
        :::
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "液体")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "化学式")?.answer, .choices(["A"]))
        XCTAssertEqual(MarkdownConverter.containerTitle(":::callout{kind=note label=\"题目\"}"), "题目")
        XCTAssertEqual(MarkdownConverter.containerTitle("::: details 查看答案"), "查看答案")
        XCTAssertEqual(MarkdownConverter.containerTitle(":::"), "")
    }

    // MARK: option letters glued to their text inside a code fence

    func testFencedOptionsWithGluedLetters() {
        let result = importMarkdown("""
        1. 【2分】 下列哪个命令查看当前目录？

        ```
        Apwd
        Bls -l
        Ccd ..
        Dmkdir x
        ```

        正确答案：A

        2. 【2分】 下列排序的平均复杂度最低的是

        ```
        AO(N^2)
        BO(N log N)
        CO(N^3)
        ```

        正确答案：B
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "当前目录")
        XCTAssertEqual(first?.options?.count, 4)
        XCTAssertEqual(first?.options?.first?.text, "pwd")
        XCTAssertEqual(first?.answer, .choices(["A"]))
        XCTAssertEqual(result.item(containing: "复杂度")?.options?.count, 3)
        XCTAssertEqual(result.item(containing: "复杂度")?.options?[1].text, "O(N log N)")
    }

    func testFencedWordListIsNoOptionRun() {
        // Two glued lines are too few to tell from code; code whose lines do not run A, B, C stays code.
        XCTAssertNil(MarkdownConverter.fencedOptions(["Apple", "Banana"]))
        XCTAssertNil(MarkdownConverter.fencedOptions(["Alpha = 1", "Beta = 2", "Gamma = 3"]))
        XCTAssertNil(MarkdownConverter.fencedOptions(["A = 1", "B = 2", "C = 3"]))
        XCTAssertEqual(MarkdownConverter.fencedOptions(["A", "DHCP", "B", "DNS", "C", "NTP"])?.map { $0.1 }, ["DHCP", "DNS", "NTP"])
    }

    // MARK: `Correct Answers:` (plural) over a select-two key, options restated and joined by `and`

    func testPluralCorrectAnswersLabelWithRestatedOptionsJoinedByAnd() {
        let result = importText("""
        1. Which two are planets? (Select TWO)
        A) The Moon
        B) Saturn, the ringed one
        C) Sirius
        D) Neptune, the windy one

        Correct Answers: B) Saturn, the ringed one and D) Neptune, the windy one

        2. Which two are even? (Select TWO)
        A) 3
        B) 4
        C) 6
        D) 7

        Correct answers: B, C
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "planets")?.type, .multipleChoice)
        XCTAssertEqual(result.item(containing: "planets")?.answer, .choices(["B", "D"]))
        XCTAssertEqual(result.item(containing: "even")?.answer, .choices(["B", "C"]))
    }

    func testSingleKeyWhoseOptionTextHoldsAndStaysSingle() {
        // `and` inside the keyed option's own text, no second letter after it: one key.
        let result = importText("""
        1. Which is a pair of primes?
        A) 2 and 3
        B) 4 and 6

        Correct Answer: A) 2 and 3

        2. Which is a breakfast?
        A) Tea and toast
        B) A bedtime

        Answer: A) Tea and toast. B) is wrong, it is for the night.
        """)
        XCTAssertEqual(result.item(containing: "primes")?.answer, .choices(["A"]))
        XCTAssertEqual(result.item(containing: "breakfast")?.answer, .choices(["A"]))
    }

    // MARK: a score tag in square brackets before the stem

    func testSquareBracketScoreTagLeavesTheStem() {
        let result = importText("""
        1. 【2分】 下列哪个是质数？
        A. 4
        B. 5
        答案：B

        2.[3分] 下列哪个是偶数？
        A. 3
        B. 8
        答案：B
        """)
        XCTAssertEqual(result.items.map(\.stem), ["下列哪个是质数?", "下列哪个是偶数?"])
    }

    func testBracketWithOtherTextBeforeTheStemStays() {
        // Not a score: a minutes note, an example tag.
        let result = importText("""
        1. 【2分钟】 下列哪个是质数？
        A. 4
        B. 5
        答案：B

        2. [2019年] 下列哪个是偶数？
        A. 3
        B. 8
        答案：B
        """)
        XCTAssertEqual(result.item(containing: "质数")?.stem.hasPrefix("【2分钟】"), true)
        XCTAssertEqual(result.item(containing: "偶数")?.stem.hasPrefix("[2019年]"), true)
    }

    // MARK: an unnumbered stem hard-wrapped over lines, first in the file or after a keyed item

    func testWrappedUnnumberedStemKeepsAllItsLines() {
        let result = importText("""
        Question 1

        A gardener wants to water a large lawn every morning before the sun rises and
        before the neighbours wake up. Which tool is the best fit?

        A) A watering can
        B) A timed sprinkler
        C) A bucket

        Correct Answer: B

        Question 2

        A baker needs to keep a loaf soft for three days after it comes out of
        the large oven. Which storage is best?

        A) An open shelf
        B) A sealed bag
        C) A sunny window

        Correct Answer: B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.stem.hasPrefix("A gardener wants"), true)
        XCTAssertEqual(result.items.last?.stem.hasPrefix("A baker needs"), true)
        XCTAssertEqual(result.items.last?.answer, .choices(["B"]))
    }

    func testShortLinesAboveAnUnnumberedStemStayOut() {
        // Short lines above the stem (a list of letters, a note) are no wrapped text of it.
        let result = importText("""
        Which tool waters a lawn on a timer?

        A) A watering can
        B) A timed sprinkler

        Correct Answer: B

        Notes
        see page
        Which storage keeps a loaf soft?

        A) An open shelf
        B) A sealed bag

        Correct Answer: B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "keeps a loaf")?.stem, "Which storage keeps a loaf soft?")
    }

    // MARK: `Question 2` alone on its line over the stem

    func testQuestionLabelAloneOnItsLineNumbersTheStemBelow() {
        let result = importText("""
        Question 1
        Which tool waters a lawn on a timer?
        A) A watering can
        B) A timed sprinkler
        Correct Answer: B

        Question 2
        Which storage keeps a loaf soft?
        A) An open shelf
        B) A sealed bag
        Correct Answer: B

        Q3
        Which metal is liquid when warm?
        A) Iron
        B) Mercury
        Correct Answer: B
        """)
        XCTAssertEqual(result.items.map(\.stem), ["Which tool waters a lawn on a timer?", "Which storage keeps a loaf soft?",
                                                  "Which metal is liquid when warm?"])
    }

    func testLabelLinesOfAnAnswerListMakeNoItems() {
        // `Q1` / `B` lines under the questions: no new questions of their own.
        let result = importText("""
        1. Which tool waters a lawn on a timer?
        A) A watering can
        B) A timed sprinkler

        2. Which storage keeps a loaf soft?
        A) An open shelf
        B) A sealed bag

        Answers
        Q1
        B
        Q2
        B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.map(\.stem), ["Which tool waters a lawn on a timer?", "Which storage keeps a loaf soft?"])
    }

    // MARK: a key set in bold as a whole in a text file (`**Correct answer: B**`)

    func testWholeBoldKeyLineInPlainText() {
        let result = importText("""
        1. Which tool waters a lawn on a timer?
        A. A watering can
        B. A timed sprinkler

        **Correct answer: B**
        *Explanation:* it runs by itself.

        2. Which storage keeps a loaf soft?
        A. An open shelf
        B. A sealed bag

        **Answer: B**
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "timer")?.answer, .choices(["B"]))
        XCTAssertEqual(result.item(containing: "loaf")?.answer, .choices(["B"]))
    }

    func testBoldLineWithALabelWordInsideIsNoKey() {
        // A bold sentence that only starts with a label-like word, with more bold inside, keeps its reading.
        XCTAssertNil(MarkerRecognizer(s: Array("**Answer: see **page 4** below**\n".unicodeScalars)).emphasisedEnglishKey(at: 0))
        XCTAssertNil(MarkerRecognizer(s: Array("**Answers are in the back: page 4**\n".unicodeScalars)).emphasisedEnglishKey(at: 0))
        XCTAssertNotNil(MarkerRecognizer(s: Array("**Answer: C**\n".unicodeScalars)).emphasisedEnglishKey(at: 0))
    }

    // MARK: an option of a wide-gapped row whose text opens on a list of letters

    func testRowOptionOpeningOnLetterList() {
        let result = importText("""
        1. 设事件 A 的概率为 1，则下列说法错误的是（　　）
        A. A 与任何事件独立　　B. A, B, C 相互独立　　C. A 与 C 互斥　　D. A 与 A 的对立事件不独立
        答案：D
        """)
        let item = result.items.first
        XCTAssertEqual(item?.options?.count, 4)
        XCTAssertEqual(item?.options?[1].text, "A, B, C 相互独立")
        XCTAssertEqual(item?.answer, .choices(["D"]))
    }

    func testLetterListInsideAStemSentenceStaysText() {
        // Listed letters in the stem itself, single spaces around them: no options.
        let result = importText("""
        1. 心理治疗常用 A、B、C 疗法中的哪一种最早出现？
        A. 行为疗法
        B. 认知疗法
        答案：A
        """)
        XCTAssertEqual(result.items.first?.options?.count, 2)
        XCTAssertEqual(result.items.first?.options?.first?.text, "行为疗法")
    }

    // MARK: a quiz review copied out: `Incorrect` verdict, `Correct answer` alone over the answer's text

    func testReviewVerdictAndAnswerLabelLines() {
        let result = importText("""
        1) Which command lists the running containers?

        Incorrect

        Correct answer
        docker ps

        Explanation
        It shows only the running ones.

        2) Which command removes an image?

        Correct

        Answer
        docker rmi IMAGE
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.map(\.stem), ["Which command lists the running containers?", "Which command removes an image?"])
        XCTAssertEqual(result.items.first?.answer, .text("docker ps"))
        XCTAssertEqual(result.items.last?.answer, .text("docker rmi IMAGE"))
    }

    func testVerdictWordInsideTheStemAndPluralLabelStay() {
        // `correct` ending a sentence of the stem is its text; `Answers` alone may head a sheet and is not read so.
        let result = importText("""
        1. Name one sentence that is grammatically
        correct

        2. Explain why the sky looks blue.

        Answers
        Light scatters.
        """)
        XCTAssertEqual(result.item(containing: "grammatically")?.stem, "Name one sentence that is grammatically correct")
    }

    // MARK: `Ans. B`, `Answer - B`, `The answer is B.`

    func testAbbreviatedDashedAndSpokenKeyLabels() {
        let result = importText("""
        1. Which tool waters a lawn on a timer?
        A. A watering can
        B. A timed sprinkler
        Ans. B

        2. Which storage keeps a loaf soft?
        (a) An open shelf
        (b) A sealed bag
        Ans.(b)

        3. Which metal is liquid when warm?
        A. Iron
        B. Mercury
        Answer - B

        4. Which gas do plants take in?
        A. Carbon dioxide
        B. Neon
        The answer is A.
        """)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["B"]), .choices(["B"]), .choices(["A"])])
    }

    func testSentencesThatOnlyMentionTheAnswerStayText() {
        // `Answer is` before a word, `Key.` and `Answers -` headings are no keys.
        let recognizer = MarkerRecognizer(s: Array("Answer is a sealed bag\nKey. B\nAnswer is in the back\n".unicodeScalars))
        XCTAssertNil(recognizer.englishKey(at: 0))
        XCTAssertNil(recognizer.englishKey(at: 23))
        XCTAssertNil(recognizer.englishKey(at: 30))
    }

    // MARK: `【分析】` / `【解答】` / `故选` under a choice question (the 菁优网 layout)

    func testAnalysisLabelBeforeTheKeyIsNoNewQuestion() {
        let result = importText("""
        1．下列各数中，最小的数是（　　）
        A．﹣5
        B．0
        C．2
        D．7
        【分析】比较几个数的大小即可。
        【解答】解：﹣5＜0＜2＜7，
        故选：A．
        【点评】本题考查数的大小比较。

        2．计算 4+3 的结果是（　　）
        A．6
        B．7
        C．8
        D．9
        【分析】直接相加。
        【解答】解：4+3=7，
        故选：B．
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["A"]), .choices(["B"])])
        XCTAssertNil(result.item(containing: "直接相加"))
    }

    func testAnalysisTagOverAnUnnumberedQuestionStillStartsIt() {
        // With no open question waiting for its working, `【分析】` is the tag of an analysis question.
        let result = importText("""
        【分析】某公司去年利润下降了两成，请分析可能的原因。
        答：成本上升，销量下滑。
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.items.first?.stem.hasPrefix("某公司去年利润"), true)
    }

    // MARK: a small `.txt` file written in Markdown

    func testTextFileWrittenInMarkdownIsReadAsMarkdown() throws {
        let text = """
        ### Question 1
        Which tool waters a lawn on a timer?

        A) A watering can
        B) A timed sprinkler

        **Answer:** B

        ### Question 2
        Which storage keeps a loaf soft?

        ```text
        A) An open shelf
        B) A sealed bag
        ```

        <details>
        <summary>Show answer</summary>

        **✅ Correct Answer: B**
        </details>
        """
        let result = try DocumentImporter.read(Data(text.utf8), file: "notes.txt")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["B"])])
    }

    func testPlainTextFileWithAFewStarsStaysPlain() throws {
        XCTAssertFalse(DocumentImporter.mayBeMarkdown(Data("1. 下列**哪个**是质数？\nA. 4\nB. 5\n答案：B\n".utf8)))
        let text = "1. 下列**哪个**是质数？\nA. 4\nB. 5\n答案：B\n\n2. 计算 2**3 的值。\n答：8\n"
        let result = try DocumentImporter.read(Data(text.utf8), file: "bank.txt")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
    }

    // MARK: a list of missed questions that keeps their original numbers

    func testNumbersOutOfTurnLeaveTheStem() {
        let result = importText("""
        13. 下列哪个是质数？
        A. 4
        B. 5
        答案：B

        38. 下列哪个是偶数？
        A. 3
        B. 8
        答案：B

        36. 下列哪个最大？
        A. 3
        B. 8
        答案：B
        """)
        XCTAssertEqual(result.items.map(\.stem), ["下列哪个是质数?", "下列哪个是偶数?", "下列哪个最大?"])
    }

    func testDecimalAtTheStartOfAnUnnumberedStemStays() {
        // `3.5` opens a sentence: no question number to drop.
        let result = importText("""
        3.5 与 2 的和是多少？
        A. 5.5
        B. 6
        答案：A
        """)
        XCTAssertEqual(result.items.first?.stem.hasPrefix("3.5"), true)
    }
}
