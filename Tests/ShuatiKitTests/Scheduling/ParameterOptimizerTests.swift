import Foundation
import XCTest
@testable import ShuatiKit

/// A learner who forgets exactly as FSRS-6 with `parameters` predicts: reviews at varied gaps around the due day,
/// recall drawn from the model's retrievability. Deterministic for a seed.
enum SyntheticLearner {
    static func cards(_ count: Int, parameters: [Double], days: Int = 240, seed: UInt64) -> [TrainingCard] {
        let model = MemoryModel<Double>(parameters)
        var rng = DrillRandom(seed: seed)
        func uniform() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
        var cards: [TrainingCard] = []
        for _ in 0..<count {
            var reviews: [TrainingReview] = []
            var times: [Double] = []
            var day = Int(uniform() * 60)
            let u = uniform()
            var g = u < 0.25 ? 1 : u < 0.32 ? 2 : u < 0.85 ? 3 : 4
            reviews.append(TrainingReview(rating: g, deltaT: 0)); times.append(Double(day) * 86400)
            var s = parameters[g - 1], d = model.initialDifficulty(g)
            if g == 1 {  // relearnt the same day
                g = 3
                reviews.append(TrainingReview(rating: 3, deltaT: 0)); times.append(Double(day) * 86400 + 600)
                s = model.shortTermStability(s, 3); d = model.nextDifficulty(d, 3)
            }
            while true {
                let gap = max(1, Int((s * (0.4 + 1.6 * uniform())).rounded()))
                day += gap
                guard day < days else { break }
                let r = model.retrievability(days: Double(gap), stability: s)
                let v = uniform()
                g = uniform() < r ? (v < 0.15 ? 2 : v < 0.85 ? 3 : 4) : 1
                reviews.append(TrainingReview(rating: g, deltaT: gap)); times.append(Double(day) * 86400)
                s = (g == 1 ? model.forgetStability(d, s, r) : model.recallStability(d, s, r, g)).clamped(0.001, 36500)
                d = model.nextDifficulty(d, g)
            }
            cards.append(TrainingCard(reviews: reviews, times: times))
        }
        return cards
    }
}

final class ParameterOptimizerTests: XCTestCase {
    /// The generating parameters of the synthetic learner (defaults with five values moved, as in ../shared/fsrs).
    static let truth: [Double] = {
        var w = SchedulerConfig.defaultParameters
        w[0] = 0.5; w[2] = 4.0; w[8] = 1.5; w[11] = 2.0; w[20] = 0.3
        return w
    }()

    /// Mean absolute gap between the recall two parameter sets predict for every item of `set`.
    private func predictionGap(_ a: [Double], _ b: [Double], _ set: TrainingSet) -> Double {
        var total = 0.0
        for card in set.cards {
            var ra: [Double] = [], rb: [Double] = []
            card.reviews.withUnsafeBufferPointer { reviews in
                MemoryModel<Double>(a).run(reviews) { _, r in ra.append(r) }
                MemoryModel<Double>(b).run(reviews) { _, r in rb.append(r) }
            }
            total += zip(ra, rb).reduce(0) { $0 + abs($1.0 - $1.1) }
        }
        return total / Double(set.items.count)
    }

    func testFitMovesTowardsTheGeneratingParameters() {
        let set = TrainingSet(cards: SyntheticLearner.cards(800, parameters: Self.truth, seed: 7))
        let result = ParameterOptimizer().fit(set)
        XCTAssertEqual(result.outcome, .trained)
        let defaults = SchedulerConfig.defaultParameters
        // The well-determined moved parameters come closer to the truth…
        for i in [0, 2, 20] {
            XCTAssertLessThan(abs(result.parameters[i] - Self.truth[i]), 0.6 * abs(defaults[i] - Self.truth[i]), "w\(i)")
        }
        // …and the fitted model predicts recall much closer to the learner's true recall than the defaults do.
        XCTAssertLessThan(predictionGap(result.parameters, Self.truth, set), 0.5 * predictionGap(defaults, Self.truth, set))
        let before = ModelEvaluation(parameters: defaults, set: set)
        let after = ModelEvaluation(parameters: result.parameters, set: set)
        let truth = ModelEvaluation(parameters: Self.truth, set: set)
        XCTAssertLessThan(after.logLoss, before.logLoss)
        XCTAssertLessThan(after.logLoss, truth.logLoss + 0.005)
        XCTAssertLessThan(after.rmseBins, before.rmseBins)
    }

    func testFittedParametersStayInsidePyFSRSBounds() {
        let set = TrainingSet(cards: SyntheticLearner.cards(300, parameters: Self.truth, seed: 3))
        let w = ParameterOptimizer().fit(set).parameters
        let lower = [0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1]
        let upper = [100.0, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8]
        XCTAssertEqual(w.count, 21)
        for i in 0..<21 {
            XCTAssertGreaterThanOrEqual(w[i], lower[i], "w\(i)")
            XCTAssertLessThanOrEqual(w[i], upper[i], "w\(i)")
        }
    }

    func testDualGradientMatchesFiniteDifferences() {
        let set = TrainingSet(cards: SyntheticLearner.cards(40, parameters: Self.truth, seed: 11))
        let optimizer = ParameterOptimizer()
        let weight = set.cards.map { card in card.reviews.indices.map { $0 > 0 && card.reviews[$0].deltaT > 0 ? 1.0 : 0.0 } }
        let cards = Array(set.cards.indices)
        let w = SchedulerConfig.defaultParameters
        let gradient = optimizer.lossGradient(set, cards: cards, weight: weight, w: w)
        let count = Double(set.items.count)
        let noPull = [Double](repeating: 1e300, count: 21)
        for i in [0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 13, 14, 17, 18, 19, 20] {
            let h = 1e-6 * max(1, abs(w[i]))
            var up = w, down = w
            up[i] += h; down[i] -= h
            let numeric = (optimizer.objective(set, cards: cards, weight: weight, w: up, start: up, spread2: noPull)
                - optimizer.objective(set, cards: cards, weight: weight, w: down, start: down, spread2: noPull)) * count / (2 * h)
            XCTAssertEqual(gradient[i], numeric, accuracy: 1e-4 * max(1, abs(numeric)), "w\(i)")
        }
    }

    func testTooLittleDataKeepsTheDefaults() {
        let cards = [TrainingCard(reviews: [TrainingReview(rating: 3, deltaT: 0), TrainingReview(rating: 3, deltaT: 2)], times: [0, 2 * 86400])]
        let result = ParameterOptimizer().fit(TrainingSet(cards: cards))
        XCTAssertEqual(result.outcome, .tooLittleData)
        XCTAssertEqual(result.parameters, SchedulerConfig.defaultParameters)
    }

    func testEvaluationOfOneItemIsItsLogLoss() {
        let cards = [TrainingCard(reviews: [TrainingReview(rating: 3, deltaT: 0), TrainingReview(rating: 1, deltaT: 5)], times: [0, 5 * 86400])]
        let w = SchedulerConfig.defaultParameters
        let r = MemoryModel<Double>(w).retrievability(days: 5, stability: w[2])
        let e = ModelEvaluation(parameters: w, set: TrainingSet(cards: cards))
        XCTAssertEqual(e.items, 1)
        XCTAssertEqual(e.logLoss, -log(1 - r), accuracy: 1e-12)
        XCTAssertEqual(e.rmseBins, r, accuracy: 1e-12)
    }

    func testDaysStartAtTheConfiguredHour() {
        let base = ISO8601.parse("2026-03-01T22:00:00Z")!
        let events = [0.0, 5, 7, 31].map { ReviewEvent(ts: base.addingTimeInterval($0 * 3600), item: "a", rating: 3) }
        // 22:00, 03:00 (still the same study day), 05:00 (next day), 05:00 a day later.
        let set = TrainingSet(events: events, timeZone: TimeZone(identifier: "UTC")!, dayStartHour: 4)
        XCTAssertEqual(set.cards.first?.reviews.map(\.deltaT), [0, 0, 1, 1])
        let midnight = TrainingSet(events: events, timeZone: TimeZone(identifier: "UTC")!, dayStartHour: 0)
        XCTAssertEqual(midnight.cards.first?.reviews.map(\.deltaT), [0, 1, 0, 1])
        XCTAssertEqual(set.items.count, 2)
    }

    func testCSVErrorsNameTheLine() {
        let good = "card_id,review_rating,review_time,review_duration\n1,3,2024-03-29T20:32:32.250000+00:00,25060\n1,1,1711744352250,100\n"
        let events = try? ReviewLogCSV.parse(good, path: "log.csv")
        XCTAssertEqual(events?.count, 2)
        XCTAssertEqual(events?.last?.rating, 1)
        XCTAssertThrowsError(try ReviewLogCSV.parse(good + "2,7,2024-03-29T20:32:32Z,1\n", path: "log.csv")) { error in
            XCTAssertEqual((error as? ReviewLogCSVError)?.description, "log.csv:4: error: review_rating must be 1–4, not '7'")
        }
    }
}
