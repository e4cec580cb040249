import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set M), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsM: XCTestCase {
    func testSemicolonTypedForTheKeyLabelsColon() {
        let items = importText("""
            1、下列哪种水果是红色的
            A.香蕉
            B.苹果
            C.梨
            答案;B
            2、下列哪种动物会飞?( ) A老虎 B大象 C麻雀 答案; C 麻雀
            3、鲸鱼是鱼类吗
            A.正确
            B.错误
            正确答案;B
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["C"]), .choices(["B"])])
        // A semicolon after the word in a sentence is no key: a word, not a key letter, follows it.
        let sentence = importText("""
            1、下列哪种说法正确
            A.先看题目再找答案;Excel可以后学
            B.只背答案;而不理解
            答案:A
            """).single
        XCTAssertEqual(sentence?.answer, .choices(["A"]))
        XCTAssertEqual(sentence?.options?.count, 2)
        XCTAssertEqual(sentence?.options?.last?.text.hasPrefix("只背答案;而不理解"), true)
    }

    func testQuestionThatNamesTwoSiteWordsIsNoSiteNoise() {
        // Online-safety quizzes ask about 客服, 点击, 下载, 平台 …: a numbered line ending with its question mark is a
        // question, whatever two of those words it holds.
        let items = importText("""
            1、接到自称快递公司的电话,下列做法正确的是?
            A.挂断后拨打官方电话核实
            B.按对方要求转账
            【答案】:A
            2、有人自称平台客服,发来短信要你点击链接办理退款,你应该怎么做?
            A.立即点击链接
            B.通过官方渠道核实
            【答案】:B
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.last?.stem.hasPrefix("有人自称平台客服"), true)
        XCTAssertEqual(items.last?.answer, .choices(["B"]))
        // A site's line with the same two words and no question mark stays noise.
        let chrome = importText("""
            如有疑问请联系客服,点击右上角反馈
            1、地球绕什么转?
            A.太阳
            B.月亮
            答案:A
            """).items
        XCTAssertEqual(chrome.count, 1)
        XCTAssertEqual(chrome.first?.stem.hasPrefix("地球绕什么转"), true)
    }

    func testPartHeadingRightAfterAKeyInAFlattenedPageIsNoExplanation() {
        let items = importText("""
            一、单选题1.中国的首都是( )A.北京B.上海答案:A,2.最大的海洋是( )A.太平洋B.大西洋答案:A,二、判断题,1.太阳从西边升起吗?(错),2.水在零度结冰吗?(对)
            """).items
        XCTAssertEqual(items.count, 4, "\(items.map(\.stem))")
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["A"]), .trueFalse(false), .trueFalse(true)])
        XCTAssertEqual(items.last?.section, "二、判断题")
        // Text after the key that only mentions a part (`二、…` with no type word) stays the key's explanation.
        let explained = importText("""
            1.中国的首都是( )A.北京B.上海答案:A 二、三线城市不是首都。
            """).single
        XCTAssertEqual(explained?.answer, .choices(["A"]))
        XCTAssertEqual(explained?.explanation?.hasPrefix("二、三线城市"), true)
    }
}
