import XCTest
@testable import ShuatiKit

final class NumberingTests: XCTestCase {
    func testEveryNumberingForm() {
        let forms = ["1.", "1、", "1．", "1)", "（1）", "(1)", "试题1:", "第1题"]
        for form in forms {
            let doc = "\(form)企业的核心资源是( )\nA.客户\nB.厂房\n答案:A\n\(form.replacingOccurrences(of: "1", with: "2"))下列属于关系营销的是( )\nA.一次交易\nB.长期关系\n答案:B\n"
            let result = importText(doc)
            XCTAssertEqual(result.items.count, 2, "form \(form): \(result.items.map(\.stem))")
            XCTAssertEqual(result.items.first?.stem, "企业的核心资源是( )", "form \(form)")
            XCTAssertEqual(result.items.last?.answer, .choices(["B"]), "form \(form)")
        }
    }

    func testScoreNoteAndBulletsAreRemoved() {
        let result = importText("单选题 (共2道题)\n1.(2.5分)呼叫中心是以( )技术为依托\n•2.(2.5分)电子供应链是以( )为平台\n")
        XCTAssertEqual(result.items.map(\.stem), ["呼叫中心是以( )技术为依托", "电子供应链是以( )为平台"])
        XCTAssertEqual(result.items.map(\.type), [.singleChoice, .singleChoice])
    }

    func testNumberGluedToPreviousOption() {
        let result = importText("1.建立客户关系是( )的产物。A.管理学B.营销学C.社会学D.西方经济学2.客户关系的环节包括( )A.认识B.选择C.开发D.挽回\n")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items[0].options?.last?.text, "西方经济学")
        XCTAssertEqual(result.items[1].stem, "客户关系的环节包括( )")
    }

    func testNumbersInsideTextAreNotQuestions() {
        let result = importText("1.著名的2:8原理是指( )A.80%的利润来自20%的客户B.4A 理论C.1亿用户D.2.5倍 答案:A\n2.下一题( )A.甲B.乙 答案:B\n")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items[0].stem, "著名的2:8原理是指( )")
        XCTAssertEqual(result.items[0].options?.count, 4)
        XCTAssertEqual(result.items[0].options?[1].text, "4A 理论")
    }

    func testHeadingWithScoreNoteSetsTheType() {
        let doc = "二、判断题 (共 12 道试题,共 48 分)\n14.客户满意度是一种感觉水平。\n答案:正确\n15.用户超过1亿的平台都需要CRM。\n答案:错误\n"
        let result = importText(doc)
        XCTAssertEqual(result.items.map(\.stem), ["客户满意度是一种感觉水平。", "用户超过1亿的平台都需要CRM。"])
        XCTAssertEqual(result.items.map(\.type), [.trueFalse, .trueFalse])
        XCTAssertEqual(result.items.first?.section, "二、判断题", "the score note is not part of the section's name")
    }

    func testNumberingRestartsPerSection() {
        let doc = "一、单选题\n1.甲是什么( )\nA.一\nB.二\n答案:A\n二、判断题\n1.地球是圆的。\n答案:正确\n2.太阳绕地球转。\n答案:错误\n"
        let result = importText(doc)
        XCTAssertEqual(result.items.map(\.type), [.singleChoice, .trueFalse, .trueFalse])
        XCTAssertEqual(result.items.map(\.section), ["一、单选题", "二、判断题", "二、判断题"])
        XCTAssertEqual(result.items.last?.answer, .trueFalse(false))
    }

    func testAnswerPointsAreNotQuestions() {
        let doc = "四、简答题\n1、客户知识分为哪几类? (1)对话性客户知识;(2)观察性客户知识;(3)预测性客户知识。\n2、什么是客户智能? 客户智能是创新和使用客户知识的集合。\n"
        let result = importText(doc)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items[0].answer, .text("(1)对话性客户知识;(2)观察性客户知识;(3)预测性客户知识。"))
        XCTAssertEqual(result.items[0].type, .shortAnswer)
    }

    func testUnnumberedQuestionsBetweenKeys() {
        let doc = "呼叫中心是一种基于( )的信息服务系统。\nA:IT技术\nB:CTI技术\n参考选项:B\n下列不属于描述性数据的是()\nA:降价销售\nB:行为爱好\n参考选项:A\n"
        let result = importText(doc)
        XCTAssertEqual(result.items.map(\.stem), ["呼叫中心是一种基于( )的信息服务系统。", "下列不属于描述性数据的是( )"])
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["A"])])
    }

    func testTitlesSeparateDocumentsAndBecomeSections() {
        let doc = "东北大学《管理学》在线作业1\n\n1.管理的首要职能是( )\nA.计划\nB.控制\n答案:A\n中国石油大学《营销学》第二次在线作业\n\n3.营销的核心是( )\nA.交换\nB.生产\n答案:A\n"
        let result = importText(doc)
        XCTAssertEqual(result.items.map(\.section), ["东北大学《管理学》在线作业1", "中国石油大学《营销学》第二次在线作业"])
    }
}
