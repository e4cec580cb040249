import XCTest
@testable import ShuatiKit

/// One test per document form the survey and the parser learned to read (issue 9), each written as a real
/// document would print it.
final class DocumentFormTests: XCTestCase {
    private func answers(_ text: String) -> [Answer?] { importText(text).items.map(\.answer) }

    func testAKeyLabelOnNoListIsLearnedFromItsRepeatedUse() {
        let text = """
            1.客户关系管理的核心是( )
            A.产品 B.客户 C.渠道 D.价格
            资料:B
            2.数据库管理系统是( )
            A.Word B.Excel C.MySQL D.Photoshop
            资料:C
            3.操作系统的功能包括( )
            A.进程管理 B.存储管理 C.文件管理 D.文字排版
            资料:ABC
            """
        let result = importText(text)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["C"]), .choices(["A", "B", "C"])])
        XCTAssertTrue(result.template.lines.contains("keys: label `资料:` after the options, 3 of 3 items"), "\(result.template.lines)")
        XCTAssertTrue(result.template.learned.contains { $0.contains("资料:") }, "\(result.template.learned)")
    }

    func testOneUseOfAStrangeLabelIsNotEnoughToLearnIt() {
        // A single `备注:` line proves nothing about the document's form: it stays part of the stem's item text.
        let text = "1.客户关系管理的核心是( )\nA.产品 B.客户\n备注:B\n"
        XCTAssertEqual(answers(text), [nil])
    }

    func testAnExplanationLabelOnNoListEndsTheKey() {
        let text = """
            1.水的沸点是一百摄氏度。
            答案:正确
            讲评:标准大气压下成立。
            2.太阳绕地球转。
            答案:错误
            讲评:地球绕太阳转。
            """
        let items = importText(text).items
        XCTAssertEqual(items.map(\.answer), [.trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(items.map(\.explanation), ["标准大气压下成立。", "地球绕太阳转。"])
    }

    func testDoubledColonAndLowerCaseKeysGluedToTheLabel() {
        XCTAssertEqual(answers("1.核心是( )\nA.产品 B.客户\n答案: :B\n"), [.choices(["B"])])
        XCTAssertEqual(answers("8、下列說法正確的有( )\na.甲\nb.乙\nc.丙\nd.丁\n答案cd\n"), [.choices(["C", "D"])])
        XCTAssertEqual(answers("9、下列屬於的有( )\na.甲\nb.乙\nc.丙\n[答案]abc\n"), [.choices(["A", "B", "C"])])
    }

    func testBracketedLettersJoinedByAnd() {
        let text = "1. The normalization process helps us to\na) remove redundancy\nb) add joins\nc) slow queries\nd) avoid anomalies\nAnswer: (a) and (d) Both are aims.\n"
        XCTAssertEqual(answers(text), [.choices(["A", "D"])])
    }

    func testUnnumberedQuestionsStartedByTheirLabelOrTypeTag() {
        let stems = importText("【题干】Shall I have her call you?\nA.arrives B.has arrived\n【答案】B\n【题干】Got your licence?\nA.was B.am\n【答案】A\n").items
        XCTAssertEqual(stems.map(\.answer), [.choices(["B"]), .choices(["A"])])
        let tagged = importText("考点:会计核算【判断】总会计师对会计资料负责。\n()【答案】×【解析】单位负责人负责。\n【单选】下列属于会计核算的是( )。\nA.计划B.合同C.核算D.监督【答案】C\n").items
        XCTAssertEqual(tagged.map(\.type), [.trueFalse, .singleChoice])
        XCTAssertEqual(tagged.map(\.answer), [.trueFalse(false), .choices(["C"])])
    }

    func testAKeyAloneUnderTheOptionsAndALetterPickingFromATrueFalsePair() {
        XCTAssertEqual(answers("### Q1: Which is a test level?\n- A: Unit\n- B: Coding\n---\nA\n"), [.choices(["A"])])
        let pair = "判断题1. 汉字字形码用于显示汉字。\n对 错\nA\n[考点] 计算机基础\n2. 一个字节表示一个汉字。\n对 错\nB\n"
        XCTAssertEqual(answers(pair), [.trueFalse(true), .trueFalse(false)])
    }

    func testAGlossaryOfNumberedTermsReadsAsTermAndDefinition() {
        let text = "1、药效学:研究药物对机体的作用的学科\n\n2、药动学:研究机体对药物的作用的学科\n\n3、受体:一种能识别配体并产生效应的大分子\n"
        let items = importText(text).items
        XCTAssertEqual(items.map(\.stem), ["药效学", "药动学", "受体"])
        XCTAssertEqual(items.map(\.answer), [.text("研究药物对机体的作用的学科"), .text("研究机体对药物的作用的学科"), .text("一种能识别配体并产生效应的大分子")])
        // One item with a colon is a question, not a glossary.
        XCTAssertEqual(importText("1、简述下列概念:客户关系管理与客户满意\n").items.map(\.stem), ["简述下列概念:客户关系管理与客户满意"])
    }

    func testAnswersOnTheLineAfterUnnumberedQuestions() {
        let text = """
            1921：开天辟地的大事变

            中国近代史上的"开天辟地"大事变是指( )
            中国共产党的成立
            中共一大的中心议题是( )
            讨论马克思主义传播
            中共二大提出党的最高纲领是（）
            实现社会主义和共产主义
            """
        let items = importText(text).items
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items.map(\.answer), [.text("中国共产党的成立"), .text("讨论马克思主义传播"), .text("实现社会主义和共产主义")])
    }

    func testAKeyLabelOnALineOfItsOwnTakesTheKeyFromTheNextLine() {
        XCTAssertEqual(answers("1. 数据库系统包含( )。\nA. DB\nB. DBMS\nC. 两者\n答：\n\nC\n解析：\n两者都包含。\n"), [.choices(["C"])])
        XCTAssertEqual(answers("第1题\n以下叙述错误的是( )。\nA、管道\nB、分层\n---\n答案\nB\n"), [.choices(["B"])])
        // A row of keys for several questions is an answer sheet, not one key.
        XCTAssertEqual(answers("1.甲( )\nA.a B.b\n2.乙( )\nA.a B.b\n\n参考答案\nBABAB\n"), [nil, nil])
    }

    func testFillInAnswersPrintedInBracketsAfterTheBlanks() {
        let items = importText("2. The two types of software are __________ and __________. (system\nsoftware, application software)\n3. Processed data is called __________. (information)\n").items
        XCTAssertEqual(items.map(\.answer), [.blanks(["system software", "application software"]), .blanks(["information"])])
        XCTAssertEqual(items.map(\.type), [.fillBlank, .fillBlank])
    }

    func testBlankLineLayoutsKeepTheirOptionsAndKeys() {
        let text = "1、免赔率为________。\n\nA、20%\n\nB、10%\n\nC、30%\n\n正确答案:A\n\n分析:负全部责任的免赔20%。\n\n2、发动机________,燃油消耗越小。\n\nA、转速越高\n\nB、转速越低\n\n正确答案:A\n"
        let items = importText(text).items
        XCTAssertEqual(items.map { $0.options?.count }, [3, 2])
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["A"])])
    }

    func testAQuestionNumberGluedToTheTitleAndIndentedLines() {
        let text = "2021 护理专业知识练习题 及答案 1.备皮范围是:\n\n A.上自剑突 B.上自锁骨 答案: :A 解析:范围自剑突下。\n\n 2.术前护理措施错误的是:\n\n A.肠道准备 B.无渣饮食 答案: :B\n"
        let items = importText(text).items
        XCTAssertEqual(items.map(\.stem), ["备皮范围是:", "术前护理措施错误的是:"])
        XCTAssertEqual(items.map(\.answer), [.choices(["A"]), .choices(["B"])])
    }

    func testLabelNumberingWithSpacesAndAGluedTypeWord() {
        let text = "第 1 題單選在六腑中影響氣化的是\nA.小腸\nB.三焦\n答案:B\n參考解析:三焦主持諸氣。\n第 2 題單選心對血液的作用是\nA.藏血\nB.行血\n答案:B\n參考解析:心主血脈。\n"
        let items = importText(text).items
        XCTAssertEqual(items.map(\.stem), ["在六腑中影響氣化的是", "心對血液的作用是"])
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
    }

    func testOCRDotsAndNotationInStems() {
        let text = "1•平均气温低于-10℃地区的中桥,抗冻性指标为(A)A・50次B・40次C・35次2•试件可放入温度为(C)的水中A・20℃B・25℃C・30℃\n"
        XCTAssertEqual(answers(text), [.choices(["A"]), .choices(["C"])])
        // `P(X)` is notation: no true/false key hides in it.
        XCTAssertEqual(importText("1. 采用CRC的生成多项式是P(X)=x3+x+1。试求余数。\n").items.map(\.type), [.shortAnswer])
    }

    func testKeysThatNameOptionsNotReadDropTheIncompleteOptions() {
        let result = importText("4、关于企业边界,下列说法错误的是( AC ) A 、企业边界不能扩张B 、企业边界止于至善\n")
        XCTAssertEqual(result.items.map(\.answer), [.choices(["A", "C"])])
        XCTAssertEqual(result.items.map(\.options), [nil])
        XCTAssertTrue(result.warnings.contains { $0.message.contains("names option C") }, "\(result.warnings)")
    }

    func testTheTemplateWarnsAboutAnItemKeyedUnlikeTheRest() {
        let stems = ["客户关系管理的核心是", "数据库系统包含的是", "操作系统的功能是", "光速约为每秒", "传输层的协议是", "人体最大的器官是"]
        var text = ""
        for n in 1...5 { text += "\(n).\(stems[n - 1])( )\nA.甲 B.乙\n答案:A\n" }
        text += "6.\(stems[5])( B )\nA.甲 B.乙\n"
        let result = importText(text)
        XCTAssertEqual(result.items.count, 6)
        XCTAssertTrue(result.warnings.contains { $0.message.contains("question 6: key read from") }, "\(result.warnings)")
    }
}
