import Foundation
import XCTest
@testable import ShuatiKit

final class StudySimulatorTests: XCTestCase {
    private func setup(retention: Double = 0.9, days: Int = 60) -> StudySimulator.Setup {
        var s = StudySimulator.Setup(parameters: SchedulerConfig.defaultParameters, desiredRetention: retention, days: days,
                                     newPerDay: 10, seen: [PlanItem.Memory(stability: 5, difficulty: 5, lastDay: -5),
                                                           PlanItem.Memory(stability: 1, difficulty: 8, lastDay: -2)], unseen: 150)
        s.runs = 3
        return s
    }

    func testNewItemsArePacedAndTheCapHolds() {
        var s = setup()
        s.maxReviewsPerDay = 15
        let result = StudySimulator.run(s)
        XCTAssertEqual(result.days.count, 60)
        XCTAssertEqual(result.days.prefix(15).map(\.newItems), [Double](repeating: 10, count: 15))
        XCTAssertEqual(result.days.reduce(0) { $0 + $1.newItems }, 150)
        XCTAssertTrue(result.days.allSatisfy { $0.reviews <= 15 })
        XCTAssertTrue(result.days.allSatisfy { $0.remembered <= 152 })
        XCTAssertGreaterThan(result.days.last!.remembered, 100)
    }

    func testHigherRetentionCostsMoreReviewsAndRemembersMore() {
        let low = StudySimulator.run(setup(retention: 0.75)), high = StudySimulator.run(setup(retention: 0.95))
        XCTAssertGreaterThan(high.totalReviews, low.totalReviews * 1.3)
        XCTAssertGreaterThan(high.days.last!.remembered, low.days.last!.remembered)
    }

    func testComputeMinimumRetentionIsTheCheapestOnItsCurve() {
        var s = setup(days: 120)
        s.runs = 2
        let cmrr = StudySimulator.computeMinimumRetention(s)
        XCTAssertEqual(cmrr.curve.count, 26)
        XCTAssertTrue((0.7...0.95).contains(cmrr.retention))
        let at95 = try! XCTUnwrap(cmrr.curve.last)
        XCTAssertLessThan(cmrr.minutesPerItem, at95.1, "95% is never the cheapest per item remembered")
    }
}
