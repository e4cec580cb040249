import XCTest
@testable import ShuatiKit

/// Forms seen on question sites beyond the development corpus: each written here in our own words.
final class SiteFormTests: XCTestCase {
    func testKeyNamedAsAnOption() {
        let items = importText("""
            1. Which normal form removes partial dependency?
            a) 1NF
            b) 2NF
            c) 3NF
            Answer: Option B
            Explanation: 2NF removes them.

            2. 下列哪项是输入设备?
            A.显示器 B.键盘 C.打印机 D.音箱
            答案：选项B
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
        XCTAssertEqual(items[0].explanation, "2NF removes them.")
        // A word that only starts like it is text, not key O or P.
        XCTAssertNotEqual(importText("1. Pick one\nA. x\nB. y\nAnswer: Optional B\n").single?.answer, .choices(["B"]))
    }

    func testALabelPrintedTwiceIsOneLabel() {
        let items = importText("""
            1.我国的根本大法是( )。
            A.刑法 B.宪法 C.民法典 D.行政法
            【答案】:答案:B
            2.全国人大是最高国家权力机关。
            【答案】答案：正确
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .trueFalse(true)])
    }

    func testTheArticleBeforeAnEnglishLabelAndTheStudentsOwnAnswer() {
        let items = importText("""
            1. She ____ to the cinema yesterday.
            a. go ???? b. went ???? c. goes ???? d. going
            The correct answer: b
            Your answer: (a)

            2. He has lived here ____ 2010.
            a. for
            b. since
            Your answer: a
            The correct answer: b
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
        // Lost separators (`????`) are not option text.
        XCTAssertEqual(items[0].options?.map(\.text), ["go", "went", "goes", "going"])
    }

    func testAnExampleLabelNumbersTheQuestionAndItsQuestionLabelIsDropped() {
        let items = importText("""
            典型例题1:
            题目:根据民法典,下列哪项属于无效民事法律行为?
            A. 纯获利益的合同
            B. 无民事行为能力人实施的行为
            答案:B
            课后习题2、题干：诉讼时效一般为几年?
            A. 2年
            B. 3年
            答案:B
            """).items
        XCTAssertEqual(items.map(\.stem), ["根据民法典,下列哪项属于无效民事法律行为?", "诉讼时效一般为几年?"])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
    }

    func testAKeyJoinedByAndFillsThatManyBlanks() {
        let items = importText("""
            1. The binary digits are ____ and ____.
            Answer: 0 and 1
            2. The ____ is the brain of the computer.
            Answer: central processing unit and memory
            """).items
        XCTAssertEqual(items.map(\.answer), [.blanks(["0", "1"]), .blanks(["central processing unit and memory"])])
    }

    func testSeparatedKeyLettersInTheStemBlank() {
        let items = importText("""
            1.下列属于我国法定节假日的是（A、B、D）
            A.春节 B.国庆节 C.情人节 D.劳动节
            2.下列属于输出设备的是( B, C )
            A.键盘 B.显示器 C.打印机 D.鼠标
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A", "B", "D"]), .choices(["B", "C"])])
        XCTAssertEqual(items.map(\.type), [.multipleChoice, .multipleChoice])
        XCTAssertEqual(items[0].stem, "下列属于我国法定节假日的是( )")
    }

    func testUnnumberedStatementsKeyedInTheirClosingBlankAreTrueFalseItems() {
        let result = importText("""
            根据劳动法，劳动者每日工作时间不超过（ C ）小时。
            A.6 B.7 C.8 D.10

            劳动合同可以口头订立。（错）

            用人单位应当依法建立和完善规章制度。（正确）
            试用期包含在劳动合同期限内（√）。
            """)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["C"]), .trueFalse(false), .trueFalse(true), .trueFalse(true)])
        XCTAssertEqual(result.items[1].stem, "劳动合同可以口头订立。( )")
        XCTAssertEqual(result.items.map(\.section), ["", "", "", ""])
        // A short bracketed note is no statement.
        XCTAssertTrue(importText("说明(对)\n").items.isEmpty)
    }

    func testOptionsGluedToAnEnglishStemAndAKeyAfterTheLastOption() {
        let items = importText("""
            1.The book is ___ interesting.A. so B. too C. very D. as
            【答案】B
            2.She ___ to the store.a)gob)goesc)wentd)going
            Answer:c)went
            3. He ___ a book. a) read b) reads c) reading d) readed Answer: b
            4. Where is the U.S.A. located?
            A. Europe
            B. America
            Answer: B
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["C"]), .choices(["B"]), .choices(["B"])])
        XCTAssertEqual(items[0].options?.map(\.text), ["so", "too", "very", "as"])
        XCTAssertEqual(items[1].options?.map(\.text), ["go", "goes", "went", "going"])
        XCTAssertEqual(items[2].options?.last?.text, "readed")
        // One glued letter with no row after it stays text.
        XCTAssertEqual(items[3].stem, "Where is the U.S.A. located?")
    }

    func testKeysWrittenIntoTheBlankAfterAColonOrWithTheirNumber() {
        let items = importText("""
            1.第一次工人运动高潮的顶点是__D__。
            A.香港海员大罢工 B.安源路矿工人大罢工 C.京汉铁路工人大罢工 D.省港大罢工
            2.不符合铺床节力原则的是:C
            A.甲 B.乙 C.丙 D.丁
            3.How many are there in your house?
            A.bathrooms
            B.a bathroom
            答案:
            3. A
            4.Which is right?
            A.isn't
            B.are
            答案:4.B
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["D"]), .choices(["C"]), .choices(["A"]), .choices(["B"])])
        XCTAssertEqual(items[0].stem, "第一次工人运动高潮的顶点是____。")
        XCTAssertEqual(items[1].stem, "不符合铺床节力原则的是:")
        // Another question's number is no key of this one.
        XCTAssertNil(importText("1.Which?\nA.x\nB.y\n答案:\n2. A\n").items.first?.answer)
    }

    func testATypeWordAfterTheNumberThenABulletStem() {
        let items = importText("""
            第二章 认识世界
            1. 判断题:
            - 实践是检验真理的唯一标准。(√)
            2. 单项选择题:
            - 社会存在决定什么?
            A. 社会意识 B. 自然 C. 地理 D. 人口
            正确答案:A
            """).items
        XCTAssertEqual(items.map(\.type), [.trueFalse, .singleChoice])
        XCTAssertEqual(items.map(\.stem), ["实践是检验真理的唯一标准。( )", "社会存在决定什么?"])
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .choices(["A"])])
    }

    func testTrueOrFalseOnTheLineAfterAStatement() {
        let items = importText("""
            1. A white moth lives in a soot covered industrial area.
            False
            2. A lion can run faster than the rest of his pack
            True
            3. AWS S3 is a database service.
            False (it stores objects)
            4. Insulin is made in the pancreas.
            对

            Explanation
            It is made by the beta cells.
            """).items
        XCTAssertEqual(items.map(\.type), [.trueFalse, .trueFalse, .trueFalse, .trueFalse])
        XCTAssertEqual(items.map(\.answer), [.trueFalse(false), .trueFalse(true), .trueFalse(false), .trueFalse(true)])
        guard items.count == 4 else { return }
        XCTAssertEqual(items[1].stem, "A lion can run faster than the rest of his pack")
        XCTAssertEqual(items[2].explanation, "it stores objects")
        XCTAssertEqual(items[3].explanation, "It is made by the beta cells.")
        // A written answer that only starts with such a word stays a written answer.
        XCTAssertEqual(importText("1. Why is the sky blue?\nTrue colours scatter differently in air.\n").single?.type, .shortAnswer)
    }

    func testTheRightOptionPrintedAgainUnderTheOptionsIsTheKey() {
        let items = importText("""
            1. An operating system is best described as:
            A) A hardware component
            B) A system software
            C) An application software
            B) A system software
            2. The core of an operating system is the:
            A) Shell
            B) Kernel
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), nil])
        XCTAssertEqual(items[0].options?.count, 3)
    }

    func testUnletteredOptionLinesKeyedByTheirText() {
        let items = importText("""
            Q.1 Which operating system is open-source?
            Windows
            macOS
            Linux
            Explanation - Linux is released under the GPL.
            Correct answer is: Linux
            Q.2 What is the core part of an operating system?
            Shell
            Kernel
            Drivers
            Correct answer is: Kernel
            """).items
        XCTAssertEqual(items.map(\.stem), ["Which operating system is open-source?", "What is the core part of an operating system?"])
        XCTAssertEqual(items.map(\.answer), [.choices(["C"]), .choices(["B"])])
        XCTAssertEqual(items[0].options?.map(\.text), ["Windows", "macOS", "Linux"])
        XCTAssertEqual(items[0].explanation, "Linux is released under the GPL.")
        // A written answer under a question with lines of its own stays a written answer.
        let written = importText("1. Name two kernels.\nLinux and Mach\nAnswer: Linux and XNU\n").single
        XCTAssertEqual(written?.options, nil)
    }

    func testACommaTypedForTheDotStillNumbersTheNextQuestion() {
        let items = importText("""
            1.一般病室内适宜的温度是18—22℃。(√)
            2,大单的长度是2.5米,用棉布制作。(×)
            3.护理的对象是人。(√)
            """).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(true)])
        // Inside a written answer, points numbered `2,` stay in the answer.
        let written = importText("1.简述护理程序。\n答:\n1,评估\n2,诊断\n").items
        XCTAssertEqual(written.count, 1)
    }

    func testCapitalsInBracketsThatAreNoKeyStayInTheStem() {
        let items = importText("""
            1.这是(BBC)的节目( B )
            A.甲
            B.乙
            C.丙
            2.(ABC)公司的做法是( )
            A.甲 B.乙 C.丙 D.丁
            答案:D
            """).items
        XCTAssertEqual(items.map(\.stem), ["这是(BBC)的节目( )", "(ABC)公司的做法是( )"])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["D"])])
        XCTAssertEqual(items.map(\.type), [.singleChoice, .singleChoice])
    }

    func testAPageThatLostItsSpacesAndKeysPrintedWithTheirOptionText() {
        let items = importText("""
            一、单项选择题1.Choose the verb:She___to the store.a)gob)goesc)wentd)goingAnswer:c)went2.Pick:They___on Sunday.a)gob)goesc)wentd)have goneAnswer:a)go
            二、多项选择题1.Choose the articles:____book is here.a)Ab)Anc)Thed)SomeAnswer:a)A,c)The2.Pick the prepositions:good ____ music and ____ art.a)inb)atc)ond)forAnswer:a)in, b)at
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["C"]), .choices(["A"]), .choices(["A", "C"]), .choices(["A", "B"])])
        XCTAssertEqual(items.map { $0.options?.last?.text }, ["going", "have gone", "Some", "for"])
    }

    func testNumberingThatStartsAgainUnderAHeadingNoListNames() {
        let result = importText("""
            Contest 1a
            1. A white moth is easy to see on soot.
            False
            2. A fast lion catches more prey than the rest of its pack
            True
            ………………………………………………
            Contest 1b
            1. Dark reactions turn light into chemical energy.
            False (they fix carbon dioxide)
            2. The Calvin cycle fixes carbon in green plants.
            True
            Round 2
            Q. State whether the following are true or false.
            1. Insulin alone keeps blood glucose steady.
            False
            """)
        XCTAssertEqual(result.items.map(\.answer), [.trueFalse(false), .trueFalse(true), .trueFalse(false), .trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(result.items.map(\.section), ["", "", "Contest 1b", "Contest 1b", "Round 2"])
        XCTAssertEqual(result.items[2].explanation, "they fix carbon dioxide")
        // A long paragraph before a `1.` is no heading: the numbering does not start again there.
        let long = importText("""
            1. First question here?
            A. yes
            B. no
            2. Second question here?
            A. yes
            B. no
            This paragraph explains the whole exercise at length, and it goes on and on for well over forty characters.
            1. A stray one
            """)
        XCTAssertEqual(long.items.count, 2)
    }

    func testUnnumberedQuestionsStartedByAnEnglishTypeLabel() {
        let result = importText("""
            Multiple choice: Which property do all living things share?
            A) Cell walls
            B) Photosynthesis
            C) Homeostasis
            Correct answer: C) Homeostasis
            Explanation: Every organism regulates its inner state.

            Short answer: Describe how prokaryotes differ from eukaryotes.
            Correct answer: Prokaryotes have no nucleus.
            Explanation: Eukaryotes keep their DNA in a nucleus.

            Fill in: The basic unit of heredity is a __________.
            Correct answer: gene

            True or False: All cells come from preexisting cells.
            Correct answer: True.
            Explanation: Cells arise by division.
            """)
        XCTAssertEqual(result.items.map(\.type), [.singleChoice, .shortAnswer, .fillBlank, .trueFalse])
        XCTAssertEqual(result.items.map(\.answer), [.choices(["C"]), .text("Prokaryotes have no nucleus."), .blanks(["gene"]), .trueFalse(true)])
        XCTAssertEqual(result.items.map(\.explanation), ["Every organism regulates its inner state.", "Eukaryotes keep their DNA in a nucleus.", nil, "Cells arise by division."])
        XCTAssertEqual(result.items[0].stem, "Which property do all living things share?")
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
    }

    func testANamedEnglishAnswerSheetWithRestatedAnswers() {
        let items = importText("""
            1. Which sentence is true?

            A. All organisms begin life as a single cell.
            B. Organisms begin life as many cells.

            2. What are the two types of measurement in science?

            A. quantitative and numerical
            B. quantitative and qualitative

            Biology Answers

            1. A: All organisms begin life as a single cell.
            2. B: The two types of measurement are quantitative and qualitative.
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["B"])])
        XCTAssertEqual(items.count, 2)
    }

    func testNumbersInsideTextAreNotQuestions() {
        let items = importText("""
            1. What is the output?
            A. Platypus
            B. Mammal
            C. It fails because of line 7.
            D. It fails because of line 11.
            Answer: B
            2. 指标为3小时。请问这意味着( )
            A.甲
            B.乙
            答案:A
            """).items
        XCTAssertEqual(items.map(\.stem), ["What is the output?", "指标为3小时。请问这意味着( )"])
        XCTAssertEqual(items.first?.options?.last?.text, "It fails because of line 11.")
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A"])])
    }

    func testATrueFalseKeyGluedToTheNextQuestionLabel() {
        let items = importText("""
            试题6:1. 客户关系管理的产生主要是由于需求的拉动。
            (? )标准答案6:对试题7:2. 因为拓展新客户比挽回老客户容易,赢得新客户更重要。
            (? )标准答案7:错
            """).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false)])
        XCTAssertNil(items.first?.explanation)
    }

    func testEachPartWithItsOwnAnswerSheet() {
        let items = importText("""
            一、单选题
            1. 我国的首都是( )
            A. 北京 B. 上海 C. 广州 D. 深圳
            2. 长江的入海口在( )
            A. 上海 B. 南京 C. 武汉 D. 重庆
            参考答案：1.A 2.A

            二、判断题
            1. 地球是圆的。( )
            2. 太阳从西边升起。( )
            参考答案：1.√ 2.×

            第三章 会计要素
            1. 资产是( )
            A. 过去交易形成的 B. 未来的
            2. 负债是( )
            A. 潜在义务 B. 现时义务
            答案：
            1. A
            2. B
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["A"]), .trueFalse(true), .trueFalse(false), .choices(["A"]), .choices(["B"])])
        XCTAssertEqual(items.map(\.section), ["一、单选题", "一、单选题", "二、判断题", "二、判断题", "第三章 会计要素", "第三章 会计要素"])
    }

    func testAKeyInSquareBracketsOrOnlyInTheExplanation() {
        let result = importText("""
            1. 下列加点字注音全部正确的一项是【B】
            A. 甲 B. 乙 C. 丙 D. 丁
            2. 下列句子没有语病的一项是
            A. 甲句 B. 乙句 C. 丙句 D. 丁句
            【解析】A项成分残缺,B项搭配不当,D项语序不当。故选C。
            3. 下列属于流转税的有( )
            A. 增值税 B. 消费税 C. 所得税
            答案：A；解析：增值税是流转税，本题应选 A、B。
            """)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["C"]), .choices(["A"])])
        XCTAssertEqual(result.items.first?.stem, "下列加点字注音全部正确的一项是( )")
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
        // A choice word that names no option is no key.
        XCTAssertNil(importText("1. 哪个对?\nA. 甲 B. 乙\n解析:本题选E不对。\n").single?.answer)
    }

    func testKeysThatOpenTheExplanationSitInTheSheetOrComeBeforeTheOptions() {
        let items = importText("""
            1.关于民法的说法,正确的有()。
            A.商法是民法的特别法
            B.民法不调整人身关系
            C.合同法与民法并列
            【解析】A、C。选项A,商法是民法的特别法。
            2.以下有关借贷记账法的描述正确的有()。
            正确答案 :AB
            A.以借贷为记账符号
            B.建立在会计等式的基础上
            C.无规则
            3.甲是( )。
            A、一 B、二
            4.乙是( )。
            A、一 B、二
            参考答案
            3、【答案】B
            4、【答案】A
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A", "C"]), .choices(["A", "B"]), .choices(["B"]), .choices(["A"])])
        XCTAssertEqual(items[0].explanation, "选项A,商法是民法的特别法。")
        XCTAssertEqual(items[1].options?.count, 3)
        // An explanation that only starts with an option's letter keeps it as text.
        XCTAssertNil(importText("1.哪个对()。\nA.甲\nB.乙\n解析:A项错在…\n").single?.answer)
    }

    func testANumberInsideAnExplanationIsNoQuestion() {
        let items = importText("""
            1、甲是( )。
            A、一 B、二
            【答案】A。解析:农村居民消费增加5、4%,城镇居民消费增加11%。
            2、乙是( )。
            A、一 B、二
            【答案】B。
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["B"])])
        let bank = importText("1351.公文是一种特殊的应用文体吗?\nA.是 B.不是\n【答案】A。\n1352.公文有格式吗?\nA.有 B.无\n【答案】A。\n").items
        XCTAssertEqual(bank.map(\.stem), ["公文是一种特殊的应用文体吗?", "公文有格式吗?"])
    }

    func testUnnumberedBlocksEachKeyedByTheirLabel() {
        let items = importText("""
            区块链中孤儿块增加并不总意味着遭受攻击。
            正确答案：正确
            解析：可能是网络延迟导致的。

            可以完全依赖智能合约管理所有访问控制。
            正确答案：错误
            解析：通常需要链下组件辅助。

            下列正确的等式中有()。

            A.期初余额=增加额+期末余额-减少额

            B.期初余额=增加额-期末余额-减少额

            参考答案:A, B

              • 名词解释

                精神障碍护理学

                答案:是研究对精神障碍病人实施护理的学科。

                应激相关障碍

                答案:指由心理、社会因素引起的异常心理反应。
            """).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false), .choices(["A", "B"]),
                                            .text("是研究对精神障碍病人实施护理的学科。"), .text("指由心理、社会因素引起的异常心理反应。")])
        XCTAssertEqual(items.map(\.explanation), ["可能是网络延迟导致的。", "通常需要链下组件辅助。", nil, nil, nil])
        XCTAssertEqual(items.last?.section, "名词解释")
        // A written answer over several lines stays one answer.
        let written = importText("简述会计的职能。\n答案:核算。\n监督。\n").items
        XCTAssertEqual(written.map(\.answer), [.text("核算。\n监督。")])
    }

    func testSpacedNumbersRowOptionsAndTrueFalseLetterKeys() {
        let items = importText("""
            一、名词解释

            1 趋化作用:是指白细胞向着化学刺激物作定向移动的现象。

            二、选择题

            1 炎症反应最重要的特征是 (D)

            A 血管扩张 B 血浆渗出 C 纤维蛋白渗出 D 白细胞游出

            三、是非判断题

            1 渗出仅取决于血管壁通透性的变化。 (╳)

            第1题:家用电器只要不坏就可以一直使用。(A错)
            A、错误
            B、正确
            """).items
        XCTAssertEqual(items.map(\.answer), [.text("是指白细胞向着化学刺激物作定向移动的现象。"), .choices(["D"]), .trueFalse(false), .choices(["A"])])
        XCTAssertEqual(items.map(\.stem).first, "趋化作用")
        XCTAssertEqual(items[1].options?.map(\.text), ["血管扩张", "血浆渗出", "纤维蛋白渗出", "白细胞游出"])
        XCTAssertEqual(items.map(\.section).prefix(3), ["一、名词解释", "二、选择题", "三、是非判断题"])
        // A sentence that only starts with a number and a space stays text where no numbering runs.
        XCTAssertTrue(importText("3 个月后再复习。\n").items.isEmpty)
    }

    func testFillInBracketBlanksWithAListedKey() {
        let items = importText("""
            1. 按照加工深度，文献可以分为（）、（）、（）。
            答案：零次文献、一次文献、二次文献
            2. CNKI的中文全称是（）。
            答案：中国国家知识基础设施
            3. 简述文献的作用（）。
            答案：文献记录知识，传播信息，是科学研究的基础，也是教育的重要工具。
            """).items
        XCTAssertEqual(items.map(\.type), [.fillBlank, .fillBlank, .shortAnswer])
        XCTAssertEqual(items.first?.answer, .blanks(["零次文献", "一次文献", "二次文献"]))
    }

    func testPreviewChunkCountersAreNotQuestions() {
        let chunk1 = "1、2021年安全员考试题库及答案(共180题)1、按照条例规定,施工单位挪用安全施工措施所需费用的,可处挪用费用(A)的罚款。"
            + "A、20%-50%B、30%-60%C、10%-40%D、10%-50%2、施工单位应当制定本单位生产安全事故(D),建立应急救援组织。"
            + "A、处理办法B、应急办法C、预防措施D、应急救援预案3、对高度24m"
        let chunk2 = "2、以上的双排脚手架,必须采用(A)与建筑物可靠连接。A、刚性连墙件B、柔性连墙件C、拉筋和顶撑配合使用4、下列说法正确的是(B)。A、甲说法"
            + "B、乙说法C、丙说法D、丁说法,这一段文字足够长以便像预览页那样被切开来,参考"
        let chunk3 = "3、答案要说明的内容在这里结束。"
        let items = importText([chunk1, chunk2, chunk3].joined(separator: "\n")).items
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["D"]), .choices(["A"]), .choices(["B"])])
        XCTAssertTrue(items[2].stem.hasPrefix("对高度24m以上的双排脚手架"), items[2].stem)
        // Numbered lines of an ordinary paper are its questions.
        XCTAssertEqual(importText("1、甲是( )。\nA、一 B、二\n2、乙是( )。\nA、一 B、二\n").items.count, 2)
    }

    func testKeysGluedBetweenLabelsInAFlattenedRow() {
        let items = importText("""
            1、中国对外政策的根本准则是()。 A 和平共处五项原则 B 独立自主 C 不称霸 D 维护世界和平正确答案B答案解析B项正确,独立自主是根本准则。2、
            2、下列属于可再生能源的是()。 A 煤炭 B 石油 C 太阳能 D 天然气正确答案C
            第3题:家用電器沒有期限,只要不壞就可以使用。(A錯(cuò))
            A、錯誤
            B、正確
            """).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["C"]), .choices(["A"])])
        XCTAssertEqual(items.first?.options?.map(\.text), ["和平共处五项原则", "独立自主", "不称霸", "维护世界和平"])
        XCTAssertEqual(items.first?.explanation, "B项正确,独立自主是根本准则。")
    }

    func testANumberedTitleYearsAndAnAnswerBlockWithExplanations() {
        let result = importText("""
            1. 2020年初级会计职称每日一练(9-19)

             1.预收账款属于企业的一项( )。(2018考题)
                A.资产
                B.负债
                2.某公司2018年3月1日开具一张期限为3个月的商业汇票,面值为( )万元。
                A.150
                B.150.75
                  【   参考答案及解析  】
                1.B
                答案解析:预收账款属于负债。
                2.B
                答案解析:150×(1+6%/12)=150.75。
            2016株洲市事业单位测试题
            1、甲是( )。
            A、一 B、二
            2、乙是( )。
            A、一 B、二
            2016株洲市事业单位测试题参考答案及解析
            1、【答案】A。解析:甲。
            2、【答案】B。解析:乙。
            """)
        let items = result.items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"]), .choices(["A"]), .choices(["B"])])
        XCTAssertEqual(items[1].stem, "某公司2018年3月1日开具一张期限为3个月的商业汇票,面值为( )万元。")
        XCTAssertEqual(items[0].explanation, "预收账款属于负债。")
        XCTAssertEqual(items[0].section, "2020年初级会计职称每日一练(9-19)")
        XCTAssertFalse(result.warnings.contains { $0.message.contains("could not be read") }, "\(result.warnings)")
    }

    func testOneItemALineWithItsKeyAndAnUnnumberedGlossary() {
        let export = importText("""
            邓小平理论开始形成的标志是1978年中共（）的召开。@@@正确答案：十一届三中全会
            2010年5月1日至10月31日期间，上海世博会以“城市，（）”为主题。@@@正确答案：让生活更美好
            2008年，第（）届夏季奥运会在北京举办。@@@正确答案：29
            """).items
        XCTAssertEqual(export.map(\.answer), [.blanks(["十一届三中全会"]), .blanks(["让生活更美好"]), .blanks(["29"])])
        XCTAssertEqual(export.first?.stem, "邓小平理论开始形成的标志是1978年中共( )的召开。")
        let glossary = importText("""
            内科护理学名词解释

            护理程序:是一种科学的确认和解决问题的工作方法。

            评估:是指有目的、有计划、系统地收集健康资料的过程。

            合作性问题(潜在并发症):是需要护士与其他人员共同处理的问题。
            """).items
        XCTAssertEqual(glossary.map(\.stem), ["护理程序", "评估", "合作性问题(潜在并发症)"])
        XCTAssertEqual(glossary.last?.answer, .text("是需要护士与其他人员共同处理的问题。"))
        // Two labelled lines in a paper are no glossary.
        let paper = importText("1.什么是护理?\n答:照顾。\n说明:略。\n提示:无。\n").items
        XCTAssertEqual(paper.count, 1)
    }

    func testUnnumberedStatementsWrappedOrNamingATitleWord() {
        let items = importText("""
            私有链应当使用公有链的创世区块。
            正确答案：错误
            解析：私有链应当使用自己定制的创世区块。


            在Solidity 0.8.x版本中，使用内联汇编编写的代码段不会被编译器的优化
            器处理，因此可能导致更高的gas消耗。
            正确答案：错误
            解析：内联汇编代码也会受到编译器的优化。

            在编写测试脚本时，模拟网络延迟对某些特定场景很重要，但并非所有测试都需要。
            正确答案：正确
            解析：简单的功能测试可能没有必要。
            """).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(false), .trueFalse(false), .trueFalse(true)])
        XCTAssertEqual(items[1].stem, "在Solidity 0.8.x版本中,使用内联汇编编写的代码段不会被编译器的优化器处理,因此可能导致更高的gas消耗。")
    }

    // MARK: a question that asks for a list, its answer points lettered

    func testLetteredAnswerPointsOfAListQuestionAreItsAnswer() {
        let result = importText("""
        7.园林养护中修剪的三个主要目的是什么？
        a.控制植株的形状
        b.促进开花结果
        c.去除病弱枝条

        8.Name two gases plants give off.
        a. oxygen
        b. water vapour
        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "修剪")
        XCTAssertEqual(first?.type, .shortAnswer)
        XCTAssertNil(first?.options)
        XCTAssertEqual(first?.answer?.display().hasPrefix("a. 控制植株的形状"), true)
        XCTAssertEqual(result.item(containing: "gases")?.type, .shortAnswer)
    }

    func testLetteredLinesUnderAnAnswerLabelAreItsPoints() {
        let result = importText("1. What does a linker do?\nAnswer:\na. It joins object files\nb. It resolves the symbols\n")
        XCTAssertEqual(result.single?.type, .shortAnswer)
        XCTAssertEqual(result.single?.answer?.display().hasPrefix("a. It joins object files"), true)
        // One lettered line under the label is the right option a result page prints.
        let printed = importText("1. What does a linker do?\nCorrect Answer\nB. It joins object files\n").single
        XCTAssertEqual(printed?.answer, .choices(["B"]))
    }

    func testLetteredOptionsOfAChoiceQuestionStayOptions() {
        // A question that asks which (or has no count), even without a key, keeps its options.
        let result = importText("""
        7.以下哪两种做法能促进开花？
        a.适时修剪
        b.过量浇水
        c.合理施肥

        8.What is the capital of Peru?
        a. Lima
        b. Quito
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.map { $0.options?.count }, [3, 2])
    }

    // MARK: code after a stem's colon, site-chrome words inside a question

    func testRepeatedStemPhraseBeforeCodeIsNoLearnedLabel() {
        // Two questions introduce their code with the same words after a key: still the stems' own text.
        let result = importText("""
        1. 下面哪个标签用来换行()
        A. <br>
        B. <hr>
        答案：A

        2. 某 ul 的片段如下：
        <ul>
            <li>甲</li>
        </ul>
        浏览器显示的列表项有()个。
        A. 1
        B. 2
        答案：A

        3. 某 form 的片段如下：
        <form action="save">
        </form>
        提交时请求的地址是()
        A. save
        B. load
        答案：A
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["A"]), .choices(["A"]), .choices(["A"])])
        XCTAssertTrue(result.items[1].stem.contains("<li>甲</li>"))
        XCTAssertTrue(result.items[2].stem.hasPrefix("某 form 的片段如下"))
    }

    func testSiteChromeWordsInAQuestionWithABlankKeepTheQuestion() {
        // `浏览` and `文档` together mark a site's notice, but not a question with an answer blank.
        let result = importText("""
        7. ( ) 属性可以读取浏览器中当前文档的标题。
        A. title
        B. name
        答案：A

        点击下载文档 浏览全文
        """)
        XCTAssertEqual(result.items.count, 1)
        XCTAssertEqual(result.single?.answer, .choices(["A"]))
        XCTAssertFalse(result.items.contains { $0.stem.contains("点击下载") })
    }
}
