import Foundation
import XCTest
@testable import ShuatiKit

/// Figures of `StudyStats` on synthetic logs with known answers.
final class StudyStatsTests: XCTestCase {
    let src = SourceLocation(file: "t", line: 1)
    lazy var items: [Question] = [
        Question(type: .singleChoice, section: "第一章", stem: "甲", options: [Option(letter: "A", text: "x"), Option(letter: "B", text: "y")], answer: .choices(["A"]), source: src),
        Question(type: .trueFalse, section: "第一章", stem: "乙", options: nil, answer: .trueFalse(true), source: src),
        Question(type: .shortAnswer, section: "第二章", stem: "丙", options: nil, answer: .text("答案"), source: src),
    ]

    private func at(_ s: String) -> Date { ISO8601.parse(s)! }
    private func answer(_ ts: String, _ item: Int, _ rating: Int, ms: Int? = nil) -> ReviewEvent {
        ReviewEvent(ts: at(ts), item: items[item].id, rating: rating, grade: rating == 1 ? 0 : 1, responseMs: ms)
    }

    func testStreakAcrossAMonthBoundaryAndAGap() {
        let utc = TimeZone(identifier: "UTC")!
        let events = [
            answer("2026-10-27T10:00:00Z", 0, 3),  // before the gap
            // no review on 10-28
            answer("2026-10-29T10:00:00Z", 0, 3), answer("2026-10-30T10:00:00Z", 1, 3),
            answer("2026-10-31T23:59:00Z", 0, 3), answer("2026-11-01T00:01:00Z", 1, 3), answer("2026-11-02T08:00:00Z", 2, 3),
        ]
        let stats = StudyStats(items: items, events: events, scheduler: Scheduler(), now: at("2026-11-02T20:00:00Z"), timeZone: utc, days: 14)
        XCTAssertEqual(stats.overview.streakDays, 5, "10-29 … 11-02")
        XCTAssertEqual(stats.overview.reviewsToday, 1)
        let perDay = stats.heatmap.map(\.reviews)
        XCTAssertEqual(perDay.count, 14)
        XCTAssertEqual(Array(perDay.suffix(7)), [1, 0, 1, 1, 1, 1, 1], "10-27 … 11-02, with the empty 10-28")
        // The next morning, before any review, the streak still counts up to yesterday.
        let next = StudyStats(items: items, events: events, scheduler: Scheduler(), now: at("2026-11-03T07:00:00Z"), timeZone: utc, days: 7)
        XCTAssertEqual(next.overview.streakDays, 5)
        XCTAssertEqual(next.overview.reviewsToday, 0)
        let broken = StudyStats(items: items, events: events, scheduler: Scheduler(), now: at("2026-11-04T07:00:00Z"), timeZone: utc, days: 7)
        XCTAssertEqual(broken.overview.streakDays, 0)
    }

    /// Enough items for the per-item replay to run in parallel shares: figures must match a plain sequential count.
    func testManyItemsMatchASequentialCount() {
        let many = (0..<3000).map { n in
            Question(type: .trueFalse, section: "第\(n % 7)章", stem: "题\(n)", options: nil, answer: .trueFalse(true), source: src)
        }
        var random = FuzzRandom(seed: 5)
        var events: [ReviewEvent] = []
        let start = at("2026-10-01T08:00:00Z")
        for step in 0..<12_000 {
            let item = many[Int(random.next() % 3000)].id
            let rating = Int(1 + random.next() % 4)
            events.append(ReviewEvent(ts: start.addingTimeInterval(Double(step) * 600), item: item, rating: rating, grade: rating >= 3 ? 1 : 0))
        }
        let now = at("2026-11-25T00:00:00Z")
        let scheduler = Scheduler()
        let stats = StudyStats(items: many, events: events, scheduler: scheduler, now: now, timeZone: TimeZone(identifier: "UTC")!)
        var cards: [String: CardState] = [:]
        var reviews = 0, passed = 0
        for event in events {
            if let before = cards[event.item], before.phase == .review, event.ts >= now.addingTimeInterval(-30 * 86400) {
                reviews += 1
                if event.rating >= 2 { passed += 1 }
            }
            cards[event.item] = scheduler.review(cards[event.item], item: event.item, rating: Rating(rawValue: event.rating)!, at: event.ts)
        }
        XCTAssertGreaterThan(reviews, 100)
        XCTAssertEqual(stats.retention.reviews, reviews)
        XCTAssertEqual(stats.retention.passed, passed)
        XCTAssertEqual(stats.overview.seenItems, cards.count)
        let mastered = cards.values.filter { $0.phase == .review && scheduler.retrievability($0, at: now) >= 0.9 }.count
        XCTAssertEqual(stats.sections.reduce(0) { $0 + $1.mastered }, mastered)
        let lastRight = Set(events.reversed().reduce(into: [String: Bool]()) { if $0[$1.item] == nil { $0[$1.item] = $1.rating >= 3 } }
            .filter(\.value).keys)
        XCTAssertEqual(stats.types.reduce(0) { $0 + $1.lastRight }, lastRight.count)
    }

    func testDaysAreCountedInTheLocalTimeZone() {
        // 2026-11-01T17:00Z is 11-02 01:00 in Shanghai and still 11-01 in New York.
        let events = [answer("2026-11-01T10:00:00Z", 0, 3), answer("2026-11-01T17:00:00Z", 1, 3)]
        let now = at("2026-11-02T03:00:00Z")
        let shanghai = StudyStats(items: items, events: events, scheduler: Scheduler(), now: now, timeZone: TimeZone(identifier: "Asia/Shanghai")!, days: 7)
        XCTAssertEqual(shanghai.overview.reviewsToday, 1)
        XCTAssertEqual(shanghai.overview.streakDays, 2)
        let newYork = StudyStats(items: items, events: events, scheduler: Scheduler(), now: now, timeZone: TimeZone(identifier: "America/New_York")!, days: 7)
        XCTAssertEqual(newYork.overview.reviewsToday, 2, "both on 11-01 in New York, which is still today there")
        XCTAssertEqual(newYork.overview.streakDays, 1)
    }

    func testMasteryRetentionDueAndTime() {
        let utc = TimeZone(identifier: "UTC")!
        var events = [answer("2026-11-01T10:00:00Z", 0, 4, ms: 5000)]   // new → review
        events.append(answer("2026-11-10T10:00:00Z", 0, 3, ms: 3_600_000))  // review-state pass (time capped at 10 min)
        events.append(answer("2026-11-11T10:00:00Z", 1, 4))               // new
        events.append(answer("2026-11-20T10:00:00Z", 1, 1))               // review-state lapse
        events.append(ReviewEvent(ts: at("2026-11-20T10:01:00Z"), item: items[2].id, rating: 0, kind: .seen))
        let now = at("2026-11-20T12:00:00Z")
        let stats = StudyStats(items: items, events: events, scheduler: Scheduler(), now: now, timeZone: utc, days: 7)
        XCTAssertEqual(stats.retention.reviews, 2)
        XCTAssertEqual(stats.retention.passed, 1)
        XCTAssertEqual(stats.retention.trueRetention, 0.5)
        XCTAssertEqual(stats.overview.seenItems, 3, "study-mode reads count as seen")
        XCTAssertEqual(stats.overview.studiedSeconds, 605)
        let chapter1 = stats.sections.first { $0.name == "第一章" }!
        XCTAssertEqual(chapter1.items, 2)
        XCTAssertEqual(chapter1.seen, 2)
        XCTAssertEqual(chapter1.lastRight, 1, "the true/false item's last answer was wrong")
        XCTAssertEqual(chapter1.mastered, 1)
        XCTAssertEqual(stats.sections.first { $0.name == "第二章" }!.neverSeen, 1)
        XCTAssertEqual(stats.overview.dueToday, 1, "the lapsed card is relearning, due in 10 minutes \(stats.forecast) \(stats.overview)")
        XCTAssertEqual(stats.forecast[0], 1)
    }

    func testReadinessCountsUnseenItemsAtGuessingChance() {
        let utc = TimeZone(identifier: "UTC")!
        let stats = StudyStats(items: items, events: [], scheduler: Scheduler(), now: at("2026-11-20T12:00:00Z"),
                               timeZone: utc, examDate: at("2026-12-20T09:00:00Z"))
        let r = try! XCTUnwrap(stats.readiness)
        XCTAssertEqual(r.unseenCount, 3)
        XCTAssertEqual(r.predictedScore, (0.5 + 0.5 + 0) / 3, accuracy: 1e-12, "1/2 options, true/false 1/2, short answer 0")
        XCTAssertEqual(r.studyNext.first?.stem, "丙")
    }

    func testUndoneAnswersDoNotCount() {
        let events = [answer("2026-11-20T10:00:00Z", 0, 3), ReviewEvent(ts: at("2026-11-20T10:00:05Z"), item: items[0].id, rating: 3, kind: .undo)]
        let stats = StudyStats(items: items, events: events, scheduler: Scheduler(), now: at("2026-11-20T12:00:00Z"), timeZone: TimeZone(identifier: "UTC")!)
        XCTAssertEqual(stats.overview.reviewsToday, 0)
        XCTAssertEqual(stats.overview.seenItems, 0)
    }

    func testWrongNotebookLeavesAfterTwoRightAndOnClear() {
        let wrongThenRight = [answer("2026-11-01T10:00:00Z", 0, 1), answer("2026-11-02T10:00:00Z", 0, 3)]
        XCTAssertEqual(WrongNotebook.entries(wrongThenRight).map(\.rightSince), [1])
        XCTAssertTrue(WrongNotebook.entries(wrongThenRight + [answer("2026-11-03T10:00:00Z", 0, 3)]).isEmpty)
        let cleared = [answer("2026-11-01T10:00:00Z", 1, 1), ReviewEvent(ts: at("2026-11-01T11:00:00Z"), item: items[1].id, rating: 0, kind: .clear)]
        XCTAssertTrue(WrongNotebook.entries(cleared).isEmpty)
        XCTAssertEqual(WrongNotebook.entries(cleared + [answer("2026-11-02T10:00:00Z", 1, 1)]).count, 1)
        let newestFirst = WrongNotebook.entries([answer("2026-11-01T10:00:00Z", 0, 1), answer("2026-11-02T10:00:00Z", 1, 1)])
        XCTAssertEqual(newestFirst.map(\.item), [items[1].id, items[0].id])
    }
}
