import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set J), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsJ: XCTestCase {
    func testQuestionNumberBeforeAYearWithASpacedUnit() {
        let items = importText("""
            一、填空题
            1.长江发源于(青藏高原)。
            2.1998 年夏天,长江流域发生了(特大洪水)。
            3.2008 年的夏季奥运会在(北京)举办。
            """).items
        XCTAssertEqual(items.count, 3, "\(items.map(\.stem))")
        XCTAssertEqual(items.map(\.answer), [.blanks(["青藏高原"]), .blanks(["特大洪水"]), .blanks(["北京"])])
        XCTAssertEqual(items.dropFirst().first?.stem.hasPrefix("1998 年夏天"), true)
        // A section number before a spaced heading (`1.1 河流`) is no question `1`: the digits after the dot are no year.
        let sections = importText("""
            1.1 河流概况
            - 长江的源头在哪里?
            答:青藏高原。
            """).items
        XCTAssertFalse(sections.contains { $0.stem.hasPrefix("1 河流") || $0.stem.hasPrefix("河流概况") }, "\(sections.map(\.stem))")
    }

    func testFilledBlanksWithALineWrapSpace() {
        // A PDF leaves one space where a line wrapped (`…做出的 决定`, `(黄河 流域)`): the brackets still hold the answers.
        let items = importText("""
            一、填空题
            1.这次会议在(杭州)举行,并做出了 重要决定。
            2.这条河流经(黄河 流域)的三个省份。
            """).items
        XCTAssertEqual(items.map(\.answer), [.blanks(["杭州"]), .blanks(["黄河 流域"])])
        // Spaces on both sides of a bracket are where underlined answers were: the brackets are text of that answer.
        let underlined = importText("""
            一、填空题
            1.客户让渡价值是指 客户总价值(整体)与客户总成本 之间的差额。
            """).single
        XCTAssertNotEqual(underlined?.answer, .blanks(["整体"]))
    }

    func testOptionLettersGluedToTheirTextDownAColumn() {
        let item = importText("""
            1下列城市中位于长江沿岸的是()。
            A兰州
            B武汉
            C西安
            D太原
            正确答案:B
            """).single
        XCTAssertEqual(item?.options?.map(\.text), ["兰州", "武汉", "西安", "太原"])
        XCTAssertEqual(item?.stem, "下列城市中位于长江沿岸的是( )。")
        XCTAssertEqual(item?.answer, .choices(["B"]))
        // A row whose letters follow an enumeration comma: `A甲、B乙、C丙`.
        let row = importText("""
            1下列属于可再生能源的有()。
            A风能、B太阳能、C煤炭、D石油
            正确答案:AB
            """).single
        XCTAssertEqual(row?.options?.map(\.text), ["风能", "太阳能", "煤炭", "石油"])
        // One line that opens with a capital glued to Chinese (`A股市场…`) with no `B…` line after it stays text.
        let text = importText("""
            1.下列说法正确的是()。
            A股市场在周末休市,
            这是常识。
            A.对
            B.错
            答案:A
            """).single
        XCTAssertEqual(text?.options?.count, 2)
        XCTAssertEqual(text?.options?.first?.text, "对")
        // Letters glued to the same word (`A类…` / `B类…` / `C类…`) name kinds of a thing in an answer, not options.
        let kinds = importText("""
            1. IP地址有哪几类
            2. 私网地址有哪些范围

            以下是您的问题的详细回答：

            1. IP地址分类
            A类地址：0.0.0.0 - 127.255.255.255/8
            B类地址：128.0.0.0 - 191.255.255.255/16
            C类地址：192.0.0.0 - 223.255.255.255/24

            2. 私网地址范围
            A类：10.0.0.0 - 10.255.255.255
            B类：172.16.0.0 - 172.31.255.255
            C类：192.168.0.0 - 192.168.255.255
            """).items
        XCTAssertEqual(kinds.count, 2)
        XCTAssertTrue(kinds.allSatisfy { $0.options == nil && $0.type == .shortAnswer })
        if case .text(let t)? = kinds.first?.answer { XCTAssertTrue(t.contains("B类地址")) } else { XCTFail("no written answer") }
    }

    func testBankExcerptOpeningMidwayAfterAPageListWithATypeTag() {
        let items = importText("""
            报名须知:
            1、带好准考证
            2、提前半小时到场
            安全员考试练习题
            37、(判断题)高处作业必须系好安全带。
            参考答案:正确
            38、(判断题)雨天可以在室外带电作业。
            参考答案:错误
            """).items
        XCTAssertEqual(items.first { $0.stem.hasPrefix("高处作业") }?.answer, .trueFalse(true))
        XCTAssertEqual(items.first { $0.stem.hasPrefix("雨天") }?.answer, .trueFalse(false))
        // Without a type tag, a far jump in the numbering stays inside the item before it.
        let plain = importText("""
            1、下列属于安全用具的是()
            A.绝缘手套
            B.扳手
            答案:A
            解析:绝缘手套是基本安全用具,
            37、以上见教材第三章。
            """).items
        XCTAssertEqual(plain.count, 1)
    }

    func testOneNumberThatLostItsDelimiterAfterAMarkedStatement() {
        let items = importText("""
            一、判断题
            1、地球绕太阳公转一周约为一年。(√)
            2、月球自身能够发光。(×)
            3 太阳从西边升起。(×)
            4、水在标准大气压下100摄氏度沸腾。(√)
            """).items
        XCTAssertEqual(items.count, 4, "\(items.map(\.stem))")
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(false), .trueFalse(true)])
        // A wrapped line that starts with the next number and a space, after a line that does not close on a
        // bracket, stays in its sentence.
        let wrapped = importText("""
            一、判断题
            1、地球绕太阳公转一周约为一年。(√)
            2、一年有
            3 个季节是错误的说法,应为四个。(√)
            """).items
        XCTAssertEqual(wrapped.count, 2, "\(wrapped.map(\.stem))")
    }

    func testFirstOptionThatLostItsDelimiterBeforeADelimitedB() {
        let item = importText("""
            1. 鲁迅是现代文学的奠基人。他写过许多小说。

            下列作品中属于鲁迅的是( )

            A《呐喊》

            B.《雷雨》

            C.《家》

            D.《子夜》

            【答案解析】本题正确选项为 A 选项,略。
            """).single
        XCTAssertEqual(item?.options?.map(\.text), ["《呐喊》", "《雷雨》", "《家》", "《子夜》"])
        XCTAssertEqual(item?.answer, .choices(["A"]))
        XCTAssertEqual(item?.stem.hasPrefix("鲁迅是现代文学的奠基人"), true)
        // A line that opens with `A` glued to Chinese with no `B.` line after it is text (`A股…`).
        let text = importText("""
            1. 下列说法正确的是( )
            A股市场周末休市
            答案:略
            """).single
        XCTAssertEqual(text?.options ?? [], [])
    }
}
