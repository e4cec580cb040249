import XCTest
@testable import ShuatiKit

final class OptionFormTests: XCTestCase {
    func testEveryOptionForm() {
        let forms: [(String, String, String)] = [("A.", "B.", "C."), ("A、", "B、", "C、"), ("A:", "B:", "C:"), ("A．", "B．", "C．"),
                                                 ("A ", "B ", "C "), ("(A)", "(B)", "(C)"), ("•A、", "•B、", "•C、"),
                                                 ("a.", "b.", "c."), ("A 、", "B 、", "C 、")]
        for (a, b, c) in forms {
            let doc = "1.最重要的是( )\n\(a)客户\n\(b)产品\n\(c)渠道\n答案:A\n"
            let item = importText(doc).single
            XCTAssertEqual(item?.options?.map(\.text), ["客户", "产品", "渠道"], "form \(a)")
            XCTAssertEqual(item?.options?.map(\.letter), ["A", "B", "C"], "form \(a)")
        }
    }

    func testOptionsInARow() {
        for row in ["(A) 信息流  (B) 资金流  (C) 物流", "(a) 信息流 (b) 资金流 (c) 物流", "A 信息流   B 资金流   C 物流",
                    "A 信息流\tB 资金流\tC 物流", "A．信息流  B．资金流  C．物流", "(A)信息流(B)资金流(C)物流"] {
            let item = importText("1、电子商务的三流是指（ ）\n\(row)\n答案：A\n").single
            XCTAssertEqual(item?.options?.map(\.text), ["信息流", "资金流", "物流"], row)
        }
        // One space inside option text is not a new option: `维生素 B 族`.
        let item = importText("1.富含的是( )\nA 维生素 B 族  B 蛋白质\n答案:A\n").single
        XCTAssertEqual(item?.options?.map(\.text), ["维生素 B 族", "蛋白质"])
    }

    func testTraditionalCharactersInGB18030() throws {
        let doc = "電子商務概論 習題集\n\n1、下列屬於B2C模式的是（　）\n(a) 淘寶網  (b) 天貓  (c) 阿里巴巴\n正確答案：b\n2、網上銀行屬於電子商務範疇。（ ）\n答案：對\n"
        let data = try XCTUnwrap(doc.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let items = try DocumentImporter.read(data, file: "e.txt").items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .trueFalse(true)])
        XCTAssertEqual(items.first?.options?.map(\.text), ["淘寶網", "天貓", "阿里巴巴"])
    }

    func testOptionsGluedOnOneLine() {
        let item = importText("1.下列属于( )A.管理学B.营销学C.CRM与ERPD.ERP与SFA 答案:D\n").single
        XCTAssertEqual(item?.options?.map(\.text), ["管理学", "营销学", "CRM与ERP", "ERP与SFA"])
        XCTAssertEqual(item?.answer, .choices(["D"]))
    }

    func testOptionsBeforeAStemAreReportedNotInvented() {
        let result = importText("B.合作\nC.发展\n答案:B\n3.下列正确的是( )\nA.甲\nB.乙\n答案:A\n")
        XCTAssertEqual(result.items.count, 1)
        XCTAssertFalse(result.warnings.isEmpty)
    }

    func testOptionsAfterAKeyOnTheStemLineAndOptionsOverTwoLines() {
        let result = importText("""
            1．关于细胞，正确的是（ ）。答案：B
            A．有核
            B．是基本单位
            2. 心理健康的标准不包括（）
            A.
            智力正常
            B.
            从不焦虑
            答案：B
            3. 下列说法正确的是（ ）
            A. 光合作用
            需要光
            B. 呼吸作用不需要氧
            答案：A
            """)
        XCTAssertEqual(result.items.map { $0.options?.map(\.text) ?? [] },
                       [["有核", "是基本单位"], ["智力正常", "从不焦虑"], ["光合作用需要光", "呼吸作用不需要氧"]])
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["B"]), .choices(["A"])])
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
    }

    func testCodeLinesInAStemKeepASpaceBetweenThem() {
        let result = importText("1. 以下程序段的时间复杂度是（ ）\nfor(i=0;i<n;i++)\nfor(j=0;j<n;j++)\ns++;\nA. O(n)\nB. O(n^2)\n答案：B\n2. 下列说法\n正确的是（ ）\nA. 甲\nB. 乙\n答案：A\n")
        XCTAssertEqual(result.items.map(\.stem), ["以下程序段的时间复杂度是( ) for(i=0;i<n;i++) for(j=0;j<n;j++) s++;", "下列说法正确的是( )"])
    }
}
