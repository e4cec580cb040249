import XCTest
@testable import ShuatiKit

/// Forms of English quiz pages: item-bank exports, answer-key pages, quiz result pages.
final class EnglishQuizFormTests: XCTestCase {
    // MARK: unlettered options marked `##`

    func testUnletteredOptionsMarkedAtEitherEnd() {
        let result = importText("""
        Which planet is closest to the sun?
        \tVenus
        \tMercury ##
        \tMars

        Which two of these are mammals? (Choose two.)
        \t## whale
        \tshark
        \t## bat
        \ttrout

        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "closest")
        XCTAssertEqual(first?.type, .singleChoice)
        XCTAssertEqual(first?.options?.map(\.text), ["Venus", "Mercury", "Mars"])
        XCTAssertEqual(first?.answer, .choices(["B"]))
        let second = result.item(containing: "mammals")
        XCTAssertEqual(second?.type, .multipleChoice)
        XCTAssertEqual(second?.options?.map(\.letter), ["A", "B", "C", "D"])
        XCTAssertEqual(second?.options?.first?.text, "whale")
        XCTAssertEqual(second?.answer, .choices(["A", "C"]))
    }

    func testNumberedQuestionWithMarkedOptions() {
        let item = importText("1. Which gas do plants take in?\n## carbon dioxide\noxygen\nnitrogen\n").single
        XCTAssertEqual(item?.stem, "Which gas do plants take in?")
        XCTAssertEqual(item?.answer, .choices(["A"]))
    }

    func testHashInsideAWordIsNoMark() {
        // `C#` / `F##` are names, and a list with every line marked (or none) marks nothing.
        let result = importText("Which languages run on .NET?\nC##\nF##\nJava\n")
        XCTAssertNil(result.items.first?.options)
        let all = importText("Which of these are fruits?\n## apple\n## pear\n")
        XCTAssertNotEqual(all.items.first?.answer, .choices(["A", "B"]))
    }
}
