import Foundation
import XCTest
@testable import ShuatiKit

/// Replays reference histories made by py-fsrs 6.3 (`../shared/fsrs/fsrs_oracle.py`, fuzz off) and checks every
/// review: state, step and due exactly; stability and difficulty within 1e-4 (in practice bit-identical).
final class FSRSVectorTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fsrs")

    private func replay(_ file: String) throws -> (reviews: Int, maxDiff: Double) {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(file), encoding: .utf8)
        var reviews = 0
        var maxDiff = 0.0
        for (lineNo, line) in text.split(separator: "\n").enumerated() {
            let history = try JSONParser.parse(String(line))
            let config = try XCTUnwrap(history["config"])
            let scheduler = Scheduler(config: SchedulerConfig(
                parameters: try XCTUnwrap(config["parameters"]?.arrayValue).compactMap(\.doubleValue),
                desiredRetention: try XCTUnwrap(config["retention"]?.doubleValue),
                learningSteps: try XCTUnwrap(config["learning_steps_s"]?.arrayValue).compactMap(\.doubleValue),
                relearningSteps: try XCTUnwrap(config["relearning_steps_s"]?.arrayValue).compactMap(\.doubleValue),
                maximumInterval: try XCTUnwrap(config["maximum_interval"]?.intValue)))
            var card: CardState?
            for review in try XCTUnwrap(history["reviews"]?.arrayValue) {
                let ts = try XCTUnwrap(review["ts"]?.stringValue.flatMap(ISO8601.parse))
                let rating = try XCTUnwrap(review["rating"]?.intValue.flatMap(Rating.init(rawValue:)))
                let after = try XCTUnwrap(review["after"])
                let rBefore = card.map { scheduler.retrievability($0, at: ts) } ?? 0
                XCTAssertEqual(rBefore, try XCTUnwrap(after["retrievability_before"]?.doubleValue), accuracy: 1e-12,
                               "\(file):\(lineNo + 1) R before review \(reviews)")
                let next = scheduler.review(card, item: "c", rating: rating, at: ts)
                let where_ = "\(file):\(lineNo + 1) review at \(ISO8601.format(ts))"
                XCTAssertEqual(next.phase.rawValue, after["state"]?.stringValue, where_)
                XCTAssertEqual(next.step, after["step"]?.intValue, where_)
                XCTAssertEqual(ISO8601.format(next.due), after["due"]?.stringValue, where_)
                let s = try XCTUnwrap(after["stability"]?.doubleValue)
                let d = try XCTUnwrap(after["difficulty"]?.doubleValue)
                XCTAssertEqual(next.stability, s, accuracy: max(1e-4, s * 1e-9), where_)
                XCTAssertEqual(next.difficulty, d, accuracy: 1e-4, where_)
                maxDiff = max(maxDiff, abs(next.stability - s) / s, abs(next.difficulty - d) / d)
                card = next
                reviews += 1
            }
        }
        return (reviews, maxDiff)
    }

    func testDefaultStepsVectors() throws {
        let (reviews, maxDiff) = try replay("vectors-steps-seed1.jsonl")
        XCTAssertGreaterThan(reviews, 3000)
        XCTAssertLessThan(maxDiff, 1e-12, "expected bit-identical memory states")
    }

    func testNoStepsVectors() throws {
        let (reviews, maxDiff) = try replay("vectors-nosteps-seed2.jsonl")
        XCTAssertGreaterThan(reviews, 3000)
        XCTAssertLessThan(maxDiff, 1e-12)
    }
}

final class SchedulerBehaviourTests: XCTestCase {
    let t0 = ISO8601.parse("2026-03-01T09:00:00Z")!

    func testWorkedTraceFromTheNotes() {
        let s = Scheduler()
        var card = s.review(nil, item: "x", rating: .good, at: t0)
        XCTAssertEqual(card.phase, .learning)
        XCTAssertEqual(card.step, 1)
        XCTAssertEqual(card.due, t0.addingTimeInterval(600))
        card = s.review(card, item: "x", rating: .good, at: t0.addingTimeInterval(600))
        XCTAssertEqual(card.phase, .review)
        XCTAssertEqual(ISO8601.format(card.due), "2026-03-03T09:10:00Z")
        XCTAssertEqual(card.difficulty, 2.111214235785395)
    }

    func testHardOnFirstStepWaitsTheMeanOfTwoSteps() {
        let card = Scheduler().review(nil, item: "x", rating: .hard, at: t0)
        XCTAssertEqual(card.due.timeIntervalSince(t0), 330)
    }

    func testLapseCountsAndRelearning() {
        let s = Scheduler()
        var card = s.review(nil, item: "x", rating: .easy, at: t0)
        XCTAssertEqual(card.phase, .review)
        card = s.review(card, item: "x", rating: .again, at: card.due)
        XCTAssertEqual(card.phase, .relearning)
        XCTAssertEqual(card.lapses, 1)
        XCTAssertEqual(card.reps, 2)
    }

    func testFuzzIsDeterministicAndWithinRange() {
        let fuzzy = Scheduler(config: SchedulerConfig(fuzzSeed: 7))
        let plain = Scheduler()
        var a = plain.review(nil, item: "x", rating: .easy, at: t0)
        for _ in 0..<4 { a = plain.review(a, item: "x", rating: .good, at: a.due) }
        let next = plain.review(a, item: "x", rating: .good, at: a.due)
        let f1 = fuzzy.review(a, item: "x", rating: .good, at: a.due)
        let f2 = fuzzy.review(a, item: "x", rating: .good, at: a.due)
        XCTAssertEqual(f1.due, f2.due)
        let days = next.due.timeIntervalSince(a.due) / 86400
        let fuzzedDays = f1.due.timeIntervalSince(a.due) / 86400
        XCTAssertGreaterThan(days, 2.5)
        XCTAssertLessThanOrEqual(abs(fuzzedDays - days), max(2, days * 0.15) + 1)
        XCTAssertEqual(f1.stability, next.stability)
    }

    func testRetrievabilityDecaysWithWholeDays() {
        let s = Scheduler()
        let card = s.review(nil, item: "x", rating: .easy, at: t0)
        XCTAssertEqual(s.retrievability(card, at: t0.addingTimeInterval(86399)), 1.0)
        let r1 = s.retrievability(card, at: t0.addingTimeInterval(86400))
        let r30 = s.retrievability(card, at: t0.addingTimeInterval(30 * 86400))
        XCTAssertLessThan(r1, 1.0)
        XCTAssertLessThan(r30, r1)
        XCTAssertEqual(s.retrievability(stability: card.stability, afterDays: 8.2956 * 0), 1.0)
    }
}
