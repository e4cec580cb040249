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

    func testContestRoundNamingAQuestionTypeIsAPart() {
        let items = importText("""
            第一轮-单项选择题
            1、长城位于哪个国家?( ) A中国 B日本 C印度 答案:A
            第二轮:判断题
            1.长江是中国最长的河流吗?(对)
            2.熊猫只吃肉吗?(错)
            """).items
        XCTAssertEqual(items.count, 3, "\(items.map(\.stem))")
        XCTAssertEqual(items.last?.section, "第二轮:判断题")
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .trueFalse(true), .trueFalse(false)])
        // A round named in a question's own text, with no question type after it, is text.
        let sentence = importText("""
            1、双方在第二轮谈判中达成了什么?( ) A协议 B分歧 答案:A
            """).single
        XCTAssertEqual(sentence?.stem.hasPrefix("双方在第二轮谈判中"), true)
        XCTAssertEqual(sentence?.answer, .choices(["A"]))
    }

    func testTrueFalseKeyWithItsCorrectionClosingTheStatement() {
        let items = importText("""
            判断题
            1.世界上最高的山是泰山吗?(错 是珠穆朗玛峰)
            2.鲸鱼属于鱼类。(错,属于哺乳动物)
            3.水的沸点在标准大气压下是100摄氏度。(对)
            4.光年是时间单位。(×,应为距离单位)
            """).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(false), .trueFalse(false), .trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(items.first?.stem.contains("珠穆朗玛峰"), false)
        // A bracket opening with 对/错 as part of a word (`(对比)`, `(错别字)`) is the statement's own text.
        let words = importText("""
            判断题
            1.这两组数据可以直接相加(对比分析)
            答案:错
            """).single
        XCTAssertEqual(words?.answer, .trueFalse(false))
        XCTAssertEqual(words?.stem.contains("对比分析"), true)
    }

    func testNumbersInWideGappedColumnsWithTheirLettersGlued() {
        let items = importText("""
            1、水的沸点是(B    )摄氏度
                A90    B100    C120
            2、一年大约有(  C  )天
            A300-320    B330-350    C360-370
            """).items
        XCTAssertEqual(items.map { $0.options?.map(\.text) ?? [] }, [["90", "100", "120"], ["300-320", "330-350", "360-370"]])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["C"])])
        // A letter glued to a number at a line start with no such column after it is text.
        let paper = importText("""
            1、简述纸张规格的用途。
            A4纸适合打印文件,    常见于办公室。
            答案:打印
            """).single
        XCTAssertNil(paper?.options)
        XCTAssertEqual(paper?.stem.contains("A4纸适合打印文件"), true)
    }

    func testLowerCaseLettersWithColonsGluedInAFlattenedRow() {
        let item = importText("一、选择题1、这一论断由(a)提出来的。a:马克思b:列宁c:毛泽东2、下列是直辖市的是(b)。a、苏州b、天津c、杭州").items
        XCTAssertEqual(item.count, 2)
        XCTAssertEqual(item.first?.options?.map(\.text), ["马克思", "列宁", "毛泽东"])
        XCTAssertEqual(item.first?.answer, .choices(["A"]))
        // A ratio written with colons (`a:b:c`) names no options.
        let ratio = importText("""
            1、写出比例式a:b:c的含义。
            答案:三者之比
            """).single
        XCTAssertNil(ratio?.options)
        XCTAssertEqual(ratio?.stem, "写出比例式a:b:c的含义。")
    }

    func testLabelWordGluedToTheTextBeforeANumberIsThatText() {
        let items = importText("一、选择题1、会议讨论的是(a)。a、合作b、运动c、领导权问题2、北伐战争的性质是(a)。a、国共合作b、内战c、外战").items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.first?.options?.last?.text, "领导权问题")
        XCTAssertEqual(items.last?.stem.hasPrefix("北伐战争"), true)
        // The label set apart from the text before it, or closed by a colon, is still a label.
        let labels = importText("""
            问题1:地球是什么形状?
            答:球形
            标准答案:无试题2:太阳从哪边升起?
            答:东边
            """).items
        XCTAssertEqual(labels.map(\.stem), ["地球是什么形状?", "太阳从哪边升起?"])
    }

    func testTextAfterATrueFalseKeyThatClosesASentenceIsItsNote() {
        let items = importText("""
            判断题
            1.地球上最高的山峰是珠穆朗玛峰吗?(对) 海拔约八千八百米
            2.鲸鱼属于鱼类。(×)应为哺乳动物
            """).items
        XCTAssertEqual(items.map(\.stem), ["地球上最高的山峰是珠穆朗玛峰吗?( )", "鲸鱼属于鱼类。( )"])
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(items.last?.explanation, "应为哺乳动物")
        // A key inside the sentence (no sentence end before it) leaves the rest of the sentence in the stem.
        let inside = importText("""
            判断题
            1.绿色植物(√)需要阳光才能进行光合作用
            """).single
        XCTAssertEqual(inside?.answer, .trueFalse(true))
        XCTAssertEqual(inside?.stem.hasSuffix("需要阳光才能进行光合作用"), true)
    }
}
