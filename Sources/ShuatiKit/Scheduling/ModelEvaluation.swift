import Foundation

/// How well a set of parameters predicts a review log, as fsrs-rs's `evaluate` measures it: items weighted by
/// recency (0.25 + 0.75·(k/(n−1))³ for the k-th oldest item), log loss, and RMSE(bins) — the weighted RMS gap
/// between mean predicted and actual recall over bins of (day gap, review count, lapse count).
public struct ModelEvaluation: Equatable, Sendable {
    public var logLoss: Double
    public var rmseBins: Double
    /// Items evaluated (reviews with a positive day gap).
    public var items: Int

    /// Evaluates `parameters` on every item of `set`.
    public init(parameters: [Double], set: TrainingSet) {
        let model = MemoryModel<Double>(parameters)
        let weights = RecencyWeights.of(count: set.items.count)
        // Predictions per (card, position), from one pass per card.
        var predicted = [[Double]](repeating: [], count: set.cards.count)
        for (c, card) in set.cards.enumerated() {
            var out = [Double](repeating: 0, count: card.reviews.count)
            card.reviews.withUnsafeBufferPointer { reviews in
                model.run(reviews) { p, r in out[p] = r }
            }
            predicted[c] = out
        }
        var lossSum = 0.0, weightSum = 0.0
        var bins: [BinKey: (predicted: Double, actual: Double, count: Double, weight: Double)] = [:]
        for (k, item) in set.items.enumerated() {
            let card = set.cards[Int(item.card)]
            let position = Int(item.position)
            let p = predicted[Int(item.card)][position]
            let y = card.reviews[position].rating > 1 ? 1.0 : 0.0
            let w = weights[k]
            lossSum += w * BinaryCrossEntropy.loss(p, y)
            weightSum += w
            let key = BinKey(card: card, position: position)
            var entry = bins[key] ?? (0, 0, 0, 0)
            entry.predicted += p; entry.actual += y; entry.count += 1; entry.weight += w
            bins[key] = entry
        }
        logLoss = weightSum > 0 ? lossSum / weightSum : 0
        var squares = 0.0, binWeight = 0.0
        for entry in bins.values {
            let gap = entry.predicted / entry.count - entry.actual / entry.count
            squares += gap * gap * entry.weight
            binWeight += entry.weight
        }
        rmseBins = binWeight > 0 ? (squares / binWeight).squareRoot() : 0
        items = set.items.count
    }

    /// fsrs-rs's `r_matrix_index`: log-spaced bins of the item's day gap, its length (long-term reviews + 1) and
    /// its lapses before the last review.
    struct BinKey: Hashable {
        var gap: Int, length: Int, lapses: Int

        init(card: TrainingCard, position: Int) {
            let reviews = card.reviews
            let gapDays = Double(reviews[position].deltaT)
            gap = Int((2.48 * Foundation.pow(3.62, (Foundation.log(gapDays) / Foundation.log(3.62)).rounded(.down)) * 100).rounded())
            var longTerm = 0, lapseCount = 0
            for p in 0...position where reviews[p].deltaT > 0 {
                longTerm += 1
                if p < position && reviews[p].rating == 1 { lapseCount += 1 }
            }
            let n = Double(longTerm) + 1
            length = Int((1.99 * Foundation.pow(1.89, (Foundation.log(n) / Foundation.log(1.89)).rounded(.down))).rounded())
            lapses = lapseCount == 0 ? 0
                : Int((1.65 * Foundation.pow(1.73, (Foundation.log(Double(lapseCount)) / Foundation.log(1.73)).rounded(.down))).rounded())
        }
    }
}

/// fsrs-rs's recency weights: newer reviews count more (from 0.25 for the oldest to 1 for the newest).
enum RecencyWeights {
    static func of(count n: Int) -> [Double] {
        let length = max(1.0, Double(n) - 1)
        return (0..<n).map { 0.25 + 0.75 * Foundation.pow(Double($0) / length, 3) }
    }
}

enum BinaryCrossEntropy {
    /// −log of the probability given to what happened, with the prediction kept off 0 and 1.
    @inline(__always) static func loss(_ p: Double, _ y: Double) -> Double {
        let q = min(max(p, 1e-7), 1 - 1e-7)
        return y > 0 ? -Foundation.log(q) : -Foundation.log(1 - q)
    }
}
