import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set L), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsL: XCTestCase {
    func testBracketedKeyLabelNamingWhoGivesTheKey() {
        // `【官方答案】B`: a bracketed label of a few letters then 答案 is a key, even glued to the last option.
        let item = importText("""
            1、某公司章程没有约定分红比例,股东甲实缴出资最少。下列说法正确的是?  A.甲不能分红  B.按实缴比例分红  C.按认缴比例分红D.由董事会决定【官方答案】B【考点】分红比例【答案解析】按实缴出资比例分取红利。
            """).single
        XCTAssertEqual(item?.answer, .choices(["B"]))
        XCTAssertEqual(item?.options?.last?.text, "由董事会决定")
        // A student's own answer in the same brackets is no key: the right answer stays the key.
        let student = importText("""
            1、下列城市中属于直辖市的是( )
            A.苏州
            B.重庆
            C.青岛
            D.大连
            【我的答案】A
            【正确答案】B
            """).single
        XCTAssertEqual(student?.answer, .choices(["B"]))
    }

    func testExampleNumberAloneOnItsLineOverADialogueStem() {
        // `例3` alone on its line: the question is the lines below, a two-line dialogue whose reply starts `---`.
        let items = importText("""
            例2
            We were told to meet ______ the gate at noon.
            A.in B.at C.on D.by
            分析:答案是B。at表示在某一点。
            例3
            ---Would you like to join us for the picnic?
            ---______. I have to look after my sister.
            A.Yes, I'd love to B.I'm afraid not C.Never mind D.That's right
            分析:答案是B。由后句可知。
            """).items
        XCTAssertEqual(items.count, 2, "\(items.map(\.stem))")
        XCTAssertEqual(items.last?.stem.hasPrefix("Would you like to join us"), true, "\(items.map(\.stem))")
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
        // `例1.5` is a number, not a label: a text line stays text.
        let text = importText("""
            1.下列数最大的是( )
            例1.5倍的说法在这里只是举例
            A.1 B.2 C.3 D.4
            答案:D
            """).single
        XCTAssertEqual(text?.answer, .choices(["D"]))
    }

    func testExampleLabelOverOptionsSharedByTheNumberedQuestionsBelow() {
        // `例4.` then five options with no stem, then `1.…答案:C` `2.…答案:A`: a B1 group, options printed first.
        let items = importText("""
            例4.
            A.风寒束表
            B.风热犯肺
            C.燥邪伤肺
            D.痰湿蕴肺
            E.肝火犯肺
            1.咳嗽痰少而黏,口鼻干燥者属于答案:C
            2.恶寒发热,咳痰清稀者属于答案:A
            """).items
        XCTAssertEqual(items.count, 2, "\(items.map(\.stem))")
        XCTAssertEqual(items.map { $0.options?.count ?? 0 }, [5, 5])
        XCTAssertEqual(items.map(\.answer), [.choices(["C"]), .choices(["A"])])
        // A labelled example whose own stem is on the next line keeps its options.
        let own = importText("""
            例4.
            下列属于肺的生理功能的是
            A.主气
            B.藏血
            C.主运化
            分析:答案是A。
            """).single
        XCTAssertEqual(own?.options?.count, 3)
        XCTAssertEqual(own?.stem.hasPrefix("下列属于肺的生理功能"), true, "\(String(describing: own?.stem))")
    }

    func testTableRowsOfNumberStatementAndTrueFalseKey() {
        let items = importText("""
            二、判断题
            题号 | 判断 | 正确/错误 |
            6 | 光在真空中传播最快 | 正确 |
            7 | 声音可以在真空中传播 | 错误 |
            | 8 | 月球本身会发光 | × |
            """).items
        XCTAssertEqual(items.map(\.stem), ["光在真空中传播最快", "声音可以在真空中传播", "月球本身会发光"])
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(false)])
        // A table whose last cell is no true/false word (a score, a letter key) is not read as statements.
        let scores = importText("""
            1.下列属于哺乳动物的是( )
            A.鲸 B.鲨鱼 C.海龟 D.海星
            答案:A
            题号 | 内容 | 分值 |
            1 | 选择题部分 | 2分 |
            2 | 判断题部分 | 10 |
            """).items
        XCTAssertEqual(scores.count, 1, "\(scores.map(\.stem))")
        XCTAssertEqual(scores.first?.answer, .choices(["A"]))
    }

    func testKeyAndExplanationUnderOneAndLabel() {
        // `【答案及解析】B。…`, `答案与解析:C。…`, `【参考答案及解析】A`: the key, then its explanation.
        let items = importText("""
            1.下列河流中注入渤海的是( )
            A.长江 B.黄河 C.珠江 D.淮河
            【答案及解析】B。黄河在山东注入渤海。
            2.下列山脉中呈东西走向的是( )
            A.天山 B.太行山 C.大兴安岭 D.武夷山
            答案与解析:A。天山横贯新疆中部。
            3.下列省份中面积最大的是( )
            A.新疆 B.西藏 C.青海 D.四川
            【参考答案及解析】A
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"]), .choices(["A"])])
        XCTAssertEqual(items.first?.explanation, "黄河在山东注入渤海。")
        // The words inside a stem's note stay text; the item's own label keys it.
        let note = importText("""
            1.下列说法正确的是(答案及解析见文末)
            A.甲 B.乙 C.丙 D.丁
            答案:C
            """).single
        XCTAssertEqual(note?.stem, "下列说法正确的是(答案及解析见文末)")
        XCTAssertEqual(note?.answer, .choices(["C"]))
    }

    func testAnswerSheetWrittenAsAPipeTable() {
        // `答案汇总表` then `| 题号 | 答案 | 说明 |`, its rule row and `| 1 | B | … |` rows: keys with their notes.
        let items = importText("""
            一、选择题
            1. 下列动物中会飞的是:
            A. 企鹅
            B. 燕子
            C. 鸵鸟
            D. 海豚
            2. 下列植物中属于草本的是:
            A. 松树
            B. 柳树
            C. 小麦
            D. 杨树
            答案汇总表
            | 题号 | 答案 | 说明 |
            |------|:----:|------|
            | 1 | B | 燕子会飞 |
            | 2 | C | 小麦是草本 |
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["C"])])
        XCTAssertEqual(items.first?.explanation, "燕子会飞")
        // Rows without pipes round them (`1 | B |`) under `答案总结` read the same way.
        let bare = importText("""
            1. 下列动物中会飞的是:
            A. 企鹅
            B. 燕子
            C. 鸵鸟
            2. 下列植物中属于草本的是:
            A. 松树
            B. 小麦
            C. 杨树
            答案总结
            题号 | 答案 |
            1 | B |
            2 | B |
            """).items
        XCTAssertEqual(bare.map(\.answer), [.choices(["B"]), .choices(["B"])])
        // A table of something else after keyed questions (a score table) keys nothing and adds no item.
        let keyed = importText("""
            1. 下列动物中会飞的是:
            A. 企鹅
            B. 燕子
            答案:B
            | 题型 | 分值 |
            |---|---|
            | 选择题 | 2 |
            """).items
        XCTAssertEqual(keyed.count, 1, "\(keyed.map(\.stem))")
        XCTAssertEqual(keyed.first?.answer, .choices(["B"]))
    }

    func testUnnumberedDialogueStemOverTwoDashedLines() {
        // No number (or a label the parser does not know, `例 1.`): the two dashed turns over the options are the stem.
        let items = importText("""
            例 1.
            —Shall we go skating this afternoon?
            —______. The ice is too thin.
            A.Good idea B.I'd rather not C.Why not D.Sure
            分析:答案是B。
            ---Whose scarf is this?
            ---It's ______. She left it here.
            A.Lucy B.Lucy's C.Lucys D.Lucys'
            分析:答案是B。
            """).items
        XCTAssertEqual(items.count, 2, "\(items.map(\.stem))")
        XCTAssertEqual(items.first?.stem.hasPrefix("Shall we go skating"), true, "\(items.map(\.stem))")
        XCTAssertEqual(items.last?.stem.contains("Whose scarf"), true, "\(items.map(\.stem))")
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
        // A rule line (`----`) over a one-line stem is no dialogue turn: the stem stays the one line.
        let ruled = importText("""
            ----
            Which season comes after spring?
            A.Winter B.Summer C.Autumn D.None
            答案:B
            """).single
        XCTAssertEqual(ruled?.stem, "Which season comes after spring?")
    }

    func testB1GroupsEachUnderTheirOwnNote() {
        // `(3~4题共用备选答案)` under question 2 starts the next group: it is not question 2's text, and 3 and 4 take
        // the new options.
        let items = importText("""
            (1~2题共用备选答案)
            A.维生素A
            B.维生素B1
            C.维生素C
            D.维生素D
            E.维生素K
            1.缺乏可致夜盲症的是
            2.缺乏可致坏血病的是
            (3~4题共用备选答案)
            A.铁
            B.碘
            C.钙
            D.锌
            E.硒
            3.缺乏可致甲状腺肿的是
            4.缺乏可致缺铁性贫血的是
            参考答案:1.A 2.C 3.B 4.A
            """).items
        XCTAssertEqual(items.map(\.stem), ["缺乏可致夜盲症的是", "缺乏可致坏血病的是", "缺乏可致甲状腺肿的是", "缺乏可致缺铁性贫血的是"])
        XCTAssertEqual(items.map { $0.options?.first?.text }, ["维生素A", "维生素A", "铁", "铁"])
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["C"]), .choices(["B"]), .choices(["A"])])
        // The part's long instruction names the shared options; keyed groups follow one another without notes.
        let keyed = importText("""
            (以下每组考题共同使用在考题前列出的A、B、C、D、E五个备选答案)
            A.维生素A
            B.维生素B1
            C.维生素C
            D.维生素D
            E.维生素K
            1.缺乏可致夜盲症的是
            答案:A
            2.缺乏可致坏血病的是
            答案:C
            A.铁
            B.碘
            C.钙
            D.锌
            E.硒
            3.缺乏可致甲状腺肿的是
            答案:B
            """).items
        XCTAssertEqual(keyed.map { $0.options?.first?.text }, ["维生素A", "维生素A", "铁"])
        XCTAssertEqual(keyed.map(\.answer), [.choices(["A"]), .choices(["C"]), .choices(["B"])])
        // A question that names 备选答案 in its own stem keeps its own options.
        let own = importText("""
            1.下列备选答案中属于脂溶性维生素的是
            A.维生素A
            B.维生素B1
            C.维生素C
            2.下列元素中属于常量元素的是
            A.铁
            B.钙
            C.锌
            参考答案:1.A 2.B
            """).items
        XCTAssertEqual(own.map { $0.options?.count ?? 0 }, [3, 3])
        XCTAssertEqual(own.map { $0.options?.first?.text }, ["维生素A", "铁"])
    }
}
