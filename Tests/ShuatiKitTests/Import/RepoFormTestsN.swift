import Foundation
import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set N): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsN: XCTestCase {
    // MARK: a stem wrapped over lines (PDF text), its blank on a line above the wrapped rest

    func testWrappedStemLineOverOptionsIsNotAnAnswerLine() {
        let result = importText("""
        1.按照本规程，登高作业前在（ ）
        应当完成一次安全检查。
        A.开工前
        B.收工后
        C.午休时
        D.任何时候
        正确答案：A
        2.按照本规程，施工单位的负责人在作业中
        遇到危险时，（ ）立即停止作业并撤离到
        安全区域。
        A.有权
        B.无权
        C.无须
        D.不得
        正确答案：A
        3.按照本规程，脚手架搭设完毕
        后，（ ）应当组织验收并签字
        确认。
        A.设计单位
        B.施工单位
        C.供货单位
        D.物业单位
        正确答案：B
        """)
        XCTAssertEqual(result.items.count, 3)
        let first = result.item(containing: "登高作业前")
        XCTAssertEqual(first?.type, .singleChoice)
        XCTAssertTrue(first?.stem.contains("安全检查") == true)
        XCTAssertEqual(first?.answer, .choices(["A"]))
        XCTAssertEqual(result.item(containing: "施工单位的负责人")?.options?.count, 4)
        XCTAssertEqual(result.item(containing: "脚手架")?.answer, .choices(["B"]))
    }

    func testQuestionLinesEachOverOneAnswerLineStayPairs() {
        // Look-alike: a blank line then the next question after each answer line, no options anywhere.
        let result = importText("""
        水的化学式是（ ）
        H2O

        食盐的主要成分是（ ）
        氯化钠

        地球绕太阳一周约为（ ）
        一年

        光在真空中的速度约为（ ）
        每秒三十万千米
        """)
        XCTAssertEqual(result.items.count, 4)
        XCTAssertEqual(result.item(containing: "食盐")?.answer, .text("氯化钠"))
        XCTAssertEqual(result.item(containing: "真空")?.answer, .text("每秒三十万千米"))
        XCTAssertNil(result.item(containing: "一年"))
    }

    // MARK: a review note: `## question？` headings, the text under each its answer

    func testBareQuestionHeadingTakesTheTextBelowAsItsAnswer() {
        let result = importMarkdown("""
        ## 什么是死锁？

        多个进程因争夺资源而互相等待，谁也无法继续推进。

        ## 操作系统有哪些作用？

        1.管理计算机的资源。
        2.为用户提供使用接口。

        ## **为什么**要引入线程？

        **减少并发的开销**，提高并发程度。
        """)
        XCTAssertEqual(result.items.count, 3)
        guard case let .text(first)? = result.item(containing: "什么是死锁")?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(first.hasPrefix("多个进程因争夺资源而互相等待"))
        guard case let .text(points)? = result.item(containing: "哪些作用")?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(points.contains("管理计算机的资源") && points.contains("为用户提供使用接口"))
        XCTAssertNil(result.item(containing: "为用户提供使用接口"))
        guard case let .text(last)? = result.item(containing: "引入线程")?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(last.hasPrefix("减少并发的开销"))
    }

    func testQuestionHeadingOverOptionsKeepsItsOptions() {
        // Look-alike: a question heading with options and a key under it is a choice question, not a written answer.
        let result = importMarkdown("""
        ## 哪个数是质数？

        - A. 4
        - B. 7
        - C. 9

        答案：B
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.single?.type, .singleChoice)
        XCTAssertEqual(result.single?.answer, .choices(["B"]))
    }

    // MARK: an answer sheet as an HTML table (a paper converted from PDF)

    func testHTMLTableAnswerSheetKeysTheQuestionsBelowIt() {
        let result = importMarkdown("""
        ## 一、单选题

        <table><tr><td>题号</td><td>1</td><td>2</td></tr><tr><td>答案</td><td>C</td><td>A</td></tr></table>

        1. 一周有几天（ ）。A. 五天B. 六天C. 七天D. 八天

        2. 一年有几个季节（ ）。A. 四个B. 三个C. 两个D. 一个
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "一周")?.answer, .choices(["C"]))
        XCTAssertEqual(result.item(containing: "季节")?.answer, .choices(["A"]))
    }

    func testHTMLScoreTableIsNoKey() {
        // Look-alike: the score box at the top of a paper keys nothing and is no question.
        let result = importMarkdown("""
        <table><tr><td>题目</td><td>一</td><td>二</td><td>总分</td></tr><tr><td>得分</td><td></td><td></td><td></td></tr></table>

        1. 一周有几天（ ）。
        A. 五天
        B. 七天

        答案：B
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.single?.answer, .choices(["B"]))
    }

    // MARK: a fill-in's key, then a blank line and the next section's title

    func testFillInKeyEndsAtTheBlankLineOnceEveryBlankHasItsPart() {
        let result = importText("""
        1. 光合作用的原料是______和______。

        答案：二氧化碳、水


        3.2 呼吸作用

        2. 呼吸作用主要在______中进行。

        答案：线粒体
        """)
        XCTAssertEqual(result.item(containing: "光合作用")?.answer, .blanks(["二氧化碳", "水"]))
        XCTAssertEqual(result.item(containing: "呼吸作用主要")?.answer, .blanks(["线粒体"]))
    }

    func testFillInKeyShortOfItsBlanksReadsOnPastTheBreak() {
        // Look-alike: the first paragraph gives one part of two blanks: the key still reads on as before.
        let result = importText("""
        1. 光合作用的原料是______和______。

        答案：二氧化碳

        水

        2. 呼吸作用主要在______中进行。

        答案：线粒体
        """)
        guard case let .blanks(parts)? = result.item(containing: "光合作用")?.answer else { return XCTFail("no key") }
        XCTAssertTrue(parts.joined().contains("水"))
    }
    // MARK: letters listed in a stem (`a、b和c`), not an inline option `a`

    func testLettersListedInTheStemAreNoOption() {
        let result = importText("""
        7. 如果 a、b和c都是 int 类型的变量，下列哪个语句不合法？
        A. c = a + b;
        B. c += a;
        C. c = a = b;
        D. c = a ++ b;
        答案：D
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertTrue(result.single?.stem.contains("都是 int 类型的变量") == true)
        XCTAssertEqual(result.single?.options?.count, 4)
        XCTAssertEqual(result.single?.answer, .choices(["D"]))
    }

    func testLowerCaseOptionsInARowStayOptions() {
        // Look-alike: a row of lower-case options after the blank, each with its own text.
        let result = importText("""
        1. 下列水果中属于浆果的是（ ） a、葡萄 b、苹果 c、梨 d、桃
        答案：a
        """)
        XCTAssertEqual(result.single?.options?.count, 4)
        XCTAssertEqual(result.single?.options?.first?.text, "葡萄")
    }
    // MARK: headings under a part of written questions ask without a question mark

    func testHeadingsUnderAWrittenPartAreQuestionsWithoutAMark() {
        let result = importMarkdown("""
        # 简答题整理

        ## 为什么要先写日志

        写数据库和写日志是两个不同的操作。

        ## 意向锁的含义

        - 对任一节点加锁时
        - 必须对它的上层节点加意向锁
        """)
        XCTAssertEqual(result.items.count, 2)
        guard case let .text(first)? = result.item(containing: "先写日志")?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(first.hasPrefix("写数据库和写日志"))
        guard case let .text(second)? = result.item(containing: "意向锁的含义")?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(second.contains("上层节点"))
    }

    func testChapterHeadingUnderAWrittenPartStaysASection() {
        // Look-alike: a chapter heading in the part names a section over numbered questions.
        let result = importMarkdown("""
        # 简答题

        ## 第一章 进程

        1. 什么是进程？

        答：程序的一次执行。

        2. 什么是线程？

        答：调度的基本单位。
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertNil(result.item(containing: "第一章"))
        XCTAssertEqual(result.item(containing: "什么是线程")?.answer, .text("调度的基本单位。"))
    }

    // MARK: an unmarked question line right over its `答：`, an empty line above it

    func testUnmarkedQuestionOverItsAnswerLabelStartsAnItem() {
        let result = importText("""
        数据库管理系统
        答：长期储存在计算机内的数据集合。

        事务的原子性
        答：用户定义的一个操作序列。

        视图的作用
        答：从基本表导出的虚表。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.item(containing: "数据库管理系统")?.answer, .text("长期储存在计算机内的数据集合。"))
        XCTAssertEqual(result.item(containing: "事务的原子性")?.answer, .text("用户定义的一个操作序列。"))
    }

    func testSecondParagraphOfANumberedAnswerStaysInIt() {
        // Look-alike: under a numbered question the paragraph after the answer, with no label under it, goes on.
        let result = importText("""
        1、简述进程的特征。
        答：动态性与并发性。

        它们是进程最基本的特征。

        2、简述线程的作用。
        答：减少并发的开销。
        """)
        XCTAssertEqual(result.items.count, 2)
        guard case let .text(first)? = result.item(containing: "进程的特征")?.answer else { return XCTFail("no written answer") }
        XCTAssertTrue(first.contains("最基本的特征"))
    }
    // MARK: a quiz app's CSV export (`questionAnswer,questionContent,questionAnalysis`)

    func testQuizAppFieldNamesHeadABank() throws {
        let result = try DocumentImporter.read(Data("""
        questionAnswer,questionContent,questionAnalysis
        1,水在零摄氏度时会结冰。,常识
        B,一年有四季，其中最热的是哪一季？,季节
        """.utf8), file: "题库.txt")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.item(containing: "结冰")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "结冰")?.explanation, "常识")
        XCTAssertNotNil(result.item(containing: "最热的"))
    }

    func testTwoColumnsWithoutQuestionFieldsAreNoBank() {
        // Look-alike: a plain table of names and sentences is no question bank.
        let result = try? DocumentImporter.read(Data("""
        name,content
        张三,水在零摄氏度时会结冰。
        李四,一年有四个季节。
        """.utf8), file: "名单.txt")
        XCTAssertTrue(result?.items.isEmpty ?? true)
    }
    func testUnclosedHTMLTableLeavesTheTextBelow() {
        // Look-alike: a table cut off before `</table>` does not swallow the questions under it.
        let result = importMarkdown("""
        <table><tr><td>题号</td><td>1</td>

        1. 一周有几天（ ）。
        A. 五天
        B. 七天

        答案：B
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.single?.answer, .choices(["B"]))
    }
}
