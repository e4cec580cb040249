import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set J), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsJ: XCTestCase {
    func testQuestionNumberBeforeAYearWithASpacedUnit() {
        let items = importText("""
            一、填空题
            1.长江发源于(青藏高原)。
            2.1998 年夏天,长江流域发生了(特大洪水)。
            3.2008 年的夏季奥运会在(北京)举办。
            """).items
        XCTAssertEqual(items.count, 3, "\(items.map(\.stem))")
        XCTAssertEqual(items.map(\.answer), [.blanks(["青藏高原"]), .blanks(["特大洪水"]), .blanks(["北京"])])
        XCTAssertEqual(items.dropFirst().first?.stem.hasPrefix("1998 年夏天"), true)
        // A section number before a spaced heading (`1.1 河流`) is no question `1`: the digits after the dot are no year.
        let sections = importText("""
            1.1 河流概况
            - 长江的源头在哪里?
            答:青藏高原。
            """).items
        XCTAssertFalse(sections.contains { $0.stem.hasPrefix("1 河流") || $0.stem.hasPrefix("河流概况") }, "\(sections.map(\.stem))")
    }

    func testFilledBlanksWithALineWrapSpace() {
        // A PDF leaves one space where a line wrapped (`…做出的 决定`, `(黄河 流域)`): the brackets still hold the answers.
        let items = importText("""
            一、填空题
            1.这次会议在(杭州)举行,并做出了 重要决定。
            2.这条河流经(黄河 流域)的三个省份。
            """).items
        XCTAssertEqual(items.map(\.answer), [.blanks(["杭州"]), .blanks(["黄河 流域"])])
        // Spaces on both sides of a bracket are where underlined answers were: the brackets are text of that answer.
        let underlined = importText("""
            一、填空题
            1.客户让渡价值是指 客户总价值(整体)与客户总成本 之间的差额。
            """).single
        XCTAssertNotEqual(underlined?.answer, .blanks(["整体"]))
    }
}
