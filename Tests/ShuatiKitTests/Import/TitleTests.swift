import XCTest
@testable import ShuatiKit

/// Titles and headings name the paper and often the item type; the longest, most specific type word wins.
final class TitleTests: XCTestCase {
    func testTypeFromTitlePrefersTheMostSpecificWord() {
        XCTAssertEqual(TypeHint.fromTitle("某大学《市场营销》在线作业单项选择题 (共20道题)"), .singleChoice)
        XCTAssertEqual(TypeHint.fromTitle("第二次作业多项选择题"), .multipleChoice)
        XCTAssertEqual(TypeHint.fromTitle("期末复习选择题"), .anyChoice)
        XCTAssertEqual(TypeHint.fromTitle("二、判断题 (共 12 道试题,共 48 分)"), .trueFalse)
        XCTAssertEqual(TypeHint.fromTitle("客户关系管理复习提纲"), TypeHint.none)
        XCTAssertEqual(TypeHint.fromTitle(""), TypeHint.none)
    }

    func testTitleLookAlikes() {
        XCTAssertTrue(TypeHint.looksLikeTitle("东北大学《客户关系管理》在线平时作业2"))
        XCTAssertTrue(TypeHint.looksLikeTitle("2023年期末考试真题"))
        XCTAssertFalse(TypeHint.looksLikeTitle("客户满意度的测量方法有哪些"))
        XCTAssertFalse(TypeHint.looksLikeTitle("下列属于练习方法的是( )"), "a blank makes it a question")
    }

    func testPhraseIndexFindsTheLowestNumberedPhraseAnywhere() {
        let index = PhraseIndex(["abc", "bc", "x"])
        func lowest(_ s: String) -> Int? { Array(s.unicodeScalars).withUnsafeBufferPointer { index.lowestMatch(in: $0) } }
        XCTAssertEqual(lowest("zzbczzabc"), 0)
        XCTAssertEqual(lowest("x bc"), 1)
        XCTAssertEqual(lowest("ab"), nil)
        XCTAssertEqual(Array("x bc abc".unicodeScalars).withUnsafeBufferPointer { index.countDistinct(in: $0, stopAt: 9) }, 3)
    }
}
