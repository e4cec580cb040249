import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set H), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsH: XCTestCase {
    func testStarBeforeAnOptionLetterMarksTheKey() {
        let item = importText("""
            缺乏哪种维生素最容易引起夜盲症

            A、维生素C

            *B、维生素A

            C、维生素D

            D、维生素K
            """).single
        XCTAssertEqual(item?.options?.count, 4)
        XCTAssertEqual(item?.options?.last?.text, "维生素K")
        XCTAssertEqual(item?.answer, .choices(["B"]))
        // A key label wins over a star; a star on every option marks none; `* A.` with a space is a bullet list.
        let labelled = importText("""
            1.维生素C又叫什么
            A.视黄醇
            *B.核黄素
            C.抗坏血酸
            答案:C
            """).single
        XCTAssertEqual(labelled?.answer, .choices(["C"]))
        let everyOne = importText("""
            1.下列属于水溶性维生素的有
            *A.维生素B1
            *B.维生素C
            *C.叶酸
            """).single
        XCTAssertEqual(everyOne?.options?.count, 3)
        XCTAssertEqual(everyOne?.answer, nil)
        let bullets = importText("""
            1.下列哪种食物含铁最多
            * A. 猪肝
            * B. 苹果
            * C. 牛奶
            """).single
        XCTAssertEqual(bullets?.options?.count, 3)
        XCTAssertEqual(bullets?.answer, nil)
    }

    func testExampleLabelStartsAnUnnumberedQuestion() {
        let items = importText("""
            1、单选题
            单选题是这门考试中分量最重的题型,每题只有一个正确答案,考生要从四个选项中选出最合适的一个。
            例题:下列哪一项不属于计算机的输入设备?
            A. 键盘
            B. 鼠标
            C. 扫描仪
            D. 打印机
            答案:D
            推理题考查的是考生的逻辑能力,下面通过一道题目来看一下:
            【例题】某班有甲乙丙三名同学参加比赛,已知甲的名次比乙高,丙的名次比甲高。
            由此可以推出的是:
            A.甲第一
            B.乙第一
            C.丙第一
            【答案】C
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.first?.stem, "下列哪一项不属于计算机的输入设备?")
        XCTAssertEqual(items.first?.answer, .choices(["D"]))
        XCTAssertEqual(items.last?.stem.hasPrefix("某班有甲乙丙三名同学参加比赛"), true)
        XCTAssertEqual(items.last?.stem.hasSuffix("由此可以推出的是:"), true)
        XCTAssertEqual(items.last?.answer, .choices(["C"]))
        // `例题:` alone names a part whose numbered questions follow; `例如:` in prose is no label.
        let part = importText("""
            例题:
            1. 下列哪一项是输出设备?
            A. 键盘
            B. 显示器
            答案:B
            例如:打印机也是一种输出设备,它把结果印在纸上。
            """).items
        XCTAssertEqual(part.count, 1)
        XCTAssertEqual(part.first?.stem, "下列哪一项是输出设备?")
        XCTAssertEqual(part.first?.answer, .choices(["B"]))
    }

    func testTypeTagAfterAnExampleLabelIsNoStemText() {
        let item = importText("例题: (多选题)下列属于哺乳动物的有: A. 鲸 B. 鲨鱼 C. 蝙蝠 D. 企鹅\n答案:AC").single
        XCTAssertEqual(item?.type, .multipleChoice)
        XCTAssertEqual(item?.stem, "下列属于哺乳动物的有:")
        XCTAssertEqual(item?.answer, .choices(["A", "C"]))
    }

    func testAnswerAndExplanationLabelKeysAQuestionWithoutOptions() {
        let items = importText("""
            1. 光在真空中的传播速度约为每秒( )千米。
            答案解析:30万
            2. 声音可以在真空中传播。
            答案解析:错误。声音的传播需要介质。
            3. 简述保护视力的方法。
            答案解析:
            - 读书写字姿势要端正。
            - 连续用眼一小时要休息。
            """).items
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[0].type, .fillBlank)
        XCTAssertEqual(items[0].answer, .blanks(["30万"]))
        XCTAssertEqual(items[1].type, .trueFalse)
        XCTAssertEqual(items[1].answer, .trueFalse(false))
        XCTAssertEqual(items[2].type, .shortAnswer)
        XCTAssertEqual(items[2].answer?.display().hasPrefix("读书写字姿势要端正"), true)
        // `解析:` alone explains, it does not answer; a choice keeps its letter and its explanation.
        let explained = importText("""
            1. 简述保护听力的方法。
            解析:本题考查日常卫生常识。
            2. 下列哪种动物会冬眠?
            A. 熊
            B. 马
            答案解析:A。熊在冬天会进入冬眠状态。
            """).items
        XCTAssertEqual(explained.count, 2)
        XCTAssertEqual(explained[0].answer, nil)
        XCTAssertEqual(explained[0].explanation, "本题考查日常卫生常识。")
        XCTAssertEqual(explained[1].answer, .choices(["A"]))
        XCTAssertEqual(explained[1].explanation?.hasPrefix("熊在冬天"), true)
    }

    func testDecimalNumberedTypeNameIsASubsectionHeading() {
        let items = importText("""
            2.1 选择题
            选择题考的是记忆。
            例题:地球绕太阳转一圈约需要多久? A. 一天 B. 一个月 C. 一年
            答案:C。这是地球的公转周期。
            2.2 填空题
            填空题考的是理解。
            例题:一年有( )个季节,分别是春、( )、秋、冬。
            答案:四、夏
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].answer, .choices(["C"]))
        XCTAssertEqual(items[0].explanation, "这是地球的公转周期。")
        XCTAssertEqual(items[1].type, .fillBlank)
        XCTAssertEqual(items[1].answer, .blanks(["四", "夏"]))
        // `2.5 米` is a length in a stem, and a numbered line that only starts with a type word is a question.
        let lengths = importText("""
            1. 一根绳子长
            2.5 米,剪去一半后还剩多少米?
            答案:1.25米
            """).single
        XCTAssertEqual(lengths?.answer, .text("1.25米"))
    }

    func testChoicePartItemWithOneWordPerBracketBlankIsFillIn() {
        let items = importText("""
            一、单项选择题
            1. 我国的四大名著中,作者是曹雪芹的是( ),作者是吴承恩的是( )。
            答案:红楼梦、西游记
            2. 《三国演义》的作者是( )。
            答案:B
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0].type, .fillBlank)
        XCTAssertEqual(items[0].answer, .blanks(["红楼梦", "西游记"]))
        XCTAssertEqual(items[1].type, .singleChoice)
        XCTAssertEqual(items[1].answer, .choices(["B"]))
    }

    func testNumberedTypeListLineIsNoQuestion() {
        let items = importText("""
            一级考试
            1、题型:单选题、多选题、判断题
            单选题:每题有四个选项,只有一个正确。
            答案示例:
            单选题:水的化学式是( )。
            A. H2O B. CO2 C. O2 D. NaCl
            正确答案:A
            """).items
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.answer, .choices(["A"]))
        // A numbered question that asks about question types stays a question.
        let asks = importText("""
            1、题型:选择题和判断题哪一种更容易得分?
            答案:判断题
            """).single
        XCTAssertEqual(asks?.answer, .text("判断题"))
    }

    func testBracketedAndNumberedExampleLabelsStartQuestions() {
        for (first, second) in [("【例1】", "【例2】"), ("【例题】", "【例题】"), ("例1:", "例2:"), ("[例3]", "[例4]"),
                                ("【典型例题】", "【典型例题】"), ("【真题】", "【模拟练习2】")] {
            let items = importText("""
                下面用两道题说明这类题的做法。
                \(first)某地夏季炎热多雨,冬季寒冷干燥,
                该地的气候类型是
                A.热带雨林气候
                B.温带季风气候
                C.地中海气候
                答案:B
                \(second)世界上面积最大的大洋是
                A.太平洋
                B.大西洋
                答案:A
                """).items
            XCTAssertEqual(items.count, 2, first)
            XCTAssertEqual(items.first?.stem, "某地夏季炎热多雨,冬季寒冷干燥,该地的气候类型是", first)
            XCTAssertEqual(items.last?.stem, "世界上面积最大的大洋是", first)
            XCTAssertEqual(items.last?.answer, .choices(["A"]), first)
        }
        // `【练习】` over a numbered list names the part; `例如:` in prose is no label: it stays out of the question.
        let part = importText("""
            【课后练习】
            1. 赤道附近的气候特点是
            A.终年高温
            B.四季分明
            答案:A
            """).items
        XCTAssertEqual(part.count, 1)
        XCTAssertEqual(part.first?.stem, "赤道附近的气候特点是")
        let prose = importText("""
            例如:赤道附近终年高温。
            1. 赤道附近的气候特点是
            A.终年高温
            B.四季分明
            答案:A
            """).items
        XCTAssertEqual(prose.count, 1)
        XCTAssertEqual(prose.first?.stem, "赤道附近的气候特点是")
    }

    func testParagraphAboutAQuestionTypeIsNoQuestion() {
        let items = importText("""
            3、判断题
            判断题是这门考试中分值最低的题型,每题只需判断对错,主要考查基本概念。
            例题:水在零摄氏度时一定会结冰。
            答案:错误
            """).items
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.stem, "水在零摄氏度时一定会结冰。")
        XCTAssertEqual(items.first?.answer, .trueFalse(false))
        // A statement about a question type with its mark in the blank is a question.
        let statement = importText("""
            二、判断题
            判断题是只有对错两种答案的题型。(√)
            """).single
        XCTAssertEqual(statement?.answer, .trueFalse(true))
    }

    func testListNumberedOptionRowBelongsToTheStemAboveIt() {
        let items = importText("""
              1. 世界上最长的河流是( )。

              2. A:长江 B:尼罗河 C:亚马孙河 D:黄河

              3. 中国的首都是( )。

              4. A:上海 B:北京 C:广州 D:南京
            答案:B
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.first?.stem, "世界上最长的河流是( )。")
        XCTAssertEqual(items.first?.options?.count, 4)
        XCTAssertEqual(items.last?.options?.count, 4)
        XCTAssertEqual(items.last?.answer, .choices(["B"]))
        // A dialogue numbered after a fill-in sentence is the next question.
        let dialogue = importText("""
            1. 我国最大的淡水湖是______。
            答案:鄱阳湖
            2. A: 你好吗? B: 我很好。这段对话发生在什么场合?
            答案:见面问候
            """).items
        XCTAssertEqual(dialogue.count, 2)
    }

    func testNumberedTopicTitleOverTableRowsIsNoQuestion() {
        let items = importText("""
            1. 地理常识类题目
            | 题目 | 答案 | 解析 |
            | 1. 地球上面积最大的大洲是? | 亚洲 | 亚洲约占陆地面积的三成。 |
            | 2. 世界上最高的山峰是? | 珠穆朗玛峰 | 海拔八千多米。 |
            2. 历史常识类题目
            | 题目 | 答案 | 解析 |
            | 3. 秦朝的建立者是谁? | 秦始皇 | 公元前221年统一六国。 |
            """).items
        XCTAssertEqual(items.count, 3)
        XCTAssertFalse(items.contains { $0.stem.contains("常识类题目") })
        // A numbered question that asks about a kind of question stays one.
        let asks = importText("""
            1. 行测考试中哪一类题目最耗时?
            答案:资料分析
            """).single
        XCTAssertEqual(asks?.answer, .text("资料分析"))
    }
}
