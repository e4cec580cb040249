import XCTest
@testable import ShuatiKit

final class MockExamTests: XCTestCase {
    let blueprint = try! Blueprint.parse("single:3x2,multi:2x3,tf:2x1,fill:2x2,short:1x10")

    func build(seed: UInt64, shuffle: Bool = true) throws -> Paper {
        try MockExamBuilder.build(from: ExportFixtures.items, blueprint: blueprint, seed: seed, shuffleOptions: shuffle, title: "T")
    }

    func testSameSeedSamePaperAndSeedsDiffer() throws {
        XCTAssertEqual(try build(seed: 1), try build(seed: 1))
        let papers = try (1...8).map { try build(seed: $0).items.map { $0.question.id + ($0.question.options?.map(\.text).joined() ?? "") } }
        XCTAssertGreaterThan(Set(papers).count, 4, "different seeds should give different papers")
    }

    func testPaperFollowsTheBlueprintAndLeavesOutKeylessItems() throws {
        let paper = try build(seed: 3)
        XCTAssertEqual(paper.items.map(\.number), Array(1...10))
        let expected: [QuestionType] = [.singleChoice, .singleChoice, .singleChoice, .multipleChoice, .multipleChoice,
                                        .trueFalse, .trueFalse, .fillBlank, .fillBlank, .shortAnswer]
        XCTAssertEqual(paper.items.map(\.question.type), expected)
        XCTAssertEqual(paper.totalPoints, 28.0)
        XCTAssertTrue(paper.items.allSatisfy { $0.question.answer != nil })
        XCTAssertEqual(Set(paper.items.map(\.question.id)).count, 10)
    }

    func testShuffledOptionsKeepTheKeyPointingAtTheSameText() throws {
        var moved = 0
        for seed in 0..<20 as Range<UInt64> {
            for item in try build(seed: seed).items where item.question.type.isChoice {
                let original = ExportFixtures.items.first { $0.id == item.question.id }!
                guard case let .choices(newKey)? = item.question.answer, case let .choices(oldKey)? = original.answer else {
                    return XCTFail("choice key lost")
                }
                XCTAssertEqual(Set(newKey.compactMap(item.question.optionText)), Set(oldKey.compactMap(original.optionText)))
                XCTAssertEqual(item.question.options?.map(\.letter), ["A", "B", "C", "D"])
                XCTAssertEqual(item.bankResponse(.choices(newKey)), .choices(oldKey), "log must get the bank's letters")
                if item.question.options != original.options { moved += 1 }
                if original.stem == "下列说法正确的是" { XCTAssertEqual(item.question.options, original.options, "以上都对 must stay last") }
            }
        }
        XCTAssertGreaterThan(moved, 20)
    }

    func testTooFewItemsSaysWhatIsMissing() {
        let b = try! Blueprint.parse("single:2x1,short:3x5,multi@第二章:2")
        XCTAssertThrowsError(try MockExamBuilder.build(from: ExportFixtures.items, blueprint: b, seed: 1, shuffleOptions: false, title: "T")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("short_answer: the blueprint asks for 3, the bank has 1 with an answer key (1 more have no usable key"), text)
            XCTAssertTrue(text.contains("multiple_choice in sections matching '第二章': the blueprint asks for 2, the bank has 1"), text)
            XCTAssertFalse(text.contains("single_choice"), text)
        }
        XCTAssertThrowsError(try MockExamBuilder.build(from: [ExportFixtures.items[11]], blueprint: b, seed: 1, shuffleOptions: false, title: "T")) {
            XCTAssertEqual($0 as? MockExamError, .noGradableItems)
        }
    }

    func testScoringAndRatings() throws {
        let paper = try build(seed: 5, shuffle: false)
        var responses: [Int: Answer] = [:]
        for item in paper.items where item.question.type == .singleChoice { responses[item.number] = item.question.answer }
        responses[4] = .choices(["D"])
        let result = ExamScorer.score(paper, responses: responses)
        XCTAssertEqual(result.earned, 6)
        XCTAssertEqual(result.correctCount, 3)
        XCTAssertEqual(result.answeredCount, 4)
        XCTAssertEqual(result.missed.map(\.item.number), Array(4...10))
        XCTAssertEqual(result.byType.first, ScoreTally(name: "single_choice", items: 3, correct: 3, earned: 6, possible: 6))
        XCTAssertEqual(result.bySection.map(\.possible).reduce(0, +), paper.totalPoints)
        XCTAssertEqual(ExamScorer.rating(for: Grade(score: 1, verdict: .correct), type: .singleChoice), .good)
        XCTAssertEqual(ExamScorer.rating(for: Grade(score: 0.6, verdict: .partial), type: .multipleChoice), .hard)
        XCTAssertEqual(ExamScorer.rating(for: Grade(score: 0, verdict: .wrong), type: .trueFalse), .again)
    }
}
