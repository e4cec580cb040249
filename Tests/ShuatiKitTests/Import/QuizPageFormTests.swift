import XCTest
@testable import ShuatiKit

/// More forms of question pages (Chinese banks that lost their delimiters, English quiz pages flattened onto one
/// line), each written here in our own words, with a look-alike that must stay as it is.
final class QuizPageFormTests: XCTestCase {
    func testOptionsGluedToTheirChineseTextWithNoDelimiter() {
        let items = importText("""
            1. 下列哪座城市是六朝古都?
            A苏州B南京C杭州D扬州
            答案:B
            2. 下列哪种乐器属于弹拨乐器(C )A二胡B唢呐C琵琶D笛子
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].options?.map(\.text), ["苏州", "南京", "杭州", "扬州"])
        XCTAssertEqual(items[0].answer, .choices(["B"]))
        XCTAssertEqual(items[1].options?.map(\.text), ["二胡", "唢呐", "琵琶", "笛子"])
        XCTAssertEqual(items[1].answer, .choices(["C"]))
        // Capitals glued to Chinese inside a sentence are no row: `A型…B型`, `维生素A和B族`.
        let lookAlike = importText("""
            1. A型血的人可以把血输给B型血的人。
            答案:错误
            2. 维生素A和B族维生素都溶于水。
            答案:错误
            """).items
        XCTAssertEqual(lookAlike.map(\.type), [.trueFalse, .trueFalse])
        XCTAssertEqual(lookAlike.map(\.stem), ["A型血的人可以把血输给B型血的人。", "维生素A和B族维生素都溶于水。"])
    }

    func testKeyGluedAfterTheStemsQuestionMark() {
        let items = importText("""
            1. 下列哪位是唐朝诗人?B
            A.苏轼 B.李白 C.鲁迅 D.老舍
            2. 下列动物中属于哺乳动物的是?-D
            A.鲨鱼 B.青蛙 C.麻雀 D.海豚
            3. 下列数中属于偶数的有?AC
            A.2 B.3 C.4 D.5
            4. 下列哪个朝代最早?C A 唐朝 B 宋朝 C 秦朝 D 元朝
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["D"]), .choices(["A", "C"]), .choices(["C"])])
        XCTAssertEqual(items.map(\.stem), ["下列哪位是唐朝诗人?", "下列动物中属于哺乳动物的是?", "下列数中属于偶数的有?", "下列哪个朝代最早?"])
        XCTAssertEqual(items[3].options?.map(\.text), ["唐朝", "宋朝", "秦朝", "元朝"])
        // Capitals after a question mark inside the stem, or an English word, are the stem's own.
        let lookAlike = importText("""
            1. 电脑中负责运算的部件?GPU还是CPU
            A.前者 B.后者
            答案:B
            """).single
        XCTAssertEqual(lookAlike?.stem, "电脑中负责运算的部件?GPU还是CPU")
        XCTAssertEqual(lookAlike?.answer, .choices(["B"]))
    }

    func testHashedQuestionLabelsAndATickedOptionOnOneLine() {
        let items = importText(
            "Question#1 Which planet is largest? a) Mars b) Jupiter ✅- Answer c) Venus d) Earth "
            + "Question#2 Which gas do plants take in? a) Carbon dioxide ✔ b) Oxygen c) Helium Question#3 Pick a prime. "
            + "a) 4 b) 6 c) 7 ✅ d) 9")
            .items
        XCTAssertEqual(items.map(\.stem), ["Which planet is largest?", "Which gas do plants take in?", "Pick a prime."])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"]), .choices(["C"])])
        XCTAssertEqual(items[0].options?.map(\.text), ["Mars", "Jupiter", "Venus", "Earth"])
        // A hashed label out of sequence inside a line is a reference, and a tick that is not at an option's end
        // (or on every option) is no key.
        let lookAlike = importText("""
            1. As in Question#7 above, which city is the capital?
            a) Lyon ✅ is big b) Paris
            Answer: b
            2. Which are vowels?
            a) A ✔ b) E ✔
            """).items
        XCTAssertEqual(lookAlike.count, 2)
        XCTAssertEqual(lookAlike[0].stem, "As in Question#7 above, which city is the capital?")
        XCTAssertEqual(lookAlike[0].answer, .choices(["B"]))
        XCTAssertNil(lookAlike[1].answer)
    }

    func testALetterKeyWithItsOptionTextUnderAQuestionWhoseOptionsAreNotPrinted() {
        let items = importText("""
            1

            Which of these are Java keywords?

            Correct Answer: B) int, float, double, boolean

            All four are primitive type keywords.
            """).items
        XCTAssertEqual(items.first?.answer, .choices(["B"]))
        // An English answer that opens with the article A stays a written answer.
        let lookAlike = importText("""
            1. What is a compiler?
            答: A program that translates source code.
            """).single
        XCTAssertEqual(lookAlike?.type, .shortAnswer)
    }

    func testAnExportsScoreTagAfterTheStemIsNoStemText() {
        let items = importText("""
            一、单选题
            1.我国第一部比较系统的成文法典是( )。(分数:2.00)A.法经B.秦律C.九章律D.唐律
            2.秦朝的最高司法官是( )。(分值:1)
            A.廷尉 B.御史 C.丞相 D.太尉
            """).items
        XCTAssertEqual(items.map(\.stem), ["我国第一部比较系统的成文法典是( )。", "秦朝的最高司法官是( )。"])
        XCTAssertEqual(items.first?.options?.count, 4)
        // A bracket that gives a score as words is the stem's own text.
        let lookAlike = importText("1.录取时(分数:不低于600)的考生有几人?\nA.一人 B.两人\n答案:A\n").single
        XCTAssertEqual(lookAlike?.stem, "录取时(分数:不低于600)的考生有几人?")
    }

    func testALoneLetterKeyUnderAWhichQuestionWithABlankWhoseOptionsAreNotPrinted() {
        let items = importText("""
            1. Which word completes the sentence? 'She ___ to school every day.'
            Solution
            Correct: B
            The subject is third person singular.
            2. Which article fits? '___ apple a day keeps the doctor away.'
            Solution
            Correct: A
            An goes before a vowel sound.
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"])])
        // A blank answered with a word (or a question that does not ask to pick) stays a fill-in.
        let lookAlike = importText("""
            1. The chemical symbol of carbon is ___.
            Answer: C
            2. Which gas do plants take in? ___
            Answer: Carbon dioxide
            """).items
        XCTAssertEqual(lookAlike.map(\.type), [.fillBlank, .fillBlank])
    }

    func testAKeyAloneOnTheStemsLastLineWithTheSentencesFullStop() {
        let items = importText("""
            1、发现火情后应立即拨打的电话是

            B。

            A 110

            B 119

            C 120
            """).items
        XCTAssertEqual(items.first?.answer, .choices(["B"]))
        XCTAssertEqual(items.first?.stem, "发现火情后应立即拨打的电话是")
        // A capital that ends an English sentence on its own line, or a wrapped line that is more than capitals,
        // stays in the stem.
        let lookAlike = importText("""
            1、下列哪种维生素缺乏会引起坏血病,维生素
            C或D。
            A.对 B.错
            答案:A
            """).single
        XCTAssertEqual(lookAlike?.stem, "下列哪种维生素缺乏会引起坏血病,维生素C或D。")
        XCTAssertEqual(lookAlike?.answer, .choices(["A"]))
    }

    func testAPartsInstructionsNumberedLikeItsFirstQuestionAreNoItem() {
        let items = importText("""
            一、单选题(总题数:20)
            1.单项选择题第 1-20 小题。下列每题给出的四个选项中,只有一个选项是正确的。(分数:2.00)_
            2.我国的首都是( )。(分数:2.00)A.上海B.北京C.广州D.深圳
            """).items
        XCTAssertEqual(items.map(\.stem), ["我国的首都是( )。"])
        // A question that only mentions a part's name, or an instruction-like item with its key, stays.
        let lookAlike = importText("""
            1.判断题每小题都只有对错两种答案吗?
            答案:正确
            2.单选题和多选题的区别是什么?
            答:单选题只有一个正确选项。
            """).items
        XCTAssertEqual(lookAlike.count, 2)
    }
}
