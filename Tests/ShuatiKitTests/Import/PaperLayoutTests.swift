import XCTest
@testable import ShuatiKit

/// A printed exam paper: score table, page footers, long instructions in headings, a case-analysis part.
final class PaperLayoutTests: XCTestCase {
    private let paper = """
        《管理学原理》期末考试试卷（B）

        题号	一	二	总分
        得分

        一、单项选择题（在每小题的四个备选答案中，选出一个正确答案，并将正确答案的序号填在题干的括号内。每小题1分）
        1．管理的首要职能是（ C ）。
        A．组织	B．领导	C．计划	D．控制
        第 1 页 共 3 页
        2．“管理就是决策”是谁提出的？（ B ）
        A．泰勒	B．西蒙	C．法约尔	D．韦伯
        - 2 -
        二、案例分析题（15分）
        某公司近年来业绩下滑，员工士气低落……
        问题：（1）分析该公司存在的问题；（2）提出改进建议。
        答：（1）缺乏有效激励；（2）应建立绩效考核制度。
        更多精品资料请访问 www.docin.com
        """

    func testChromeIsDroppedAndSectionsAreNamedByTheirHeadings() {
        let items = importText(paper).items
        XCTAssertEqual(items.map(\.section), ["《管理学原理》期末考试试卷(B) 一、单项选择题", "《管理学原理》期末考试试卷(B) 一、单项选择题",
                                            "《管理学原理》期末考试试卷(B) 二、案例分析题"])
        XCTAssertEqual(items[1].options?.last?.text, "韦伯", "the page footer is not part of the option")
        XCTAssertEqual(items.map(\.answer), [.choices(["C"]), .choices(["B"]), .text("(1)缺乏有效激励;(2)应建立绩效考核制度。")])
    }

    func testACaseIsOneItemWithItsSubQuestions() {
        let item = importText(paper).items.last
        XCTAssertEqual(item?.kind, "case_analysis")
        XCTAssertEqual(item?.stem, "某公司近年来业绩下滑,员工士气低落……问题:(1)分析该公司存在的问题;(2)提出改进建议。")
    }

    func testPageNumbersAndScoreTables() {
        func noise(_ s: String) -> Bool {
            Array(s.unicodeScalars).withUnsafeBufferPointer { NoiseFilter.isPageNumber($0) || NoiseFilter.isScoreTable($0) }
        }
        for line in ["- 2 -", "— 3 —", "第 1 页 共 5 页", "第2页/共5页", "第3页", "3 / 10", "题号 一 二 三 总分", "得分 评卷人", "得分"] {
            XCTAssertTrue(noise(line), line)
        }
        for line in ["2.总分是多少", "第一章", "1-2", "得分最高的是( )", "- 客户 -", "题号 1 2 3 4 5"] {
            XCTAssertFalse(noise(line), line)
        }
    }
}
