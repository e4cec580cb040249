import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set F), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsF: XCTestCase {
    func testQuestionMarkForALostSpaceAfterABracketedKeyLabel() {
        let item = importText("""
            1、下列关于树的说法正确的是()
            A.树一定有两个孩子
            B.树可以没有根
            C.树的结点都有父结点
            D.树中根结点没有父结点
            [答案]?D
            [解析]?D项正确,根结点没有父结点。
            """).single
        XCTAssertEqual(item?.answer, .choices(["D"]))
        XCTAssertEqual(item?.options?.count, 4)
        // A `?` left alone before the line end is an unreadable key, not a lost space: no key is read from it.
        let unreadable = importText("""
            1、下列关于树的说法正确的是()
            A.树一定有两个孩子
            B.树可以没有根
            [答案]?
            """).single
        XCTAssertEqual(unreadable?.answer, nil)
    }

    func testLetterAndDigitCodeListIsNoQuestionNumber() {
        let items = importText("""
            当前题库【C1、C2小车题库】切换至【A2、B2货车题库】
            1、驾驶机动车在雾天行驶应当开启雾灯。
            A、正确
            B、错误
            正确答案:A
            """).items
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.stem.hasPrefix("驾驶机动车在雾天"), true)
        // A key letter glued to the next question's number stays a number: a stem follows it, not another code.
        let glued = importText("1、雾天应当开启哪种灯?A.雾灯B.远光灯 答案:A2、雨天路滑应当怎样行驶?A.减速慢行B.加速通过 答案:A").items
        XCTAssertEqual(glued.count, 2)
        XCTAssertEqual(glued.map(\.answer), [.choices(["A"]), .choices(["A"])])
    }

    func testQuestionsRestartOnAStemThatOpensWithADate() {
        let items = importText("""
            考生须知:1.本卷共两部分,满分一百分。2.请将答案写在答题卡上。第一部分(选择题)每小题只有一个选项符合题意。1.2022年3月5日,某会议在北京开幕,会议的主题是()A.团结B.发展C.创新D.开放【答案】B【解析】略。2.5月20日,某赛事在杭州举行,赛事的口号是()A.更快B.更高C.更强D.更团结【答案】C【解析】略。
            """).items
        let stems = items.map(\.stem)
        XCTAssertTrue(stems.contains { $0.hasPrefix("2022年3月5日,某会议") }, "\(stems)")
        XCTAssertTrue(stems.contains { $0.hasPrefix("5月20日,某赛事") }, "\(stems)")
        XCTAssertEqual(items.first { $0.stem.hasPrefix("2022年") }?.answer, .choices(["B"]))
        // A decimal inside a sentence (`增长了1.5个百分点`) after a sentence's end is no restart.
        let decimal = importText("""
            1.下列说法正确的是()A.甲B.乙C.丙D.丁【答案】A【解析】去年增长。1.5个百分点的差距来自出口。
            """).items
        XCTAssertEqual(decimal.count, 1)
        XCTAssertEqual(decimal.first?.answer, .choices(["A"]))
    }

    func testLongHeadingNoteWithATypeTagInsideIsNoQuestion() {
        // A traditional-script heading, a `?` for a lost space, and a note longer than a line's usual score note that
        // names the exam software's `[選擇題]` menu, with a converter's reading `(qǐng)` and a lost `(` inside.
        let items = importText("""
            一、選擇題?(請(qǐng)?jiān)在[答題]菜單上選擇[選擇題]命令,啟動測試程序,按照屏幕上的內容作答。作答時鍵盤被鎖定,只能使用鼠標,本部分只能進入一次。)
            1、下列關於棧的說法正確的是()
            A.先進先出
            B.後進先出
            答案:B
            """).items
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.answer, .choices(["B"]))
        XCTAssertEqual(items.first?.section, "一、選擇題")
        // A question sharing the heading's line keeps its own text: the note ends at its first `)`.
        let shared = importText("一、选择题(每题2分,共计二十分,请把所选答案的字母填写在题后的括号内,多选不得分,错选不得分,不选不得分)1.中国的首都是( )A.北京B.上海 答案:A").items
        XCTAssertEqual(shared.count, 1)
        XCTAssertEqual(shared.first?.stem.hasPrefix("中国的首都是"), true)
        XCTAssertEqual(shared.first?.answer, .choices(["A"]))
    }

    func testKeySetOffByWideGapsAtTheStemEnd() {
        let item = importText("""
            3.经过蒸煮晾晒后的茶叶称为  (B)  
            A鲜叶   B. 干茶    C. 茶汤 
            """).single
        XCTAssertEqual(item?.answer, .choices(["B"]))
        XCTAssertEqual(item?.options?.map(\.text), ["鲜叶", "干茶", "茶汤"])
        // A flattened row that opens after a wide gap keeps `(A)` as its first option: text follows it.
        let row = importText("1.下列属于营销组合要素的是( )。  (A)产品  (B)客户  (C)渠道\n答案:A").single
        XCTAssertEqual(row?.options?.map(\.text), ["产品", "客户", "渠道"])
        XCTAssertEqual(row?.answer, .choices(["A"]))
    }

    func testOptionColumnsWithSomeLettersGluedToTheirText() {
        let item = importText("""
            1.下列哪项不属于图书馆的职能 (C)
            A收藏文献  B 传播知识  C生产纸张
            D 社会教育  E  开发信息
            """).single
        XCTAssertEqual(item?.options?.map(\.text), ["收藏文献", "传播知识", "生产纸张", "社会教育", "开发信息"])
        XCTAssertEqual(item?.answer, .choices(["C"]))
        // A capital glued to Chinese at a line start with no next letter after a gap is the stem's own text.
        let stem = importText("""
            1.下列说法正确的是
            A级景区门票  每年免费开放一天
            A.对
            B.错
            答案:A
            """).single
        XCTAssertEqual(stem?.options?.map(\.text), ["对", "错"])
        XCTAssertEqual(stem?.stem.contains("A级景区门票"), true)
    }

    func testOptionRowLabelInAOneLineBankIsNoExplanationLabel() {
        // A heading glued before a bank on one line; each question names its option row `【选项】`.
        let items = importText("""
            一、单选题(共20题)1.雷雨天气应当停止哪项作业?【选项】A.室内抹灰B.高处吊装C.图纸会审D.资料归档【参考答案】B【解析】雷雨天高处作业危险。2.临时用电的末级漏电保护器动作时间应为?【选项】A.不大于0.1秒B.0.5秒C.1秒D.3秒【参考答案】A【解析】略。
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.map { $0.options?.count }, [4, 4])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"])])
        // A label that recurs after the keys with plain text after it is still learned as an explanation.
        let explained = importText("""
            一、单选题(共20题)1.雷雨天气应当停止哪项作业?A.室内抹灰B.高处吊装【参考答案】B【说明】雷雨天高处作业危险。2.临时用电的漏电保护器动作时间应为?A.不大于0.1秒B.0.5秒【参考答案】A【说明】按规范取值。
            """).items
        XCTAssertEqual(explained.map(\.answer), [.choices(["B"]), .choices(["A"])])
        XCTAssertEqual(explained.first?.options?.map(\.text), ["室内抹灰", "高处吊装"])
    }

    func testNumberedNoteAboutThePapersVolumesIsNoQuestion() {
        let items = importText("""
            1.第Ⅰ卷1~10题为单项选择题,第Ⅱ卷11~14题为非选择题。
            2.下列城市中,被称为“春城”的是()
            A.昆明
            B.哈尔滨
            答案:A
            3.下列河流中,流经武汉的是()
            A.长江
            B.珠江
            答案:A
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["A"])])
        // A question that asks about the answer card stays: it has a blank to fill.
        let asked = importText("""
            1.填涂答题卡应当使用______铅笔。
            2.下列城市中,被称为“春城”的是()
            A.昆明
            B.哈尔滨
            答案:A
            """).items
        XCTAssertEqual(asked.count, 2)
        XCTAssertEqual(asked.first?.stem.hasPrefix("填涂答题卡"), true)
    }
}
