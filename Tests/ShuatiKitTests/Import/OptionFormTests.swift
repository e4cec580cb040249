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
}
