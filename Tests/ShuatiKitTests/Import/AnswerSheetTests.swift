import XCTest
@testable import ShuatiKit

/// Answer keys printed together after the questions (参考答案 sections), in the forms exam papers use.
final class AnswerSheetTests: XCTestCase {
    private let paper = """
        期末模拟试卷

        一、单项选择题
        1.营销的核心是( )
        A.生产 B.交换 C.销售 D.促销
        2.4P理论中的P不包括( )
        A.产品 B.价格 C.渠道 D.人员
        二、多项选择题
        3.市场细分的依据有( )
        A.地理 B.人口 C.心理 D.天气
        三、判断题
        4.市场营销就是推销。( )
        5.需求是有购买能力的欲望。( )
        四、填空题
        6.4P 中的第一个 P 是____。
        五、简答题
        7.简述市场细分的作用。

        """

    private func answers(_ sheet: String) -> [String: Answer?] {
        let result = importText(paper + sheet)
        return Dictionary(uniqueKeysWithValues: result.items.map { (String($0.stem.prefix(4)), $0.answer) })
    }

    func testNumberedEntriesWithSectionMarkers() {
        let a = answers("""
            参考答案
            一、1.B 2.D
            二、3.ABC
            三、4.× 5.√
            四、6.产品
            五、7.(1)发现市场机会;(2)制定营销策略。
            """)
        XCTAssertEqual(a["营销的核"], .choices(["B"]))
        XCTAssertEqual(a["4P理论"], .choices(["D"]), "2.4P… is question 2, not the decimal 2.4")
        XCTAssertEqual(a["市场细分"], .choices(["A", "B", "C"]))
        XCTAssertEqual(a["市场营销"], .trueFalse(false))
        XCTAssertEqual(a["需求是有"], .trueFalse(true))
        XCTAssertEqual(a["4P 中"], .blanks(["产品"]))
        XCTAssertEqual(a["简述市场"], .text("(1)发现市场机会;(2)制定营销策略。"))
    }

    func testRangesOnOneLineWithTheHeading() {
        let a = answers("参考答案：1-2 BD 3.ABC 4-5 ×√\n")
        XCTAssertEqual(a["营销的核"], .choices(["B"]))
        XCTAssertEqual(a["4P理论"], .choices(["D"]))
        XCTAssertEqual(a["市场细分"], .choices(["A", "B", "C"]))
        XCTAssertEqual(a["市场营销"], .trueFalse(false))
        XCTAssertEqual(a["需求是有"], .trueFalse(true))
        XCTAssertEqual(a["简述市场"], .some(nil), "no key given for 7")
    }

    func testRangeGroupsSeparatedBySemicolons() {
        for sheet in ["参考答案\n1-2 BD；3.ABC；4-5 ×√\n", "参考答案\n1-2：BD; 3.ABC; 4-5：× √。\n", "参考答案\n1-2 B D；3.ABC；4-5 ×√；\n"] {
            let a = answers(sheet)
            XCTAssertEqual(a["营销的核"], .choices(["B"]), sheet)
            XCTAssertEqual(a["4P理论"], .choices(["D"]), sheet)
            XCTAssertEqual(a["市场细分"], .choices(["A", "B", "C"]), sheet)
            XCTAssertEqual(a["市场营销"], .trueFalse(false), sheet)
            XCTAssertEqual(a["需求是有"], .trueFalse(true), sheet)
        }
        var ten = ""
        for (n, word) in ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"].enumerated() { ten += "\(n + 1).\(word)是( )\nA.一 B.二 C.三 D.四\n" }
        let items = importText(ten + "\n参考答案\n1-5 ABCDA；6-10 BCDAB\n").items
        XCTAssertEqual(items.map(\.answer), "ABCDABCDAB".map { .choices([String($0)]) })
    }

    func testHeadingsWithTheEntriesOnTheirLine() {
        let english = "1. Which is a prime?\nA. 4\nB. 5\nC. 6\n2. Which is even?\nA. 3\nB. 4\nC. 5\n3. Which is odd?\nA. 2\nB. 4\nC. 7\n\n"
        for sheet in ["Answers: 1. B  2. B  3. C", "Key: 1-3 BBC", "Answer Key: 1.B 2.B 3.C", "SOLUTIONS: 1-2 BB; 3.C", "Answer: 1.B 2.B 3.C"] {
            XCTAssertEqual(importText(english + sheet + "\n").items.map(\.answer), [.choices(["B"]), .choices(["B"]), .choices(["C"])], sheet)
        }
        let a = answers("答案速查\n1 B  2 D  3 ABC  4 ×  5 √\n")
        XCTAssertEqual(a["营销的核"], .choices(["B"]))
        XCTAssertEqual(a["4P理论"], .choices(["D"]))
        XCTAssertEqual(a["市场细分"], .choices(["A", "B", "C"]))
        XCTAssertEqual(a["需求是有"], .trueFalse(true))
        // `Answer:` with numbered points under a question is that question's own answer.
        let own = importText("1. What is a cache?\n2. List two benefits of caching.\nAnswer: 1. Faster reads 2. Less load on the database\n").items
        XCTAssertEqual(own.map(\.answer), [nil, .text("1. Faster reads 2. Less load on the database")])
    }

    func testExplanationsAfterTheKeys() {
        let items = importText(paper + "参考答案与解析\n1.B 【解析】营销的核心是交换。\n2.D 解析：4P 指产品、价格、渠道、促销。\n4.× 营销不等于推销。\n").items
        XCTAssertEqual(items.prefix(2).map(\.answer), [.choices(["B"]), .choices(["D"])])
        XCTAssertEqual(items.map(\.explanation).prefix(4), ["营销的核心是交换。", "4P 指产品、价格、渠道、促销。", nil, "营销不等于推销。"])
    }

    func testAnswerTables() {
        for sheet in ["参考答案\n题号 1 2 3 4 5\n答案 B D ABC × √\n", "题号 | 1 | 2 | 3\n答案 | B | D | ABC\n题号 4 5\n答案 × √\n"] {
            let a = answers(sheet)
            XCTAssertEqual(a["营销的核"], .choices(["B"]), sheet)
            XCTAssertEqual(a["4P理论"], .choices(["D"]), sheet)
            XCTAssertEqual(a["市场细分"], .choices(["A", "B", "C"]), sheet)
            XCTAssertEqual(a["市场营销"], .trueFalse(false), sheet)
            XCTAssertEqual(a["需求是有"], .trueFalse(true), sheet)
        }
    }

    func testKeysInOrderWithoutNumbers() {
        let text = "1.甲( )\nA.a B.b\n2.乙( )\nA.a B.b\n3.丙( )\nA.a B.b\n4.地球是圆的。( )\n5.太阳绕地球转。( )\n\n参考答案\nBAB ×√\n"
        XCTAssertEqual(importText(text).items.map(\.answer),
                       [.choices(["B"]), .choices(["A"]), .choices(["B"]), .trueFalse(false), .trueFalse(true)])
        // A run that does not fit the paper's questions one to one is not used.
        let short = "1.甲( )\nA.a B.b\n2.乙( )\nA.a B.b\n3.丙( )\nA.a B.b\n\n参考答案\nBABAB\n"
        XCTAssertEqual(importText(short).items.map(\.answer), [nil, nil, nil])
    }

    func testRangeOfMultiLetterGroupsAndBracketedHeading() {
        let a = answers("【参考答案】\n1~3 B D ABC\n")
        XCTAssertEqual(a["营销的核"], .choices(["B"]))
        XCTAssertEqual(a["4P理论"], .choices(["D"]))
        XCTAssertEqual(a["市场细分"], .choices(["A", "B", "C"]))
    }

    func testNumberingThatRestartsPerSectionIsMatchedBySection() {
        let text = """
            一、单项选择题
            1.营销的核心是( )
            A.生产 B.交换
            2.下列属于渠道的是( )
            A.批发 B.价格
            二、判断题
            1.市场营销就是推销。( )
            2.需求是欲望。( )

            试卷答案
            一、1.B 2.A
            二、1.错 2.对
            """
        let items = importText(text).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"]), .trueFalse(false), .trueFalse(true)])
    }

    func testAQuestionsOwnNumberedAnswerIsNotASheet() {
        let text = """
            1.客户是( )
            A.上帝 B.伙伴
            2.简述客户关系管理的内涵。
            答案:
            1.理念 2.技术
            """
        let items = importText(text).items
        XCTAssertEqual(items.map(\.answer), [nil, .text("1.理念 2.技术")])
    }

    func testASheetKeysOnlyItsOwnPaperAndUnmatchedEntriesAreReported() {
        let text = """
            第一套练习

            1.营销的核心是( )
            A.生产 B.交换
            2.渠道是( )
            A.批发 B.价格

            参考答案
            1.B 2.A 9.C

            第二套练习

            1.客户是( )
            A.上帝 B.伙伴
            """
        let result = importText(text)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["A"]), nil])
        XCTAssertTrue(result.warnings.contains { $0.line == 9 && $0.message.contains("answer key with no question") },
                      "\(result.warnings)")
    }
}
