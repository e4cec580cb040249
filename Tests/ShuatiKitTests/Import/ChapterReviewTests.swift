import XCTest
@testable import ShuatiKit

/// A chapter review sheet: `(一)` part headings, answers printed in the blanks, term definitions with `答:`, and a
/// short answer whose `参考答案:` lists numbered points.
final class ChapterReviewTests: XCTestCase {
    private let review = """
        第三章 客户满意 复习题

        （一）填空题
        1. 顾客满意是指顾客对其要求已被满足的程度的（感受）。
        2. 客户忠诚分为行为忠诚、（态度忠诚）和（情感忠诚）。
        3. 客户让渡价值是指 产品（服务）的总价值 和 产品（服务）的总成本 的差额。

        （二）名词解释
        1. 客户流失
        答：客户不再购买企业产品或服务的现象。

        （三）简答题
        1. 简述提高客户满意度的途径。
        参考答案：（1）提供优质产品；（2）提供满意服务。
        """

    func testParenthesisedPartHeadingsNameSectionsAndTypes() {
        let items = importText(review).items
        XCTAssertEqual(items.map(\.type), [.fillBlank, .fillBlank, .fillBlank, .shortAnswer, .shortAnswer])
        XCTAssertEqual(items.map { $0.section.components(separatedBy: " ").last! }, ["(一)填空题", "(一)填空题", "(一)填空题",
                                                                                     "(二)名词解释", "(三)简答题"])
    }

    func testAnswersPrintedInTheBlanks() {
        let items = importText(review).items
        XCTAssertEqual(items[0].answer, .blanks(["感受"]))
        XCTAssertEqual(items[0].stem, "顾客满意是指顾客对其要求已被满足的程度的( )。")
        XCTAssertEqual(items[1].answer, .blanks(["态度忠诚", "情感忠诚"]))
        // Spaced text is where underlined answers were: its parentheses are part of the text.
        XCTAssertNil(items[2].answer)
        XCTAssertTrue(items[2].stem.contains("产品(服务)的总价值"))
    }

    func testNumberedPointsUnderAQuestionAreItsAnswerNotAnAnswerSheet() {
        let items = importText(review).items
        XCTAssertEqual(items[3].answer, .text("客户不再购买企业产品或服务的现象。"))
        XCTAssertEqual(items[4].answer, .text("(1)提供优质产品;(2)提供满意服务。"))
    }
}
