import XCTest
@testable import ShuatiKit

/// Forms found in a fresh stand-in set of GitHub question banks (set R): each test uses invented text in the form,
/// with a look-alike that must keep its old reading.
final class RepoFormTestsR: XCTestCase {
    // MARK: a true/false mark in brackets before the question number

    func testMarkBeforeNumberKeysItsOwnStatement() {
        let result = importText("""
        二、判断题
        （ × ）1、铁块放进水里会浮起来。
        （√）2、冰融化成水要吸收热量。
        (   ×   )3、声音在真空中传播得最快。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.item(containing: "铁块放进水里")?.answer, .trueFalse(false))
        XCTAssertEqual(result.item(containing: "冰融化成水")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "声音在真空中")?.answer, .trueFalse(false))
        XCTAssertFalse(result.item(containing: "铁块放进水里")?.stem.contains("√") ?? true)
    }

    func testMarkBracketBrokenOverTwoLinesBeforeNumber() {
        // A right-aligned mark pulled out of a page: `(` and the mark on one line, `)` and the number on the next.
        let result = importText("""
        判断题
        (                                        √
        )1.植物的叶子在白天进行光合作用，需要阳光和二氧化
        碳。
        (                                        ×
        )2.所有的金属在常温下都是固体。
        (   √  )3.月球绕地球转动一周大约需要一个月。
        """)
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(result.item(containing: "光合作用")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "所有的金属")?.answer, .trueFalse(false))
        XCTAssertEqual(result.item(containing: "月球绕地球")?.answer, .trueFalse(true))
    }

    func testMarkOnItsOwnLineAfterStatementStillKeysTheStatementAbove() {
        // Look-alike: the bracket alone on a line under a statement is that statement's mark, and a statement whose
        // mark closes its own line keeps it.
        let result = importText("""
        判断题
        1、铁块放进水里会浮起来。
        （×）
        2、冰融化成水要吸收热量。
        （√）
        3、声音在真空中传播得最快。（×）
        """)
        XCTAssertEqual(result.item(containing: "铁块放进水里")?.answer, .trueFalse(false))
        XCTAssertEqual(result.item(containing: "冰融化成水")?.answer, .trueFalse(true))
        XCTAssertEqual(result.item(containing: "声音在真空中")?.answer, .trueFalse(false))
    }
}
