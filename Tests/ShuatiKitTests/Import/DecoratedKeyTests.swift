import XCTest
@testable import ShuatiKit

/// Key labels with an emoji or mark before them in plain text (`✅ Answer: B`, `👉 答案：对`), as quiz generators and
/// chat exports print them: the label is read, and the mark belongs to it, not to the stem or option above.
final class DecoratedKeyTests: XCTestCase {
    func testMarkBeforeAKeyLabelIsPartOfTheLabel() {
        let result = importText("""
            1. Which planet is the largest?
            A. Mars
            B. Jupiter
            ✅ Answer: B

            2. Which gas do plants take in?
            A. Oxygen
            B. Carbon dioxide
            ✅️ Correct answer: B

            3. 水在零摄氏度以下会结冰。
            👉 答案：对

            4. 光速比声速慢。
            💡答案：错
            """)
        XCTAssertEqual(result.items.map(\.stem), ["Which planet is the largest?", "Which gas do plants take in?",
                                                  "水在零摄氏度以下会结冰。", "光速比声速慢。"])
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["B"]), .trueFalse(true), .trueFalse(false)])
        XCTAssertEqual(result.items.map(\.section), ["", "", "", ""], "a key line over a blank line is no section title")
        XCTAssertEqual(result.items[1].options?.last?.text, "Carbon dioxide")
    }

    func testMarkBeforeOtherWordsAndATickedOptionStayAsTheyWere() {
        // Look-alikes: an instruction that starts with `Answer`, and a tick after the right option (the key).
        let result = importText("""
            👉 Answer the questions below.

            1. Which planet is the largest?
            A. Mars
            B. Jupiter ✅
            C. Venus
            """)
        XCTAssertEqual(result.single?.stem, "Which planet is the largest?")
        XCTAssertEqual(result.single?.answer, .choices(["B"]))
        XCTAssertEqual(result.single?.options?.count, 3)
    }
}
