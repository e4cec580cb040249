import XCTest
@testable import ShuatiKit

/// Markdown question forms met in students' notes: where their stems, options and keys end up.
final class MarkdownQuestionFormsTests: XCTestCase {
    func testLetteredBoxesUnderAStemEndingInAFullStopAreOptions() {
        // The blank is written with ideographic spaces and the stem ends in `。`; a blank line parts it from its boxes.
        let wideBlank = "#### [练习01]\n- 执行 print(2 ** 3) 得到（　　）。\n\n- [ ] A. 6\n- [x] B. 8\n- [ ] C. 9\n"
        let item = importMarkdown(wideBlank).single
        XCTAssertEqual(item?.options?.map(\.text), ["6", "8", "9"])
        XCTAssertEqual(item?.answer, .choices(["B"]))
        // No blank at all: lettered boxes still belong to the stem above them.
        let noBlank = "#### [练习02]\n- 以下哪一项表示整数类型。\n\n- [x] A. int\n- [ ] B. str\n"
        XCTAssertEqual(importMarkdown(noBlank).single?.answer, .choices(["A"]))
        // Unlettered boxes under a plain sentence stay true/false statements.
        let statements = importMarkdown("读书笔记。\n\n- [x] 水在标准大气压下100度沸腾。\n- [ ] 铁的密度比水的密度小。\n").items
        XCTAssertEqual(statements.map(\.answer), [.trueFalse(true), .trueFalse(false)])
    }

    func testEmptyBracketsAreABlankButCallsAreNot() {
        XCTAssertTrue(MarkdownConverter.hasEmptyBrackets("输出是（　　）。"))
        XCTAssertTrue(MarkdownConverter.hasEmptyBrackets("the result is ( )."))
        XCTAssertFalse(MarkdownConverter.hasEmptyBrackets("调用 f() 的结果。"))
        XCTAssertFalse(MarkdownConverter.hasEmptyBrackets("结果（见上）。"))
    }

    func testKeyInAnHTMLListInsideDetails() {
        let md = """
        1. 哪个方法返回新数组？

           A: list.each

           B: list.collect

           <details>
           <summary>答案</summary>
           <ul>
           <li>答案是B</li>
           </ul>
           </details>

        2. 哪个方法把数组拼成字符串？

           A: list.join

           B: list.split

           <details><summary>Answer</summary>
           <ol><li>A</li></ol>
           </details>
        """
        XCTAssertEqual(importMarkdown(md).items.map(\.answer), [.choices(["B"]), .choices(["A"])])
    }
}
