import XCTest
@testable import ShuatiKit

/// Course material in English uses English key labels; the same shapes apply.
final class EnglishDocumentTests: XCTestCase {
    func testEnglishLabelsAndOptionRows() {
        let doc = """
            Marketing Quiz

            1. What is the core concept of marketing?
            A. Production
            B. Exchange
            Answer: B

            2. Which are elements of the marketing mix?
            A) Product  B) Price  C) Weather  D) Place
            Correct answer: A, B, D

            3. Marketing is the same as selling.
            ANSWER: False
            Explanation: Selling is only one part of marketing.
            """
        let items = importText(doc).items
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["A", "B", "D"]), .trueFalse(false)])
        XCTAssertEqual(items[1].options?.map(\.text), ["Product", "Price", "Weather", "Place"])
        XCTAssertEqual(items[2].explanation, "Selling is only one part of marketing.")
        // A sentence that starts with the word is not a label.
        XCTAssertNil(importText("1. Answer the phone politely?\nA. yes\nB. no\n").single?.answer)
    }

    func testAReadingPassageIsReportedNotDroppedSilently() {
        let result = importText("""
            Passage One
            Tom has lived in London for ten years. He never reads on the bus because it makes him feel sick.
            1. Why does Tom not read on the bus?
            A. It is too crowded.  B. It makes him feel sick.
            Answer: B
            """)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"])])
        XCTAssertTrue(result.warnings.contains { $0.line == 1 && $0.message.contains("Tom has lived") && !$0.message.contains("\n") },
                      "\(result.warnings)")
    }
}
