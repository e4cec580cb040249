import Foundation
import XCTest
@testable import ShuatiKit

/// The exam-date planner against plain FSRS scheduling, on a synthetic bank and a learner whose memory follows
/// FSRS-6: both follow their schedule day by day under the same daily cap, answers are drawn from the learner's
/// true recall, and the exam-day score is the expected share of a paper answered right (guessing included).
final class ExamPlannerTests: XCTestCase {
    /// 600 items: single choice (4 options), true/false, multiple choice and fill-ins; a third already studied
    /// at different times, the rest unseen.
    private func bank(seed: UInt64) -> [PlanItem] {
        var rng = DrillRandom(seed: seed)
        let guesses = [0.25, 0.5, 1.0 / 15, 0]
        return (0..<600).map { i in
            let memory: PlanItem.Memory? = i % 3 == 0
                ? PlanItem.Memory(stability: 1 + Double(rng.next() % 30), difficulty: 3 + Double(rng.next() % 6),
                                  lastDay: -Int(rng.next() % 20))
                : nil
            return PlanItem(id: "q\(i)", guessChance: guesses[i % 4], memory: memory)
        }
    }

    private struct Run { var score: Double; var maxReviews: Int; var maxMinutes: Double }

    /// Lives through `days` days: each day asks `policy` what to study, draws each answer from true recall.
    private func live(_ start: [PlanItem], days: Int, planner: ExamPlanner, budget: StudyBudget, seed: UInt64,
                      policy: ([PlanItem], Int) -> ExamPlan.Day) -> Run {
        var items = start
        var rng = DrillRandom(seed: seed)
        var maxReviews = 0, maxMinutes = 0.0
        for day in 0..<days {
            let today = policy(items, day)
            maxReviews = max(maxReviews, today.items.count)
            maxMinutes = max(maxMinutes, today.minutes)
            let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0) })
            for id in today.items {
                let i = index[id]!
                let u = Double(rng.next() >> 11) / Double(1 << 53)
                let rating: Int
                if let memory = items[i].memory {
                    rating = u < planner.recall(memory, on: day) ? 3 : 1
                } else {
                    rating = u < 0.24 ? 1 : u < 0.334 ? 2 : u < 0.829 ? 3 : 4
                }
                items[i].memory = planner.review(items[i].memory, rating: rating, on: day)
            }
        }
        let score = items.reduce(0.0) { total, item in
            let recall = item.memory.map { planner.recall($0, on: days) } ?? 0
            return total + recall + (1 - recall) * item.guessChance
        } / Double(items.count)
        return Run(score: score, maxReviews: maxReviews, maxMinutes: maxMinutes)
    }

    func testPlanBeatsPlainFSRSUnderTheSameDailyCap() {
        let planner = ExamPlanner(parameters: SchedulerConfig.defaultParameters)
        let examDay = 21
        for budget in [StudyBudget(reviewsPerDay: 40), StudyBudget(minutesPerDay: 12, secondsPerReview: 10, secondsPerNew: 25)] {
            var planned = 0.0, plain = 0.0
            for seed: UInt64 in 1...3 {
                let start = bank(seed: seed)
                let a = live(start, days: examDay, planner: planner, budget: budget, seed: seed * 7) { items, day in
                    planner.plan(items, today: day, examDay: examDay, budget: budget).days[0]
                }
                let b = live(start, days: examDay, planner: planner, budget: budget, seed: seed * 7) { items, day in
                    planner.plainFSRS(items, today: day, examDay: examDay, budget: budget, newPerDay: 20).days[0]
                }
                for run in [a, b] {
                    if let cap = budget.reviewsPerDay { XCTAssertLessThanOrEqual(run.maxReviews, cap) }
                    if let minutes = budget.minutesPerDay { XCTAssertLessThanOrEqual(run.maxMinutes, minutes + 1e-9) }
                }
                planned += a.score / 3
                plain += b.score / 3
            }
            print("exam score with the plan \(planned), plain FSRS \(plain), budget \(budget)")
            XCTAssertGreaterThan(planned, plain + 0.03, "budget \(budget)")
        }
    }

    func testWholePlanRespectsTheCapAndMeetsEveryUnseenItem() {
        let planner = ExamPlanner(parameters: SchedulerConfig.defaultParameters)
        let items = bank(seed: 5)
        let plan = planner.plan(items, today: 0, examDay: 30, budget: StudyBudget(reviewsPerDay: 50), doneToday: 10)
        XCTAssertEqual(plan.days.count, 30)
        XCTAssertLessThanOrEqual(plan.days[0].items.count, 40)
        XCTAssertTrue(plan.days.allSatisfy { $0.items.count <= 50 })
        XCTAssertEqual(plan.days.reduce(0) { $0 + $1.newItems }, items.filter { $0.memory == nil }.count)
        // Nothing new in the last three days: those days consolidate.
        XCTAssertTrue(plan.days.suffix(3).allSatisfy { $0.newItems == 0 })
        XCTAssertGreaterThan(plan.predictedScore, plan.scoreWithoutStudy + 0.3)
        // The predicted score never falls as days of the plan are done.
        for (a, b) in zip(plan.days, plan.days.dropFirst()) { XCTAssertGreaterThanOrEqual(b.predictedScore, a.predictedScore - 1e-9) }
    }

    func testSafeItemsGetNoReviews() {
        let planner = ExamPlanner(parameters: SchedulerConfig.defaultParameters)
        let safe = PlanItem(id: "safe", guessChance: 0, memory: PlanItem.Memory(stability: 400, difficulty: 3, lastDay: -1))
        let shaky = PlanItem(id: "shaky", guessChance: 0, memory: PlanItem.Memory(stability: 2, difficulty: 6, lastDay: -3))
        let plan = planner.plan([safe, shaky], today: 0, examDay: 10, budget: StudyBudget(reviewsPerDay: 10))
        XCTAssertFalse(plan.days.contains { $0.items.contains("safe") })
        XCTAssertEqual(plan.days[0].items, ["shaky"])
    }

    func testGuessingFloor() {
        func item(_ type: QuestionType, options: Int) -> Question {
            Question(type: type, section: "", stem: "?", options: options == 0 ? nil : (0..<options).map { Option(letter: String(UnicodeScalar(65 + $0)!), text: "x") },
                     answer: nil, source: SourceLocation(file: "f", line: 1))
        }
        XCTAssertEqual(GuessingFloor.chance(item(.singleChoice, options: 5)), 0.2)
        XCTAssertEqual(GuessingFloor.chance(item(.trueFalse, options: 0)), 0.5)
        XCTAssertEqual(GuessingFloor.chance(item(.multipleChoice, options: 4)), 1.0 / 15)
        XCTAssertEqual(GuessingFloor.chance(item(.fillBlank, options: 0)), 0)
    }
}
